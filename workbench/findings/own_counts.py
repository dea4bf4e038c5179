"""A source's stated count set against its own other mentions of the role.

A source's figure is its largest stated count, stated counts before singular mentions
(`figures`). On incidents no rule was tuned on, three shapes made that choice a part or a
sum: a zero beside the people the source tells of, a stated count below
what one of its own mentions names, and the hurt counted with their dead. Each is read
from the source's own words alone, never from another source's figure.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from workbench.findings.comparison import Range
from workbench.findings.figure_mentions import said, typical_value
from workbench.findings.knowledge import role_sums
from workbench.models import Claim

Member = tuple[Claim, Range]


def zero_gainsaid(stated: list[Member], members: list[Member]) -> bool:
    """The source's stated counts are zeros and one of its own mentions tells someone of the
    role: "No one was injured in this crash" in a blotter beside "The victim ... in stable
    condition", "no arrests have been made" beside "A man and his girlfriend have been
    arrested ... in that case". One of the two is of others (another event, another case,
    those inside), and the words alone do not say which, so the source gives no figure."""
    if not stated or any(typical_value(r) != 0 for _, r in stated):
        return False
    return any(typical_value(r) >= 1 for _, r in members)


def one_mention_floor(best: Member, members: list[Member]) -> Member:
    """A singular mention that names two or more people in one breath ("another man and a
    2-year-old boy", "the man and infant") counts them all; a stated count of one beside it
    ("One victim was located inside the vehicle and one outside") is one of them, never the
    whole. Mentions told one by one may name one person twice, so only one mention's own
    count is a floor; and only against a one: a stated "two deceased persons" is a total
    that a joined mention reaching past it ("the teacher and his son ... along with the
    wounded family member") misreads."""
    if typical_value(best[1]) != 1 or best[0].implicit:
        return best
    joined = [
        m
        for m in members
        if m[0].implicit and typical_value(m[1]) >= 2 and not math.isinf(m[1].high)
    ]
    if not joined:
        return best
    top = max(joined, key=lambda m: (typical_value(m[1]), -m[0].start))
    return top if typical_value(top[1]) > typical_value(best[1]) else best


def counted_with_others(
    role: str,
    value: float,
    stated: set[float],
    figure_of: Callable[[str], float | None],
) -> float | None:
    """A part's figure that is its own source's other parts plus a smaller count of the part
    it also states counts the whole again: "Four people were taken to hospitals" beside
    "killed one man and injured three", "all four victims were injured" beside three dead
    and one wounded. Returns that smaller count (the part's own), else None. `figure_of`
    gives the source's stated figure of another role (None when it states none: a dead
    man told singly may be another shooting's, "the fatal shooting on Dudley Terrace").
    Only the source's largest count and the next below it: "Two victims were airlifted" is
    a part of the "3 Others" injured beside "1 Dead", not the hurt they and the dead make."""
    if value < max(stated, default=value):
        return None
    below = max((v for v in stated if v < value), default=None)
    for whole, parts in role_sums().items():
        if role not in parts or role == whole:
            continue
        others = [figure_of(p) for p in parts if p != role]
        if not others or any(v is None for v in others):
            continue
        rest = value - sum(others)  # type: ignore[arg-type]
        if 0 < rest < value and below is not None and math.isclose(rest, below):
            return rest
    return None


def own_members(members: list[Member], value: float) -> list[Claim]:
    """The stated mentions of `value`, in text order."""
    return [c for c, r in members if said(c) and math.isclose(typical_value(r), value)]
