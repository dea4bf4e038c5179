"""Counts of arrests over time are updates: a first report's "no arrests" or its suspect
still sought, then a later report's arrest (`findings.later_acts`). Hand-built claims, no
extractor."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings
from workbench.findings.part_mentions import is_part

NAMES = {s: frozenset({"elm street", "jones"}) for s in (1, 2, 3)}


def _arrests(claims, sources) -> list[tuple[str, str]]:
    conflicts, _ = find_findings(claims, sources, names=NAMES)
    return [(c.role, c.relation) for c in conflicts if c.role in ("arrested", "charged")]


def _dated(claim, day: str):
    claim.event_date, claim.event_date_basis = day, "text"
    return claim


def test_a_suspect_sought_is_no_one_held_against_a_later_arrest():
    sources = [source(1, "2016-10-30"), source(2, "2016-10-31")]
    sought = count(
        1,
        "arrested",
        0,
        "a suspect",
        implicit=True,
        sentence="Police are looking for a suspect.",
    )
    held = count(2, "arrested", 2, "Two men", sentence="Two men were arrested Monday.")
    assert _arrests([sought, held], sources) == [("arrested", "update")]


def test_none_then_one_the_same_day_is_an_update():
    sources = [source(1, "2015-05-31"), source(2, "2015-05-31")]
    none = count(1, "arrested", 0, "No arrests", sentence="No arrests have been made.")
    one = count(
        2, "arrested", 1, "a man", implicit=True, sentence="Police arrested a man Sunday night."
    )
    assert _arrests([none, one], sources) == [("arrested", "update")]


def test_the_days_told_for_arrests_are_the_arrests_own():
    # "no one has been arrested" on Monday, "turned himself in Friday": the arrest's day
    sources = [source(1, "2013-03-11"), source(2, "2013-03-17")]
    none = _dated(
        count(1, "arrested", 0, "no one", sentence="No one has been arrested."), "2013-03-11"
    )
    one = count(
        2, "arrested", 1, "Wilson", implicit=True, sentence="Wilson turned himself in Friday."
    )
    assert _arrests([none, _dated(one, "2013-03-15")], sources) == [("arrested", "update")]


def test_an_updated_page_with_a_changed_arrest_count_tells_the_change():
    first = source(1, "2016-03-14", outlet="kgw.com")
    updated = source(2, "2016-03-15", outlet="kgw.com", copy_of=1)
    sentence = "No arrests have been made."
    claims = [
        count(1, "arrested", 0, "No arrests", sentence=sentence),
        count(2, "arrested", 0, "No arrests", sentence=sentence),  # the copy's, told again
        count(2, "arrested", 1, "a man", implicit=True, sentence="Police arrested a man Tuesday."),
    ]
    assert _arrests(claims[:2] + claims[2:], [first, updated]) == [("arrested", "update")]
    # a copy that changed no arrest count adds nothing: no second witness
    assert _arrests(claims[:2], [first, updated]) == []


def test_an_updated_page_stays_its_originals_for_counts_of_the_harm():
    first = source(1, "2016-03-14", outlet="kgw.com")
    updated = source(2, "2016-03-15", outlet="kgw.com", copy_of=1)
    claims = [
        count(1, "injured", 3, "Three people", sentence="Three people were injured."),
        count(2, "injured", 4, "Four people", sentence="Four people were injured, police said."),
    ]
    assert [c.role for c in find_findings(claims, [first, updated], names=NAMES)[0]] == []


def test_a_suspect_sought_after_an_arrest_may_be_a_second_one():
    sources = [source(1, "2016-06-30"), source(2, "2016-07-01")]
    held = count(1, "arrested", 1, "One man", sentence="One man is in custody.")
    sought = count(
        2, "arrested", 0, "a suspect", implicit=True, sentence="Police are looking for a suspect."
    )
    assert _arrests([held, sought], sources) == []


def test_more_arrested_beside_those_named_are_a_part():
    more = count(1, "arrested", 2, "two", sentence="Police say two more men were also arrested.")
    other = count(1, "arrested", 2, "two suspects", sentence="The other two suspects are free.")
    said = count(1, "arrested", 2, "two men", sentence="Police arrested two men Monday.")
    assert is_part(more) and is_part(other) and not is_part(said)


def test_an_arrest_months_after_none_is_an_update_however_far_apart():
    # "no arrests" the night of the shooting, an arrest six months on: past the 60-day
    # window that parts two events told alike, yet one case's course
    sources = [source(1, "2015-04-28"), source(2, "2015-10-31")]
    none = count(1, "arrested", 0, "no arrests", sentence="No arrests have been made.")
    one = count(2, "arrested", 1, "a man", implicit=True, sentence="Police have arrested a man.")
    assert _arrests([none, one], sources) == [("arrested", "update")]


def test_two_counts_of_some_months_apart_stay_parted_by_the_window():
    sources = [source(1, "2015-04-28"), source(2, "2015-10-31")]
    one = count(1, "arrested", 1, "a man", implicit=True, sentence="Police arrested a man.")
    three = count(2, "arrested", 3, "Three men", sentence="Three men were arrested.")
    assert _arrests([one, three], sources) == []


def test_one_held_then_both_held_is_an_update():
    """ "A teenager was arrested" (one, a singular mention), days later "both suspects are
    in custody": a word of the whole tells those held in full, so the count grew."""
    sources = [source(1, "2017-05-01"), source(2, "2017-05-03")]
    one = count(1, "arrested", 1, "A teenager", implicit=True, noun="teenager")
    both = count(2, "arrested", 2, "both suspects", noun="suspect")
    assert _arrests([one, both], sources) == [("arrested", "update")]


def test_one_held_then_a_count_without_a_word_of_the_whole_holds_both():
    """ "Two juvenile males were charged" may be another case's or a part: one held and
    two told days apart, neither told as the whole, is no change read."""
    sources = [source(1, "2017-05-01"), source(2, "2017-05-03")]
    one = count(1, "arrested", 1, "A teenager", implicit=True, noun="teenager")
    two = count(2, "arrested", 2, "two juvenile males", noun="male")
    assert _arrests([one, two], sources) == []
