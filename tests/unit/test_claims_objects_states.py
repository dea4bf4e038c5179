"""Objects of "left"/"found" each in their own state, and groups that are no persons'.

A count is read in the role its own words give it: "found the driver dead, the cyclist
hurt" is one killed and one injured, not two dead; "left one dead and five others with
burns" tells nothing of the five dying. Sentences written here in the style of local news
(none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import counts


def roles_of(text: str, value: float) -> set[str | None]:
    return {role for _, low, role in counts(text) if low == value}


def test_each_object_of_found_takes_its_own_state():
    text = (
        "Officers found the clerk deceased, the customer injured and the manager, who was not"
        " injured."
    )
    found = counts(text)
    assert ("the customer", 1, "injured") in found, found
    assert ("the customer", 1, "killed") not in found, found
    assert not any(words.startswith("the manager") for words, _, _ in found), found


def test_a_second_object_of_left_with_a_state_of_its_own_is_not_dead():
    text = (
        "Police are probing an attack that left one teen dead and at least four others with"
        " gunshot wounds after a gunman fired into a crowd."
    )
    found = counts(text)
    assert roles_of(text, 1) == {"killed"}, found
    assert "killed" not in roles_of(text, 4), found


def test_a_plural_pronoun_in_a_group_counts_no_one_person():
    text = "The crash left them and two others dead, troopers said."
    found = counts(text)
    assert 3 not in [low for _, low, _ in found], found
    assert roles_of(text, 2) == {"killed"}, found


def test_persons_and_vehicles_named_together_are_no_group():
    text = "Three people and two cars were struck by the falling crane."
    found = counts(text)
    assert 5 not in [low for _, low, _ in found], found


def test_a_harm_borne_beside_persons_is_no_part():
    text = "Four hikers were treated; one had minor injuries and the three others had injuries."
    found = counts(text)
    assert [low for _, low, _ in found].count(4) == 1, found
    assert "injured" in roles_of(text, 3), found


def test_parts_set_off_after_their_stated_whole_add_no_second_whole():
    text = "Seven hikers—four men and three women—were taken to the lodge clinic."
    found = counts(text)
    assert [low for _, low, _ in found].count(7) == 1, found


def test_a_gerund_read_as_a_modifier_after_and_does_not_share_the_first_verb():
    text = (
        "A man with a rifle shot three guards, killing two of the guards and leading dozens"
        " of troopers on a chase."
    )
    found = counts(text)
    assert roles_of(text, 2) == {"killed"}, found
    assert "killed" not in roles_of(text, 24), found


def test_a_state_read_as_an_adverb_after_the_object_of_left_is_its_state():
    """ "leaves teen dead": the small parser hangs "dead" on the verb as an adverb."""
    text = "Drive-by shooting leaves teen dead"
    assert ("teen", 1, "killed") in counts(text), counts(text)
