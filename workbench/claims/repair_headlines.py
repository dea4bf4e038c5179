"""Repairs of a headline's lists, where a comma stands for "and".

"Man kills brother, girlfriend", "kills infant son, self": the small parser hangs the word
after the comma on the verb (as a clause or an adverb) or on the object as an apposition,
and the second person loses the verb's role. Like `repair.py`, a rule over the tree (and
the roles' nouns that name a person), writing into copied arrays.
"""

from __future__ import annotations

from workbench.parse import Parse

REFLEXIVES = frozenset(("self", "himself", "herself"))


def _determined(p: Parse, k: int) -> bool:
    return any(p.deps[c] in ("det", "poss") for c in p.children(k))


def comma_objects(
    p: Parse, heads: list[int], deps: list[str], tags: list[str], persons: frozenset[str]
) -> None:
    """ "Man kills brother, girlfriend", "kills infant son, self": a headline lists objects
    with a comma for "and"; the word after the comma, hung on the verb as a clause or an
    adverb (or on the object as an apposition, both without a determiner) though it is a
    person (or "self") with nothing of its own, is a conjunct."""
    for obj in range(len(p) - 2):
        v = p.heads[obj]
        if p.deps[obj] != "dobj" or not p.is_verb(v):
            continue
        comma = obj + 1  # right after the noun: "son, self", never "son of Ana, self"
        k = comma + 1
        if k >= len(p) or p.word(comma) != ",":
            continue
        if p.heads[k] == obj:  # "kills man, wife": bare nouns, no apposition ("a man, 40")
            if p.deps[k] != "appos" or any(_determined(p, x) for x in (obj, k)):
                continue
        elif p.heads[k] != v or p.deps[k] not in ("conj", "npadvmod", "dobj", "advmod"):
            continue
        if p.lower(k) not in REFLEXIVES and p.lower(k) not in persons:
            continue
        if any(p.deps[c] not in ("prep", "punct") for c in p.children(k)):
            continue
        heads[k], deps[k], tags[k] = obj, "conj", "NN"
