"""Does ingest cost grow with the input and no faster? Time, CPU, memory, database size.

    python bench/bench_scale.py                         # 0.5 1 2 8 50 MB, text and JSONL
    python bench/bench_scale.py --sizes 0.1 5 --kinds line     # one line, no sentence end
    python bench/bench_scale.py --sizes 2 8 16 --kinds jsonl --stages   # and per stage

Inputs are made from real news (../shared/corpora/gva, in a work folder, never in the
repository):
- `text`: one article of N MB, the corpus's paragraphs in order; past the corpus's own
  size each further pass has its digits shifted (different figures, different claims).
- `jsonl`: N MB of many articles, each 4 to 14 paragraphs drawn from the corpus with a
  seeded generator (every article distinct, as in a real archive).
- `line`: N MB on one line with no sentence end at all (the worst case for the splitter).

Each input is ingested (with analysis, parser on, as `workbench ingest` does by default,
with `--max-bytes 0`; `--no-analysis`: the load alone) into a fresh database by a
separate process. A single article over the default limit is first offered without
`--max-bytes`, and the refusal printed. Printed per input: wall seconds, CPU seconds of
the process and its workers (on a shared machine the wall clock measures the neighbours
too; the CPU time does not), peak resident memory (wait4: the largest of the process and
its workers), the database's size, the load average at the start; then the ratios to the
smallest size: linear growth shows as ratios of CPU time near the ratio of the inputs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GVA = ROOT.parent / "shared" / "corpora" / "gva" / "documents.jsonl"
if not GVA.exists():
    GVA = Path("/work/shared/corpora/gva/documents.jsonl")
MB = 1_000_000
sys.path.insert(0, str(ROOT))

from workbench.config import DEFAULT_MAX_BYTES  # noqa: E402


def _records() -> list[dict]:
    with GVA.open(encoding="utf-8") as src:
        return [json.loads(line) for line in src]


def _shift(text: str, k: int) -> str:
    return text.translate(
        str.maketrans("0123456789", "".join(str((d + k) % 10) for d in range(10)))
    )


def make_text(path: Path, size: float, records: list[dict]) -> None:
    paragraphs = [p for r in records for p in r["text"].split("\n\n") if p.strip()]
    out, total, k = [], 0, 0
    while total < size * MB:
        for p in paragraphs:
            piece = _shift(p, k) if k else p
            out.append(piece)
            total += len(piece.encode()) + 2
            if total >= size * MB:
                break
        k += 1
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def make_jsonl(path: Path, size: float, records: list[dict]) -> None:
    rng = random.Random(7)
    pool = [p for r in records for p in r["text"].split("\n\n") if len(p.split()) >= 8]
    total, n = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while total < size * MB:
            record = records[n % len(records)]
            text = "\n\n".join(rng.sample(pool, rng.randint(4, 14)))
            line = json.dumps(
                {
                    "title": f"{record.get('title')} ({n})",
                    "outlet": record.get("outlet"),
                    "published": record.get("published"),
                    "text": text,
                }
            )
            out.write(line + "\n")
            total += len(line.encode()) + 1
            n += 1


def make_line(path: Path, size: float, records: list[dict]) -> None:
    make_text(path, size, records)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        " ".join(text.translate(str.maketrans("", "", ".!?…")).split()), encoding="utf-8"
    )


MAKERS = {"text": (make_text, ".txt"), "jsonl": (make_jsonl, ".jsonl"), "line": (make_line, ".txt")}


PEAK = """
import atexit, os, resource, runpy, sys

def report():
    with open("/proc/self/status") as status:
        own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(os.environ["BENCH_PEAK"], "w") as out:
        out.write(f"{max(own, workers)}")

atexit.register(report)
"""
"""Run first in the measured process: its own high-water mark (VmHWM, of its memory since
it started) and its workers'. wait4's figure would not do: a child's maximum starts at
its parent's size when forked and survives exec, so it read this benchmark's own memory
(the corpus, the input it just wrote: 489 MB for a run refused in a second)."""


def ingest(
    path: Path, db: Path, analysis: bool = True, max_bytes: str = "0", stages: Path | None = None
) -> dict:
    """One ingest by its own process: wall and CPU seconds (its workers included), peak
    resident memory (the largest of it and its workers), the database's size, the exit
    status and the last line of its error output. With `stages`, the ingest runs under
    `stage_meter.py`, which writes its figures per stage there."""
    if stages is not None:
        run = "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
        args = [str(ROOT / "bench" / "stage_meter.py"), str(db), str(path), str(stages)]
    elif analysis:
        run = (
            "sys.argv = ['workbench', *sys.argv[1:]]; "
            "runpy.run_module('workbench', run_name='__main__')"
        )
        args = ["ingest", "--db", str(db), str(path), "--max-bytes", max_bytes]
    else:  # the same load without claims and findings: reading, cleaning, splitting,
        # copy detection and storing, one transaction per article
        run = (
            "from workbench.store import Store; from workbench.ingest import ingest_paths; "
            "ingest_paths(Store(sys.argv[1]), [sys.argv[2]], analyze=False, max_bytes=None)"
        )
        args = [str(db), str(path)]
    load = os.getloadavg()[0]
    began = time.perf_counter()
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile(suffix=".peak") as peak:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "BENCH_PEAK": peak.name}
        cmd = [sys.executable, "-c", PEAK + run, *args]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - began
        err.seek(0)
        lines = err.read().decode(errors="replace").strip().splitlines()
        peak_kb = int(Path(peak.name).read_text() or 0)
    size = sum(f.stat().st_size for f in (db, Path(f"{db}-wal")) if f.exists())
    return {
        "seconds": round(seconds, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_mb": round(peak_kb / 1024),
        "db_mb": round(size / MB, 1),
        "ok": status == 0,
        "error": lines[-1] if status and lines else None,
        "load": round(load, 1),
    }


def _fresh(db: Path) -> None:
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-writer")):
        stale.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 8, 50])
    parser.add_argument("--kinds", nargs="+", default=["text", "jsonl"], choices=list(MAKERS))
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument(
        "--no-analysis", action="store_true", help="time the load alone (no claims, findings)"
    )
    parser.add_argument(
        "--stages", action="store_true", help="CPU and peak memory per stage (stage_meter.py)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_scale_"))
    work.mkdir(parents=True, exist_ok=True)
    records = _records()
    for kind in args.kinds:
        maker, ext = MAKERS[kind]
        rows = []
        for size in args.sizes:
            path = work / f"{kind}_{size:g}MB{ext}"
            if not path.exists():
                maker(path, size, records)
            db = work / f"{kind}_{size:g}MB.db"
            actual = path.stat().st_size / MB
            if ext == ".txt" and path.stat().st_size > DEFAULT_MAX_BYTES:
                # What a user gets without --max-bytes: a one-line refusal, nothing written.
                _fresh(db)
                refused = ingest(path, db, max_bytes=str(DEFAULT_MAX_BYTES))
                print(json.dumps({"kind": kind, "mb": round(actual, 2), "default_limit": refused}))
            _fresh(db)
            staged = work / f"{kind}_{size:g}MB.stages.json" if args.stages else None
            result = ingest(path, db, analysis=not args.no_analysis, stages=staged)
            articles = sum(1 for _ in path.open("rb")) if kind == "jsonl" else 1
            result = {
                "kind": kind,
                "analysis": not args.no_analysis,
                "mb": round(actual, 2),
                "articles": articles,
                **result,
                "cpu_s_per_mb": round(result["cpu_s"] / actual, 1),
                "articles_per_cpu_s": round(articles / result["cpu_s"], 2)
                if kind == "jsonl"
                else None,
            }
            if staged is not None and staged.exists():
                result.update(json.loads(staged.read_text()))
            rows.append(result)
            print(json.dumps(result), flush=True)
        base = rows[0]
        for row in rows[1:]:
            print(
                f"{kind}: {row['mb'] / base['mb']:.1f}x the input -> "
                f"{row['cpu_s'] / base['cpu_s']:.1f}x the CPU time "
                f"({row['seconds'] / base['seconds']:.1f}x the wall time), "
                f"{row['peak_mb'] / base['peak_mb']:.1f}x the peak memory, "
                f"{row['db_mb'] / max(base['db_mb'], 0.1):.1f}x the database",
                flush=True,
            )
            for stage, figures in row.get("stages", {}).items():
                was = base.get("stages", {}).get(stage)
                if was:
                    cpu = figures["main_cpu_s"] + figures["workers_cpu_s"]
                    before = was["main_cpu_s"] + was["workers_cpu_s"]
                    print(
                        f"  {stage}: CPU {before:.1f} -> {cpu:.1f} s "
                        f"(x{cpu / max(before, 0.01):.1f}), main peak {was['main_peak_mb']:.0f} "
                        f"-> {figures['main_peak_mb']:.0f} MB, worker peak "
                        f"{was['worker_peak_mb']:.0f} -> {figures['worker_peak_mb']:.0f} MB "
                        f"(PSS {was['worker_pss_mb']:.0f} -> {figures['worker_pss_mb']:.0f})",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
