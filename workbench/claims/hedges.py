"""Hedges: the words that turn a stated number into an interval ("more than 40", "about 50").

"more than 40" excludes 40 and "at least 40" includes it; "about 50" is 45 to 55; "up to
500" is at most 500. Counts keep whole numbers. The table maps each hedge to the kind of
bound it sets, and `bounds` applies a kind to a number.
"""

from __future__ import annotations

import math
import re

# hedge -> how it bounds the number n
HEDGES = {
    "more than": "above",
    "over": "above",
    "above": "above",
    "in excess of": "above",
    "upwards of": "above",
    "well over": "above",
    "just over": "just_above",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "nearly": "below_near",
    "almost": "below_near",
    "just under": "below_near",
    "close to": "around",
    "closer to": "around",
    "around": "around",
    "about": "around",
    "some": "around",
    "roughly": "around",
    "approximately": "around",
    "approx.": "around",
    "an estimated": "around",
    "estimated": "around",
    "an approximate": "around",
    "up to": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "a maximum of": "at_most",
    "fewer than": "below",
    "less than": "below",
    "under": "below",
    "greater than": "above",
    "higher than": "above",
    "below": "below",
    "between": "between",
    "from": "from",
    "exactly": "exact",
    "precisely": "exact",
}
_hedge_alt = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
HEDGE_BEFORE_RE = re.compile(rf"(?:^|(?<=[\s(“\"'‘]))(?P<hedge>{_hedge_alt})\s+$", re.IGNORECASE)
HEDGE_AFTER_RE = re.compile(
    r"^(?:\s+or\s+(?P<more>more|so|fewer|less)\b|\s*-?\s*(?P<plus>plus)\b|(?P<sign>\+))",
    re.IGNORECASE,
)


def bounds(kind: str, low: float, high: float, count: bool) -> tuple[float | None, float | None]:
    """Apply a hedge to [low, high]; counts are kept to whole numbers."""
    n = low
    if kind == "around":
        delta = max(n * 0.1, 1.0) if count else n * 0.1
        lo, hi = n - delta, n + delta
        if count:
            lo, hi = math.ceil(lo), math.floor(hi)
        return lo, hi
    if kind == "below_near":
        lo = n * 0.9
        return (math.ceil(lo) if count else lo), (n - 1 if count and n > 1 else n)
    step = 1 if count and n == int(n) and n < 1000 else 0
    if kind == "above":
        return n + step, None
    if kind == "just_above":
        hi = n * 1.1
        return n + step, (math.floor(hi) if count else hi)
    if kind == "at_least":
        return n, None
    if kind == "at_most":
        return 0, high
    if kind == "below":
        return 0, (high - 1 if count and high == int(high) and high > 0 else high)
    return low, high
