"""A victim noun in care: the noun's own words may tell the harm.

"another victim is in serious condition" is in care only (injured: the noun tells no harm);
"the second shooting victim is in stable condition", "two of the gunshot victims were treated
and released", "four gunshot victims were taken to a hospital" tell the harm by the noun's
words and the care by the clause: one count, hit (the labels' decision, as "Man shot in leg,
expected to survive"), unless the clause tells a wound the person has (the wound convention:
injured). Read for a singular mention (`mentions`) and for a stated count (`counts`) alike.
"""

from __future__ import annotations

from workbench.claims.harms import borne_position
from workbench.claims.predicates import Position
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma
from workbench.parse import Parse


def victim_in_care(p: Parse, k: int, roles: Roles, where: Position) -> str:
    """A victim noun whose clause tells care or a condition: "another victim is in serious
    condition" is in care only (injured: the noun tells no harm); "the second shooting
    victim is in stable condition" tells the harm by the noun's words and the care by its
    clause, one count, hit (as "Man shot in leg, expected to survive"), unless the clause
    tells a wound the person has or an injury graded as a survivor's (injured, the wound
    convention)."""
    if roles.counted_nouns.get(lemma(p, k)) != "hit" or where.wound:
        return "injured"
    if borne_position(p, k, roles).role == "injured":
        return "injured"  # "two shooting victims were treated for minor injuries"
    return "hit" if harm_words_on(p, k, roles) else "injured"


def harm_words_on(p: Parse, k: int, roles: Roles) -> bool:
    """The noun's own words tell the harm: a modifier naming it ("shooting", "gunshot";
    not "teen") or an "of" phrase ("a victim of the shooting")."""
    for c in p.children(k):
        if p.deps[c] == "prep" and p.lower(c) == "of":
            return True
        words = {lemma(p, c), p.lower(c)}
        if p.deps[c] in ("compound", "amod") and not words.isdisjoint(
            roles.nouns.keys() | roles.borne_nouns
        ):
            return True
    return False
