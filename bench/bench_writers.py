"""Several reviewers beside an ingest or an analysis on one database: every decision lands,
and how long each waits.

    python bench/bench_writers.py                       # 4 processes x 500 decisions, 3 runs
    python bench/bench_writers.py --procs 2 --decisions 100 --articles 200 --runs quiet ingest

Each reviewer process records decisions through the app's write path (one transaction per
decision, `Store.record_review` inside `Store.transaction`), as fast as it can, and times
each one from the call to the durable return, and apart the part spent waiting for the
write lock (BEGIN IMMEDIATE); the rest is the decision's own write and commit. Runs:
`quiet` (the reviewers alone), `ingest` (while `workbench ingest` loads real articles,
../shared/corpora/gva, into the same file) and `analysis` (while `workbench analyze`
re-analyses a database holding those articles). Reported: failures (any exception), lost
decisions (rows expected minus rows in the log), the chain's verification, the wait per
decision (p50, p95, p99, max), the lock wait's p99 and max, the own write's p99 and max,
the CPU seconds of the reviewers and of the other process, and the load average.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
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

    waits, locks, failures = [], [], []
    statuses = ("verified", "disputed", "unresolved")
    with Store(path) as store:
        start.wait()
        for i in range(count):
            began = time.perf_counter()
            try:
                with store.transaction():
                    locks.append(time.perf_counter() - began)
                    store.record_review(claim_ids[i % len(claim_ids)], statuses[i % 3], name)
            except Exception as exc:  # counted, not fatal: the figure is how many
                failures.append(f"{type(exc).__name__}: {exc}")
                continue
            waits.append(time.perf_counter() - began)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out.put((name, waits, locks, failures, usage.ru_utime + usage.ru_stime))


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


def _copy(source: Path, db: Path) -> None:
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):  # an interrupted earlier run's
        stale.unlink(missing_ok=True)
    shutil.copy(source, db)


def _background(kind: str, db: Path, corpus: Path, err: Path) -> subprocess.Popen:
    """`workbench ingest` of the corpus, or `workbench analyze`, on the database; returns
    once it is writing (after its check pass and the parser's start-up), so every decision
    competes with it."""
    from workbench.store import Store

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "workbench"]
    cmd += (
        ["ingest", "--db", str(db), str(corpus)]
        if kind == "ingest"
        else ["analyze", "--db", str(db)]
    )
    with Store(db) as store:
        sources = store.db["sources"].count
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err.open("wb"))
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        with Store(db) as store:
            if kind == "ingest" and store.db["sources"].count > sources + 10:
                break
            if kind == "analysis" and store.get_meta("analysis_version") == "incomplete":
                time.sleep(2.0)  # into the extraction's per-source writes
                break
        time.sleep(0.5)
    return proc


def run(
    kind: str, base: Path, work: Path, procs: int, decisions: int, corpus: Path, finish: bool
) -> dict:
    """One run: `procs` reviewers x `decisions`, alone (`quiet`) or beside an `ingest` or
    an `analysis` of the same database (stopped once the reviewers are done, unless
    `finish`: its CPU seconds are then its whole run's)."""
    from workbench.store import Store

    db = work / f"{kind}.db"
    _copy(base, db)
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
    err = work / f"{kind}.stderr"
    other = None if kind == "quiet" else _background(kind, db, corpus, err)
    load = os.getloadavg()[0]
    began = time.perf_counter()
    start.set()
    results = [out.get(timeout=3600) for _ in workers]
    elapsed = time.perf_counter() - began
    for w in workers:
        w.join()
    overlapped, other_cpu = None, None
    if other is not None:
        overlapped = other.poll() is None  # still writing when the reviewers finished
        if overlapped and not finish:
            other.terminate()  # what it stored is complete (one transaction an article)
        _pid, status, usage = os.wait4(other.pid, 0)
        other_cpu = round(usage.ru_utime + usage.ru_stime, 1)
        if status and not (overlapped and not finish):
            print(f"{kind} failed: {err.read_text(errors='replace')[-400:]}", file=sys.stderr)
    waits = sorted(w for _name, ws, _l, _f, _c in results for w in ws)
    locks = sorted(w for _name, _ws, ls, _f, _c in results for w in ls)
    # The rest of each wait: the decision's own write and its durable commit (in WAL mode
    # a commit that fills the log past its limit also copies it back: a checkpoint).
    owns = sorted(
        w - lock
        for _name, ws, ls, fs, _c in results
        if not fs
        for w, lock in zip(ws, ls, strict=True)
    )
    failures = [f for _name, _ws, _l, fs, _c in results for f in fs]
    with Store(db) as store:
        rows = store.db["reviews"].count - before
        chain = store.verify_log()
        sources = store.db["sources"].count

    def ms(values: list[float], pct: int) -> float:
        q = statistics.quantiles(values, n=100) if len(values) > 1 else [0.0] * 99
        return round(q[pct - 1] * 1000, 1)

    return {
        "run": kind,
        "other_still_running_at_end": overlapped,
        "sources_after": sources,
        "processes": procs,
        "decisions": procs * decisions,
        "failures": len(failures),
        "failure_examples": failures[:3],
        "lost": procs * decisions - len(failures) - rows,
        "chain_ok": chain.ok,
        "wait_p50_ms": ms(waits, 50),
        "wait_p95_ms": ms(waits, 95),
        "wait_p99_ms": ms(waits, 99),
        "wait_max_ms": round(max(waits) * 1000, 1) if waits else None,
        "lock_wait_p99_ms": ms(locks, 99),
        "lock_wait_max_ms": round(max(locks) * 1000, 1) if locks else None,
        "own_write_p99_ms": ms(owns, 99),
        "own_write_max_ms": round(max(owns) * 1000, 1) if owns else None,
        "seconds": round(elapsed, 1),
        "reviewers_cpu_s": round(sum(c for *_rest, c in results), 1),
        "other_cpu_s": other_cpu,
        "load_at_start": round(load, 1),
        "load_at_end": round(os.getloadavg()[0], 1),
    }


def analysed_base(base: Path, work: Path, corpus: Path) -> Path:
    """The sample with the corpus ingested and analysed: what `analysis` re-analyses."""
    target = work / f"analysed_{corpus.stem}.db"
    if not target.exists():
        from workbench.ingest import ingest_paths
        from workbench.store import Store

        _copy(base, work / "analysed.tmp")
        with Store(work / "analysed.tmp") as store:
            ingest_paths(store, [corpus])
        os.replace(work / "analysed.tmp", target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--decisions", type=int, default=500)
    parser.add_argument("--articles", type=int, default=1500, help="ingested during `ingest`")
    parser.add_argument(
        "--analysed", type=int, default=300, help="articles the `analysis` run re-analyses"
    )
    parser.add_argument(
        "--runs",
        nargs="+",
        default=["quiet", "ingest", "analysis"],
        choices=["quiet", "ingest", "analysis"],
    )
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument(
        "--finish", action="store_true", help="let the ingest or analysis finish (else stopped)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_writers_"))
    work.mkdir(parents=True, exist_ok=True)
    from workbench.sample import build_sample

    base = work / "base.db"
    if not base.exists():
        build_sample(base)
    corpus = articles_file(work, args.articles)
    for kind in args.runs:
        start = base
        if kind == "analysis":
            start = analysed_base(base, work, articles_file(work, args.analysed))
        print(
            json.dumps(run(kind, start, work, args.procs, args.decisions, corpus, args.finish)),
            flush=True,
        )


if __name__ == "__main__":
    main()
