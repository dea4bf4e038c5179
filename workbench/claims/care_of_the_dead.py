"""Care by medics of one the article tells died: no survivor.

"Medics placed the toddler in an ambulance", "the boy was carried out on a stretcher": the
labels count the person so carried injured 1 (care by anyone, as first aid), unless the
article tells that person died: "watched the little boy being carried on a stretcher to an
ambulance", of a boy the page tells killed, is none (the written convention "Care by
medics of a person the page tells died", tests/labelled/gva/README.md). The hospital rule
is not this one: "was taken to a hospital", of one who died there, keeps its injured count.
A vehicle of care (`care.vehicles`: an ambulance, a stretcher) tells only that medics held
the person; so a count of one person whose care its clause tells by such a vehicle, and
by no place of care, goes where the article counts the same person killed 1: the same
name, or the same head noun ("the little boy" and "the boy died"). A pronoun names no one
by itself ("he" on a page of two men), so it matches nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from workbench.claims.roles import Roles
from workbench.models import Claim, Sentence

PRONOUNS = frozenset(("he", "she", "him", "her", "they", "them", "it", "i", "we", "you"))
"""Words that stand for a person named elsewhere: no head noun of their own."""


def _head(text: str) -> str:
    words = text.casefold().split()
    return words[-1].strip(".,;:'’\"") if words else ""


PUT_IN = frozenset(("in", "into", "on", "onto"))
"""The prepositions of a place one is put in or on ("on a stretcher", "into an awaiting
ambulance"): the vehicle as where the person is, not the means of a way to a place ("by
ambulance to the Med")."""


def _put_in_vehicle(words: list[str], roles: Roles) -> bool:
    """A vehicle of care within four words after "in", "into", "on" or "onto"."""
    for i, word in enumerate(words):
        if word in PUT_IN:
            near = words[i + 1 : i + 5]
            pairs = {" ".join(p) for p in pairwise(near)}
            if (set(near) | pairs) & roles.care_vehicles:
                return True
    return False


def _by_vehicle(c: Claim, sentence: Sentence, roles: Roles) -> bool:
    """The count's care is told by a vehicle of care alone: from the count on, the sentence
    puts the person in or on a vehicle and names no other place of care and no condition
    ("by ambulance to the Med in critical condition" is the hospital rule's)."""
    listed = re.findall(r"[a-z]+", sentence.text[max(0, c.end - sentence.start) :].casefold())
    words = set(listed)
    places = {p for p in roles.care_places - roles.care_vehicles if set(p.split()) <= words}
    return _put_in_vehicle(listed, roles) and not places and not words & roles.conditions


def without_care_of_the_dead(
    claims: list[Claim], sentences: list[Sentence], roles: Roles
) -> list[Claim]:
    """The claims without an injured count of one person carried by medics whom the article
    counts killed 1 by the same name or head noun."""
    dead = {
        _head(c.text)
        for c in claims
        if c.kind == "quantity" and c.role == "killed" and c.value.get("low") == 1
    } - PRONOUNS
    if not dead:
        return claims
    by_id = {s.id: s for s in sentences}
    out = []
    for c in claims:
        carried = (
            c.kind == "quantity"
            and c.role == "injured"
            and c.implicit
            and not c.headline
            and c.value.get("high") == 1
            and _head(c.text) in dead
            and c.sentence_id in by_id
        )
        if carried and _by_vehicle(c, by_id[c.sentence_id], roles):
            continue
        out.append(c)
    return out
