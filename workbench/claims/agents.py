"""Whose victims a count is, and whether the one who did it is among the dead.

"The gunman who killed five people", "Hale killed one person", "opened fire, killing
three": a count that is the object of an active verb of harm whose doer is a person counts
that person's victims, so it leaves the doer out (`AGENT_MARK`: the doer's word). Where the
article also tells the doer dead ("then killed himself", "the shooter ... was killed"), a
report that counts every dead person ("Six people were killed") counts one more than the
victims, and both are right (`WITHOUT_AGENT_MARK`: the labels' "a count with or without the
gunman"). A doer that is no person ("the shooting that killed 12", "the crash") names no one
left out.
"""

from __future__ import annotations

from workbench.claims.controlled import OWN_END
from workbench.claims.reflexives import REFLEXIVES, subject_of
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.syntax import lemma
from workbench.models import Claim
from workbench.parse import Parse
from workbench.vocabulary import Vocabulary

AGENT_MARK = "agent"
"""Set in the value of a count told as the victims of a person: that person's word."""
WITHOUT_AGENT_MARK = "without_agent"
"""Set in the value of such a count where its article tells that person dead too: the
count of all the dead is one more (the doer is no victim of his own)."""

_RELATIVES = frozenset(("who", "that", "which"))
_PERSON_PRONOUNS = frozenset(("he", "she"))
_DOER_ROLE = "involved"
"""The roles data's role of the doers' nouns (gunman, shooter, suspect): their counted
nouns name who did a harm."""


def _doer(p: Parse, subject: int) -> int:
    """The noun a relative subject stands for ("the gunman who killed five": the gunman)."""
    verb = p.heads[subject]
    if p.lower(subject) in _RELATIVES and p.deps[verb] == "relcl":
        return p.heads[verb]
    return subject


def _is_person(p: Parse, k: int, vocab: Vocabulary, roles: Roles) -> bool:
    """A person: "he", a name, or a noun of persons or of doers (not "the shooting")."""
    if p.lower(k) in _PERSON_PRONOUNS or p.tags[k] in ("NNP", "NNPS"):
        return True
    if not p.is_noun(k):
        return False
    noun = lemma(p, k)
    return vocab.counted_class(noun) == "persons" or roles.counted_nouns.get(noun) == _DOER_ROLE


def agent_of(p: Parse, nominal: int | None, role: str | None, vocab, roles: Roles) -> str | None:
    """The word of the person whose victims the count at `nominal` is: the subject, told
    or understood, of the active verb of harm the count is the object of; None when the
    count is no such object or its doer is no person."""
    if nominal is None or role not in HARM_ROLES:
        return None
    for _ in range(4):  # "shot his wife and two other women": the first conjunct's verb
        if p.deps[nominal] != "conj" or p.heads[nominal] == nominal:
            break
        nominal = p.heads[nominal]
    if p.deps[nominal] != "dobj":
        return None
    verb = p.heads[nominal]
    if not p.is_verb(verb) or p.child(verb, "auxpass", "nsubjpass") is not None:
        return None
    subject = subject_of(p, verb)
    if subject is None:
        return None
    doer = _doer(p, subject)
    if not _is_person(p, doer, vocab, roles):
        return None
    return p.lower(doer)


def _names_doer(claim: Claim, agents: set[str], roles: Roles) -> bool:
    """A death told of the doer: a reflexive ("killed himself"), his own end ("before
    taking his own life", `controlled`), a doer's noun ("the shooter"), or the doer's own
    word ("Hale")."""
    said = claim.text.casefold().split()
    noun = str((claim.counted or {}).get("noun") or "")
    return (
        bool(REFLEXIVES.intersection(said))
        or str(claim.value.get("why") or "").startswith(OWN_END)
        or roles.counted_nouns.get(noun) == _DOER_ROLE
        or bool(agents.intersection(said))
    )


DOER_FATES = {"killed": ("killed",), "hit": ("killed", "hit")}
"""The roles of a victims count, and the roles of the doer's own fate that put him among
the people that role counts: the dead if he died; those hit if he died or was shot ("shot
his ex-wife and two other women" and "then shot himself": four hit in all)."""


def victims_without_agent(claims: list[Claim], roles: Roles) -> list[Claim]:
    """Mark each count of a person's victims whose article tells that person in the
    count's role too (`WITHOUT_AGENT_MARK`: dead, or for those hit, shot). Runs on one
    article's claims."""
    told = [c for c in claims if c.kind == "quantity" and c.value.get(AGENT_MARK)]
    if not told:
        return claims
    agents = {str(c.value[AGENT_MARK]) for c in told}
    fates = {
        c.role
        for c in claims
        if c.kind == "quantity"
        and c.implicit
        and c.value.get("low") == 1
        and _names_doer(c, agents, roles)
    }
    for c in told:
        if fates.intersection(DOER_FATES.get(str(c.role), ())):
            c.value[WITHOUT_AGENT_MARK] = True
    return claims
