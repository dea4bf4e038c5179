"""A survivor told by their state ("he is alive", "is expected to be okay"): injured, but only
where the article told of a harm before.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims.survival import SURVIVAL_MARK

HARM = "A 30-year-old man was shot outside a bakery on Friday night."


def _survivors(*texts: str) -> list[tuple[str, float, str | None, bool]]:
    """The counts of an article read only from a survivor's state: words, value, role."""
    claims = article_claims(*texts)
    return [(c.text, c.value["low"], c.role, True) for c in claims if c.value.get(SURVIVAL_MARK)]


@pytest.mark.parametrize(
    ("state", "words"),
    [
        ("Doctors said he is alive and talking.", "he"),
        ("The man is expected to be okay, his brother said.", "The man"),
        ("Relatives said Ortega was making a slow recovery.", "Ortega"),
        ("She is paralyzed from the chest down, her family said.", "She"),
        ("The victim was still at the hospital on Sunday.", "The victim"),
        # a verb of healing in the person's clause, as the parser hangs it
        ("The sheriff said the boy is still in the hospital recovering.", "the boy"),
        ("Since that night, Ortega has been in a hospital bed recovering.", "Ortega"),
        ("Ortega was given a pair of crutches and sent home to recover.", "Ortega"),
    ],
)
def test_a_state_of_one_who_lived_after_a_harm_is_injured(state, words):
    found = _survivors(HARM, state)
    assert (words, 1, "injured", True) in found, found


@pytest.mark.parametrize(
    "state",
    [
        "The clerk is okay, the owner said.",  # no harm told before it
        "Doctors said he is alive and talking.",
    ],
)
def test_a_state_with_no_harm_told_before_it_counts_no_one(state):
    found = article_claims(state, HARM)
    assert not any(c.value.get(SURVIVAL_MARK) for c in found), found


@pytest.mark.parametrize(
    "state",
    [
        "His mother said he is not okay.",  # negated
        "Is he alive?",  # a question
        "Doctors hope he might be alive.",  # not asserted
    ],
)
def test_a_state_denied_asked_or_hoped_counts_no_one(state):
    assert not _survivors(HARM, state), state


@pytest.mark.parametrize(
    ("state", "words"),
    [
        ("Neighbors raised money to pay for her recovery.", "her recovery"),
        ("The church prays for Ortega's recovery.", "Ortega"),
        ("Friends will walk with him on his long road to recovery.", "his"),
        ("The boy was conscious when deputies arrived.", "The boy"),
        ("His brother said he is awake and alert.", "he"),
        ("She was still breathing, a neighbor said.", "She"),
    ],
)
def test_an_owned_healing_or_a_sign_of_life_after_a_harm_is_injured(state, words):
    claims = article_claims(HARM, state)
    found = [(c.text, c.value["low"], c.role, c.value.get(SURVIVAL_MARK)) for c in claims]
    assert any(t.startswith(w) and r == [1, "injured", True] for w in [words] for t, *r in found), (
        found
    )


@pytest.mark.parametrize(
    "state",
    [
        "Their recovery will take months.",  # a plural owner tells no number
        "Police praised his recovery of the stolen rifle.",  # a recovery of a thing
        "The driver was unconscious when deputies arrived.",  # tells neither alive nor dead
        "The man was still breathing but he died at the hospital.",  # then told dead
        "The pastor asked for prayers for peace and recovering.",  # a noun joined to another
        "Deputies went back to the house to recover the rifle.",  # with an object: no healing
        "She visited her recovering brother on Sunday.",  # a modifier of another person
    ],
)
def test_a_plural_owner_a_thing_recovered_a_later_death_or_no_one_healing_is_no_survivor(state):
    assert not _survivors(HARM, state), state
