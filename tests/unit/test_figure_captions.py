"""A caption a page showed twice (in its video player and beneath it) that counts other than
the page's prose: the outlet's report of an earlier hour, a figure of its own."""

from __future__ import annotations

from dataclasses import replace

from figure_builders import count, source

from workbench.findings.conflicts import find_findings
from workbench.models import Removed

CAPTION = "Police released a video of the attack. Nine people were hurt when a car drove at them."
DOUBLE = "a repeat of the paragraph before it (the scraper's double)"


def _dated(claim, day: str):
    claim.event_date, claim.event_date_basis = day, "text"
    return claim


def _pages(removed: list[Removed]):
    later = source(1, published="2016-06-16", outlet="Evening Post", removed=removed)
    other = source(2, published="2016-06-20", outlet="Daily Ledger")
    prose = "On Monday a car drove into the crowd, hurting twelve people."
    claims = [
        count(1, "injured", 9, "Nine people", sentence=CAPTION.split(". ")[1]),
        _dated(count(1, "injured", 12, "twelve people", sentence=prose), "2016-06-13"),
        count(2, "injured", 12, "12 people", sentence="The car hurt 12 people on Monday."),
    ]
    return [later, other], claims


def test_a_caption_shown_twice_counting_other_than_its_page_is_an_earlier_report():
    sources, claims = _pages([Removed(CAPTION, DOUBLE)])
    conflicts, _ = find_findings(claims, sources)
    assert [(c.role, c.relation) for c in conflicts] == [("injured", "update")]
    assert {x.text for x in conflicts[0].claims} == {"Nine people", "12 people"}  # not its page


def test_a_sentence_told_once_is_the_pages_own_part():
    sources, claims = _pages([])
    assert find_findings(claims, sources)[0] == []


def test_a_caption_counting_as_its_page_adds_no_figure():
    sources, claims = _pages([Removed(CAPTION, DOUBLE)])
    claims[0] = replace(claims[0], value={**claims[0].value, "low": 12, "high": 12})
    assert find_findings(claims, sources)[0] == []
