"""What a verb's object tells about who bore the act: a thing moved, a person's life owned,
a harm borne or an event survived, the subject itself. `predicates.py` asks these while it
reads a verb's role; an object decides whether the role is the subject's or the object's.
"""

from __future__ import annotations

from workbench.claims.roles import Roles
from workbench.claims.units import MEASURES
from workbench.claims.verb_forms import lemma
from workbench.claims.words import CALENDAR_WORDS
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary


def moves_a_thing(p: Parse, u: int) -> bool:
    """An active verb with an object: where it goes is the object's ("took his friend to
    the hospital"); not a span of time the subject spent ("spent four days in the hospital",
    "spent the night in intensive care": the subject was there), nor a plural reflexive
    ("two victims drove themselves to a hospital": the subject went)."""
    obj = p.child(u, "dobj")
    if obj is None or p.lower(obj) in PLURAL_REFLEXIVES:
        return False
    unit = MEASURES.get(p.lower(obj))
    return (unit is None or unit[0] != "duration") and p.lower(obj) != "night"


def names_persons(p: Parse, k: int, roles: Roles) -> bool:
    """The noun at k (or the noun after its "of": "two of his friends") names persons."""
    of = p.child(k, "prep")
    noun = p.child(of, "pobj") if of is not None and p.lower(of) == "of" else k
    if noun is None:
        return False
    base = lemma(p, noun)
    return base in roles.singular_persons or vocabulary().counted_class(base) == "persons"


def object_not_undergone(p: Parse, v: int, roles: Roles) -> bool:
    """A verb one undergoes that has another sense with an object (`doing_with_object`),
    used with an object that is no harm borne, tells of doing: "she passed the car", "an
    officer recovered the handgun", "X, who survived the shooting" (the event, not a wound:
    maybe unhurt); "he recovered from his wounds", "survived her injuries" still say it. (A verb
    with no such sense keeps its role: an object the parser hangs on "died" is a misreading,
    as in "called the child who died the sweetest boy".)"""
    obj = p.child(v, "dobj")
    if obj is None or lemma(p, v) not in roles.doing_with_object or not p.is_noun(obj):
        return False  # a relative "that" hung there is no object ("the news that he passed")
    noun = lemma(p, obj)
    if noun in CALENDAR_WORDS or p.lower(obj) in CALENDAR_WORDS:
        return False  # "passed Saturday morning"
    return noun not in roles.borne_nouns  # "survived the shooting": the event, not a wound


def whose_object(p: Parse, v: int) -> int | None:
    """The owner an "of" gives the verb's object ("took the life of a teenager"): the
    phrase of the verb and its object is said of that owner (the token), not the subject."""
    obj = p.child(v, "dobj")
    of = next((c for c in p.children(obj) if p.deps[c] == "prep" and p.lower(c) == "of"), None)
    return p.child(of, "pobj") if obj is not None and of is not None else None


def own_object(p: Parse, c: int) -> bool:
    """A complement with a noun object of its own tells of that object ("shot four men,
    sending three people to the hospital"); a pronoun object is ours again ("leaving him in
    critical condition")."""
    obj = p.child(c, "dobj")
    return obj is not None and p.tags[obj] != "PRP"


PLURAL_REFLEXIVES = frozenset(("themselves", "ourselves"))


def reflexive_object(p: Parse, v: int) -> bool:
    """The verb's object is its plural subject ("shot themselves"): the subject is the
    patient too, and counts them (a singular "himself" is counted as a mention itself)."""
    obj = p.child(v, "dobj")
    return obj is not None and p.lower(obj) in PLURAL_REFLEXIVES
