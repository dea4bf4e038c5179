"""A first report's arrest zero read from what a clause says of the suspect
(`claims/suspects_free.py`), custody told by its place (`custody` in the roles data). Sentences
invented here.
"""

from __future__ import annotations

import pytest
from claim_builders import counts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The suspects are still at large.", "The suspects"),
        ("The shooter is believed to still be at large.", "The shooter"),
        ("The killer remains on the loose, deputies said.", "The killer"),
        ("Deputies say the suspect remains at large Monday.", "the suspect"),
        ("Police said the gunman, who wore a mask, is still at large.", "the gunman"),
        ("Deputies said the robber was able to get away.", "the robber"),
        ("The gunman escaped in a white pickup truck.", "The gunman"),
        ("Officers are still hunting the gunman(s).", "the gunman(s"),
        ("Detectives are searching for whoever fired the shots.", "whoever"),
        ("Police are trying to locate the man who shot him.", "the man"),
        ("Investigators are working to find the person who fatally shot her.", "the person"),
        ("Deputies are hunting for a woman they say stabbed two clerks.", "a woman"),
        ("Troopers are looking for a teen they believe stabbed a cashier.", "a teen"),
        ("The robber is on the run, officers said.", "The robber"),
        ("Zimbrow is wanted in the stabbings.", "Zimbrow"),
        ("The driver is wanted in connection with the stabbing.", "The driver"),
    ],
)
def test_a_suspect_told_free_in_any_words_is_none_arrested(text, words):
    assert (words, 0, "arrested") in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The suspects may still be on the loose.",  # what may be
        "Police said the suspect was not able to get away.",  # denied
        "Police located the suspect hours later.",  # found: no effort still going on
        "The man who was shot was taken to a hospital.",  # the victim, not the doer
        "The driver escaped injury.",  # an object: he was harmed by nothing
        "The gunman fled on foot.",  # fleeing: he may be held by the next line
        "The sheriff said no suspects are at large.",  # none is free
        "Deputies are searching for a woman they say was stabbed.",  # the victim: no doer
        "Deputies arrested a man they say stabbed two clerks.",  # found: held
        "The ball is on the run of the table.",  # no person
    ],
)
def test_what_may_be_a_denial_a_find_or_a_flight_is_no_zero(text):
    assert not [c for c in counts(text) if c[2] == "arrested" and c[1] == 0]


@pytest.mark.parametrize(
    "text",
    [
        "He was taken to the county jail.",
        "The teen was transported to a juvenile detention center.",
        "She is being held at the Lake County Jail.",
        "Smith was booked into jail on Friday.",
    ],
)
def test_custody_told_by_its_place_is_an_arrest(text):
    assert [c[1] for c in counts(text) if c[2] == "arrested"] == [1]


def test_a_sentence_to_prison_is_no_arrest():
    assert not [c for c in counts("He was sent to prison for ten years.") if c[2] == "arrested"]
