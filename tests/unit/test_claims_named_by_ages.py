"""Names listed each with its own age ("A, 15, B, 19, and C, 15, were hurt"): the parser hangs
the later names as appositions of the first, but a person has one age, so each name with an
age of its own is one more person of the list.

Sentences and names made up here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


def _in_role(text: str) -> set[tuple[float, str]]:
    return {(low, role) for _, low, role in counts(text) if role}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Tomas Vell, 17, Rina Okafor, 22, Dario Plume, 30, and Esme Tarr, 19, were "
            "injured in the crash.",
            (4, "injured"),
        ),
        ("Orla Fenwick, 41, Bram Tessaro, 38, and Lio Marsh, 12, were killed.", (3, "killed")),
        (
            "Treated and released from the clinic were Nils Orvend, 33, Kato Brill, 29, "
            "Wim Asher, 30, and Jon Dunmore, 27.",
            (4, "injured"),
        ),
    ],
)
def test_names_each_with_its_own_age_are_as_many_persons(text, found):
    assert found in _in_role(text), counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The driver, Tomas Vell, 17, was injured in the crash.",  # one person named again
        "Tomas Vell, 17, of Millbrook, was injured in the crash.",  # a town, no age of its own
    ],
)
def test_a_name_without_an_age_of_its_own_is_no_second_person(text):
    assert (1, "injured") in _in_role(text), counts(text)
    assert not {f for f in _in_role(text) if f[0] > 1}, counts(text)
