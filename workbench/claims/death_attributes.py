"""A death told as what a noun is of: "the cause of death", "Davis' cause of death".

A bare death noun (no article, owner or modifier of its own) as the "of" of a noun with a
definite article or an owner names the one death the article tells: the labels count "the
cause of death" and "the manner and cause of death" killed 1, as "the death" (the README's
death nouns, dev_e, dev_k). Read as a death noun (`fates.deaths_of_one`): counted only where
the article counts one dead and no more. A plural ("causes of deaths"), a death with an owner
or an article of its own ("the cause of his death": the owner is read as such), a modified
noun ("a charge of first-degree murder") or a head with an indefinite article or a number
("a charge of murder", "one count of murder") or that renames another ("the smell of
gunfire, the smell of death") is not this.
"""

from __future__ import annotations

from workbench.claims.event_nouns import possessive, ranked
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.parse import Parse

DEFINITE = frozenset(("the", "this", "that"))
RENAMING_DEPS = frozenset(("appos", "compound"))
"""A head that only renames another noun or modifies one ("the smell of gunfire, the smell
of death"): a list of kinds, no attribute of the event."""


def death_of_a_noun(p: Parse, k: int, roles: Roles) -> bool:
    """Whether token k is a bare death noun told as the "of" of a definite or owned noun."""
    if p.tags[k] != "NN" or p.deps[k] != "pobj" or lemma(p, k) not in roles.deaths:
        return False
    if any(True for _ in p.children(k)):
        return False  # "of his death", "of first-degree murder": not a bare death
    of = p.heads[k]
    head = p.heads[of]
    if p.lower(of) != "of" or head == of:
        return False
    while p.deps[head] == "conj" and p.heads[head] != head:
        head = p.heads[head]  # "the cause and manner of death": the first noun's article
    if not p.is_noun(head) or ranked(p, head) or p.child(head, "nummod") is not None:
        return False
    if p.deps[head] in RENAMING_DEPS:
        return False
    return any(
        possessive(p, c) or (p.deps[c] == "det" and p.lower(c) in DEFINITE)
        for c in p.children(head)
    )
