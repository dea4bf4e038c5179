"""The parse-tree tests the repairs share: what is a nominal, what lies in a subtree, which
verbs lost their subject."""

from __future__ import annotations

from workbench.parse import Parse

AUX_DEPS = frozenset(("aux", "auxpass"))
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj"))
SUBORDINATORS = frozenset(("after", "before", "since", "until", "as", "once", "because", "when"))
"""Words that open a clause but that the parser reads as a preposition with an object."""
BARE_DEPS = frozenset(("det", "advmod", "punct", "cc", "compound"))
FINITE_TAGS = frozenset(("VBN", "VBD", "VBZ", "VBP", "VB", "VBG", "JJ"))


def nominal(p: Parse, k: int) -> bool:
    """A noun, a personal pronoun, an age used as a noun ("a 3-year-old"), or "other" used
    as one ("the other remains hospitalized": the parser tags it an adjective)."""
    if p.is_noun(k) or p.tags[k] == "PRP":
        return True
    return p.lower(k) in ("old", "other") and p.deps[k] not in ("amod", "acomp")


def companion(p: Parse, k: int) -> bool:
    """ "along with a 22-year-old man", "alongside a third victim": the noun at k is the
    object of a preposition that adds a companion to the clause's subject."""
    if p.deps[k] != "pobj":
        return False
    prep = p.heads[k]
    word = p.lower(prep)
    return word == "alongside" or (word == "with" and p.lower(p.heads[prep]) == "along")


def first_conjunct(p: Parse, k: int) -> int:
    """The first of the conjuncts that token k belongs to (k itself when none)."""
    while p.deps[k] == "conj" and p.heads[k] != k and nominal(p, p.heads[k]):
        k = p.heads[k]
    return k


def inside(p: Parse, k: int, root: int) -> bool:
    """Whether token k is in root's subtree."""
    for _ in range(len(p)):
        if k == root:
            return True
        if p.heads[k] == k:
            return False
        k = p.heads[k]
    return False


def subjectless_verbs(p: Parse) -> list[tuple[int, int]]:
    """Verbs with an auxiliary before them and no subject: (verb, first auxiliary). Three
    repairs in a row ask it, of a parse most often none of them changed: kept on the parse
    (`Parse.memo`), each caller given its own list."""
    kept = p.memo.get(_SUBJECTLESS)
    if kept is None:
        kept = p.memo[_SUBJECTLESS] = tuple(_subjectless_verbs(p))
    return list(kept)


_SUBJECTLESS = "subjectless_verbs"
"""The name of `subjectless_verbs`' answer in `Parse.memo`."""


def _subjectless_verbs(p: Parse) -> list[tuple[int, int]]:
    out = []
    # Only a head of an auxiliary before it can be one: those heads, in text order.
    heads = p.heads
    for v in sorted({heads[c] for c, dep in enumerate(p.deps) if dep in AUX_DEPS and heads[c] > c}):
        if p.tags[v] not in FINITE_TAGS:
            continue
        kids = p.children(v)
        if any(p.deps[c] in SUBJECT_DEPS for c in kids):
            continue
        auxes = [c for c in kids if p.deps[c] in AUX_DEPS and c < v and p.tags[c] != "TO"]
        if auxes:
            out.append((v, min(auxes)))
    return out
