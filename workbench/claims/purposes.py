"""Why a person was taken to a hospital, when the text says it with "for": "for treatment"
is care, "for an evaluation" or "for observation" is not (a suspect checked before jail, a
child taken to be seen). The purpose noun is read by its making: a noun made from a verb
("evaluation" from evaluate, "treatment" from treat) is care only when that verb is one of
the roles' own (`roles.json`); a harm borne ("for his injuries") is care; any other noun
("for surgery") is left as care, as before. A "to" clause of purpose ("went to the
hospital to see her son") is care only when its verb or its object is."""

from __future__ import annotations

from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma
from workbench.parse import Parse

NOMINAL_SUFFIXES = ("ation", "ition", "ment", "ing")
"""Suffixes that make a noun of a verb; the stem left is the verb's, less a final "e"."""


def _made_from_other_verb(noun: str, roles: Roles) -> bool:
    suffix = next((s for s in NOMINAL_SUFFIXES if noun.endswith(s)), None)
    if suffix is None or len(noun) - len(suffix) < 4:
        return False  # "surgery", "care", "thing": no verb to read
    stem = noun[: -len(suffix)]
    verbs = {k[0] for k in (*roles.acted_on, *roles.undergo) if len(k) == 1}
    return not any(v.startswith(stem) or stem.startswith(v.rstrip("e")) for v in verbs)


def for_another_reason(p: Parse, v: int, place: int, roles: Roles) -> bool:
    """Whether the verb (or the place it takes someone to) says "for" a purpose that is no
    care: "taken to the hospital for an evaluation"."""
    if _purpose_clause_elsewhere(p, v, roles):
        return True  # "went to the hospital to see him"
    preps = [c for k in (v, place) for c in p.children(k) if p.deps[c] == "prep"]
    for prep in preps:
        obj = p.child(prep, "pobj") if p.lower(prep) == "for" else None
        if obj is None:
            continue
        noun = lemma(p, obj)
        if noun in roles.borne_nouns or roles.nouns.get(noun) is not None:
            return False
        return _made_from_other_verb(noun, roles)
    return False


def _purpose_clause_elsewhere(p: Parse, v: int, roles: Roles) -> bool:
    """A "to" clause of purpose on the verb whose verb is no role's ("went to the hospital
    to see her son"): the person went for that, not for care ("to be treated" is care)."""
    for c in p.children(v):
        if p.deps[c] not in ("advcl", "xcomp") or not p.is_verb(c) or p.child(c, "aux") is None:
            continue
        if p.lower(p.child(c, "aux")) != "to":
            continue
        key = (lemma(p, c),)
        if roles.acted_on.get(key) is not None or roles.undergo.get(key) is not None:
            continue
        obj = p.child(c, "dobj")  # "to undergo treatment", "to receive care for wounds"
        if obj is not None and p.is_noun(obj) and _care_noun(lemma(p, obj), roles):
            continue
        return True
    return False


def _care_noun(noun: str, roles: Roles) -> bool:
    """A harm borne ("injuries") or a noun made from a role's own verb ("treatment")."""
    made = any(noun.endswith(s) for s in NOMINAL_SUFFIXES)
    return noun in roles.borne_nouns or (made and not _made_from_other_verb(noun, roles))
