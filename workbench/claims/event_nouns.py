"""A person counted through a noun of the event or of the body: "the deaths of two
children", "Hale's death", "the boy's gunshot wound", "struck the knee of a girl". The noun
the person hangs on (through "of" or a possessive) says the role, sharpened by its own
modifiers ("fatal shooting", "shooting death"); kept apart from the clause readings of
`syntax.py`, which asks these when the person is no argument of a verb."""

from __future__ import annotations

import re

from workbench.claims.harms import harm_role
from workbench.claims.hedges import HEDGES
from workbench.claims.predicates import lemma, word_at
from workbench.claims.roles import Roles
from workbench.parse import Parse

ORDINAL = re.compile(
    r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\w+(teenth|tieth)|hundredth|thousandth"
)


def ranked(p: Parse, k: int) -> bool:
    """ "the 22nd homicide", "the fourth multiple-victim homicide": a rank, not one death."""
    return any(
        p.deps[c] in ("amod", "nummod") and ORDINAL.fullmatch(p.lower(c)) for c in p.children(k)
    )


def possessive(p: Parse, m: int) -> bool:
    """A possessor: "Hale's", also as the parser reads a curly "’s" (nmod with a case)."""
    return p.deps[m] == "poss" or (p.deps[m] == "nmod" and p.child(m, "case") is not None)


def event_noun_role(p: Parse, noun: int, roles: Roles) -> str | None:
    """An event noun's role, sharpened by its modifiers ("fatal shooting", "shooting death");
    a harm a person bears by its own ("the boy's gunshot wound")."""
    borne = harm_role(p, noun, roles)
    if borne is not None:
        return borne
    role = roles.nouns.get(lemma(p, noun)) or roles.nouns.get(word_at(p, noun))
    if any(p.deps[m] == "amod" and p.lower(m) in roles.intentions for m in p.children(noun)):
        return None  # "the attempted murder of": meant, not done
    if _sought(p, noun, roles):
        return None  # "seeking the executions of three defendants": meant, not done
    for m in p.children(noun):
        # A gerund's object is a misread compound ("the shooting death of ...").
        if p.deps[m] in ("amod", "compound") or (p.deps[m] == "dobj" and p.tags[noun] == "VBG"):
            word = word_at(p, m)
            mod = roles.states.get(word) or roles.nouns.get(lemma(p, m))
            if role is not None and mod is not None:
                role = roles.stronger(role, mod)
    return role


def owned_part(p: Parse, m: int, roles: Roles) -> int | None:
    """The body part m owns ("the knee of a girl", "her leg"), whose clause is m's."""
    head = p.heads[m]
    if p.deps[m] == "pobj" and p.lower(head) == "of" and p.heads[head] != head:
        head = p.heads[head]
    elif not possessive(p, m):
        return None
    return head if head != m and lemma(p, head) in roles.body_parts else None


def _sought(p: Parse, noun: int, roles: Roles) -> bool:
    """The event noun is what a verb of intention aims at ("seeking the executions of",
    "plotting the murder of"): meant, not done."""
    head = p.heads[noun]
    if p.deps[noun] != "dobj" or head == noun:
        return False
    return lemma(p, head) in roles.intentions or p.lower(head) in roles.intentions


PATHS = frozenset(("into", "through"))
"""Prepositions of a path a projectile takes."""


def projectile_path(p: Parse, part: int, roles: Roles) -> str | None:
    """The projectile whose path a body part is ("a bullet went through the victim's
    abdomen", "causing the bullet to shoot into his hand", "fired the gun into her leg",
    "the bullet entered her back and exited through her chest"): a word the roles say a
    wound is made with, as the subject or object of the verb the path (or the part, its
    object) hangs on, or of the verb that one is joined to. Its owner was hit by it, though
    no verb of harm says so."""
    verb = p.heads[part]
    if p.deps[part] == "pobj" and p.lower(verb) in PATHS:
        verb = p.heads[verb]
    elif p.deps[part] != "dobj":
        return None
    if verb == part or not p.is_verb(verb) or lemma(p, verb) in roles.near_misses:
        return None  # "the bullet just missed the boy's eye"
    verbs = [verb]
    if p.deps[verb] == "conj" and p.child(verb, "nsubj", "nsubjpass") is None:
        verbs.append(p.heads[verb])  # "entered her back and exited through her chest"
    for c in (c for v in verbs for c in p.children(v) if c != part):
        if p.deps[c] in ("nsubj", "nsubjpass", "dobj") and roles.wounds.get(lemma(p, c)) == "hit":
            return lemma(p, c)
    return None


def remains_of(p: Parse, noun: int, roles: Roles) -> str | None:
    """ "the bodies of two men", "the body of the victim": a noun the roles count as the
    dead themselves ("body", "remains"), told "of" whom it is: those named are the dead
    (`mention_kinds` then counts the noun itself no more)."""
    if not p.is_noun(noun) or roles.counted_nouns.get(lemma(p, noun)) != "killed":
        return None
    if lemma(p, noun) in roles.nouns:
        return None
    return "injured" if _short_of_death(p, noun) else "killed"


INSIDE = frozenset(("in", "into", "inside", "throughout", "to"))
"""Prepositions that speak of a body as the living one's ("bullets lodged in his body",
"ammunition strapped to his body")."""


def _struck_by_a_projectile(p: Parse, noun: int, roles: Roles) -> bool:
    """ "two bullets pierced his body", "the bullet ... exited his body": the object of a verb
    whose subject (or the subject of the verb it is joined to) is a harm a person bears."""
    if p.deps[noun] != "dobj":
        return False
    v = p.heads[noun]
    for _ in range(4):
        subject = p.child(v, "nsubj")
        if subject is not None:
            return lemma(p, subject) in roles.borne_nouns
        if p.deps[v] != "conj" or p.heads[v] == v:
            return False
        v = p.heads[v]
    return False


def owned_remains(p: Parse, noun: int, roles: Roles) -> str | None:
    """ "Williams' body was found", "police found his body", "near Thompson's body": a
    singular noun of the dead themselves (`remains_of`) that a possessive owns tells its
    owner dead, as "her death" does (the labels' death told by a body); not a body one is
    hurt inside or struck through ("bullets lodged in his body", "pierced his body")."""
    if p.is_plural(noun) or (p.deps[noun] == "pobj" and p.lower(p.heads[noun]) in INSIDE):
        return None
    if _struck_by_a_projectile(p, noun, roles) or _region_of(p, noun, roles):
        return None
    return remains_of(p, noun, roles)


def _region_of(p: Parse, noun: int, roles: Roles) -> bool:
    """ "hit in several parts of the body", "the right side of her body": the body a part
    or region belongs to is a living one's anatomy, no one dead (a whole that is any noun
    would lose "the discovery of his body", a death)."""
    if p.deps[noun] != "pobj" or p.lower(p.heads[noun]) != "of":
        return False
    whole = p.heads[p.heads[noun]]
    return p.is_noun(whole) and (lemma(p, whole) in roles.body_parts or lemma(p, whole) == "part")


SHORT_OF = frozenset(w for w, kind in HEDGES.items() if kind == "below_near" and " " not in w)
"""Adverbs that tell a state not reached ("nearly", "almost")."""


def _short_of_death(p: Parse, noun: int) -> bool:
    """ "the nearly lifeless body of a boy": a modifier of the body graded short of what it
    says ("nearly", "almost") tells a body still living (the labels: a sign of life of a
    survivor is injured)."""
    return any(
        p.deps[c] == "amod" and any(p.lower(a) in SHORT_OF for a in p.children(c))
        for c in p.children(noun)
    )


def harm_on_noun(p: Parse, m: int) -> bool:
    """A noun whose words tell the harm or the event it is of: a noun modifier ("gunshot
    victims"), an "of" phrase ("victims of the shooting"), or, said to be someone, a
    relative clause on that someone ("one victim was a man who was shot")."""
    if any(
        p.deps[c] == "compound" or (p.deps[c] == "prep" and p.lower(c) == "of")
        for c in p.children(m)
    ):
        return True
    head = p.heads[m]
    if head == m or p.deps[m] not in ("nsubj", "nsubjpass") or lemma(p, head) != "be":
        return False
    return any(p.deps[a] == "attr" and p.child(a, "relcl") is not None for a in p.children(head))
