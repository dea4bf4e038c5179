"""Parts tied to the whole their own article states (issues #15 and #16).

A report counts its people more than once: "Five people were shot", then "two women and
three men" (the members listed), "a man in his 50s was shot in the arm" (one of the counted),
"three were taken to hospital", "two remain in critical condition" (those a care or a
condition is told of). Each later count is some of the first, not a rival total, yet none
carries a partitive ("two of them"). So, within one article, a count is tied to a whole the
article states (any sentence, or its headline) when it counts fewer and:

- it is a **listing** of members (a group the parse read, `count_groups`) in the whole's
  role or told in care, or one that adds up to the whole (the whole restated: the tie only
  names it, as it does for the listing's members);
- it is **read from a mention** (a singular "a man", or people named together) in the
  whole's role: one or some of the counted;
- its people are told **in care or a condition** (`care_words`), of the whole's role or of
  those hit, which the hurt are some of.

The part's `group` then names its whole: `of` ({start, end, headline, role, value}: the whole
claim's span, which its id is hashed from) and `tie` (why); a count that was no group's member
gets no `part` (the labels count each mention and care count as told: only a coordination's
members are read through their group). A count of two numbers, a zero, a count
of other events and a bare smaller count with no such cue (an earlier figure the report
corrects) are never tied.
"""

from __future__ import annotations

from typing import Any

from workbench.claims.care_words import told_in_care
from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.claims.others import is_remainder
from workbench.claims.roles import HARM_ROLES
from workbench.claims.tallies import TALLY_MARK
from workbench.models import Claim

HIT = "hit"
"""The role the hurt and the dead are some of (people hit: killed + injured)."""
CARE_ROLES = (HIT, "injured")
"""The roles a count told by care or a condition can be of (nobody dead is in a condition);
the care phrases are the second's (`care_words`)."""
LISTED, MEMBER, MENTIONED, CARED = "listed", "member", "mentioned", "care"
"""The ties' names, as `group["tie"]` keeps them."""
TIES_TO_WHOLE = frozenset((LISTED, MENTIONED, CARED))
"""The ties that make a part of a count that was none (a listing's member was one)."""


_BESIDE = frozenset(("other", "others", "another", "additional", "more"))
"""The words that tell a count's people as beside those told before."""


def _exact(c: Claim) -> tuple[float, float] | None:
    low, high = c.value.get("low"), c.value.get("high")
    if low is None or high is None or c.value.get("negated"):
        return None
    return float(low), float(high)


def _elsewhere(c: Claim) -> bool:
    return bool(c.value.get(TALLY_MARK) or c.value.get(OTHER_EVENT_MARK))


def _told_beside_others(c: Claim) -> bool:
    """ "two others were hurt", "five other victims", "three more": the people beside some
    told before, never a whole a mention is one of (the man told before is not of them)."""
    return is_remainder(c) or bool(_BESIDE.intersection(c.text.casefold().split()))


def _stated_whole(c: Claim) -> bool:
    """A count its article states of a harm role's people, as a whole may be: a number
    said (not read from a mention, not added up, no part, not of other events, not told
    beside others)."""
    group = c.group or {}
    return (
        not _told_beside_others(c)
        and c.kind == "quantity"
        and c.role in HARM_ROLES
        and not (c.implicit or c.derived or _elsewhere(c))
        and group.get("part") is None
        and not c.value.get("part_of")
        and c.value.get("low") is not None
        and float(c.value["low"]) >= 2
    )


def _tie(c: Claim) -> str | None:
    """Why `c` may be some of a whole: a listing, a mention, a count in care; None when it
    is no candidate part."""
    group = c.group or {}
    if c.kind != "quantity" or c.role not in HARM_ROLES or _elsewhere(c) or _exact(c) is None:
        return None
    if group.get("part") is not None and group.get("parts"):
        return MEMBER  # a listing's member: named with the whole the listing tells
    if group.get("part") is not None or c.value.get("part_of"):
        return None  # a part already (a partitive)
    if c.derived and group.get("parts"):
        return LISTED
    if c.derived:
        return None  # a sum of roles, a remainder: added up, not told
    if c.implicit:
        return MENTIONED
    if c.role in CARE_ROLES and told_in_care(c, CARE_ROLES[1]):
        return CARED
    return None


def _in_care(c: Claim, claims: list[Claim]) -> bool:
    """Its people are told in care: the count's own words, or for a listing one of its
    members' ("Two men and a woman were transported to ...")."""
    if c.role not in CARE_ROLES:
        return False
    if not c.derived:
        return told_in_care(c, CARE_ROLES[1])
    members = [
        m
        for m in claims
        if (m.group or {}).get("part") is not None
        and m.headline == c.headline
        and c.start <= m.start < m.end <= c.end
    ]
    return any(told_in_care(m, CARE_ROLES[1]) for m in members)


def _fits(part: Claim, cared: bool, whole: Claim) -> bool:
    """The whole's role holds the part's people: the same role, or those hit for a count
    told in care (the hurt are some of the hit)."""
    if part.headline and not whole.headline:
        return False  # a title's count is the page's whole, never a part of its text's
    if whole.role == part.role:
        return True
    return cared and whole.role == HIT


def _distance(part: Claim, whole: Claim) -> tuple[int, int]:
    """Nearest first: a whole before the part (the title before the text), then after."""
    if whole.headline != part.headline:
        return (0 if whole.headline else 1, 10**9)
    gap = part.start - whole.start
    return (0, gap) if gap >= 0 else (1, -gap)


_KEY_FIELDS = ("start", "end", "headline", "role")
"""What names a whole in its part's `group["of"]`, beside its value: the span its claim's id
is hashed from (`identity.claim_key`), in the title or the text."""


def _key(whole: Claim) -> dict[str, Any]:
    return {**{k: getattr(whole, k) for k in _KEY_FIELDS}, "value": whole.value["low"]}


def tied_parts(claims: list[Claim]) -> list[Claim]:
    """The claims, each count that is some of a whole its article states given a `group`
    that names that whole (see the module's doc). Runs on one article's claims."""
    wholes = [c for c in claims if _stated_whole(c)]
    if not wholes:
        return claims
    # The largest first: a count in care tied to a whole is no whole for a smaller one
    # ("three taken to hospital" of five shot, "two in critical condition" of the five too).
    for c in sorted(claims, key=lambda c: -float(c.value.get("high") or 0)):
        tie = _tie(c)
        if tie is None:
            continue
        low, high = _exact(c) or (0.0, 0.0)
        if tie == MEMBER:
            low = high = float((c.group or {})["whole"])  # tied as its listing is
        if low < 1:
            continue
        cared = tie == CARED or (tie in (LISTED, MEMBER) and _in_care(c, claims))
        fitting = [w for w in wholes if w is not c and _fits(c, cared, w)]
        larger = [w for w in fitting if high < float(w.value["low"])]
        same = [
            w for w in fitting if tie in (LISTED, MEMBER) and low == high == float(w.value["low"])
        ]
        found = min(larger or same, key=lambda w: _distance(c, w), default=None)
        if found is None:
            continue
        c.group = {**(c.group or {}), "of": _key(found), "tie": tie}
        if larger:
            wholes = [w for w in wholes if w is not c]
    return claims


def is_tied_part(claim: Claim) -> bool:
    """Some of a whole its article states: a group's member, or a count tied to a larger
    whole (a listing, a mention, a count in care); a listing that restates its whole is
    the whole."""
    group = claim.group or {}
    if group.get("part") is not None:
        return True
    of = group.get("of")
    high = claim.value.get("high")
    return bool(of) and high is not None and float(high) < float(of["value"])
