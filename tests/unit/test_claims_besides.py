"""A count of "others" keeps whom it leaves out (`claims.besides`, issues #15 and #16).

"One man was killed and five others were shot": the five are some of the six hit; "two were
killed and four others were injured": the four are every one hurt. The remainder keeps the
fates of the people told just before it, and is a part of its role only where one of them
is in that role too.

Sentences written here (none copied from a corpus)."""

from __future__ import annotations

from claim_builders import article_claims

from workbench.claims.besides import BESIDES_MARK, leaves_out_its_own


def _others(*texts: str) -> dict[tuple[str, str | None], tuple[list, bool]]:
    """Each marked count's (words, role) -> (the fates beside it, a part of its role)."""
    return {
        (c.text, c.role): (c.value[BESIDES_MARK], leaves_out_its_own(c))
        for c in article_claims(*texts)
        if c.value.get(BESIDES_MARK)
    }


def test_others_shot_beside_the_dead_are_some_of_those_hit():
    found = _others("One man was killed and five others were shot in the attack.")
    assert found[("five others", "hit")] == (["killed"], True), found


def test_others_hurt_beside_the_dead_are_all_the_hurt():
    found = _others("Two people were killed and four others were injured.")
    assert found[("four others", "injured")] == (["killed"], False), found


def test_others_hurt_beside_one_hurt_leave_that_one_out():
    found = _others("Powell was wounded in the leg.", "Two others were wounded.")
    assert found[("Two others", "injured")] == (["injured"], True), found


def test_other_before_the_noun_tells_a_remainder_too():
    found = _others(
        "A pregnant woman was shot five times in a shooting that injured four other people."
    )
    assert found[("four", "injured")] == (["hit"], True), found


def test_a_count_with_no_one_told_before_it_keeps_nothing():
    assert _others("Five other victims arrived at a hospital after a woman was shot.") == {}
