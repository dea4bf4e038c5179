"""Charges denied: "charges have not been issued", "police have not filed charges" are 0
charged, told of the charges themselves.

A first report often tells the charge state by denying it, and a later one the charge
(issue #15: a first page's "charges have not been issued" against the mother charged eleven
weeks later). The counts read the denial on the noun ("no charges have been filed") and on
the count ("no one has been charged"); here it is on the verb that brings the charges: a
charge noun, as its object or its passive subject, of a negated verb of bringing charges.
Told of all the charges, the zero is stated, as "no charges" is. A denial about charges
against one of several ("charges have not been filed against the second man") says nothing
of the rest, and what may or will be is no denial ("charges may not be filed", "will not
be filed": a charge still to come states none, the labels' convention).
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.claims.syntax import lemma
from workbench.claims.verb_forms import hypothetical, negated, unasserted, unreal
from workbench.parse import Parse

CHARGED = "charged"
BRINGING = frozenset(("file", "issue", "bring", "lay", "level", "announce", "make"))
"""The closed class of verbs whose object is the charges an authority brings ("filed
charges", "charges were issued", "brought charges"): negated, no charge is brought yet.
Verbs of a decision still to come ("decide", "consider", "review") are not here: charges
pending state none. Nor is "press": its subject is mostly a victim ("the woman decided not
to press charges"), whose choice leaves the state's charge open."""


def charges_not_brought(p: Parse, k: int, nouns: Mapping[str, str], part) -> bool:
    """k is a charge noun (`nouns`: the roles' nouns), the object or passive subject of a
    negated, asserted verb of bringing charges, and not told of one of several (`part` of
    the one "against" names)."""
    if p.deps[k] not in ("dobj", "nsubjpass") or nouns.get(lemma(p, k)) != CHARGED:
        return False
    verb = p.heads[k]
    if verb == k or lemma(p, verb) not in BRINGING or not negated(p, verb):
        return False
    if hypothetical(p, verb) or unasserted(p, verb) or unreal(p, verb):
        return False  # "charges will not be filed": a charge still to come (or not) states none
    if any(p.deps[c] == "det" and p.lower(c) == "no" for c in p.children(k)):
        return False  # "no charges have been filed": the counts' own zero
    against = [
        o
        for h in (k, verb)
        for c in p.children(h)
        if p.deps[c] == "prep" and p.lower(c) == "against"
        for o in p.children(c)
        if p.deps[o] == "pobj"
    ]
    return not any(part(p, o) for o in against)
