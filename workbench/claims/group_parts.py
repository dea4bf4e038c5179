"""One of a counted group, in the group's role: "X was one of the three people wounded".

A bare "one" that takes "of" a group the sentence counts in a harm ("the three people
wounded", "the two dead", "four shooting victims") is a part of that group, value 1, when
its own clause tells no role of its own ("was his friend", "is taken from the scene", the
"one" named as what someone is). The labels count it so (README, labels31w: "A person told
to be a part ... is the part, value 1, explicit"). `partitives.partitive_ones` reads the
"one" whose own clause gives a role ("One of the three victims died"); this reads the rest,
from the group's count as the quantities read it (its role in `about`), so a group told by
a number alone ("one of the two dead", "one of eight shot") is read as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.claims.mention_record import Mention, mention_span, overlaps
from workbench.claims.mentions import not_one
from workbench.claims.predicates import SUBJECTS
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.syntax import position
from workbench.parse import Parse

Span = tuple[int, int]

PART_PLACES = frozenset(("nsubj", "nsubjpass", "attr", "appos", "dobj", "pobj"))
"""Where a "one" stands for a person: a subject, what someone is said to be ("X was one
of ..."), a name's apposition ("X, one of four victims"), an object."""


def _group_role(p: Parse, group: int, about: Mapping[Span, Mapping[str, Any]]) -> str | None:
    """The harm role of the group's own count ("the three people wounded": injured), read
    on the group's noun or its number (not on a clause it holds: "one of the hosts of a
    party where five people were shot" is no part of the five), when it has one role."""
    tokens = [group] + [c for c in p.children(group) if p.deps[c] == "nummod"]
    found = {
        info.get("role")
        for (s, e), info in about.items()
        if any(s < p.ends[t] and p.starts[t] < e for t in tokens) and not info.get("derived")
    }
    found.discard(None)
    if len(found) != 1:
        return None
    role = next(iter(found))
    return role if role in HARM_ROLES else None


def _own_role_told(p: Parse, k: int, roles: Roles) -> bool:
    """The "one" is a subject whose own clause tells a role or why ("One of the two men
    shot has died"): `partitive_ones` reads it."""
    if p.deps[k] not in SUBJECTS:
        return False
    where = position(p, k, roles)
    return where.role is not None or where.why is not None


def counted_group_parts(
    p: Parse, roles: Roles, taken: list[Span], about: Mapping[Span, Mapping[str, Any]]
) -> list[Mention]:
    """Each bare "one" of a group counted in a harm role, whose own clause tells none: a
    count of 1 in the group's role, explicit, marked a part of that group."""
    found: list[Mention] = []
    for k in range(len(p)):
        if p.lower(k) != "one" or p.tags[k] != "CD" or p.deps[k] not in PART_PLACES:
            continue
        if not_one(p, k) or any(p.lower(c) == "no" for c in p.children(k)):
            continue
        of = next((c for c in p.children(k) if p.deps[c] == "prep" and p.lower(c) == "of"), None)
        group = p.child(of, "pobj") if of is not None else None
        if group is None or _own_role_told(p, k, roles):
            continue
        if not any(p.tags[t] == "CD" for t in (group, *p.children(group))):
            continue  # "one of several injured": a group of no stated number
        role = _group_role(p, group, about)
        if role is None:
            continue
        start, own_end = mention_span(p, k)
        if overlaps(start, own_end, taken):
            continue
        end = p.ends[group]
        why = f"“{p.text[start:end]}” (one of a group counted {role}: the group's role)"
        mention = Mention(start, end, 1, role, why, False, None, None)
        mention.part = True
        found.append(mention)
    return found
