"""The benchmark: speed, memory and quality of the workbench at scale.

    python bench/run.py --quick                  # 50 and 200 articles, under two minutes
    python bench/run.py                          # 100, 1,000 and 4,000 articles
    python bench/run.py --articles 10000 --json out.json

Each size is generated (`corpus.py`), then ingested and analysed in a fresh subprocess so
that its peak memory is its own. The command-line reads and the exports run as
subprocesses too, each measured with `os.wait4` (time and peak RSS of that process).
The app is driven through `App.run_test()`; the peers (quantulum3, dateparser's
`search_dates`) run on the same sentences as our extractor. See bench/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from time import perf_counter
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402
from profiler import Profiler  # noqa: E402
from run_app import child_app  # noqa: E402
from run_common import (  # noqa: E402
    APP_SIZE,
    FULL_SIZES,
    QUICK_SIZES,
    TARGETS,
    log,
    measured,
    na,
    rss_mb,
    run_and_report,
)
from run_peers import child_peers  # noqa: E402
from run_quality import command_figures, evaluate  # noqa: E402
from run_table import table  # noqa: E402


def child(mode: str, *args: str, timeout: float = 3600) -> dict:
    """Run one part of the benchmark in a fresh interpreter; its JSON result."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = fh.name
    try:
        run = measured(
            [sys.executable, __file__, "--child", mode, "--result", out, *args], timeout=timeout
        )
        try:
            result = json.loads(Path(out).read_text() or "{}")
        except json.JSONDecodeError:
            result = {}
        if run["exit"] != 0 and "error" not in result:
            result["error"] = run["stderr"].strip().splitlines()[-1:] or [f"exit {run['exit']}"]
        result["process"] = {k: run[k] for k in ("seconds", "exit")}
        result["process"]["peak_rss_mb"] = result.pop("_peak_rss_mb", None)
        return result
    finally:
        Path(out).unlink(missing_ok=True)


# --- child: ingest and analyse -------------------------------------------------------------


def child_ingest(corpus_dir: Path, db: Path) -> dict:
    profiler = Profiler()
    profiler.install()
    from workbench.ingest import ingest_paths
    from workbench.pipeline import analyze
    from workbench.store import Store

    db.unlink(missing_ok=True)
    result: dict[str, Any] = {}
    with Store(db) as store:
        start = perf_counter()
        report = ingest_paths(store, [corpus_dir / "articles.jsonl"], analyze=False)
        ingest_s = perf_counter() - start
        result["ingest_rss_mb"] = round(rss_mb(), 1)
        start = perf_counter()
        summary = analyze(store)
        analyze_s = perf_counter() - start
        wall = ingest_s + analyze_s
        count = store.db.execute
        result.update(
            {
                "articles": len(report.added),
                "skipped": len(report.skipped),
                "sentences": count("SELECT count(*) FROM sentences").fetchone()[0],
                "words": count("SELECT coalesce(sum(word_count), 0) FROM sources").fetchone()[0],
                "claims": summary.claims,
                "claims_by_kind": dict(count("SELECT kind, count(*) FROM claims GROUP BY kind")),
                "conflicts": summary.conflicts,
                "corroborations": summary.corroborations,
                "ingest_s": round(ingest_s, 3),
                "analyze_s": round(analyze_s, 3),
                "total_s": round(wall, 3),
                "peak_rss_mb": round(rss_mb(), 1),
                "stages": profiler.report(wall),
                "stages_missing": {
                    s: t for s, t in profiler.missing.items() if s not in profiler.found
                },
            }
        )
    result["db_mb"] = round(db.stat().st_size / 2**20, 1)
    return result


# --- orchestration ------------------------------------------------------------------------


def machine() -> dict:
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "ram_gib": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": platform.processor() or platform.machine(),
    }


def ensure_corpus(work: Path, n: int, seed: int) -> Path:
    # The generator is corpus.py and its corpus_*.py parts: a change to any makes a new corpus.
    parts = sorted(Path(corpus_mod.__file__).parent.glob("corpus*.py"))
    version = hashlib.sha1(b"".join(p.read_bytes() for p in parts)).hexdigest()[:8]
    folder = work / f"corpus-{n}-{seed}-{version}"
    if not (folder / "truth.json").exists():
        records, truth = corpus_mod.generate(n, seed)
        corpus_mod.write(records, truth, folder)
    return folder


def run_all(args: argparse.Namespace) -> dict:
    sizes = args.articles or (QUICK_SIZES if args.quick else FULL_SIZES)
    sizes = sorted(set(sizes))
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": machine(),
        "seed": args.seed,
        "quick": args.quick,
        "sizes": {},
        "targets": TARGETS,
    }
    for n in sizes:
        folder = ensure_corpus(work, n, args.seed)
        db = work / f"bench-{n}.db"
        log(f"ingest + analyse {n} articles")
        res = child("ingest", "--corpus", str(folder), "--db", str(db))
        if "error" not in res:
            truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
            try:
                res["quality"] = evaluate(db, truth)
            except Exception as exc:
                res["quality"] = na(f"evaluation failed: {exc}")
        results["sizes"][n] = res
    ok = [n for n in sizes if "error" not in results["sizes"][n]]
    if 1000 in ok and 4000 in ok:
        a, b = results["sizes"][1000]["total_s"], results["sizes"][4000]["total_s"]
        results["growth_1000_4000"] = round(b / a, 2) if a else None
    elif len(ok) >= 2:
        lo, hi = ok[0], ok[-1]
        a, b = results["sizes"][lo]["total_s"], results["sizes"][hi]["total_s"]
        results["growth"] = {
            "from": lo,
            "to": hi,
            "ratio": round(b / a, 2) if a else None,
            "linear": round(hi / lo, 2),
        }
    if not ok:
        return results
    largest = ok[-1]
    if not args.skip_commands:
        log(f"conflicts --json and exports on the {largest}-article database")
        db = work / f"bench-{largest}.db"
        copy = work / f"bench-{largest}-log.db"
        shutil.copy(db, copy)
        try:
            results["commands"] = {"articles": largest, **command_figures(copy)}
        except Exception as exc:
            results["commands"] = na(f"failed: {exc}")
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
    app_n = min(ok, key=lambda n: abs(n - APP_SIZE))
    if not args.skip_app:
        log(f"the app on the {app_n}-article database")
        db = work / f"bench-{app_n}.db"
        copy = work / f"bench-{app_n}-app.db"
        shutil.copy(db, copy)
        results["app"] = {
            "articles": app_n,
            **child("app", "--db", str(copy), "--presses", str(args.presses)),
        }
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    if not args.skip_peers:
        log(f"peers on {args.peer_sentences} sentences")
        results["peers"] = child(
            "peers", "--db", str(work / f"bench-{app_n}.db"), "--count", str(args.peer_sentences)
        )
    return results


# --- entry point ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="workbench benchmark")
    parser.add_argument(
        "--articles",
        type=int,
        action="append",
        help="corpus size (repeatable; default 100, 1000, 4000)",
    )
    parser.add_argument("--quick", action="store_true", help="50 and 200 articles, < 2 minutes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", dest="json_out", type=Path, help="write every figure here")
    parser.add_argument(
        "--work",
        default=os.path.join(tempfile.gettempdir(), "workbench-bench"),
        help="where corpora and databases go (kept between runs)",
    )
    parser.add_argument("--presses", type=int, default=None, help="tag presses in the app run")
    parser.add_argument("--peer-sentences", type=int, default=None)
    parser.add_argument("--skip-app", action="store_true")
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--skip-commands", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.presses is None:
        args.presses = 15 if args.quick else 40
    if args.peer_sentences is None:
        args.peer_sentences = 150 if args.quick else 600

    if args.child:
        try:
            if args.child == "ingest":
                result = child_ingest(args.corpus, args.db)
            elif args.child == "app":
                result = child_app(args.db, args.presses)
            elif args.child == "peers":
                result = child_peers(args.db, args.count)
            else:
                raise SystemExit(f"unknown child {args.child}")
        except Exception as exc:
            traceback.print_exc()
            result = {"error": f"{type(exc).__name__}: {exc}"}
        result["_peak_rss_mb"] = round(rss_mb(), 1)
        args.result.write_text(json.dumps(result, default=str))
        return 0

    return run_and_report(run_all, args, table)


if __name__ == "__main__":
    sys.exit(main())
