"""How two sources' figures for one role stand against each other.

Whether their ranges meet, whether a part outnumbers its whole, whether one source also
states the other's figure (a part, not a dispute), and whether two floors state one
number. Kept apart from how each source's figure is read (`figures`).
"""

from __future__ import annotations

import math
from datetime import date

from workbench.claims.hedges import HEDGES
from workbench.findings.figures import Figure
from workbench.findings.later_acts import zero_ceiling


def bounds(figure: Figure, other: Figure) -> tuple[float, float]:
    """The figure's range as set against the other's.

    A singular mention ("a man was shot") proves at least one: against a stated figure it
    is a lower bound, never a rival total; against another source's singular mentions it
    is what that source tells. So does a count told by care or condition (`care`) against
    a count told by the harm. A first report's zero of arrests told by the suspects still
    free is a ceiling (`later_acts.zero_ceiling`).
    """
    if figure.implicit and not other.implicit and not zero_ceiling(figure, other):
        return figure.range.low, math.inf
    if figure.care and not (other.care or other.implicit):
        return figure.range.low, math.inf  # "two in critical condition" of "five hurt"
    return figure.range.low, figure.range.high


def disjoint(a: Figure, b: Figure) -> bool:
    """The two figures cannot both hold: their ranges do not meet."""
    (a0, a1), (b0, b1) = bounds(a, b), bounds(b, a)
    eps = 1e-9
    return a1 + eps < b0 or b1 + eps < a0


def exceeds(part: Figure, whole: Figure) -> bool:
    """The part's figure is larger than the whole can hold."""
    return bounds(part, whole)[0] > bounds(whole, part)[1] + 1e-9


def _owns(figure: Figure, value: float, stated_only: bool) -> bool:
    """The source states `value` for the role too, and not only as another teller's count
    beside its own (a hospital's nine, then "the sheriff announced seven"): a source
    citing two tellers for two counts reports their dispute, not a part of its figure."""
    # A figure read from singular mentions ("a body", then "a second body") is their sum:
    # its pieces are no statement of a rival's total.
    if value not in (figure.stated_values if stated_only or figure.implicit else figure.values):
        return False
    own, other = figure.tellers.get(figure.typical, frozenset()), figure.tellers.get(value)
    if other is None or None in other or not own - {None}:
        return True
    return bool(own & other)


def owned_by_both(a: Figure, b: Figure, stated_only: bool = False) -> bool:
    """One source also states the other's figure somewhere: a part, not a dispute.
    `stated_only`: only as a number; a later report that recounts "the baby died" (one,
    from a singular mention) before its new total still tells a change."""
    return _owns(a, b.typical, stated_only) or _owns(b, a.typical, stated_only)


def owned_before(a: Figure, b: Figure) -> bool:
    """A first report and a later one (of the next day or weeks on): the first states the
    later's figure too, as a number (a part of its own, or a figure both knew: no change
    told). The later stating the first report's figure beside its own recalls the count it
    changes ("five people were shot ... a sixth victim was found days later"): the change
    told, not a part. Only reports of one day pin a part in its whole (`owned_by_both`)."""
    first, later = sorted((a, b), key=lambda f: f.published or date.min)
    return _owns(first, later.typical, stated_only=True)


def floor_said(figure: Figure) -> float:
    """The number a floor's words state: "more than 50" is read as at least 51 (a count past
    50), yet says 50, as "at least 50" does; a later "more than 50" goes past no earlier
    "at least 50"."""
    hedge = str(figure.claim.value.get("hedge") or "").casefold()
    step = HEDGES.get(hedge) == "above" and figure.range.dimension == "count"
    return figure.range.low - 1 if step and figure.range.low >= 1 else figure.range.low


def one_floor(a: Figure, b: Figure) -> bool:
    """Both figures are floors and their words state one number ("At least 50 rounds",
    "More than 50 rounds"): both hold, and neither tells a change."""
    floors = math.isinf(a.range.high) and math.isinf(b.range.high)
    return floors and floor_said(a) == floor_said(b)
