"""A hospital visit for a purpose that is no care counts no one injured; a headline's verb
read as a plural noun still gives its object's role."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def roles(text: str) -> list[tuple[str | None, float]]:
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    sentence = Sentence(1, 1, 0, 0, 0, len(text), text)
    found = extract_claims(source, [sentence])
    return [(c.role, c.value["low"]) for c in found if c.kind == "quantity"]


@pytest.mark.parametrize(
    "text",
    [
        "The driver was taken to a hospital for an evaluation before being booked.",
        "The cyclist was taken to the hospital for observation.",
    ],
)
def test_a_purpose_that_is_no_care_counts_no_one_injured(text):
    assert "injured" not in [role for role, _ in roles(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The cyclist was taken to the hospital for treatment.",
        "The cyclist was rushed to a hospital for surgery.",
        "The cyclist was taken to the hospital for his injuries.",
    ],
)
def test_care_or_a_harm_still_counts_injured(text):
    assert ("injured", 1) in roles(text)


def test_a_verb_read_as_a_plural_noun_before_a_bare_number():
    # The tagger reads "injures" as a noun here and hangs the number on "kill".
    found = roles("Deputies kill gunman after shooting rampage injures three")
    assert ("injured", 3) in found
    assert ("killed", 3) not in found
