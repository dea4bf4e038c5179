"""Shared by the benchmark's parts: its targets and sizes, peak memory, a measured subprocess, the
printing of figures."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from time import perf_counter
from typing import Any

FULL_SIZES = [100, 1000, 4000]
QUICK_SIZES = [50, 200]
APP_SIZE = 1000
REVIEW_SHARE = 0.10
LOG_GROWTH = 4
EXPORT_FORMATS = ["jsonl", "csv", "md", "claimreview"]
LOOKALIKE_KIND = {
    "date_format": "date",
    "accent": "place",
    "containment": "place",
    "unit": "quantity",
    "vague_contains": "quantity",
    "hedge": "quantity",
    "past_event": "quantity",
}
"""The claim kind a planted look-alike would be (wrongly) reported as."""
TARGETS = {
    "s_per_1000": 20.0,
    "s_per_10000": 200.0,
    "rss_mb_10000": 1024.0,
    "growth": 4.6,
    "app_first_s": 1.0,
    "verdict_ms": 30.0,
    "tag_ms": 30.0,
    "next_ms": 100.0,
}


def na(why: str) -> dict[str, str]:
    return {"n/a": why}


def rss_mb() -> float:
    """This process's own peak RSS (VmHWM).

    Not `ru_maxrss`: on Linux a child inherits its parent's peak across fork and exec,
    so every subprocess of a large orchestrator would report at least the parent's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PEAK_WRAPPER = (
    "import atexit, runpy, sys\n"
    "out = sys.argv[1]\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(out, 'w').write(line.split()[1])\n"
    "atexit.register(peak)\n"
    "sys.argv = ['workbench', *sys.argv[2:]]\n"
    "runpy.run_module('workbench', run_name='__main__', alter_sys=True)\n"
)


def workbench_command(args: list[str]) -> dict:
    """`python -m workbench ARGS` measured, its peak RSS reported by the process itself."""
    with tempfile.NamedTemporaryFile(suffix=".peak", delete=False) as fh:
        peak_file = Path(fh.name)
    try:
        run = measured([sys.executable, "-c", PEAK_WRAPPER, str(peak_file), *args])
        text = peak_file.read_text().strip()
        if text:
            run["peak_rss_mb"] = round(int(text) / 1024, 1)
        return run
    finally:
        peak_file.unlink(missing_ok=True)


def measured(cmd: list[str], *, stdout: Any = subprocess.DEVNULL, timeout: float = 3600) -> dict:
    """Run a command; its wall time, peak RSS (wait4: an upper bound, see rss_mb) and exit."""
    with tempfile.TemporaryFile() as err:
        start = perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=err)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        seconds = perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {
        "seconds": round(seconds, 3),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "exit": proc.returncode,
        "stderr": stderr[-2000:],
    }


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def fmt(x: Any, digits: int = 2) -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:,.{digits}f}"
    if isinstance(x, int):
        return f"{x:,}"
    return str(x)


def run_and_report(run_all: Any, args: Any, table: Any) -> int:
    """Run every size (`run_all(args)`), print the table and the time the whole run took,
    and write the figures where `--json` says."""
    start = perf_counter()
    results = run_all(args)
    results["bench_seconds"] = round(perf_counter() - start, 1)
    print(table(results))
    print(f"benchmark took {results['bench_seconds']} s")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=1, default=str))
    return 0
