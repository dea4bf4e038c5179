"""Does ingest cost grow with the input and no faster? Time and peak memory per size.

    python bench/bench_scale.py                         # 0.5 1 2 8 50 MB, text and JSONL
    python bench/bench_scale.py --sizes 0.5 1 2 --kinds jsonl line

Inputs are made from real news (../shared/corpora/gva, in a work folder, never in the
repository):
- `text`: one article of N MB, the corpus's paragraphs in order; past the corpus's own
  size each further pass has its digits shifted (different figures, different claims).
- `jsonl`: N MB of many articles, each 4 to 14 paragraphs drawn from the corpus with a
  seeded generator (every article distinct, as in a real archive).
- `line`: N MB on one line with no sentence end at all (the worst case for the splitter).

Each input is ingested (with analysis, as `workbench ingest` does by default, `--max-bytes
0`; `--no-analysis`: the load alone) into a fresh database by a separate process; wall
time and that process's peak resident memory (wait4) are printed, then the ratios to the
smallest size: linear growth shows as time/size and memory growth that stay flat.
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


def ingest(path: Path, db: Path, analysis: bool = True) -> tuple[float, float, int]:
    """(seconds, peak MB of the ingest process, exit status)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "workbench", "ingest", "--db", str(db), str(path)]
    cmd += ["--max-bytes", "0"]
    if not analysis:  # the same load without claims and findings: reading, cleaning,
        # splitting, copy detection and storing, one transaction per article
        code = (
            "import sys; from workbench.store import Store; "
            "from workbench.ingest import ingest_paths; "
            "store = Store(sys.argv[1]); "
            "ingest_paths(store, [sys.argv[2]], analyze=False, max_bytes=None)"
        )
        cmd = [sys.executable, "-c", code, str(db), str(path)]
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - began
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if status:
        print(f"  ingest of {path.name} failed: {err.strip()[-300:]}", file=sys.stderr)
    return seconds, usage.ru_maxrss / 1024, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 8, 50])
    parser.add_argument("--kinds", nargs="+", default=["text", "jsonl"], choices=list(MAKERS))
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument(
        "--no-analysis", action="store_true", help="time the load alone (no claims, findings)"
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
            for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                stale.unlink(missing_ok=True)
            seconds, peak, status = ingest(path, db, analysis=not args.no_analysis)
            actual = path.stat().st_size / MB
            rows.append((size, actual, seconds, peak, status))
            print(
                json.dumps(
                    {
                        "kind": kind,
                        "analysis": not args.no_analysis,
                        "mb": round(actual, 2),
                        "seconds": round(seconds, 1),
                        "peak_mb": round(peak),
                        "s_per_mb": round(seconds / actual, 2),
                        "ok": status == 0,
                    }
                ),
                flush=True,
            )
        base = rows[0]
        for _size, actual, seconds, peak, _status in rows[1:]:
            print(
                f"{kind}: {actual / base[1]:.0f}x the input -> {seconds / base[2]:.1f}x the time, "
                f"{peak / base[3]:.1f}x the peak memory",
                flush=True,
            )


if __name__ == "__main__":
    main()
