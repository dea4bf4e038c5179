"""Of the stories an article may join, one whose articles tell the same event wins over one
alike in words only (`grouping.place`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

TEMPLATE = ("shooting", "n_kessling", "boy", "police", "custody")
WORDS_ONLY = Member(1, 10, 10, "2020-01-03", (*TEMPLATE, "brother", "sheriff"))
"""The same city's report of another boy shot that day, told in the same words."""
SAME_EVENT = Member(2, 20, 20, "2020-01-03", ("shooting", "n_kessling", "toddler", "gun"))
"""A report of the article's own event, in other words."""
ARTICLE = Article(3, "2020-01-04", (*TEMPLATE, "toddler", "suspect"))


def _events(known: dict[int, EventFacts]) -> Events:
    events = Events(None)
    events.known.update(known)
    return events


def _vectors() -> Vectors:
    terms = {t for m in (WORDS_ONLY, SAME_EVENT, ARTICLE) for t in m.terms}
    return Vectors({t: 2 for t in terms} | {"shooting": 60, "n_kessling": 20}, 200)


def _alike(article: Article, members: tuple[Member, Member], vectors: Vectors) -> list[float]:
    """The article's similarity with each of the two stories' one member."""
    alike, _ = vectors.similarities(
        (article.source_id, article.terms),
        [(m.source_id, m.terms) for m in members],
        [m.story_id for m in members],
    )
    return alike


def test_a_story_telling_the_same_event_wins_over_one_more_alike_in_words():
    settings = replace(default(), join_near=0.15, join_event=0.06)
    index, vectors = MemberIndex([WORDS_ONLY, SAME_EVENT]), _vectors()
    alike = _alike(ARTICLE, (WORDS_ONLY, SAME_EVENT), vectors)
    assert alike[0] > alike[1] >= settings.join_event and alike[0] >= settings.join_near
    assert place(ARTICLE, index, settings, vectors).story_id == 10  # words alone
    day = EventFacts("2020-01-03", "kessling")
    told = _events({2: day, 3: day})
    assert place(ARTICLE, index, settings, vectors, told).story_id == 20
    # Told of another place, the report is no longer its event's: the words decide.
    elsewhere = _events({2: EventFacts("2020-01-03", "dorsey"), 3: day})
    assert place(ARTICLE, index, settings, vectors, elsewhere).story_id == 10


def test_a_story_of_its_own_event_day_wins_over_one_of_a_day_it_recalls():
    """A report recalls the city's earlier event ("the second girl shot since April
    16"): its day and place, told among the article's days, are evidence for that
    event's story too, but weaker than a story whose event day is the article's own."""
    settings = replace(default(), join_near=0.15, join_event=0.06)
    recalled = replace(WORDS_ONLY, published="2019-11-02")
    index, vectors = MemberIndex([recalled, SAME_EVENT]), _vectors()
    alike = _alike(ARTICLE, (recalled, SAME_EVENT), vectors)
    assert alike[0] > max(alike[1], settings.event_apart_below) and alike[1] >= 0.06
    own = EventFacts("2020-01-03", "kessling", dated=frozenset({"2020-01-03", "2019-11-01"}))
    told = _events({1: EventFacts("2019-11-01", "kessling"), 2: own, 3: own})
    assert place(ARTICLE, index, settings, vectors, told).story_id == 20
    # Its own event's story absent, the recalled one is still evidence enough.
    alone = MemberIndex([recalled])
    assert place(ARTICLE, alone, settings, vectors, told).story_id == 10


def test_a_day_recalled_by_either_story_lets_the_words_choose():
    """A report days on (an arrest) tells its own day and recalls the night it is about;
    a city's other shooting of that night, told elsewhere, is offered by that day among
    the article's days (`tells_their_day`) as its own event's story is by the day and
    place (`same_event` through the recalled day): both evidence a recalled day, so
    neither outranks the other and the more alike wins (GROUPING 180)."""
    settings = replace(default(), join_near=0.15, join_event=0.06)
    own_story = replace(WORDS_ONLY, published="2020-01-04")
    other_story = replace(SAME_EVENT, published="2020-01-15")
    article = replace(ARTICLE, published="2020-01-20")
    index, vectors = MemberIndex([own_story, other_story]), _vectors()
    alike = _alike(article, (own_story, other_story), vectors)
    assert alike[0] > max(alike[1], settings.event_apart_below)
    assert alike[1] >= settings.join_told_day
    arrest = EventFacts("2020-01-17", "kessling", dated=frozenset({"2020-01-03", "2020-01-17"}))
    night = EventFacts("2020-01-03", "kessling")
    elsewhere = EventFacts("2020-01-03", "dorsey")
    told = _events({1: night, 2: elsewhere, 3: arrest})
    assert place(article, index, settings, vectors, told).story_id == 10
    # A story whose report tells the article's own day is no recalled day's.
    own_day = replace(elsewhere, dated=frozenset({"2020-01-03", "2020-01-17"}))
    told = _events({1: night, 2: own_day, 3: arrest})
    assert place(article, index, settings, vectors, told).story_id == 20
