"""A death told by a loss: "the loss of her son", "the sudden loss", "their loss".

The bereaved tell a death as what they lost: the noun of the bereaved verb (`absences.losses`
in the roles data: "loss", as "lose" is `bereaved`) names one person's death as an event, as
"the killing" does. The labels count it so (README, labels27: "A loss owned by the bereaved,
of the event's one death ... killed 1, implicit"). Read as a death noun
(`mention_kinds.candidate`): counted where the article counts one dead and no more
(`fates.deaths_of_one`). Unlike a death noun, its owner is the bereaved ("their inconsolable
loss"), not the dead, and its "of" must name a person: "the loss of life", "loss of blood"
or "the loss of 300 jobs" is no one's death.
"""

from __future__ import annotations

from workbench.claims.event_nouns import possessive, ranked
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

NOT_AN_EVENT_DEPS = frozenset(("compound", "amod", "attr", "oprd", "appos", "npadvmod"))
"""A noun that modifies another ("a loss prevention officer") or says what something else
is: no loss told of its own."""
PERSON_PRONOUNS = frozenset(("him", "her", "them", "someone", "somebody"))


def _a_person(p: Parse, k: int, roles: Roles) -> bool:
    """ "her son", "the 14-year-old", "Daylen", "him": a noun of one person, a name, an age
    standing for a person, or a pronoun of persons."""
    if p.tags[k] in ("NNP", "NNPS") or p.lower(k) in PERSON_PRONOUNS:
        return True
    if p.tags[k] != "NN":
        return False  # "the loss of two games": a plural is counted by its number, if at all
    noun = lemma(p, k)
    return (
        noun in roles.singular_persons
        or noun == "old"  # "the loss of the 14-year-old"
        or vocabulary().counted_class(noun) == "persons"
    )


def a_loss_told(p: Parse, k: int, roles: Roles) -> bool:
    """A singular loss noun told as an event, with a determiner or an owner of its own ("the
    sudden loss", "this tragic loss", "their inconsolable loss", "suffered a horrific
    loss"), whose "of", if any, names a person ("the loss of her son"); not a modifier, a
    rank or one of joined events, nor a bare loss after a loss of no one in its sentence
    (the same generic loss said again)."""
    if p.tags[k] != "NN" or lemma(p, k) not in roles.losses:
        return False
    if p.deps[k] in NOT_AN_EVENT_DEPS or p.deps[k] == "conj" or ranked(p, k):
        return False
    if p.child(k, "conj") is not None:
        return False
    lost = _lost(p, k)
    if lost is not None:
        return _a_person(p, lost, roles)
    if any(lemma(p, j) in roles.losses and _lost(p, j) is not None for j in range(k)):
        return False  # "While the loss of life is tragic, ... when the loss involves a youth"
    return any(p.deps[c] == "det" or possessive(p, c) for c in p.children(k))


def _lost(p: Parse, k: int) -> int | None:
    """What a loss is "of" ("the loss of her son": son; "the loss of life": life)."""
    of = next((c for c in p.children(k) if p.deps[c] == "prep" and p.lower(c) == "of"), None)
    return p.child(of, "pobj") if of is not None else None
