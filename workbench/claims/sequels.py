"""What the law did after the event (an arrest, a charge, a sentence): its day and its
place are told in a report of the event but are not the event's ("was sentenced Friday",
"was arrested in San Jose"). Read by the roles' own words for what the law does, so a
user's roles file extends it."""

from __future__ import annotations

from workbench.claims import roles as roles_data
from workbench.claims.words import looks_like_verb, verb_lemma
from workbench.models import Claim

AFTERWARDS = frozenset(("arrested", "charged", "convicted"))
"""The roles of what the law does to a person after the event: arrest, charge, and the
court's later stages (a plea, a conviction, a sentence), a role of their own so that
none of them is counted as charged."""


def law_afterwards(action: str | None) -> bool:
    """The action (a verb's or a noun's lemma) is one the roles give an arrest or a charge."""
    if not action:
        return False
    roles = roles_data.default()
    role = roles.acted_on.get((action,)) or roles.undergo.get((action,)) or roles.nouns.get(action)
    return role in AFTERWARDS


def place_of_arrest(claim: Claim) -> bool:
    """A place told right after an arrest's or a charge's participle ("was also arrested
    in San Jose", "Arrested Saturday in Skyway"): where the law caught up with someone.
    Not a present participle ("a dog charging him in Queensborough")."""
    at = claim.sentence.find(claim.text)
    for word in claim.sentence[: max(at, 0)].split()[-3:-1]:
        word = word.strip(",;")
        participle = looks_like_verb(word) and not word.casefold().endswith("ing")
        if participle and law_afterwards(verb_lemma(word)):
            return True
    return False
