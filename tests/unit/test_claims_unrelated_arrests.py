"""An arrest or a charge for something else is another case's (`claims/unrelated_arrests.py`,
the labels' "Whose arrest"): read, but marked `other_event`. Sentences invented here."""

from __future__ import annotations

import pytest
from claim_builders import article_claims


def _arrests(text: str) -> list[tuple[str, float, bool]]:
    return [
        (c.text, c.value["low"], bool(c.value.get("other_event")))
        for c in article_claims(text)
        if c.role in ("arrested", "charged")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Brannock Veel on an unrelated warrant Tuesday.",
        "Both men were already in custody on unrelated charges, deputies said.",
        "A third suspect is in the Quillby County Jail on an unrelated charge.",
        "Deputies said Orwen Tasker was arrested in an unrelated case.",
    ],
)
def test_an_arrest_held_only_for_an_unrelated_cause_is_another_cases(text):
    found = _arrests(text)
    assert found and all(marked for _, _, marked in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a reason of this event beside the unrelated one
        "Orwen Tasker was booked on a charge of robbery and an unrelated warrant.",
        # the reason's own clause ties it to this investigation
        "Both men were in jail on unrelated gun charges resulting from the shooting inquiry.",
        # no unrelated reason at all
        "Police arrested Brannock Veel on a murder charge Tuesday.",
    ],
)
def test_an_arrest_with_a_reason_of_this_event_stays_this_incidents(text):
    found = _arrests(text)
    assert found and not any(marked for _, _, marked in found), found
