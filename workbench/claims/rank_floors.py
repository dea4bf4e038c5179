"""Counts a rank implies: "a second victim", "police locate second body" say at least two.

A person ranked second or later, told for the first time (an indefinite article, or none as
in a headline), was preceded by the others of the rank: at least that many are counted. A
rank told again ("the second victim", "the city's 22nd homicide") lists or orders, and an
event noun ranked ("a second homicide") may be another event: neither counts. A body is
dead, so its rank counts the dead; a rank in another role (arrested, charged) counts that
role. A person ranked in a harm role counts nothing more than one: victims are ranked
whatever each one's fate ("one was killed and a second man was wounded"), and whether the
first ones were of this event's victims the rank does not say (tried: on the dev labels, a
floor of those hit there read "a third person, a bystander, was struck" as at least 3 hit
and added two counts no label holds, and found no label more).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.claims.date_forms import ORDINAL_WORDS
from workbench.claims.event_nouns import possessive
from workbench.claims.mention_record import Mention, mention_span
from workbench.claims.roles import HARM_ROLES, IMPLICIT_ROLES, Roles
from workbench.claims.syntax import lemma, position
from workbench.parse import Parse

_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
_INDEFINITE = frozenset(("a", "an"))


def rank_number(word: str) -> int | None:
    """ "second" -> 2, "3rd" -> 3; None for a word that is no rank."""
    digits = _DIGITS.fullmatch(word)
    return int(digits.group(1)) if digits else ORDINAL_WORDS.get(word)


def noun_rank(p: Parse, k: int) -> int | None:
    """The rank of 2 or more a modifier before the noun at k gives it, if exactly one."""
    ranks = [
        rank_number(p.lower(c))
        for c in p.children(k)
        if c < k and p.deps[c] in ("amod", "nummod", "compound")
    ]
    ranks = [r for r in ranks if r is not None]
    return ranks[0] if len(ranks) == 1 and ranks[0] >= 2 else None


def person_rank(p: Parse, k: int) -> int | None:
    """`noun_rank`, or the rank of a noun compounded before the person noun ("a second
    murder suspect": the parser hangs "second" on "murder"); not a rank joined by a hyphen
    ("a second-degree murder suspect" ranks the degree)."""
    rank = noun_rank(p, k)
    if rank is not None:
        return rank
    for c in p.children(k):
        if c < k and p.deps[c] == "compound" and p.tags[c].startswith("NN"):
            inner = noun_rank(p, c)
            joined = any(p.lower(m + 1) == "-" for m in p.children(c) if m < c)
            if inner is not None and not joined:
                return inner
    return None


def ranked_floors(p: Parse, roles: Roles) -> list[Mention]:
    """Each body, or person in a role other than harm, ranked second or later and first
    told: at least its rank in that role (the module's docstring says why), implicit."""
    found = []
    for k in range(len(p)):
        if p.tags[k] not in ("NN", "NNP"):
            continue  # a singular noun: "second victims" ranks nothing
        rank = person_rank(p, k)
        if rank is None:
            continue
        det = p.child(k, "det")
        if det is not None and p.lower(det) not in _INDEFINITE:
            continue
        if any(possessive(p, c) for c in p.children(k)):
            continue
        noun = lemma(p, k)
        body = roles.counted_nouns.get(noun) == "killed" and noun not in roles.nouns
        if not body and noun not in roles.singular_persons:
            continue
        where = position(p, k, roles)
        if where.predicate is not None and where.predicate.negated:
            continue
        role = where.role
        if body and role in (None, *HARM_ROLES):
            role = "killed"
        elif role in HARM_ROLES or role not in IMPLICIT_ROLES:
            continue
        start, end = mention_span(p, k)
        why = f"at least {rank}, by its rank: “{p.text[start:end]}” ({where.why or role})"
        found.append(Mention(start, end, rank, role, why, True, None if body else noun))
    return found


def floor_value(value: dict[str, Any]) -> dict[str, Any]:
    """A count's value as the floor a rank gives: "at least" its number."""
    return {**value, "high": None, "exact": False, "hedge": "at least"}
