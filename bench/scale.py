"""Scale: time, memory and growth of ingest-with-analysis as a user runs it, on the
synthetic corpus and on real news; one article into a large database; the app on the
largest database. The figures of issue 14 (see bench/notes/scale.md).

    python bench/scale.py                      # 1,000, 4,000, 10,000 + gva 1,000 and all
    python bench/scale.py --articles 1000 --gva 200 --skip-app     # a quick look

Each measurement runs in a fresh subprocess (`run.child`), so its peak memory is its own;
worker processes are reported apart (the largest one). Stages are timed from the
product's own progress reports (`progress(stage, done, total)`): no timing code in it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import sys
import tempfile
import traceback
from pathlib import Path
from time import perf_counter, process_time
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import run  # noqa: E402
import scale_table  # noqa: E402
from run_common import run_and_report  # noqa: E402

SIZES = [1000, 4000, 10000]
GVA = ["1000"]


class StageClock:
    """Seconds spent in each stage, from the first to the last report of it, on the wall
    clock and in this process's CPU (worker processes are counted in the totals only)."""

    def __init__(self) -> None:
        self.start = perf_counter()
        self.start_cpu = process_time()
        self.spans: dict[str, list[float]] = {}
        self.workers_at_first: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        now, cpu = perf_counter(), process_time()
        span = self.spans.setdefault(stage, [now, now, cpu, cpu])
        span[1], span[3] = now, cpu
        self.workers_at_first.setdefault(stage, _workers_cpu())

    def report(self, total: float) -> dict[str, float]:
        out, covered, previous = {}, 0.0, self.start
        for stage, (first, last, _, _) in self.spans.items():
            # A stage's time runs from the end of the one before (its first item's work
            # happens before its first report).
            seconds = last - min(first, previous)
            out[stage] = round(seconds, 3)
            covered += seconds
            previous = last
        out["other"] = round(max(0.0, total - covered), 3)
        return out

    def cpu_report(self) -> dict[str, float]:
        """The main process's CPU seconds per stage (the same spans)."""
        out, previous = {}, self.start_cpu
        for stage, (_, _, first, last) in self.spans.items():
            out[stage] = round(last - min(first, previous), 3)
            previous = last
        return out

    def workers_cpu_report(self) -> dict[str, float]:
        """The workers' CPU seconds per stage: a pool's workers are counted when they end
        (the pool closes before the next stage's first report), so each stage gets what
        ended between its first report and the next stage's first report."""
        marks = [*self.workers_at_first.items()]
        ends = [at for _, at in marks[1:]] + [_workers_cpu()]
        return {stage: round(end - at, 3) for (stage, at), end in zip(marks, ends, strict=True)}


def _workers_cpu() -> float:
    """CPU seconds of this process's finished children (the pools' workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers: on a shared machine the wall
    clock measures the neighbours too, this does not."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def child_ingest(jsonl: Path, db: Path) -> dict:
    """A fresh database: `ingest_paths` with analysis, as `workbench ingest --skip-bad`
    runs it (a real archive holds records cleaning leaves with no article text: refused,
    counted in `refused`, the rest loaded)."""
    from workbench.ingest import ingest_paths
    from workbench.pool import worker_count
    from workbench.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    clock = StageClock()
    with Store(db) as store:
        start, cpu = perf_counter(), cpu_seconds()
        report = ingest_paths(store, [jsonl], progress=clock, skip_bad=True)
        total = perf_counter() - start
        cpu = cpu_seconds() - cpu
        count = store.db.execute
        result = {
            "articles": len(report.added),
            "refused": len(report.bad),
            "claims": count("SELECT count(*) FROM claims").fetchone()[0],
            "conflicts": count("SELECT count(*) FROM conflicts").fetchone()[0],
            "total_s": round(total, 3),
            "per_s": round(len(report.added) / total, 2) if total else None,
            "cpu_s": round(cpu, 1),
            "per_cpu_s": round(len(report.added) / cpu, 2) if cpu else None,
            "stages": clock.report(total),
            "stages_main_cpu": clock.cpu_report(),
            "stages_workers_cpu": clock.workers_cpu_report(),
            "workers": worker_count(),
            "main_peak_mb": round(run.rss_mb(), 1),
            "worker_peak_mb": round(_children_peak_mb(), 1),
        }
    result["db_mb"] = round(db.stat().st_size / 2**20, 1)
    return result


def child_one(db: Path, jsonl: Path) -> dict:
    """One new article into a copy of a large database: the whole ingest, and apart from
    it the article's own preparation and extraction (what 'plus its own parse' means)."""
    from workbench.extraction import claims_of
    from workbench.ingest.api import ingest_paths, read_inputs
    from workbench.ingest.prepare import extraction_job, prepare
    from workbench.store import Store

    start = perf_counter()
    warm_up()
    warm = perf_counter() - start
    clock = StageClock()
    with Store(db) as store:
        before = store.db["sources"].count
        start, cpu = perf_counter(), process_time()
        report = ingest_paths(store, [jsonl], progress=clock)
        total, cpu = perf_counter() - start, process_time() - cpu
        added = len(report.added)
    item = next(iter(read_inputs([str(jsonl)], {}, None)))
    start, own_cpu = perf_counter(), process_time()
    for article in prepare(item):  # its sentences' parses are cached by now: a lower bound
        claims_of(extraction_job(article))
    own, own_cpu = perf_counter() - start, process_time() - own_cpu
    return {
        "warm_up_s": round(warm, 3),
        "database_articles": before,
        "added": added,
        "total_s": round(total, 3),
        "own_extraction_s": round(own, 3),
        "rest_s": round(total - own, 3),
        "cpu_s": round(cpu, 3),
        "own_extraction_cpu_s": round(own_cpu, 3),
        "stages": clock.report(total),
        "stages_main_cpu": clock.cpu_report(),
        "main_peak_mb": round(run.rss_mb(), 1),
    }


def warm_up() -> None:
    """What any process pays once before its first article, whatever the database: the
    imports, the parser model, dateparser's language data (reported apart)."""
    from workbench.claims import extract_claims
    from workbench.models import Sentence, Source
    from workbench.parse.model import nlp
    from workbench.pipeline import analysis_version
    from workbench.stories.similarity import terms

    analysis_version()
    nlp()
    terms("a warm up")
    text = "Two people were shot on Friday in Springfield, police said."
    source = Source(id=0, file="warm", text=text, content_hash="0", published="2020-01-02")
    extract_claims(
        source,
        [Sentence(id=0, source_id=0, index=0, start=0, end=len(text), text=text, paragraph=0)],
    )


def gva_jsonl(work: Path, size: str) -> Path:
    """The first N real articles that have text (or all), as a user's JSONL file; kept in
    the work folder (outside the repository), never copied into it."""
    import gva

    docs = [d for d in gva.documents().values() if (d.get("text") or "").strip()]
    if size != "all":
        docs = docs[: int(size)]
    path = work / f"gva-{size}.jsonl"
    if not path.exists():
        gva.write_jsonl(docs, path)
    return path


def one_article(work: Path, seed: int) -> Path:
    """An article of another corpus (another seed): new to every benchmark database."""
    folder = run.ensure_corpus(work, 20, seed + 1000)
    line = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    path = work / "one-article.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    return path


def child(mode: str, *args: str) -> dict:
    """One measurement in a fresh interpreter (this file with --child); its JSON result."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = Path(fh.name)
    try:
        done = run.measured(
            [sys.executable, __file__, "--child", mode, "--result", str(out), *args]
        )
        try:
            result = json.loads(out.read_text() or "{}")
        except json.JSONDecodeError:
            result = {}
        if done["exit"] != 0 and "error" not in result:
            result["error"] = done["stderr"].strip().splitlines()[-1:] or [f"exit {done['exit']}"]
        result["seconds"] = done["seconds"]
        return result
    finally:
        out.unlink(missing_ok=True)


def run_all(args: argparse.Namespace) -> dict:
    """Sizes smallest first; the one-article and real-news figures before the largest
    size, so a run cut short still has them; the app on the largest database."""
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": run.machine(), "load_before": os.getloadavg()}
    results["sizes"], results["gva"] = {}, {}
    wanted = sorted(set(args.articles or SIZES))
    for n in wanted[:-1]:
        synthetic(args, work, n, results)
    ok = [n for n, r in results["sizes"].items() if "error" not in r]
    middle = 4000 if 4000 in ok else (ok[-1] if ok else None)
    if middle is not None and not args.skip_one:
        run.log(f"one article into the {middle}-article database")
        copy = work / f"scale-{middle}-one.db"
        shutil.copy(work / f"scale-{middle}.db", copy)
        results["one"] = child(
            "one", "--db", str(copy), "--corpus", str(one_article(work, args.seed))
        )
        _remove(copy)
        save(args, results)
    for size in [] if args.skip_gva else (args.gva or GVA):
        path = gva_jsonl(work, size)
        run.log(f"ingest with analysis, real news ({size})")
        results["gva"][size] = child(
            "ingest", "--corpus", str(path), "--db", str(work / f"scale-gva-{size}.db")
        )
        results["gva"][size]["load"] = os.getloadavg()
        save(args, results)
    synthetic(args, work, wanted[-1], results)
    ok = [n for n, r in results["sizes"].items() if "error" not in r]
    results["growth"] = {
        f"{a}->{b}": round(results["sizes"][b]["total_s"] / results["sizes"][a]["total_s"], 2)
        for a, b in itertools.pairwise(ok)
    }
    if ok and not args.skip_app:
        largest = ok[-1]
        run.log(f"the app on the {largest}-article database")
        copy = work / f"scale-{largest}-app.db"
        shutil.copy(work / f"scale-{largest}.db", copy)
        results["app"] = {
            "articles": largest,
            **child("app", "--db", str(copy), "--presses", str(args.presses)),
        }
        _remove(copy)
    results["load_after"] = os.getloadavg()
    save(args, results)
    return results


def synthetic(args: argparse.Namespace, work: Path, n: int, results: dict) -> None:
    folder = run.ensure_corpus(work, n, args.seed)
    run.log(f"ingest with analysis, {n} synthetic articles")
    db = work / f"scale-{n}.db"
    results["sizes"][n] = child(
        "ingest", "--corpus", str(folder / "articles.jsonl"), "--db", str(db)
    )
    results["sizes"][n]["load"] = os.getloadavg()
    save(args, results)


def save(args: argparse.Namespace, results: dict) -> None:
    """Every figure so far (a long run cut short keeps what it measured)."""
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=1, default=str))


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="workbench scale benchmark")
    parser.add_argument("--articles", type=int, action="append", help="synthetic sizes")
    parser.add_argument("--gva", action="append", help="real articles: a count or 'all'")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--skip-app", action="store_true")
    parser.add_argument("--skip-one", action="store_true")
    parser.add_argument("--skip-gva", action="store_true")
    parser.add_argument("--json", dest="json_out", type=Path)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "workbench-bench"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        try:
            if args.child == "ingest":
                result = child_ingest(args.corpus, args.db)
            elif args.child == "app":  # run.py's own child would import another workbench
                result = run.child_app(args.db, args.presses)
                result["process"] = {"peak_rss_mb": round(run.rss_mb(), 1)}
            else:
                result = child_one(args.db, args.corpus)
        except Exception as exc:
            traceback.print_exc()
            result = {"error": f"{type(exc).__name__}: {exc}"}
        args.result.write_text(json.dumps(result, default=str))
        return 0
    return run_and_report(run_all, args, scale_table.table)


if __name__ == "__main__":
    sys.exit(main())
