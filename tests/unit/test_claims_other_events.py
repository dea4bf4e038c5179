"""Counts of another event than the article's, marked `other_event` (issues #15 and #16):
a harm count whose own clause dates it a month or more before the article's event.

Guards: a date in a clause hung below the count's dates that clause only; a date that
modifies a noun dates that noun; an article that dates no harm of its own at the event
(an arrest or a plea a year later) keeps its incident's harm; a harm the headline counts
stays the article's; a date more than a century back is a misread number.

Sentences written here (none copied from a corpus)."""

from __future__ import annotations

from claim_builders import article_claims

from workbench.claims import extract_claims
from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.models import Sentence, Source


def _marked(*texts: str) -> list[tuple[str, float, str | None, bool]]:
    return [
        (c.text, c.value["low"], c.role, bool(c.value.get(OTHER_EVENT_MARK)))
        for c in article_claims(*texts)
    ]


TODAY = "Two men were shot on Saturday night on Elm Street, police said."


def test_a_count_its_clause_dates_years_before_the_event_is_another_events():
    found = _marked(TODAY, "In 2012, four people were killed at the same corner.")
    assert ("four people", 4, "killed", True) in found, found
    assert ("Two men", 2, "hit", False) in found, found


def test_a_month_long_past_marks_the_count():
    found = _marked(TODAY, "In January, a teenager was shot and killed two blocks away.")
    assert ("a teenager", 1, "killed", True) in found, found


def test_a_date_of_a_clause_below_the_count_dates_that_clause_only():
    found = _marked(
        "Gunmen opened fire on Saturday on a vigil held for a man slain in 2014, "
        "killing two people."
    )
    assert not any(marked for *_, marked in found), found


def test_a_date_that_modifies_another_noun_dates_that_noun():
    found = _marked(
        TODAY,
        "One of them still had a rod in his leg from that March 2019 injury when he was "
        "shot Saturday.",
    )
    assert not any(marked for *_, marked in found), found


def test_an_article_that_dates_no_harm_at_its_event_keeps_the_older_harm():
    found = _marked(
        "A man pleaded guilty on Monday to charges in the case.",
        "In 2019, he shot and killed two people at a gas station.",
    )
    assert not any(marked for *_, marked in found), found


def test_a_harm_the_headline_counts_stays_the_articles():
    text = TODAY + " In 2019, a woman was shot and killed at the same address."
    sentences = [
        Sentence(1, 1, 0, 0, 0, len(TODAY), TODAY),
        Sentence(2, 1, 1, 0, len(TODAY) + 1, len(text), text[len(TODAY) + 1 :]),
    ]
    source = Source(1, "t.txt", text, "h", published="2021-05-02", title="Woman killed")
    found = [
        (c.text, bool(c.value.get(OTHER_EVENT_MARK)))
        for c in extract_claims(source, sentences)
        if c.kind == "quantity" and not c.headline
    ]
    assert ("a woman", False) in found, found


def test_the_finder_sets_a_marked_count_aside():
    from workbench.findings.screening import elsewhere
    from workbench.vocabulary import default as vocabulary

    found = article_claims(TODAY, "In 2012, four people were killed there.")
    marked = [c for c in found if c.value.get(OTHER_EVENT_MARK)]
    assert marked and all(elsewhere(c, vocabulary()) for c in marked), found
    assert not any(elsewhere(c, vocabulary()) for c in found if c not in marked), found
