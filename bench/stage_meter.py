"""Cost per stage of one ingest with analysis: CPU and peak memory, main process and workers.

    python bench/stage_meter.py DB INPUT RESULT.json      # run by bench_scale.py --stages

Which stage grows faster than its input is what a total cannot tell. The stages are the
product's own progress reports (`progress(stage, done, total)`, the calls that draw the
bar), plus two parts of grouping told apart by wrapping their functions here (storing each
article's terms, titling the stories), so no timing code lives in the product. Per stage:
- CPU seconds of the main process, and of its workers (a pool's workers are reaped when
  its stage ends, so their time lands in the stage that used them);
- the main process's peak resident memory within the stage (its high-water mark is reset
  as each stage opens: /proc/self/clear_refs);
- the workers' peak: the largest high-water mark of any live worker and the largest
  proportional share (PSS: pages shared with the parent counted once among the sharers;
  a forked worker's RSS counts every page it shares), sampled at most every
  `SAMPLE_S` seconds as progress is reported.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path
from time import monotonic, perf_counter, process_time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE_S = 0.5


def _status_kb(path: str, field: str) -> int:
    try:
        with open(path) as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:  # a worker that just ended
        pass
    return 0


def _children() -> list[int]:
    pids = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return pids


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class StageMeter:
    """A progress function that charges CPU and memory to the stage being reported."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, float]] = {}
        self.current = ""
        self.stack: list[str] = []
        self.sampled = 0.0
        self._open("starting")

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if self.stack:  # inside a wrapped part: it owns the time
            self._sample()
            return
        self.switch(stage)

    def switch(self, stage: str) -> None:
        if stage == self.current:
            self._sample()
            return
        self._close()
        self._open(stage)

    def _open(self, stage: str) -> None:
        self.current = stage
        self.rows.setdefault(
            stage,
            {"main_cpu_s": 0.0, "workers_cpu_s": 0.0, "wall_s": 0.0, "main_peak_mb": 0.0,
             "worker_peak_mb": 0.0, "worker_pss_mb": 0.0},
        )  # fmt: skip
        self.resettable = _reset_peak()
        self.began = (process_time(), _children_cpu(), perf_counter())

    def _close(self) -> None:
        self._sample(force=True)
        row = self.rows[self.current]
        cpu, workers, wall = self.began
        row["main_cpu_s"] += process_time() - cpu
        row["workers_cpu_s"] += _children_cpu() - workers
        row["wall_s"] += perf_counter() - wall
        peak = _status_kb("/proc/self/status", "VmHWM") / 1024
        row["main_peak_mb"] = max(row["main_peak_mb"], peak)

    def _sample(self, force: bool = False) -> None:
        if not force and monotonic() - self.sampled < SAMPLE_S:
            return
        self.sampled = monotonic()
        row = self.rows[self.current]
        for pid in _children():
            peak = _status_kb(f"/proc/{pid}/status", "VmHWM") / 1024
            pss = _status_kb(f"/proc/{pid}/smaps_rollup", "Pss:") / 1024
            row["worker_peak_mb"] = max(row["worker_peak_mb"], peak)
            row["worker_pss_mb"] = max(row["worker_pss_mb"], pss)

    def wrap(self, stage: str, fn):
        """`fn` charged to `stage` whatever progress it reports, then back to the caller's."""

        def measured(*args, **kwargs):
            outer = self.current
            self.switch(stage)
            self.stack.append(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self.stack.pop()
                self.switch(outer)

        return measured

    def finish(self) -> dict[str, dict[str, float]]:
        self._close()
        return {
            stage: {k: round(v, 2 if k.endswith("_s") else 0) for k, v in row.items()}
            for stage, row in self.rows.items()
        }


def main() -> None:
    import workbench.stories as stories
    from workbench.ingest import ingest_paths
    from workbench.store import Store

    db, source, out = (Path(a) for a in sys.argv[1:4])
    meter = StageMeter()
    stories._count_documents = meter.wrap("grouping: terms", stories._count_documents)
    stories.retitle = meter.wrap("grouping: titles", stories.retitle)
    with Store(db) as store:
        report = ingest_paths(store, [source], progress=meter, max_bytes=None)
        stages = meter.finish()
        count = store.db.execute
        sizes = count(
            "SELECT count(*), max(n) FROM (SELECT count(*) n FROM source_stories ss "
            "JOIN stories st ON st.id = ss.story_id GROUP BY st.thread_id)"
        ).fetchone()
        result = {
            "articles": len(report.added),
            "claims": count("SELECT count(*) FROM claims").fetchone()[0],
            "stories": count("SELECT count(*) FROM stories").fetchone()[0],
            "threads": sizes[0],
            "largest_thread": sizes[1],
            "largest_story": count(
                "SELECT max(n) FROM (SELECT count(*) n FROM source_stories GROUP BY story_id)"
            ).fetchone()[0],
            "conflicts": count("SELECT count(*) FROM conflicts").fetchone()[0],
            "stages": stages,
        }
    out.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
