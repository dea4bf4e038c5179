"""Ordinal words that also name fractions: a rank before a noun, a part on its own."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.models import Claim, Sentence, Source


def counts(text: str) -> list[Claim]:
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [c for c in found if c.kind == "quantity"]


def test_an_ordinal_before_a_person_is_one_in_the_role_never_a_fraction():
    found = counts("A fourth victim died at a hospital on Sunday night.")
    assert [(c.role, c.value["low"], c.implicit) for c in found] == [("killed", 1, True)]
    assert found[0].text == "A fourth victim"


def test_a_ranked_person_wounded_is_hit_once():
    found = counts("A third woman, 41, was shot in the arm outside the bakery.")
    assert all(c.value["low"] == 1 for c in found)
    assert "hit" in {c.role for c in found}


def test_a_rank_before_a_thing_is_no_quantity():
    assert counts("The driver suffered a third-degree burn to his hand.") == []
    assert counts("Officers searched a fifth house on the street.") == []


def test_a_fraction_stays_a_fraction():
    (part,) = counts("The council spent a fourth of the budget on roads.")
    assert part.value["low"] == 0.25
    (whole,) = counts("Three fourths of the tenants signed the letter.")
    assert whole.value["low"] == 0.75


def test_a_fraction_alone_is_read_without_another_number_nearby():
    (part,) = counts("Ticket sales fell by a fifth.")
    assert part.value["low"] == 0.2


def test_a_rank_standing_alone_for_a_person_is_one_in_its_role():
    found = counts("Two hikers died and a third was wounded, rangers said.")
    assert ("injured", 1, True) in [(c.role, c.value["low"], c.implicit) for c in found]
    assert not any(0 < c.value["low"] < 1 for c in found)
    (second,) = [c for c in counts("One guard was killed and a second was hurt.") if c.implicit]
    assert (second.role, second.text) == ("injured", "a second")


def test_a_fraction_with_a_plural_verb_or_a_hedge_is_no_person():
    assert not any(c.implicit for c in counts("About a third were hurt in the crush."))
    (part,) = counts("A third of the passengers were treated at the scene.")
    assert 0.33 < part.value["low"] < 0.34


def test_the_other_standing_alone_is_one_in_its_role():
    found = counts("One guard was stabbed in the arm. The other was shot in the leg.")
    assert ("hit", 1, True, "The other") in [
        (c.role, c.value["low"], c.implicit, c.text) for c in found
    ]
    assert not [c for c in counts("The others were shot in the leg.") if c.implicit]
