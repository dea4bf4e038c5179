"""Where the wall time of one ingest goes: each process's CPU, sampled, beside the stages.

    PYTHONPATH=. python bench/timeline.py [--articles 1000] [--workers 2] [--every 0.25]

The first N real articles (as `bench_claims_gva.py` takes them) are ingested with analysis
in a child process whose progress reports (`progress(stage, done, total)`, the calls that
draw the bar) are written with their times; this process samples /proc every `--every`
seconds for the CPU of the child (the main process) and of its children (the workers).
A total says how much CPU was spent; only a timeline says when a core stood idle: the
main process waiting for the workers, or the workers for the main process, or one core
alone in a serial stage. Printed per stage: wall seconds, the main process's and the
workers' CPU seconds, and how busy the two cores were (CPU / wall; 2.0 is both full).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used, 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(p) for p in (task / "children").read_text().split()]
    except OSError:
        pass
    return out


def child(articles: int, log: Path) -> None:
    """Runs in the measured process: ingest with a progress function that logs."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT))
    import bench_claims_gva
    import gva

    from workbench.ingest.api import ingest_paths
    from workbench.store import Store

    folder = Path(tempfile.mkdtemp(prefix="wb-timeline-"))
    gva.write_jsonl(bench_claims_gva.articles(articles), folder / "gva.jsonl")
    out = log.open("w", buffering=1)
    last = [""]

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage != last[0] or done == total:
            out.write(json.dumps([time.time(), stage, done, total]) + "\n")
            last[0] = stage

    out.write(json.dumps([time.time(), "start", 0, 0]) + "\n")
    with Store(folder / "gva.db") as store:
        report = ingest_paths(store, [folder / "gva.jsonl"], progress=progress)
    out.write(json.dumps([time.time(), "end", len(report.added), 0]) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=float, default=0.25)
    parser.add_argument("--child-log", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--samples", type=Path, help="write the samples here (JSON)")
    args = parser.parse_args()
    if args.child_log:
        child(args.articles, args.child_log)
        return
    log = Path(tempfile.mkstemp(prefix="wb-timeline-", suffix=".jsonl")[1])
    env = {**os.environ, "WORKBENCH_WORKERS": str(args.workers), "PYTHONHASHSEED": "0"}
    command = [sys.executable, __file__, "--articles", str(args.articles)]
    started = time.time()
    proc = subprocess.Popen([*command, "--child-log", str(log)], env=env)
    samples = []  # (time, main CPU, {worker pid: CPU})
    while proc.poll() is None:
        samples.append((time.time(), _cpu(proc.pid), {p: _cpu(p) for p in _children(proc.pid)}))
        time.sleep(args.every)
    marks = [json.loads(line) for line in log.read_text().splitlines()]
    if args.samples:
        args.samples.write_text(json.dumps({"marks": marks, "samples": samples}))
    report(started, marks, samples, os.getloadavg()[0])


def report(started: float, marks: list, samples: list, load: float) -> None:
    """Per stage (from one stage's first report to the next's): wall, CPU, cores busy."""
    edges = [(marks[0][0], "python start + imports + reading")]
    for when, stage, _done, _total in marks:
        if stage != edges[-1][1]:
            edges.append((when, stage))
    edges[0] = (started, edges[0][1])
    workers_seen: dict[int, float] = {}

    def at(t: float) -> tuple[float, float]:
        """The main process's and the workers' CPU at the sample nearest before t."""
        main, kids = 0.0, 0.0
        for when, m, ws in samples:
            if when > t:
                break
            main = m
            for pid, c in ws.items():
                workers_seen[pid] = max(workers_seen.get(pid, 0.0), c)
            kids = sum(workers_seen.values())
        return main, kids

    print(f"load average at the end {load:.1f}; stage: wall s, main CPU s, workers CPU s, cores")
    for (begin, stage), (end, _next) in zip(edges, [*edges[1:], (samples[-1][0], "")], strict=True):
        m0, w0 = at(begin)
        m1, w1 = at(end)
        wall = end - begin
        busy = (m1 - m0 + w1 - w0) / wall if wall > 0 else 0.0
        print(f"  {stage:<34} {wall:7.2f} {m1 - m0:7.2f} {w1 - w0:7.2f} {busy:6.2f}")
    total = samples[-1][0] - started
    m, w = at(samples[-1][0])
    print(f"  {'all':<34} {total:7.2f} {m:7.2f} {w:7.2f} {(m + w) / total:6.2f}")


if __name__ == "__main__":
    main()
