"""Lemmas of the words the rules over the parse read, from the word and its tag.

spaCy's lemmatiser would cost as much as the parse; the rules only ever ask for the lemma
of a predicate or a counted noun, and the tag says which it is, so a suffix lemmatiser
with a list of irregular forms does.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.claims.inflections import IRREGULAR, IRREGULAR_PLURALS
from workbench.claims.words import lemma, verb_lemma

_IRREGULAR_NOUNS = {
    **IRREGULAR_PLURALS,
    "kids": "kid",
    "teens": "teen",
    "teenagers": "teenager",
    "policemen": "policeman",
    "gunmen": "gunman",
    "firemen": "fireman",
    "bodies": "body",
    "casualties": "casualty",
    "fatalities": "fatality",
    "injuries": "injury",
    "lives": "life",
    "wives": "wife",
    "thieves": "thief",
}


_CONTRACTED_BE = frozenset(("'s", "'re", "'m"))


@lru_cache(maxsize=1 << 16)
def lemma_of(word: str, tag: str) -> str:
    """The base form of a word as its tag uses it: "shot"/VBN -> shoot, "victims" -> victim."""
    low = word.casefold().replace("’", "'")
    if tag.startswith("VB") and low in _CONTRACTED_BE:
        return "be"  # "nobody's dead", "they're hurt"
    if tag.startswith("VB"):
        if low in IRREGULAR:
            return IRREGULAR[low]
        return verb_lemma(low)
    if tag in ("NNS", "NNPS"):
        if low in _IRREGULAR_NOUNS:
            return _IRREGULAR_NOUNS[low]
        if low.endswith("men") and len(low) > 4:
            return low[:-3] + "man"
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith(("sses", "shes", "ches", "xes", "zes")):
            return low[:-2]
        if low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low[:-1]
        return low
    if tag.startswith("NN"):
        return low
    if tag in ("JJ", "RB"):
        return low
    return lemma(low) if tag == "" else low
