"""Acts of the law told but not done: a warrant told for someone is a pursuit, not an arrest
(`claims/warrants.py`); custody named by a guardian's duty is no arrest
(`claims/guardianship.py`); a charge someone wants brought is none yet
(`verb_forms.still_to_come`). Sentences invented here.
"""

from __future__ import annotations

import pytest
from claim_builders import counts


def _arrests(text: str) -> list[tuple[str, float, str | None]]:
    return [c for c in counts(text) if c[2] == "arrested"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Deputies issued an arrest warrant for the suspected gunman on Monday.",
            "the suspected gunman",
        ),
        ("An arrest warrant was issued for the suspect.", "the suspect"),
        ("A warrant was issued for the shooter late Friday.", "the shooter"),
    ],
)
def test_a_person_a_warrant_is_issued_for_is_sought_none_arrested(text, words):
    assert _arrests(text) == [(words, 0, "arrested")]


@pytest.mark.parametrize(
    "text",
    [
        "A warrant has been issued for Lopez's arrest on charges of assault.",
        "Police obtained a warrant for his arrest.",
        "Police issued a warrant for a second suspect.",  # a part: the first may be held
        "Police may seek a warrant for the driver.",  # not told done
    ],
)
def test_an_arrest_a_warrant_is_for_is_not_made_and_a_part_or_a_guess_counts_nothing(text):
    assert _arrests(text) == []


def test_an_arrest_on_a_warrant_is_an_arrest():
    assert _arrests("He was arrested on an outstanding warrant.") == [("He", 1, "arrested")]


@pytest.mark.parametrize(
    "text",
    [
        "The boy was taken into protective custody.",
        "The neighbor said all four children were in state custody.",
        "A 5-year-old who was hurt has been placed in state custody.",
    ],
)
def test_custody_named_by_a_guardians_duty_is_no_arrest(text):
    assert _arrests(text) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Two men were taken into custody.", "Two men", 2),
        ("The suspect is in police custody.", "The suspect", 1),
        ("The suspect was taken into federal custody.", "The suspect", 1),
        ("Ramos is now in the custody of Interpol.", "Ramos", 1),
    ],
)
def test_custody_of_the_police_or_another_agency_holding_a_suspect_stays_an_arrest(
    text, words, value
):
    assert (words, value, "arrested") in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Victim's family wants owner of rifle prosecuted in accidental shooting",
        "The family has asked that the driver be charged.",
    ],
)
def test_a_charge_someone_wants_brought_is_none_yet(text):
    assert [c for c in counts(text) if c[2] == "charged"] == []


def test_a_charge_told_by_a_speaker_stays_a_charge():
    assert ("the man", 1, "charged") in counts("Police said the man was charged with murder.")
