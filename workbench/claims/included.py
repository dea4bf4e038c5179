"""Members a counted group names as included: "Twelve people, including two children, were shot".

The member is a part of the group and is in the group's role (the labels count it so: "a
numbered part included is labelled with its group's role"), but it is no total: its count is
marked `part_of`, so a finding never sets it against the group's size or another report's
whole (`findings.comparison`). The group is the noun "including" hangs on, or, where the
parser hangs it on the verb ("Two people were critically wounded, including X", "left five
people wounded, including a pregnant woman"), the verb's object, else its subject. Only a
group already counted in a role lends it: a plural without a number ("including children"),
a member that is no person ("including one fatal shooting") or a singular head that is no
group ("four arrested in the killing, including X") counts nothing here. A member
whose own words tell its role ("including the deceased", "including one who died") keeps it.
"""

from __future__ import annotations

from typing import Any

from workbench.claims.mention_kinds import candidate
from workbench.claims.mention_record import Mention, mention_span, overlaps
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

PART_MARK = "part_of"
"""The value's mark of a count that is a part of a group, not a whole (`findings`)."""

_INCLUDING = frozenset(("including",))
_PERSON_KINDS = frozenset(("person", "name", "dead"))
_GROUP_DEPS = ("dobj", "nsubjpass", "nsubj")

Span = tuple[int, int]


def _group_noun(p: Parse, k: int) -> int | None:
    """The noun the members of "including" (token k) are taken from."""
    head = p.heads[k]
    if head == k:
        return None
    if p.is_noun(head):
        of = p.child(head, "prep")  # "a total of 5 people, including ...": the people
        inner = p.child(of, "pobj") if of is not None and p.lower(of) == "of" else None
        plural_inside = inner is not None and not p.is_plural(head) and p.is_plural(inner)
        return inner if plural_inside else head
    if not p.is_verb(head):
        return None
    verb = head
    while p.deps[verb] == "conj" and p.child(verb, *_GROUP_DEPS) is None:
        verb = p.heads[verb]  # "were shot and wounded ..., including": the first verb's
    return next((c for dep in _GROUP_DEPS if (c := p.child(verb, dep)) is not None), None)


def _members(p: Parse, k: int) -> list[int]:
    """The member and its conjuncts ("an elderly woman and her granddaughter")."""
    first = p.child(k, "pobj")
    if first is None:
        return []
    out, todo = [], [first]
    while todo:
        m = todo.pop()
        out.append(m)
        todo += [c for c in p.children(m) if p.deps[c] == "conj"]
    return sorted(out)


def _a_person(p: Parse, m: int, roles: Roles) -> bool:
    """One person: a name, or a singular noun of a person ("the suspect", "a 3-year-old"),
    or any singular noun with its article that names no thing and no event ("a high school
    basketball star": one of a group of persons is a person)."""
    if p.tags[m] == "NNP" or candidate(p, m, roles) in _PERSON_KINDS:
        return True
    if p.tags[m] != "NN" or p.child(m, "det", "poss") is None:
        return False
    noun = lemma(p, m)
    words = [noun] + [p.lower(c) for c in p.children(m) if p.deps[c] in ("compound", "amod")]
    if any(w in roles.nouns for w in words):
        return False  # "a shooting spree": an event
    return vocabulary().counted_class(noun) in ("persons", noun)


def _no_person(p: Parse, noun: int, about: dict[Span, dict[str, Any]], roles: Roles) -> bool:
    """A noun "including" hangs on that names no persons and is counted in no role: an
    event or a thing ("a shooting", "bullets"), which holds no members."""
    if not p.is_noun(noun) or p.tags[noun] == "NNP" or _span_at(about, p.starts[noun]):
        return False
    return vocabulary().counted_class(lemma(p, noun)) != "persons" and not candidate(p, noun, roles)


def _counted_group_near(p: Parse, k: int, about: dict[Span, dict[str, Any]]) -> int | None:
    """Where the parser hangs "including" on an event or a thing ("a shooting that left four
    people wounded, including two girls"; "four teens were struck by bullets, including X"),
    the group is the nearest counted group before it that the noun's clause holds (inside the
    noun's subtree) or that holds the noun (the noun inside its verb's subtree)."""
    head = p.heads[k]
    lo, hi = p.subtree(head)
    for start, end in sorted(about, reverse=True):
        t = p.token_at(start)
        if end > p.starts[k] or t is None or about[(start, end)].get("role") is None:
            continue
        noun = p.heads[t] if p.deps[t] == "nummod" else t
        if not (p.is_plural(noun) or p.tags[noun] == "CD"):
            continue
        verb_lo, verb_hi = p.subtree(p.heads[noun])
        if lo <= noun <= hi or verb_lo <= head <= verb_hi:
            return noun
    return None


def _span_at(about: dict[Span, dict[str, Any]], offset: int) -> Span | None:
    return next((s for s in about if s[0] <= offset < s[1]), None)


def _group_count(p: Parse, group: int, about: dict[Span, dict[str, Any]]) -> Span | None:
    """The count of the group: the one its noun is in, or the one of the number that
    modifies it where the count's words stop before the noun ("two other youths", "four
    shooting victims": a modifier stands between the number and its noun)."""
    at = _span_at(about, p.starts[group])
    if at is not None:
        return at
    number = p.child(group, "nummod")
    return _span_at(about, p.starts[number]) if number is not None else None


def included_members(
    p: Parse,
    quantities: list[Any],
    about: dict[Span, dict[str, Any]],
    roles: Roles,
    taken: list[Span],
) -> list[Mention]:
    """Mark each numbered member a part in its group's role (its quantity gains the role and
    `PART_MARK` in place), and return the singular members as counts to add."""
    found: list[Mention] = []
    for k in range(len(p)):
        if p.lower(k) not in _INCLUDING or p.deps[k] != "prep":
            continue
        group, members = _group_noun(p, k), _members(p, k)
        if group is not None and _no_person(p, group, about, roles):
            group = _counted_group_near(p, k, about) or group  # "a shooting that left ..."
        if group is None or not members or not (p.is_plural(group) or p.tags[group] == "CD"):
            continue  # no group ("arrested in the killing, including X": an event)
        at = _group_count(p, group, about)
        role = about[at].get("role") if at is not None else None
        if role is None or at is None or at[0] >= p.starts[k]:
            continue  # the group counted in no role (or only after the member)
        numbered = [q for q in quantities if q.start < p.ends[members[-1]] and p.starts[k] < q.end]
        if numbered:
            if len(numbered) == 1 and len(members) == 1:
                _in_group_role(numbered[0], about, role, p.word(group))
            continue
        if not all(_a_person(p, m, roles) for m in members):
            continue
        start, end = mention_span(p, members[0])[0], p.ends[members[-1]]
        if overlaps(start, end, taken):
            continue  # its own words counted it ("including the deceased")
        why = f"included in the {lemma(p, group)} counted"
        found.append(Mention(start, end, len(members), role, why, True, lemma(p, members[0])))
    return found


def _in_group_role(q: Any, about: dict[Span, dict[str, Any]], role: str, group: str) -> None:
    info = about.get((q.start, q.end))
    if info is None or info.get("role") is not None:
        return  # its own clause told its role
    info["role"] = role
    q.value[PART_MARK] = True
    q.value["role_from"] = f"included in the {group} counted"
