"""A list of people named together against another report's one of them, told alone.

A figure read from singular mentions is a lower bound: a report telling of "a man" who was
shot names one victim without saying he was the only one (`figure_holds.both_hold`). A
list under one predicate says more: "a man shot a three-year-old girl and a bystander"
names whom he shot, two people. Where another report of days near it tells the one of them
the list gives an age to ("a man shot a 3-year-old") and names none of the others anywhere
in its text (no bystander at all), that report tells the person alone: its one is what it
says was hit, not the least of it, and the two reports give different tolls of the same
people (a dispute the same day, a count that changed days apart). At one scene (one day,
one place) they tell one event, whatever other names each gives.

Not so read: a report that names the list's others elsewhere ("the child" killed, "her
mother" shot: each told in its own role), a list whose person no age ties to the other
report's, reports weeks apart (a story's two incidents joined). On the tuned pool a looser
match (any word in common, any days apart) flagged eight pairs, all false by the labels'
conventions: the gunman among the list ("his girlfriend and then himself"), a list against
the same person named alone weeks on, the others told in other roles.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from workbench.claims.numbers import words_to_number
from workbench.claims.roles import HARM_ROLES
from workbench.findings.figures import Figure
from workbench.models import Claim

_AGE = re.compile(r"\b([a-z]+(?:-[a-z]+)?|\d{1,3})[- ](year|month|week)s?[- ]old\b")
_JOINS = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?:then\s+)?")
_WORD = re.compile(r"[a-z]+")
NEAR_DAYS = 7
"""Reports this close tell one toll of the same people; further apart, a list and one of
them may be a story's two incidents joined, or a later report speaking of whom it is about."""


def ages(text: str) -> set[str]:
    """The ages a mention describes its people by, in digits ("three-year-old" and
    "3-year-old" alike): what tells one of a list's people in another report's words."""
    found = set()
    for m in _AGE.finditer(text.casefold()):
        number = float(m.group(1)) if m.group(1).isdigit() else words_to_number(m.group(1))
        if number is not None:
            found.add(f"{int(number)} {m.group(2)}")
    return found


def is_list(claim: Claim) -> bool:
    """A count of people named together under one predicate ("a girl and a bystander"):
    read from mentions (implicit), of an exact number of two or more (a rank, "a second
    victim", is a floor)."""
    low, high = claim.value.get("low"), claim.value.get("high")
    return bool(claim.implicit and low is not None and high == low and float(low) >= 2)


def _others_named(listed: Claim, member: set[str], text: str) -> bool:
    """The list's people other than the one `member`'s ages tell are named in `text` (by
    the last word of their mention: "bystander", "child")."""
    parts = [p for p in _JOINS.split(listed.text.casefold()) if p.strip()]
    others = [p for p in parts if not ages(p) & member]
    if len(others) != len(parts) - 1:
        return True  # no one part tells the member alone: read as before
    heads = [_WORD.findall(p)[-1:] for p in others]
    words = set(_WORD.findall(text.casefold()))
    return any(not head or head[0] in words for head in heads)


def _told_alone(small: Figure, large: Figure, text_of: Callable[[int], str]) -> bool:
    if small.story != large.story or small.role != large.role or small.witness == large.witness:
        return False
    if not (large.implicit and large.typical >= 2 and small.published and large.published):
        return False
    if abs((small.published - large.published).days) > NEAR_DAYS:
        return False
    member = set().union(*(ages(c.text) for c in small.claims))
    lists = [c for c in large.claims if is_list(c) and float(c.value["low"]) == large.typical]
    return any(
        member & ages(c.text) and not _others_named(c, member, text_of(small.source)) for c in lists
    )


def lone_members(
    figures: list[Figure], text_of: Callable[[int], str]
) -> tuple[list[Figure], set[tuple[int, int]]]:
    """Each harm figure of one person that a near report's list names with others its own
    text never names, read as the count it states (no longer a floor; the module's
    docstring says why); and the (member's, list's) source pairs so read."""
    out, pairs = [], set()
    for f in figures:
        if f.role in HARM_ROLES and f.implicit and f.typical == 1 and not f.care:
            lists = [g for g in figures if g.role == f.role and _told_alone(f, g, text_of)]
            if lists:
                f = dataclasses.replace(f, implicit=False)
                pairs |= {(f.source, g.source) for g in lists}
        out.append(f)
    return out, pairs
