"""Where the labelled real disagreements are lost: counts per stage of the pipeline, no item.

Each labelled real pair (a contradiction or an update between two articles) is followed
through the pipeline by `trace_conflicts.traced` and counted at the earliest stage that
loses it: the article is not ingested, no claim of its source holds the value, no figure of
the role holds it (a role or value read wrong, or a singular mention's count), the two
sources are in different stories, a value the finder infers (an implied zero: "injured 2" and
no dead told read as killed 0; or hurt read as all hit) is not inferred or is held back at
its own gate (told apart from "no claim holds the value": no claim ever holds such a value),
the finder sets a figure aside or its gate refuses the
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
INFERRED = "finder: an inferred value held back: "
INFERRED_UNHURT = INFERRED + "not inferred (its source has no figure of people hurt)"
INFERRED_NOT = INFERRED + "not inferred (the other's victims do not add up to its own)"
INFERRED_HEADLINE = INFERRED + "its headline tells one of the role (`implied.headline_tells`)"
INFERRED_EVENTS = INFERRED + "two events (the implied figure's gate: two facts shared)"
INFERRED_APART = INFERRED + "apart (dated apart or too far apart)"
INFERRED_OTHER = INFERRED + "another reason"
HOLDS = "finder: both hold: "
OTHER = "finder: no flag for another reason"
SCORE = "score: flagged below the default threshold"
FOUND = "found"
STAGES = (
    INGEST,
    NO_CLAIM,
    NO_FIGURE,
    STORIES,
    INFERRED,
    COPY,
    SUMMED,
    TWO_EVENTS,
    HOLDS,
    OTHER,
    SCORE,
)
"""In the pipeline's order: a pair is counted at the first one that loses it."""


def inferable(role: str, value: float, told: dict[str, float]) -> bool:
    """The finder infers this value of a source from the figures it tells (`told`: role ->
    value) rather than from a claim: a 0 of a growing role (killed) none of which it tells,
    from its people hurt (`implied.implied_zeros`; a source with no figure of people hurt
    gives no such zero, `inferred_stage` says so), or a count of all hit equal to the hurt
    told with none of the growing role and no count of all hit (`implied.implied_wholes`)."""
    for whole, grown, hurt in _sums():
        if grown in told:
            continue
        if role == grown and value == 0:
            return True
        if role == whole and whole not in told and value == told.get(hurt):
            return True
    return False


def hurt_told(role: str, told: dict[str, float]) -> bool:
    """The source tells a figure of people hurt to infer `role`'s value from, or of people
    hit with neither part told (finder 370's shot-only zero, against a later day's page)."""
    return any(
        role in (whole, grown) and (hurt in told or whole in told) for whole, grown, hurt in _sums()
    )


def _sums() -> list[tuple[str, str, str]]:
    """(whole, growing part, other part) of the roles data's sums (hit, killed, injured)."""
    from workbench.findings.knowledge import growing_roles, role_sums

    growing, out = growing_roles(), []
    for whole, parts in role_sums().items():
        grown = [p for p in parts if p in growing]
        hurt = [p for p in parts if p not in growing]
        if len(grown) == 1 and len(hurt) == 1:
            out.append((whole, grown[0], hurt[0]))
    return out


def inferred_stage(
    made: bool, one_event: bool, dated_apart: bool, hurt: bool = True, headline: bool = False
) -> str:
    """Where a pair whose one side is a value the finder infers is lost: its source tells
    no one hurt to infer it from (`hurt` false), the value is not inferred beside the other
    source's figure, its source's headline tells one of the role (`headline`), or the pair
    of them is held at its gate."""
    if not hurt:
        return INFERRED_UNHURT
    if not made:
        return INFERRED_NOT
    if headline:
        return INFERRED_HEADLINE
    if not one_event:
        return INFERRED_EVENTS
    if dated_apart:
        return INFERRED_APART
    return INFERRED_OTHER


def side_stage(
    holding: list, figures: list, value: float, set_aside: set[int], inferred: bool = False
) -> str | None:
    """Where one side of a pair is lost before the pairing: `holding` its source's claims
    holding the labelled value, `figures` the source's figures of the labelled role;
    `inferred`: the value is one the finder infers (`inferable`), so no claim holding it
    nor a figure is no loss (the pair's own stage tells where it is lost)."""
    if inferred:
        return None
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
    for prefixed in (HOLDS, INFERRED):
        if stage.startswith(prefixed):
            return STAGES.index(prefixed)
    return STAGES.index(stage)


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
    for stage in sorted((s for s in found if s != FOUND), key=lambda s: (_rank(s), s)):
        print(f"  {found[stage]:3d}  {stage}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
