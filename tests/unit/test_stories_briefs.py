"""A brief kept out of every story joins the one story of its days that its victims and its
day or place agree with, when no other offered story's do (`briefs`, `join_brief`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.briefs import facts_agree
from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

_TOLL = frozenset({"killed:3", "injured:1"})
REPORT = EventFacts("2020-03-10", "kessling", "dorsey county", harmed=_TOLL)
"""The story's long report: its day, its town and county, three dead and one hurt."""


def test_the_victims_and_the_day_or_the_spot_must_agree():
    brief = EventFacts(None, "kessling", harmed=_TOLL)
    assert facts_agree(brief, [REPORT], 2)
    assert facts_agree(replace(brief, place=None, day="2020-03-10"), [REPORT], 2)
    # The victims alone, or the day and place without them, are not enough.
    assert not facts_agree(replace(brief, place=None), [REPORT], 2)
    assert not facts_agree(replace(brief, harmed=frozenset({"killed:1"})), [REPORT], 2)
    # A county around both is no spot; another day told is another event.
    county = EventFacts(None, "marlow", "dorsey county", harmed=_TOLL)
    assert not facts_agree(county, [REPORT], 2)
    assert not facts_agree(replace(brief, day="2020-03-09"), [REPORT], 2)


REPORT_WORDS = ("shooting", "apartment", "porch", "officers", "detectives", "suspect")
BRIEF_WORDS = ("apartment", "dead", "wounded", "suburban", "three", "night", "one")


def _placed(brief: EventFacts, stories: int = 1, at: float = 0.0):
    """The brief ("3 dead, 1 wounded in shooting at suburban apartment") shares one word
    with each story's report (far below the same days' bar); `stories` such reports."""
    members = [
        Member(i, 10 * i, 10 * i, "2020-03-10", (*REPORT_WORDS, f"w{i}", f"x{i}"))
        for i in range(1, stories + 1)
    ]
    article = Article(99, "2020-03-10", BRIEF_WORDS)
    words = {t for m in members for t in m.terms} | set(BRIEF_WORDS)
    vectors = Vectors({t: 2 for t in words} | {"apartment": 40}, 400)
    alike, _ = vectors.similarities((99, article.terms), [(1, members[0].terms)], [10])
    assert alike[0] < 0.06  # below every bar of the same days
    events = Events(None)
    events.known.update({m.source_id: REPORT for m in members} | {99: brief})
    settings = replace(default(), join_brief=at)
    return place(article, MemberIndex(members), settings, vectors, events).story_id


def test_a_brief_joins_the_one_story_its_facts_point_to():
    brief = EventFacts(None, "kessling", harmed=_TOLL)
    assert _placed(brief) == 10
    assert _placed(brief, at=1.0) is None  # without the rule, its few words keep it out
    assert _placed(replace(brief, harmed=frozenset())) is None
    # Two stories its facts fit: neither is told apart, so it opens its own.
    assert _placed(brief, stories=2) is None
