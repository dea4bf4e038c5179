"""A person told as an addition: the clause that counts them says "also", "too" or "as well".

"Five were killed ...", then "Her unborn child also died": the singular mention is one more
beside the count told before, so the count may leave that one out (the finder's
`Figure.one_more`). The adverb adds only where it modifies the mention's own clause: in
"his body was found with three other men who were also shot" it is the relative clause's,
of the other men, and the body is no addition.
"""

from __future__ import annotations

from workbench.parse import Parse

ADDED_MARK = "added"
"""Set in the value of a mention whose own clause tells it as an addition (`told_as_added`)."""

_ARGUMENTS = frozenset(("nsubj", "nsubjpass", "dobj", "attr"))
"""How a mention stands in the clause that counts it."""

_NOMINAL_LINKS = frozenset(("poss", "compound", "appos", "conj", "pobj", "prep"))
"""Links inside a noun phrase, climbed up to the noun the clause takes ("the body of a
second man", "Hanson's body", "a man and his son")."""


def _span_head(p: Parse, start: int, end: int) -> int | None:
    """The mention's word that its span's other words hang on."""
    inside = [i for i in range(len(p)) if p.starts[i] >= start and p.ends[i] <= end]
    for i in inside:
        if p.heads[i] == i or not start <= p.starts[p.heads[i]] < end:
            return i
    return None


def _clause_verb(p: Parse, k: int) -> int | None:
    """The verb whose subject or object the noun phrase around `k` is, within its clause."""
    for _ in range(8):
        head = p.heads[k]
        if head == k:
            return None
        if p.deps[k] in _ARGUMENTS:
            return head if p.is_verb(head) or p.deps[k] == "attr" else None
        if p.deps[k] not in _NOMINAL_LINKS or p.is_verb(head):
            return None
        k = head
    return None


def _additive(p: Parse, a: int) -> bool:
    low = p.lower(a)
    if low in ("also", "too"):
        return True
    # "as well", not "as well as" (a list's joint: "a man as well as a woman")
    after = a + 1 < len(p) and p.lower(a + 1) == "as"
    return low == "well" and any(p.lower(c) == "as" for c in p.children(a)) and not after


def told_as_added(p: Parse, start: int, end: int) -> bool:
    """The mention's own clause is modified by an additive adverb ("A woman was also shot",
    "The gunman also shot a woman", "Her unborn child died as well"); not an adverb of
    another clause in the sentence (a relative clause of other people, a verb joined after:
    "was shot and also died" adds a harm, not a person)."""
    k = _span_head(p, start, end)
    v = None if k is None else _clause_verb(p, k)
    return v is not None and any(p.deps[c] == "advmod" and _additive(p, c) for c in p.children(v))
