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
