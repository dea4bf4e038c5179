"""How far an arrest has come, told without a number: "police are searching for the gunman"
and "an arrest has not been made" are 0 arrested; "an arrest has been made" is 1.

A crime report's first version often states no arrest by telling every suspect still free
(sought, wanted, at large), and a later one the arrest: the finder sets the two counts side
by side as an update. Each reading is a shape of the parse: a verb of pursuit with a
perpetrator as its object, a perpetrator told sought, wanted or at large, an arrest noun or
verb negated, an arrest noun as what was made. A perpetrator is a person noun the roles count
as involved ("suspect", "gunman") or one a clause says did or is suspected of the act ("a man
suspected of killing", "three men who fled the scene"). A part of the suspects ("a second
man", "another suspect", "one of the suspects") says nothing of the rest, so counts nothing.
"""

from __future__ import annotations

from workbench.claims.charges_denied import CHARGED, charges_not_brought
from workbench.claims.custody_denied import (
    NEGATIVE_PRONOUNS,
    arrest_denied_by_subject,
    custody_denied,
    denying_pronoun,
    quantified_zero,
)
from workbench.claims.mention_record import Mention, mention_span, overlaps
from workbench.claims.roles import Roles
from workbench.claims.suspects_free import (
    FREE_RELATIVES,
    FREE_WORDS,
    free_state,
    got_away,
    person_lemma,
    predicates,
    sought_by_effort,
    told_by_harm_done,
    whoever_sought,
)
from workbench.claims.syntax import lemma
from workbench.claims.verb_forms import hypothetical, negated, unasserted, unreal
from workbench.claims.warrants import WARRANT_NOUNS, warrant_for
from workbench.parse import Parse
from workbench.parse.tree import NOUN_TAGS, VERB_TAGS

ARRESTED = "arrested"
CHARGES_NOT_BROUGHT = "no charge brought"
NOT_CHARGED = "not charged"
INVOLVED = "involved"
PURSUIT_FOR = frozenset(("search", "look", "hunt"))
"""Verbs (and the noun "search") whose "for" names who is pursued ("searching for the gunman")."""
PURSUIT = frozenset(("seek", "hunt", "pursue"))
"""Verbs whose object, or passive subject, is pursued ("two males are being sought")."""
SOUGHT = frozenset(("sought", "wanted"))
"""Participles on a person that tell them pursued ("two men wanted in connection")."""
FREE = frozenset((("at", "large"), ("on", "loose")))
"""A preposition and its word that tell a person still free ("remains at large")."""
SUSPECTED = frozenset(("suspect", "suspected", "accused", "wanted", "sought"))
"""Words on a person that tell them taken for the doer ("a man suspected of killing")."""
PART_WORDS = frozenset(("another", "other", "second", "third", "2nd", "3rd", "remaining"))
PART_WORDS |= frozenset(("additional", "more", "further", "last", "fourth"))
"""Words that make the sought a part of the suspects: the others may be held."""
PURSUIT_WORDS = PURSUIT_FOR | PURSUIT | SOUGHT | WARRANT_NOUNS | FREE_WORDS
_READ_TAGS = NOUN_TAGS | VERB_TAGS
"""The tags a state is read from (`_state`, `_charge_state`: a noun or a verb; else only a
free relative, "whoever"): asked first of every token, the others turned away at once."""
"""The words of a pursuit a sentence must hold to be parsed for one (`candidates`)."""
CUSTODY = frozenset(("custody", "jail", "prison"))
"""Nouns of being held ("in custody", "in jail")."""
SURRENDER = frozenset(("turn",))
"""Verbs that with a reflexive object and "in" tell a surrender ("turned himself in")."""
MAKE = frozenset(("make",))
"""The verb an arrest is made by ("an arrest has been made")."""
TOLD_OF = frozenset(("make", "announce", "report", "hear"))
"""Verbs whose negation with "any arrests" says none was made ("have not announced any")."""


def arrest_state_counts(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """The arrests a sentence tells without a number: 0 for every suspect told still free
    or an arrest denied, 1 for an arrest told made."""
    found: list[Mention] = []
    for k in range(len(p)):
        if p.tags[k] not in _READ_TAGS and p.lower(k) not in FREE_RELATIVES:
            continue  # `_state` and `_charge_state` read a noun, a verb or "whoever" only
        value, why = _state(p, k, roles)
        role = ARRESTED
        if value is None:
            value, why = _charge_state(p, k, roles)
            role = CHARGED
        if value is None:
            continue
        start, end = mention_span(p, _antecedent(p, k))
        if overlaps(start, end, taken) and _pursuer(p, k) is not None:
            start, end = p.starts[_pursuer(p, k)], p.ends[_pursuer(p, k)]  # "two men wanted"
        elif overlaps(start, end, taken) and (denier := denying_pronoun(p, k)) is not None:
            start, end = p.starts[denier], p.ends[denier]  # "Neither of the two suspects"
        if overlaps(start, end, taken) or any(
            overlaps(start, end, [(m.start, m.end)]) for m in found
        ):
            continue
        stated = value == 0 and quantified_zero(p, _antecedent(p, k))  # "neither suspect"
        stated = stated or why in (CHARGES_NOT_BROUGHT, NOT_CHARGED)  # as the labels read them
        found.append(
            Mention(start, end, value, role, f"{why}: “{p.text[start:end]}”", not stated, None)
        )
    return found


def _state(p: Parse, k: int, roles: Roles) -> tuple[int | None, str]:
    if p.is_noun(k) and roles.nouns.get(lemma(p, k)) == ARRESTED:
        return _arrest_noun(p, k)
    if p.is_noun(k) and not _part(p, k) and _sought(p, k, roles):
        return 0, "none arrested yet, sought"
    whoever = whoever_sought(p, k, PURSUIT_FOR)
    if whoever is not None and not _unreal(p, whoever):
        return 0, "none arrested yet, sought"  # "searching for whoever fired"
    if p.is_noun(k) and _perpetrator(p, k, roles) and not _part(p, k):
        if _free(p, k):
            return 0, "none arrested yet, at large"
        if _escaped(p, k):
            return 0, "none arrested yet, got away"
        if _none_held(p, k) or custody_denied(p, k) is not None:
            return 0, "none in custody"
    if p.is_verb(k) and _surrendered(p, k):
        return 1, "a surrender"
    if p.is_verb(k) and roles.acted_on.get((lemma(p, k),)) == ARRESTED:
        subject = p.child(k, "nsubjpass")
        denied = negated(p, k) or arrest_denied_by_subject(p, k)  # "neither gunman has been"
        if denied and subject is not None and not _unasserted(p, k) and _whole(p, subject):
            return 0, "not arrested"
    return None, ""


def _charge_state(p: Parse, k: int, roles: Roles) -> tuple[int | None, str]:
    """ "Charges have not been issued" (the charges denied, `charges_denied`), "the driver
    has not been charged" (a charge verb denied of its whole subject, as an arrest's): 0."""
    if p.is_noun(k) and charges_not_brought(p, k, roles.nouns, _part):
        return 0, CHARGES_NOT_BROUGHT
    if p.is_verb(k) and roles.acted_on.get((lemma(p, k),)) == CHARGED:
        subject = p.child(k, "nsubjpass")
        denied = negated(p, k) or arrest_denied_by_subject(p, k)
        told = not (_unasserted(p, k) or unreal(p, k))  # "he will not be charged": to come
        if denied and subject is not None and told and _whole(p, subject):
            return (0, NOT_CHARGED) if _relative_person(p, k, roles) else (None, "")
    return None, ""


def _relative_person(p: Parse, verb: int, roles: Roles) -> bool:
    """The noun a relative "who" stands for names a person (a name, a person noun, a
    perpetrator, the plural of one): the parser may hang the clause on a thing ("two
    marshals involved in the chase who have not been charged": its "chase"). A subject
    that is no relative pronoun is the verb's own."""
    k = _antecedent(p, verb)
    if k == p.child(verb, "nsubjpass"):
        return True
    word = person_lemma(p, k)
    return (
        p.tags[k] in ("NNP", "NNPS") or word in roles.singular_persons or _perpetrator(p, k, roles)
    )


def _whole(p: Parse, subject: int) -> bool:
    """The subject is every suspect, not a part: "none of the suspects" is all of them."""
    return p.lower(subject) in NEGATIVE_PRONOUNS or not _part(p, subject)


def _antecedent(p: Parse, k: int) -> int:
    """The person an arrest verb's denial is told of ("The man, who hasn't been arrested"):
    its passive subject, or the noun a relative pronoun there stands for."""
    if not p.is_verb(k):
        return k
    subject = p.child(k, "nsubjpass", "nsubj")
    if subject is not None and p.lower(subject) in ("who", "that") and p.deps[k] == "relcl":
        return p.heads[k]
    return subject if subject is not None else k


def _arrest_noun(p: Parse, k: int) -> tuple[int | None, str]:
    """ "An arrest has been made" (1), "an arrest has not been made", "have not made any
    arrests", "we have not heard of any arrests" (0)."""
    made = next((c for c in p.children(k) if p.deps[c] == "acl"), None)
    if made is not None and lemma(p, made) in MAKE and not p.is_plural(k):
        return 1, "an arrest made"  # a headline's "Arrest made in ..."
    head = p.heads[k]
    if p.deps[k] == "pobj" and head != k:
        head = p.heads[head]  # "heard of any arrests"
    verb = head if p.is_verb(head) else None
    if verb is None or lemma(p, verb) not in TOLD_OF or _unreal(p, verb):
        return None, ""
    dets = {p.lower(c) for c in p.children(k) if p.deps[c] == "det"}
    if negated(p, verb) and (dets & {"any", "an", "a"} or not p.is_plural(k)):
        return 0, "no arrest made"
    if lemma(p, verb) in MAKE and not p.is_plural(k) and dets <= {"an", "a"}:
        return 1, "an arrest made"
    return None, ""


def perpetrators(roles: Roles) -> frozenset[str]:
    """The person nouns the roles count as involved ("suspect", "gunman", "killer")."""
    involved = (n for n, role in roles.counted_nouns.items() if role == INVOLVED)
    return frozenset(n for n in involved if n in roles.singular_persons) | roles.killers


def _sought(p: Parse, k: int, roles: Roles) -> bool:
    """k is pursued: a perpetrator searched or looked for, or any person told sought or
    wanted ("two males are being sought": being sought makes them the suspects), or a
    person a warrant is told for ("an arrest warrant for the suspected gunman")."""
    warrant = warrant_for(p, k)
    if warrant is not None:
        issued = p.heads[warrant] if p.deps[warrant] in ("dobj", "nsubjpass") else warrant
        if _unreal(p, issued):
            return False  # "police may seek a warrant for the driver"
        return _perpetrator(p, k, roles) or person_lemma(p, k) in roles.singular_persons
    verb = _pursuer(p, k)
    if verb is None or _unreal(p, verb):
        return False
    told_sought = lemma(p, verb) in PURSUIT or p.lower(verb) in SOUGHT
    person = person_lemma(p, k) in roles.singular_persons or _named_wanted(p, k, verb)
    return _perpetrator(p, k, roles) or (told_sought and person)


def _named_wanted(p: Parse, k: int, verb: int) -> bool:
    """A name told wanted as the passive's subject ("Woodley is wanted in the shootings"): a
    person, since the passive "is wanted" of a thing is no pursuit anyone reports."""
    return p.tags[k] == "NNP" and p.deps[k] == "nsubjpass" and p.heads[k] == verb


def _none_held(p: Parse, k: int) -> bool:
    """ "No suspects are in custody": a perpetrator with "no", in custody or jail."""
    if not any(p.deps[c] == "det" and p.lower(c) == "no" for c in p.children(k)):
        return False
    verb = p.heads[k] if p.deps[k] in ("nsubj", "nsubjpass") else None
    if verb is None:
        return False
    preps = (c for c in p.children(verb) if p.deps[c] == "prep" and p.lower(c) == "in")
    return any(lemma(p, o) in CUSTODY for c in preps for o in p.children(c) if p.deps[o] == "pobj")


def _surrendered(p: Parse, v: int) -> bool:
    """ "Craft turned himself in", "turned himself into Erie County detectives": the verb
    of a surrender with its reflexive object, the "in" read as a preposition (as a particle
    the roles' own "turn in" reads it, `predicates`), said of one person."""
    if lemma(p, v) not in SURRENDER or _unasserted(p, v):
        return False
    reflexive = p.child(v, "dobj")
    subject = p.child(v, "nsubj")
    into = any(p.deps[c] == "prep" and p.lower(c) in ("in", "into") for c in p.children(v))
    return (
        into
        and reflexive is not None
        and p.lower(reflexive) in ("himself", "herself")
        and subject is not None
    )


def _perpetrator(p: Parse, k: int, roles: Roles) -> bool:
    noun = person_lemma(p, k)
    if noun in roles.killers or (
        roles.counted_nouns.get(noun) == INVOLVED and noun in roles.singular_persons
    ):
        return True  # `noun in perpetrators(roles)`, without making the set per token
    if noun not in roles.singular_persons:
        return False
    for c in p.children(k):
        if p.deps[c] in ("amod", "acl", "relcl") and p.lower(c) in SUSPECTED:
            return True
        if p.deps[c] == "relcl" and roles.undergo.get((lemma(p, c),)) == INVOLVED:
            return True  # "three men who fled the scene"
    return told_by_harm_done(p, k, roles)  # "the man who shot him"


def _part(p: Parse, k: int) -> bool:
    """ "another suspect", "a second man", "one of the suspects", "the other two"."""
    for c in p.children(k):
        if p.lower(c) in PART_WORDS and p.deps[c] in ("amod", "det", "advmod", "nummod"):
            return True
        if p.deps[c] == "prep" and p.lower(c) == "of":
            return True
    return False


def _pursuer(p: Parse, k: int) -> int | None:
    """The verb (or "search" noun) that pursues k: its "for", object or passive subject."""
    head = p.heads[k]
    if p.deps[k] == "pobj" and p.lower(head) == "for" and lemma(p, p.heads[head]) in PURSUIT_FOR:
        return p.heads[head]
    if p.deps[k] in ("dobj", "nsubjpass") and lemma(p, head) in PURSUIT:
        return head
    if p.deps[k] == "nsubjpass" and p.lower(head) in SOUGHT:
        return head  # "Woodley is wanted in the shootings": the participle as the passive verb
    effort = sought_by_effort(p, k)  # "trying to locate the suspect"
    if effort is not None:
        return effort
    # a participle after the person ("two men wanted in connection"), not an adjective
    # before it: "a wanted man" may be cornered already ("police negotiate with a wanted man")
    return next((c for c in p.children(k) if p.lower(c) in SOUGHT and p.deps[c] == "acl"), None)


def _free(p: Parse, k: int) -> bool:
    """ "the suspect remains at large", "Killer at large", "Suspect on loose", "the
    shooters are believed to still be at large"."""
    said = predicates(p, k)
    if any(_unreal(p, h) for h in said[1:]):
        return False  # "the suspects may still be on the loose"
    if any(p.deps[c] == "det" and p.lower(c) == "no" for c in p.children(k)):
        return False  # "no suspects are at large": none is free
    return any(free_state(p, h) for h in said)


def _escaped(p: Parse, k: int) -> bool:
    """ "the shooter, who had two accomplices, was able to get away", "the gunman escaped":
    told free by the act of getting away, asserted."""
    said = predicates(p, k)[1:]
    if any(_unreal(p, h) or negated(p, h) for h in said):
        return False
    return any(got_away(p, h) for h in said)


def _unasserted(p: Parse, verb: int) -> bool:
    """What may come to pass or is asked ("an arrest is possible", "whether an arrest will be
    made"), not what is told."""
    return hypothetical(p, verb) or unasserted(p, verb)


def _unreal(p: Parse, verb: int) -> bool:
    """Unasserted, or a pursuit denied ("investigators aren't searching for any suspects",
    "there is no active search for a shooter")."""
    if any(p.deps[c] == "det" and p.lower(c) == "no" for c in p.children(verb)):
        return True
    return _unasserted(p, verb) or (negated(p, verb) and lemma(p, verb) not in TOLD_OF)
