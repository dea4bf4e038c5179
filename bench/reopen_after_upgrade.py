"""Opening a database after an upgrade: what the re-analysis costs, stage by stage, and
how long the progress display stands still.

    PYTHONPATH=. python bench/reopen_after_upgrade.py DB --stale finder [--full] [--dump F]
    PYTHONPATH=. python bench/reopen_after_upgrade.py /tmp/corpus24.db/stories.db  # as stored

The database is copied to a scratch folder (never touched); `--stale` marks the copy as
analysed by an older extractor (the analysis and titles marks), finder, grouping, cleaner
(only the mark: the texts stay this cleaner's, so none changes and nothing is regrouped;
`--changed N`: N texts carry a notice this cleaner removes, so it changes them) or titles,
as an upgrade that moved that number would find it (README, "After an upgrade").
Then `pipeline.analyze` runs as `workbench` runs it before the app opens (`upgrade=True`;
`--full`: as it ran before the twenty-fifth session, everything extracted again), with a
progress callback that records every report. Per stage: when it first and
last reported, its reports, and the longest the display stood still within it; between
stages, the silent gaps (nothing new to draw). `--dump FILE` writes what was found (claims,
conflicts, corroborations, stories) so two runs can be compared byte for byte.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MARKS = ("extractor", "finder", "grouping", "cleaner", "titles")
NOTICE = "\n\nCopyright 2016 Example Television. All rights reserved."
"""What an older cleaner left at an article's end (`--changed`): a notice this one drops."""


def make_stale(path: Path, marks: list[str], changed: int = 0) -> None:
    """Set the copy's version marks as an older build would have left them; `changed`
    articles (spread evenly over the ids) are given a trailing paragraph this cleaner
    removes, as an older cleaner that kept a site's notice left them."""
    from workbench.ingest.reclean import CLEANER_VERSION_KEY
    from workbench.pipeline import ANALYSIS_VERSION_KEY
    from workbench.store import Store
    from workbench.stories import GROUPING_VERSION_KEY, TITLES_VERSION_KEY

    with Store(path) as store, store.transaction():
        if "extractor" in marks:
            _, finder, grouping = (store.get_meta(ANALYSIS_VERSION_KEY) or "0/0/0").split("/")
            store.set_meta(ANALYSIS_VERSION_KEY, f"old/{finder}/{grouping}")
            titles = (store.get_meta(TITLES_VERSION_KEY) or "0/0").split("/")[0]
            store.set_meta(TITLES_VERSION_KEY, f"{titles}/old")
        if "finder" in marks:
            extractor, _, grouping = (store.get_meta(ANALYSIS_VERSION_KEY) or "0/0/0").split("/")
            store.set_meta(ANALYSIS_VERSION_KEY, f"{extractor}/old/{grouping}")
        if "grouping" in marks:
            store.set_meta(GROUPING_VERSION_KEY, "old")
            extractor, finder, _ = (store.get_meta(ANALYSIS_VERSION_KEY) or "0/0/0").split("/")
            store.set_meta(ANALYSIS_VERSION_KEY, f"{extractor}/{finder}/old")
        if "cleaner" in marks:
            store.set_meta(CLEANER_VERSION_KEY, "0")
            ids = [h.id for h in store.source_headers()]
            for source_id in ids[:: max(1, len(ids) // changed)][:changed] if changed else []:
                store.db.execute(
                    "UPDATE sources SET text = text || ? WHERE id = ?", [NOTICE, source_id]
                )
        if "titles" in marks:
            claims = (store.get_meta(TITLES_VERSION_KEY) or "0/0").split("/")[-1]
            store.set_meta(TITLES_VERSION_KEY, f"old/{claims}")


class Recorder:
    """Every progress report, timed from the start of the analysis."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.reports: list[tuple[float, str, int, int | None]] = []

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        self.reports.append((time.monotonic() - self.started, stage, done, total))

    def table(self, ended: float) -> list[str]:
        """One row per stage in the order they reported, and each silent gap."""
        lines = [
            "| stage | from s | to s | wall s | reports | articles | longest still s |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        last = 0.0
        stages: list[str] = []
        for _, stage, _, _ in self.reports:
            if stage not in stages:
                stages.append(stage)
        for stage in stages:
            times = [t for t, s, _, _ in self.reports if s == stage]
            totals = [total for _, s, _, total in self.reports if s == stage]
            first, final = times[0], times[-1]
            if first - last > 1.0:
                lines.append(
                    f"| (nothing drawn) | {last:.1f} | {first:.1f} | {first - last:.1f} | | | |"
                )
            still = max((b - a for a, b in pairwise(times)), default=0.0)
            lines.append(
                f"| {stage} | {first:.1f} | {final:.1f} | {final - first:.1f} | {len(times)} | "
                f"{totals[-1] if totals[-1] is not None else '-'} | {still:.1f} |"
            )
            last = max(last, final)
        if ended - last > 1.0:
            lines.append(
                f"| (nothing drawn) | {last:.1f} | {ended:.1f} | {ended - last:.1f} | | | |"
            )
        return lines


def found(path: Path) -> dict:
    """What the analysis left: every claim, finding and story (ids included: reviews
    point at them)."""
    from workbench.store import Store

    with Store(path) as store:
        claims = [
            [c.id, c.source_id, c.kind, c.start, c.end, c.role, json.dumps(c.value, sort_keys=True)]
            for c in store.claims()
        ]
        conflicts = [[c.id, round(c.score, 6), sorted(c.claim_ids)] for c in store.conflicts()]
        corroborations = [[c.id, sorted(c.claim_ids)] for c in store.corroborations()]
        stories = sorted([s, *story] for s, story in store.story_map().items())
        titles = store.db.execute("SELECT id, title FROM stories ORDER BY id").fetchall()
    return {
        "claims": sorted(claims),
        "conflicts": sorted(conflicts),
        "corroborations": sorted(corroborations),
        "stories": stories,
        "titles": [list(t) for t in titles],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--stale", action="append", default=[], choices=MARKS)
    parser.add_argument("--full", action="store_true", help="extract everything again")
    parser.add_argument(
        "--changed", type=int, default=0, help="with --stale cleaner: articles it changes"
    )
    parser.add_argument("--dump", type=Path, help="write what was found (JSON)")
    parser.add_argument("--keep", type=Path, help="keep the analysed copy here")
    args = parser.parse_args()

    from workbench.pipeline import analyze, needs_analysis
    from workbench.store import Store

    scratch = Path(tempfile.mkdtemp(prefix="reopen-"))
    copy = scratch / "copy.db"
    shutil.copyfile(args.db, copy)
    make_stale(copy, args.stale, args.changed)
    recorder = Recorder()
    cpu = time.process_time()
    with Store(copy) as store:
        stale = needs_analysis(store)
        summary = analyze(store, progress=recorder, upgrade=not args.full)
    ended = time.monotonic() - recorder.started
    how = "full" if args.full else "upgrade"
    print(f"# {args.db} stale={','.join(args.stale) or 'as stored'} needed={stale} {how}")
    print(
        f"wall {ended:.1f} s, main CPU {time.process_time() - cpu:.1f} s; "
        f"{summary.sources:,} articles, {summary.claims:,} claims, "
        f"{summary.conflicts} conflicts"
        + (f"; {summary.recleaned.summary()}" if summary.recleaned else "")
    )
    print("\n".join(recorder.table(ended)))
    if args.dump:
        args.dump.write_text(json.dumps(found(copy)), encoding="utf-8")
    if args.keep:
        shutil.move(copy, args.keep)
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
