"""Where the labelled real disagreements are lost: counts per stage of the pipeline, no item.

Each labelled real pair (a contradiction or an update between two articles) is followed
through the pipeline by `trace_conflicts.traced` and counted at the earliest stage that
loses it: the article is not ingested, no claim of its source holds the value, no figure of
the role holds it (a role or value read wrong, or a singular mention's count), the two
sources are in different stories, the finder sets a figure aside or its gate refuses the
pair (two events, reports apart, a reason both figures hold), or its score is under the
default threshold. Only totals are printed, so a held-out split may be counted (by the lead,
once: its items are never read); `trace_conflicts.py` tells each dev pair's story.

    python bench/recall_stages.py                  # every development set
    python bench/recall_stages.py --split dev_d
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402

INGEST = "ingest: an article not in the database"
NO_CLAIM = "claims: no claim of the source holds the value"
NO_FIGURE = "claims: no figure of the role holds the value"
STORIES = "stories: the two sources in different stories"
COPY = "finder: one source a copy of the other"
SUMMED = "finder: a figure set aside by its own source's parts"
TWO_EVENTS = "finder: two events (no names or places shared, a round-up)"
HOLDS = "finder: both hold: "
OTHER = "finder: no flag for another reason"
SCORE = "score: flagged below the default threshold"
FOUND = "found"
STAGES = (INGEST, NO_CLAIM, NO_FIGURE, STORIES, COPY, SUMMED, TWO_EVENTS, HOLDS, OTHER, SCORE)
"""In the pipeline's order: a pair is counted at the first one that loses it."""


def side_stage(holding: list, figures: list, value: float, set_aside: set[int]) -> str | None:
    """Where one side of a pair is lost before the pairing: `holding` its source's claims
    holding the labelled value, `figures` the source's figures of the labelled role."""
    if not holding:
        return NO_CLAIM
    if not figures or not any(f.range.low <= value <= f.range.high for f in figures):
        return NO_FIGURE
    if id(figures[0]) in set_aside:
        return SUMMED
    return None


def pair_stage(other_stories: bool, copy: bool, one_event: bool) -> str | None:
    """Where a pair of figures is lost before the finder asks whether both hold."""
    if other_stories:
        return STORIES
    if copy:
        return COPY
    if not one_event:
        return TWO_EVENTS
    return None


def held(reason: str | None) -> str:
    """The stage of a pair the finder lets go though it is one event: why both hold
    (`figure_holds.both_hold`'s reason, up to its colon), or another reason."""
    return HOLDS + reason.split(":")[0] if reason else OTHER


def _rank(stage: str) -> int:
    return STAGES.index(HOLDS if stage.startswith(HOLDS) else stage)


def earliest(stages: list[str | None]) -> str:
    """The first stage of the pipeline among those that lose a pair."""
    named = [s for s in stages if s]
    return min(named, key=_rank) if named else OTHER


def counts(split: str) -> Counter:
    """Labelled real pairs of a split per stage ("found" for those listed above it)."""
    import trace_conflicts

    out: Counter = Counter()
    for incident in gva.labels(split):
        out.update(trace_conflicts.traced(incident, every=False)[1])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(*gva.DEV, gva.DEV_ALL, *gva.FRESH, *gva.HELD_OUT, gva.HELD_OUT_ALL),
        default=gva.DEV_ALL,
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    found = counts(args.split)
    if args.json:
        print(json.dumps(dict(found), indent=1, sort_keys=True))
        return 0
    total = sum(found.values())
    print(f"{args.split}: {total} labelled real pairs, {found[FOUND]} found")
    for stage in sorted((s for s in found if s != FOUND), key=_rank):
        print(f"  {found[stage]:3d}  {stage}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
