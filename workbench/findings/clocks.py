"""What a clock's own words say of it: told without its half of the day ("2:46"), or told as
a bound of its act's hour ("before 4 a.m."). Read by `comparison.compare_dates`."""

from __future__ import annotations

import re

from workbench.claim_spans import claim_at
from workbench.models import Claim

_CLOCK = re.compile(r"\b(\d{1,2}):\d\d\b")
_HALF_OF_DAY = re.compile(
    r"\b[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|morning|afternoon|evening|night|dawn|dusk"
)
HALF_DAY_MINUTES = 12 * 60


def open_clock(claim: Claim) -> bool:
    """A clock of twelve hours told with no half of the day ("2:46", the afternoon's said
    in a quote): whichever half the date reader chose is a guess, so it may be twelve
    hours off the clock another source tells with its "p.m."."""
    text = claim.text.casefold()
    clock = _CLOCK.search(text)
    return bool(clock and 1 <= int(clock.group(1)) <= 12 and not _HALF_OF_DAY.search(text))


_UP_TO = re.compile(r"\b(?:before|by|until|till)\s*$", re.I)
_FROM = re.compile(r"\b(?:after|since)\s*$", re.I)


def clock_bound(claim: Claim) -> int:
    """A clock told as a bound of its act's hour: -1 "reported before 4 a.m." (at or
    before it), 1 "after 10 p.m.", 0 the hour itself ("about 2:45 a.m.")."""
    at = claim_at(claim)
    told = claim.sentence[:at] if at > 0 else ""
    return -1 if _UP_TO.search(told) else 1 if _FROM.search(told) else 0
