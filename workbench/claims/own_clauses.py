"""A survivor's state told again in a coordinated clause with a subject of its own.

"The student was taken to a hospital and his injuries are not life-threatening", "X was
taken to Y Medical Center, but he's expected to survive": the second clause names the person
counted in the first again (a pronoun, or a noun of their state they own) and tells the same
role once more. The labels count each clause with its own subject ("a coordinated clause
with its own subject is a count of its own": "she had surgery, and she is expected to be
okay" is injured 1 twice), while a "where" clause on the hospital or a clause of time
continues the first clause's telling (one count: `time_clauses`, `later_clauses`). So a
clause joined by a conjunction (or a report of one: "and police said he is stable") is its
own count; a relative or adverbial clause on the way up is not.

A death told again by its noun is read alike (`death_told_anew`): "he died of his wounds and
his death was ruled a homicide", "a girl shot to death ... and three teens were charged in her
death" are killed 1 twice in the labels ("two clauses, two subjects"), wherever the noun
stands in its own clause (a subject, an object, a preposition's object).
"""

from __future__ import annotations

from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.parse import Parse

CONTINUING = frozenset(("relcl", "advcl", "acl", "pcomp", "xcomp"))
"""Links of a clause that continues its head's telling ("where he is stable", "when ...")."""


def _clause_of(p: Parse, k: int) -> int | None:
    """The verb of the clause whose subject the token at k is (or whose subject is the
    noun k owns: "his injuries are ...")."""
    t = p.heads[k] if p.deps[k] == "poss" else k
    if p.deps[t] not in ("nsubj", "nsubjpass") or p.heads[t] == t:
        return None
    v = p.heads[t]
    return v if p.is_verb(v) else None


def _head_token(p: Parse, start: int, end: int) -> int | None:
    """The token of a span whose head lies outside it: the span's head word."""
    inside = [i for i in range(len(p)) if start <= p.starts[i] and p.ends[i] <= end]
    return next((i for i in inside if not start <= p.starts[p.heads[i]] < end), None)


def _path_up(p: Parse, v: int) -> list[int]:
    """The tokens from v up to the root, v first."""
    path = [v]
    while p.heads[path[-1]] != path[-1] and len(path) < len(p):
        path.append(p.heads[path[-1]])
    return path


def clause_of_its_own(p: Parse, k: int, start: int, end: int) -> bool:
    """Whether the person at k (a subject, or the owner of one) is told in a clause of its
    own beside the clause of the mention counted at [start, end): a clause joined to it by a
    conjunction, or one beside it under a verb of saying, never one that continues it."""
    v2 = _clause_of(p, k)
    first = _head_token(p, start, end)
    if v2 is None or first is None:
        return False
    return _apart(p, p.heads[first], v2)


def verb_above(p: Parse, t: int) -> int | None:
    """The verb of the clause the token at t stands in (itself, or the first verb above)."""
    for step in _path_up(p, t):
        if p.is_verb(step):
            return step
    return None


def death_told_anew(p: Parse, k: int, roles: Roles, start: int, end: int) -> bool:
    """Whether the death noun at k, or the one k owns ("his death", "the killing"), stands
    in a clause of its own beside the clause of the death counted at [start, end) ("he died
    of his wounds and his death was ruled a homicide"), not in that clause ("was found dead
    in what police called a killing") nor in one continuing it ("after his death"). An owned
    noun of anything else (a rite, a state, a part) is no death noun here."""
    noun = p.heads[k] if p.deps[k] == "poss" else k
    if noun != k and lemma(p, noun) not in roles.deaths:
        return False
    first = _head_token(p, start, end)
    if first is None:
        return False
    v1, v2 = verb_above(p, first), verb_above(p, noun)
    return v1 is not None and v2 is not None and _apart(p, v1, v2)


def _apart(p: Parse, v1: int, v2: int) -> bool:
    """The clause of v2 is beside the clause of v1: joined to it by a conjunction, or
    under a verb of saying beside it, never continuing it."""
    if v1 == v2 or not p.is_verb(v1):
        return False
    up = _path_up(p, v2)
    if v1 not in up:  # beside it: "X was taken ..., however police said his injuries ..."
        return v2 not in _path_up(p, v1)
    links = [p.deps[t] for t in up[: up.index(v1)]]
    return "conj" in links and not any(d in CONTINUING for d in links)
