"""The people hit, derived from the killed and the injured a sentence states together.

"A shooting left three dead and two injured" states no count of the people shot, but it
tells it: five. Archives and other reports give that total ("five people were shot"), so an
article that states killed and injured and never a count of the hit gets, for each
sentence that states one count of each, a hit count of their sum, marked derived (the
claim says why). An article that states a hit count anywhere (title included) gets none:
its own figure stands. The sum is drawn per sentence, never across sentences, since two
sentences may tell of two shootings (a city's weekend round-up).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.models import Claim, Frame

SUM_MARK = "sum_of_roles"
"""Set in the value of a derived hit count, so a reader can tell it from a stated one."""


def _counts(c: Claim, role: str) -> bool:
    """A count in the role that is neither a part of a group nor derived itself, nor a
    tally of other events too ("the city's 22nd homicide")."""
    if c.kind != "quantity" or c.role != role or c.derived or c.value.get("negated"):
        return False
    if c.value.get("tally") or c.value.get(OTHER_EVENT_MARK):
        return False
    group = c.group or {}
    return group.get("part") is None and c.value.get("low") is not None


def _states_hit(c: Claim) -> bool:
    return c.kind == "quantity" and c.role == "hit" and not c.derived


def _sum(killed: Claim, injured: Claim, text: str) -> Claim:
    lows = killed.value["low"] + injured.value["low"]
    highs = (
        killed.value["high"] + injured.value["high"]
        if killed.value.get("high") is not None and injured.value.get("high") is not None
        else None
    )
    start, end = min(killed.start, injured.start), max(killed.end, injured.end)
    hedge = killed.value.get("hedge") or injured.value.get("hedge")
    why = f"{killed.value['low']} killed + {injured.value['low']} injured: the people hit"
    value = {
        "low": lows,
        "high": highs,
        "unit": None,
        "counted": None,
        "exact": highs == lows and not hedge,
        "hedge": hedge,
        "why": why,
        SUM_MARK: True,
    }
    first = killed if killed.start <= injured.start else injured
    return replace(
        first,
        id="",
        text=text[start:end],
        start=start,
        end=end,
        frame=Frame(),
        value=value,
        role="hit",
        counted=None,
        group=None,
        derived=True,
        implicit=killed.implicit and injured.implicit,
    )


def with_hit_sums(claims: list[Claim], text: str, title: str) -> list[Claim]:
    """The claims and, after them (so no earlier claim's id moves), the derived hit counts.

    `text` is the cleaned text the claims' spans index; `title` the cleaned title the
    headline claims' spans index."""
    if any(_states_hit(c) for c in claims):
        return claims
    by_sentence: dict[tuple[bool, int | None, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity":
            by_sentence[(c.headline, c.sentence_id, c.sentence)].append(c)
    sums = []
    for (headline, _, _), found in by_sentence.items():
        killed = [c for c in found if _counts(c, "killed")]
        injured = [c for c in found if _counts(c, "injured")]
        if len(killed) == 1 and len(injured) == 1:
            sums.append(_sum(killed[0], injured[0], title if headline else text))
    return claims + sums
