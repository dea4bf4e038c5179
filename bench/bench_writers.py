"""Several reviewers and an ingest on one database: every decision lands, and how long each waits.

    python bench/bench_writers.py                       # 4 processes x 500 decisions, twice
    python bench/bench_writers.py --procs 2 --decisions 100 --articles 200

Each reviewer process records decisions through the app's write path (one transaction per
decision, `Store.record_review` inside `Store.transaction`), as fast as it can, and times
each one from the call to the durable return. The run is made twice: on a quiet database,
then while `workbench ingest` loads real articles (../shared/corpora/gva) into the same
file. Reported: failures (any exception), lost decisions (rows expected minus rows in the
log), the chain's verification, and the wait per decision (p50, p99, max).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GVA = ROOT.parent / "shared" / "corpora" / "gva" / "documents.jsonl"
if not GVA.exists():
    GVA = Path("/work/shared/corpora/gva/documents.jsonl")
sys.path.insert(0, str(ROOT))


def reviewer(path: str, name: str, claim_ids: list[str], count: int, start, out) -> None:
    from workbench.store import Store

    waits, failures = [], []
    statuses = ("verified", "disputed", "unresolved")
    with Store(path) as store:
        start.wait()
        for i in range(count):
            began = time.perf_counter()
            try:
                with store.transaction():
                    store.record_review(claim_ids[i % len(claim_ids)], statuses[i % 3], name)
            except Exception as exc:  # counted, not fatal: the figure is how many
                failures.append(f"{type(exc).__name__}: {exc}")
                continue
            waits.append(time.perf_counter() - began)
    out.put((name, waits, failures))


def articles_file(folder: Path, count: int) -> Path:
    """The first `count` real articles as JSONL (in the work folder, not the repo), leaving
    out the few the ingest refuses (a page that is all furniture), as a user would."""
    from workbench.ingest import IngestError, Input
    from workbench.ingest.prepare import prepare

    target = folder / f"gva_{count}.jsonl"
    kept = 0
    with GVA.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as dst:
        for line in src:
            if kept >= count:
                break
            record = json.loads(line)
            fields = ("title", "outlet", "published", "url", "text")
            encoded = json.dumps({k: record.get(k) for k in fields}) + "\n"
            try:
                list(prepare(Input("x.jsonl", encoded.encode()), full=False))
            except IngestError:
                continue
            dst.write(encoded)
            kept += 1
    return target


def run(base: Path, work: Path, procs: int, decisions: int, ingest: Path | None) -> dict:
    from workbench.store import Store

    db = work / ("with_ingest.db" if ingest else "quiet.db")
    for stale in (Path(f"{db}-wal"), Path(f"{db}-shm")):  # an interrupted earlier run's
        stale.unlink(missing_ok=True)
    shutil.copy(base, db)
    with Store(db) as store:
        claim_ids = [c.id for c in store.claims()][:50]
        before = store.db["reviews"].count
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    workers = [
        ctx.Process(target=reviewer, args=(str(db), f"r{n}", claim_ids, decisions, start, out))
        for n in range(procs)
    ]
    for w in workers:
        w.start()
    loader = None
    if ingest is not None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "workbench", "ingest", "--db", str(db), str(ingest)]
        loader = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Start the reviewers once the ingest is storing articles (after its check pass
        # and the parser's start-up), so every decision competes with it.
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and loader.poll() is None:
            with Store(db) as store:
                if store.db["sources"].count > 10:
                    break
            time.sleep(0.5)
    began = time.perf_counter()
    start.set()
    results = [out.get(timeout=3600) for _ in workers]
    elapsed = time.perf_counter() - began
    for w in workers:
        w.join()
    ingest_overlapped = None
    if loader is not None:
        ingest_overlapped = loader.poll() is None  # still loading when the reviewers finished
        _, err = loader.communicate()
        if loader.returncode != 0:
            print(f"ingest failed: {err.decode(errors='replace')[-400:]}", file=sys.stderr)
    waits = sorted(w for _name, ws, _f in results for w in ws)
    failures = [f for _name, _ws, fs in results for f in fs]
    with Store(db) as store:
        rows = store.db["reviews"].count - before
        chain = store.verify_log()
        sources = store.db["sources"].count
    q = statistics.quantiles(waits, n=100) if len(waits) > 1 else [0.0] * 99
    return {
        "ingest": ingest is not None,
        "ingest_still_running_at_end": ingest_overlapped,
        "sources_after": sources,
        "processes": procs,
        "decisions": procs * decisions,
        "failures": len(failures),
        "failure_examples": failures[:3],
        "lost": procs * decisions - len(failures) - rows,
        "chain_ok": chain.ok,
        "wait_p50_ms": round(q[49] * 1000, 1),
        "wait_p99_ms": round(q[98] * 1000, 1),
        "wait_max_ms": round(max(waits) * 1000, 1) if waits else None,
        "seconds": round(elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--decisions", type=int, default=500)
    parser.add_argument("--articles", type=int, default=1500, help="ingested during run 2")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--only-ingest", action="store_true", help="skip the quiet run")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_writers_"))
    work.mkdir(parents=True, exist_ok=True)
    from workbench.sample import build_sample

    base = work / "base.db"
    if not base.exists():
        build_sample(base)
    corpus = articles_file(work, args.articles)
    for ingest in (corpus,) if args.only_ingest else (None, corpus):
        result = run(base, work, args.procs, args.decisions, ingest)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
