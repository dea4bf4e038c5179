"""Worker processes end with the process that started them: `kill -9` (or a plain kill)
of an ingest used to leave its workers behind, idle, holding their memory for good."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import os, sys, time
from workbench.pool import ordered_map

def work(n):
    time.sleep(0.05)
    return os.getpid()

for pid in ordered_map(work, range(10_000), workers=2, min_items=1):
    print(pid, flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie is gone but for its exit status
        return stat.read().split(") ")[1][0] != "Z"


@pytest.mark.skipif(not Path("/proc").exists(), reason="Linux only")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_their_parent_is_killed(sig):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT], env=env, stdout=subprocess.PIPE, text=True
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline:
        workers.add(int(proc.stdout.readline()))
    assert len(workers) == 2
    proc.send_signal(sig)
    proc.wait()
    deadline = time.monotonic() + 20
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in workers if _alive(p)]
    for pid in left:  # not to leave them on the machine when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left
