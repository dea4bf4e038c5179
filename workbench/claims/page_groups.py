"""A group the page counted in a harm, named again in a clause that tells no harm.

"Four teens were shot on Elm Street. All four teens were members of a gang", "the two women
were identified as", "Two of them were women": the second mention names the same persons
again (by "the", "all", "both", "these" or "those" before its number, or as a part "of
them"), and its own clause gives it no role. The labels count it, explicit, in the role
the page tells the group (dev_af's numbered-person-noun convention, applied to every dev
set by labels40al: "counted, explicit, in the role the page tells them"; a mix of the dead
and the living is hit). The clause rules cannot read it: the role is the page's.

One reading per article, after the clause rules and the passes of the dead and the
survivors. The page's groups are its exact counts of two or more killed, injured or hit as
stated (not derived sums, not tallies), the title's first, then in text order. A later
role-less count of persons of a group's size, named again (or three or more named by
"the" and a number alone: "the three were found"), takes the group's role: killed
as told; a group told hit (its care read beside it or not) is injured where the page counts
no dead, and hit (a mix) where it does; a group told injured only, injured. A part ("four
of them") takes the role of the nearest group before it when that one is injured or hit
(which part of a group died is not told: never killed). Guards: a size told both killed
and injured; a size told in a role of no harm ("the two suspects were arrested"); another
kind of persons than the group's ("the two men" of "two women were shot"); the doers and
agents of the law, whom a page names in numbers as often as its victims.
"""

from __future__ import annotations

from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.tallies import TALLY_MARK
from workbench.models import Claim

PAGE_ROLE_MARK = "page_role"
"""Set in the value of a count whose role is the page's group's, not its clause's."""

_NO_HARM = frozenset(("arrested", "charged", "involved", "present"))
"""Roles of persons in no harm: a size told in one is no harm group's alone."""
_AGAIN = frozenset(("the", "all", "both", "these", "those"))
"""The words before a number that name a group again (not "two men drove up")."""
_BARE_LEAST = 3
"""The least number read as persons with no noun: "the two" so often names a pair joining
the doer and the one harmed ("after the two broke up", "the two began arguing": dev_ah's
edge, no count) that a pair is left to its noun."""
_GENERIC = frozenset(("person", "people", "victim", "individual"))
"""Nouns of persons of any kind: a group so counted may be named again by any kind."""
_AGENTS = frozenset(
    ("officer", "deputy", "trooper", "agent", "detective", "policeman", "cop", "police")
)
"""Agents of the law, in numbers at a scene as often as its victims ("the two officers
fired"): a closed class of persons whose number names no harm group."""


def page_groups(claims: list[Claim], roles: Roles) -> list[Claim]:
    """The claims, each role-less count that names a page's harm group again given the
    group's role (in place; `PAGE_ROLE_MARK` and `role_from` say why)."""
    groups = [c for c in claims if _group(c)]
    if not groups:
        return claims
    dead = any(c.kind == "quantity" and c.role == "killed" and c.value.get("high") for c in claims)
    other_sizes = {
        c.value.get("low") for c in claims if c.kind == "quantity" and c.role in _NO_HARM
    }
    for c in claims:
        if not _candidate(c, roles):
            continue
        size = c.value.get("low")
        if c.value.get("part_of"):
            nearest = max((g for g in groups if _before(g, c)), key=_place, default=None)
            if nearest is not None and nearest.role in ("injured", "hit"):
                _give(c, nearest.role, f"a part of the page's group told {nearest.role} before")
            continue
        if size in other_sizes:
            continue
        same = [g for g in groups if g.value.get("low") == size and _before(g, c)]
        same = [g for g in same if _same_kind(g, c)]
        told = {g.role for g in same}
        if not told or {"killed", "injured"} <= told:
            continue
        if "killed" in told:
            role = "killed"
        elif "hit" in told:
            role = "hit" if dead else "injured"
        else:
            role = "injured"
        _give(c, role, f"the page's group of {size:g}, told {sorted(told)[0]} before")
    return claims


def _group(c: Claim) -> bool:
    """An exact count of this page's harm, as stated (no sum, no tally, no other event)."""
    if c.kind != "quantity" or c.role not in HARM_ROLES or c.derived:
        return False
    low, high = c.value.get("low"), c.value.get("high")
    if not low or low != high or low < 2:
        return False
    return not c.value.get(TALLY_MARK) and not c.value.get(OTHER_EVENT_MARK)


def _candidate(c: Claim, roles: Roles) -> bool:
    """A role-less count of two or more persons that names a group again."""
    if c.kind != "quantity" or c.role is not None or c.headline or c.derived:
        return False
    low, high = c.value.get("low"), c.value.get("high")
    if not low or low != high or low < 2 or low != int(low):
        return False
    at = c.sentence.find(c.text)
    if at < 0:
        return False
    if c.value.get("part_of"):
        return c.sentence[at + len(c.text) :].lstrip().lower().startswith("of them")
    before = (c.sentence[:at].split() or [""])[-1].lower()
    noun = (c.counted or {}).get("noun")
    if noun is None:  # "The three were found": the number stands for the persons
        return before in _AGAIN and len(c.text.split()) == 1 and low >= _BARE_LEAST
    if noun in _AGENTS or noun not in roles.singular_persons | _GENERIC:
        return False
    if roles.counted_nouns.get(noun) not in (None, *HARM_ROLES):
        return False  # a noun of no harm ("suspect", "witness")
    return before in _AGAIN or c.text.lower().split()[0] in _AGAIN


def _place(g: Claim) -> tuple[bool, int]:
    """Text order, the title first."""
    return (not g.headline, g.start)


def _before(g: Claim, c: Claim) -> bool:
    return g.headline or g.start < c.start


def _same_kind(g: Claim, c: Claim) -> bool:
    """Whether the group's persons may be the count's: the same noun, a group of persons of
    any kind, or a number with no noun."""
    group_noun = (g.counted or {}).get("noun")
    noun = (c.counted or {}).get("noun")
    if group_noun is None or noun is None:  # a number alone names the group's kind
        return True
    return group_noun in _GENERIC or noun in _GENERIC or group_noun == noun


def _give(c: Claim, role: str, why: str) -> None:
    c.role = role
    c.value["role_from"] = why
    c.value[PAGE_ROLE_MARK] = True
