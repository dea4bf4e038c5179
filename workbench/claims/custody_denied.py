"""Custody denied of every suspect: "the shooter is not in custody", "neither suspect is in
custody", "none of the gunmen has been caught" are 0 arrested.

A first report often tells the arrest state by denying it: a negation on the clause ("is
not in custody", "is not yet in custody") or a negative quantifier on its subject, which
denies the clause of every one of its people ("no suspect", "neither suspect", "none of the
shooters"). `arrest_states` read only "no" before the noun with "in custody", and "not" on
an arrest verb; the finder sets such a zero against a later report's arrest as an update
(issue #15: a first page's "neither suspect" against a later page's two surrendered). The
subject must be a perpetrator, and not a part of them ("a third gunman ... is not in
custody": the others may be held), as `arrest_states` asks of every zero. A zero told by a
negative quantifier is stated of every suspect (`quantified_zero`), as "no one" is.
"""

from __future__ import annotations

from workbench.claims.syntax import lemma
from workbench.claims.verb_forms import hypothetical, negated, unasserted
from workbench.parse import Parse

NEGATIVE_DETERMINERS = frozenset(("no", "neither"))
"""The closed class of English determiners that deny the clause of every one of their
noun's people ("neither suspect is in custody")."""
NEGATIVE_PRONOUNS = frozenset(("none", "neither"))
"""The pronouns that, with "of" and a group, deny the clause of every member ("none of the
shooters", "neither of the suspects")."""
CUSTODY = frozenset(("custody", "jail"))
"""Nouns of being held that "in"/"into" takes ("in custody", "taken into custody")."""


def denying_pronoun(p: Parse, k: int) -> int | None:
    """The negative pronoun whose "of" takes k ("none of the shooters"), else None."""
    head = p.heads[k]
    if p.deps[k] != "pobj" or p.lower(head) != "of":
        return None
    pronoun = p.heads[head]
    return pronoun if pronoun != head and p.lower(pronoun) in NEGATIVE_PRONOUNS else None


def quantified_zero(p: Parse, k: int) -> bool:
    """The zero is told of every one of k's people by a negative quantifier on it or over
    it ("no suspects", "neither suspect", "none of the shooters"): a stated zero, as "no
    one" and "no arrests" are, not a singular mention's (a suspect "not in custody" may be
    one of several)."""
    return _denied_subject(p, k) or denying_pronoun(p, k) is not None


def _denied_subject(p: Parse, s: int) -> bool:
    return p.lower(s) in NEGATIVE_PRONOUNS or any(
        p.deps[c] == "det" and p.lower(c) in NEGATIVE_DETERMINERS for c in p.children(s)
    )


def _subject_verb(p: Parse, s: int) -> int | None:
    return p.heads[s] if p.deps[s] in ("nsubj", "nsubjpass") and p.heads[s] != s else None


def _held(p: Parse, verb: int) -> bool:
    """The verb tells its subject held: "in"/"into" custody or jail ("is in custody",
    "was taken into custody")."""
    return any(
        p.deps[c] == "prep"
        and p.lower(c) in ("in", "into")
        and any(p.deps[o] == "pobj" and lemma(p, o) in CUSTODY for o in p.children(c))
        for c in p.children(verb)
    )


def custody_denied(p: Parse, k: int) -> int | None:
    """The subject (k, or the pronoun "of" ties k to) of a clause that tells it held,
    denied by a negation on the verb or a negative quantifier on the subject and asserted;
    None when the clause is no such denial. The caller asks that k be a perpetrator, not a part."""
    subject = denying_pronoun(p, k)
    subject = k if subject is None else subject
    verb = _subject_verb(p, subject)
    if verb is None or not _held(p, verb) or hypothetical(p, verb) or unasserted(p, verb):
        return None  # "may not be in custody": what may be, not what is told
    return subject if negated(p, verb) or _denied_subject(p, subject) else None


def arrest_denied_by_subject(p: Parse, verb: int) -> bool:
    """An arrest verb's passive subject carries the denial ("neither gunman has been
    caught", "none of the shooters has been arrested"): the verb itself has no "not"."""
    subject = p.child(verb, "nsubjpass")
    return subject is not None and _denied_subject(p, subject)
