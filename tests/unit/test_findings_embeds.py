"""An outlet's embed (a video's caption shown on its pages of several days) is no statement of
the page's own figure."""

from __future__ import annotations

from dataclasses import replace

from conflict_builders import run, when
from figure_builders import count, source

from workbench.findings.conflicts import find_findings

CAPTION = "Video shows the club after a shooting that killed 2 people and injured 10."


def _club(second_caption: str, second_day: str = "2016-02-20"):
    sources = [
        source(1, "2016-02-18", outlet="www.paper.com"),
        source(2, second_day, outlet="www.paper.com"),
    ]
    claims = [
        count(1, "injured", 9, "Nine", noun="club-goers"),
        count(1, "injured", 10, "10", noun="", sentence=CAPTION),
        count(2, "injured", 10, "Ten others", noun="others"),
        count(2, "injured", 10, "10", noun="", sentence=second_caption),
    ]
    return find_findings(claims, sources)[0]


def test_a_sentence_an_outlet_shows_on_pages_of_two_days_is_no_figure_of_the_page():
    """The first page's nine against the later page's ten is an update, though the first
    page carries the video's caption with the later count."""
    assert [c.role for c in _club(CAPTION)] == ["injured"]


def test_a_page_that_states_the_figure_in_a_sentence_of_its_own_still_owns_it():
    assert _club("A shooting that killed 2 people and injured 10 was in February.") == []


def test_two_pages_of_one_day_sharing_a_sentence_are_no_embed():
    assert _club(CAPTION, second_day="2016-02-18") == []


TWEET = "Jane Roe (@jroe) on Twitter"


def test_a_count_told_only_in_an_embedded_post_is_no_figure_of_the_page():
    """ "#DEVELOPING: Four people shot", a reporter's tweet on a page telling five in its
    prose elsewhere: the post's hour, not the page's figure."""
    sources = [source(1, "2016-03-11"), source(2, "2016-03-11")]
    post = count(1, "hit", 4, "Four people", sentence="#DEVELOPING: Four people shot.")
    claims = [post, count(2, "hit", 5, "five people")]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["hit"]
    claims[0] = replace(post, attribution=TWEET)
    assert find_findings(claims, sources)[0] == []


def test_a_day_an_embedded_post_tells_is_no_day_of_the_page():
    """ "tonight" in a tweet is the night of the post, not of the page's day."""
    first = when(1, "March 3", "The dam burst on March 3.", "2021-03-03", action="collapse")
    posted = when(2, "tonight", "The dam collapsed tonight.", "2021-03-05", action="collapse")
    assert [c.kind for c in run([first, posted])[0]] == ["date"]
    assert run([first, replace(posted, attribution=TWEET)])[0] == []
