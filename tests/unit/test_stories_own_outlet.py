"""An outlet's own reports of another day: its template is no evidence of one event."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.events import EventFacts, Events
from workbench.stories.grouping import Article, Member, place
from workbench.stories.placed import own_outlet
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

TEMPLATE = ("shooting", "n_kessling", "overnight", "wounded", "hospital", "police")
OUTLET = "kessling.tv"


def _offer(outlet: str, day: str) -> tuple[Article, MemberIndex, Vectors, Events]:
    """A report two days after the story's, as alike as its outlet's template makes it
    (similarity 0.41: above `event_apart_below`), its event told on `day`."""
    own = tuple(f"word{i}" for i in range(24))
    vectors = Vectors({t: 2 for t in (*TEMPLATE, *own, "street")}, 100)
    article = Article(2, "2020-01-05", (*TEMPLATE, *own), outlet=outlet)
    index = MemberIndex([Member(1, 10, 10, "2020-01-03", (*TEMPLATE, "street"), outlet=OUTLET)])
    events = Events(None)
    events.known.update({1: EventFacts("2020-01-03"), 2: EventFacts(day)})
    return article, index, vectors, events


def test_an_outlets_report_of_another_day_needs_more_than_its_template():
    settings = replace(default(), event_apart_below=0.25, event_apart_own_below=0.5)
    article, index, vectors, events = _offer(OUTLET, "2020-01-05")
    assert place(article, index, settings, vectors, events).story_id is None
    # Another outlet as alike joins: its words are not the story's outlet's template.
    article, index, vectors, events = _offer("other.com", "2020-01-05")
    assert place(article, index, settings, vectors, events).story_id == 10
    # The outlet's report of the same day joins.
    article, index, vectors, events = _offer(OUTLET, "2020-01-03")
    assert place(article, index, settings, vectors, events).story_id == 10
    # Without the rule it joins on its words.
    article, index, vectors, events = _offer(OUTLET, "2020-01-05")
    off = replace(settings, event_apart_own_below=0.0)
    assert place(article, index, off, vectors, events).story_id == 10


def test_own_outlet_asks_every_matched_report_to_be_the_outlets():
    article = Article(2, None, (), outlet=OUTLET)
    mine = Member(1, 10, 10, None, (), outlet=OUTLET)
    theirs = replace(mine, source_id=3, outlet="other.com")
    assert own_outlet(article, [mine]) and not own_outlet(article, [mine, theirs])
    assert not own_outlet(replace(article, outlet=None), [replace(mine, outlet=None)])
