"""A relative clause on a person that the parser hung on the place named after them.

"There was a woman inside the house who was shot", "a man standing in front of a residence
who was also shot": "who" stands only for a person, but the small model hangs its clause on
the nearest noun, the place. A "who" clause on a noun that is no person belongs to the
person whose phrase holds that noun (through its prepositions and participle), so the
person takes the clause's role. A rule over the tree, never over words; writes a copy.
"""

from __future__ import annotations

from workbench.claims.lemmas import lemma_of
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

PERSON_RELATIVES = frozenset(("who", "whom"))
CLIMB_DEPS = frozenset(("pobj", "prep", "acl", "compound", "npadvmod", "advmod"))
"""Links from a place up to the person whose phrase it is in ("in front of", "standing")."""


def _person(p: Parse, k: int, persons: frozenset[str]) -> bool:
    if p.tags[k] in ("NNP", "NNPS", "PRP"):
        return True
    if not p.is_noun(k):
        return False
    noun = lemma_of(p.word(k), p.tags[k])
    return noun in persons or vocabulary().counted_class(noun) == "persons"


def _holder(p: Parse, k: int, w: int, persons: frozenset[str]) -> int | None:
    """The person "who" at w tells of: the last person inside the noun k's own phrase
    before it ("the death of Ana Ruiz who was shot"), else the person whose phrase holds
    the noun, climbing its prepositions."""
    hi = p.subtree(k)[1]
    inside = [j for j in range(k + 1, min(hi + 1, w)) if p.is_noun(j) and _person(p, j, persons)]
    if inside:
        return inside[-1]
    for _ in range(6):
        if p.deps[k] not in CLIMB_DEPS or p.heads[k] == k:
            return None
        k = p.heads[k]
        if p.is_noun(k) and _person(p, k, persons):
            return k
    return None


def who_clauses(p: Parse, persons: frozenset[str]) -> Parse:
    """The parse with each "who" clause on the person it tells of (a copy when moved)."""
    heads = list(p.heads)
    for w in range(1, len(p)):
        if p.lower(w) not in PERSON_RELATIVES or p.tags[w] != "WP":
            continue
        clause = p.heads[w]
        host = p.heads[clause]
        if p.deps[clause] != "relcl" or not p.is_noun(host) or _person(p, host, persons):
            continue
        holder = _holder(p, host, w, persons)
        if holder is not None:
            heads[clause] = holder
    if heads == p.heads:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, p.deps, heads)
