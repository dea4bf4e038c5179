"""A count that is some of a whole its own article states is tied to it (`claims.part_ties`),
and the finder never sets it against that whole (issues #15 and #16).

Ties: a listing's members and the listing ("two women and three men" after "five people
were shot"), a mention in the whole's role ("a man was shot in the arm"), a count told in
care or a condition ("three were taken to hospital"). Never tied: a bare smaller count (an
earlier figure the report corrects), a count as large as the whole, a zero, a count of
another role than the whole's (the dead are no part of the hurt).

Sentences written here (none copied from a corpus)."""

from __future__ import annotations

from claim_builders import article_claims

from workbench.claims.part_ties import is_tied_part
from workbench.findings.figures import figures
from workbench.vocabulary import default as vocabulary

FIVE = "Five people were shot early Sunday outside a bar on Elm Street, police said."


def _ties(*texts: str) -> dict[tuple[str, str | None], tuple[str | None, float | None, bool]]:
    """Each count's (words, role) -> (its tie, the value of the whole it names, a part)."""
    out = {}
    for c in article_claims(*texts):
        group = c.group or {}
        of = group.get("of") or {}
        out[(c.text, c.role)] = (group.get("tie"), of.get("value"), is_tied_part(c))
    return out


def test_members_listed_after_the_total_name_it():
    found = _ties(FIVE, "Two women and three men were hit.")
    assert found[("Two women", "hit")] == ("member", 5, True), found
    assert found[("Two women and three men", "hit")] == ("listed", 5, False), found


def test_a_listing_smaller_than_the_whole_is_a_part_of_it():
    found = _ties(FIVE, "Two men and a woman were shot in the legs.")
    assert found[("Two men and a woman", "hit")] == ("listed", 5, True), found


def test_a_count_in_care_is_some_of_those_hit():
    found = _ties(
        FIVE, "Three of them were taken to a hospital.", "Two remain in critical condition."
    )
    assert found[("Two remain", "injured")] == ("care", 5, True), found


def test_a_singular_mention_in_the_wholes_role_is_one_of_the_counted():
    found = _ties(FIVE, "A man in his 50s was shot in the arm.")
    assert found[("A man", "hit")] == ("mentioned", 5, True), found


def test_a_bare_smaller_count_is_no_part():
    found = _ties(FIVE, "Police first said four people were shot.")
    assert found[("four people", "hit")] == (None, None, False), found


def test_a_count_as_large_as_the_whole_is_no_part():
    found = _ties(FIVE, "Five people were taken to a hospital.")
    assert found[("Five people", "injured")] == (None, None, False), found


def test_a_mention_is_no_part_of_the_others_beside_it():
    found = _ties("A man was taken to a hospital, and two others were also hurt.")
    assert found[("A man", "injured")] == (None, None, False), found


def test_the_dead_are_no_part_of_a_count_of_the_hurt():
    found = _ties("Four people were injured in the shooting.", "A man was killed.")
    assert found[("A man", "killed")] == (None, None, False), found


def test_the_finder_sets_no_tied_part_against_its_whole():
    claims = article_claims(FIVE, "Three people were taken to a hospital.")
    found = figures(claims, lambda c: c.source_id, lambda c: 1, lambda c: None, vocabulary())
    assert {(f.role, f.typical) for f in found} == {("hit", 5)}, found


def test_a_tied_part_is_still_a_value_its_source_tells():
    claims = article_claims(FIVE, "Two men and a woman were shot in the legs.")
    found = figures(claims, lambda c: c.source_id, lambda c: 1, lambda c: None, vocabulary())
    assert [(f.role, f.typical) for f in found] == [("hit", 5)], found
    assert 3 in found[0].values, found  # another's three counts the part: no dispute
