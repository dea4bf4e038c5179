"""A warrant told for someone: "issued an arrest warrant for the suspected gunman", "a
warrant has been issued for Garza's arrest".

A warrant is the law's pursuit on paper: the person it is for is sought, not held (the
labels' README: an arrest warrant is no arrest; "arrest warrants were issued for two men
wanted" is 0 arrested). Read by the parse: the "for" of a warrant noun, hung on the noun
itself or on the verb whose object (or passive subject) the warrant is ("a warrant has been
issued for ..."). A warrant one was arrested on ("arrested on an outstanding warrant") has
no "for" of a person and tells nothing here.
"""

from __future__ import annotations

from workbench.claims.verb_forms import lemma
from workbench.parse import Parse

WARRANT_NOUNS = frozenset(("warrant",))
"""Nouns of a written order to arrest."""


def warrant_for(p: Parse, k: int) -> int | None:
    """The warrant noun whose "for" names k (a person, or an arrest noun: "for his
    arrest"), or None."""
    if p.deps[k] != "pobj" or p.lower(p.heads[k]) != "for":
        return None
    above = p.heads[p.heads[k]]
    if lemma(p, above) in WARRANT_NOUNS:
        return above
    if p.is_verb(above):
        return next(
            (
                c
                for c in p.children(above)
                if p.deps[c] in ("dobj", "nsubjpass") and lemma(p, c) in WARRANT_NOUNS
            ),
            None,
        )
    return None
