"""A page that lost its article and whose headline names no place is of its outlet's
area (`outlet_area`): it joins the one story of its days reported there, when its
headline counts its victims and no story article counts others."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex, harm_headline

from workbench.models import Source
from workbench.stories.event_reading import Events
from workbench.stories.event_record import EventFacts
from workbench.stories.grouping import Article, Member, Placement, place
from workbench.stories.lookup import days_between
from workbench.stories.outlet_area import outlet_area
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

OUTLET = "kessling-herald.com"
THERE = EventFacts("2020-03-10", "kessling", "dorsey county", harmed=frozenset({"age:5"}))
ELSEWHERE = EventFacts("2020-02-01", "marlow", harmed=frozenset({"hit:2"}))


class _Store:
    """An outlet's reports and a lost page's headline claim, as grouping reads them."""

    def __init__(self, outlet_reports: list[int], harm: set[int] = frozenset({99})) -> None:
        self.outlet_reports, self.harm = outlet_reports, harm

    def outlet_sources(self, outlet, limit):
        return [(i, "2020-01-01") for i in self.outlet_reports] if outlet == OUTLET else []

    def claims(self, *, source_ids=None):
        return [harm_headline(i) for i in source_ids or () if i in self.harm]

    def sources(self, ids):
        """The lost page (99): its text is the site's widgets, none of its headline's."""
        page = Source(
            id=99,
            file="-",
            text="Weather: sunny, 54 degrees\n\nSign up for our newsletter",
            content_hash="x",
            outlet=OUTLET,
            title="Boy, 5, in hospital after weekend shooting",
        )
        return [page] if 99 in ids else []


def _events(known: dict[int, EventFacts], reports: list[int], **kw) -> Events:
    events = Events(_Store(reports, **kw))
    events.known.update(known)
    return events


def test_an_outlet_s_area_is_where_most_of_its_reports_place_their_events():
    two_there = {1: THERE, 2: replace(THERE, place="east end", container="kessling"), 3: ELSEWHERE}
    assert outlet_area(_events(two_there, [1, 2, 3]), OUTLET) == "kessling"
    # One report is no area, nor a tie, nor an outlet with none in the database.
    assert outlet_area(_events({1: THERE, 3: ELSEWHERE}, [1, 3]), OUTLET) is None
    tie = {1: THERE, 2: THERE, 3: ELSEWHERE, 4: ELSEWHERE}
    assert outlet_area(_events(tie, [1, 2, 3, 4]), OUTLET) is None
    assert outlet_area(_events(two_there, []), OUTLET) is None
    # A state holds every town's events: no area.
    state = {1: EventFacts(place="ohio"), 2: EventFacts(place="ohio"), 3: ELSEWHERE}
    assert outlet_area(_events(state, [1, 2, 3]), OUTLET) is None


class _DaysIndex(MemberIndex):
    """Stored members offered by shared terms, and by their own days' terms."""

    def candidates_near(self, terms, published, days, limit):
        near = [m for m in self.members if (days_between(m.published, published) or 0) <= days]
        return [m for m in near if set(terms) & set(m.terms)][:limit]


HEADLINE_WORDS = ("boy", "hospitalized", "saturday", "morning", "herald", "weather")
STORY_WORDS = ("shooting", "porch", "officers", "detectives", "suspect", "kessling")


def _placed(page: EventFacts, stories: int = 1, harm: bool = True, reports=(1, 2)):
    """A lost page of the outlet sharing no word with the stories of its days, each
    placed in Kessling (the outlet's area when `reports` place theirs there): where it
    goes."""
    members = [
        Member(10 + i, 10 * i, 10 * i, "2020-03-10", (*STORY_WORDS, f"w{i}"))
        for i in range(1, stories + 1)
    ]
    article = Article(99, "2020-03-11", HEADLINE_WORDS, outlet=OUTLET, lost=True)
    words = {t for m in members for t in m.terms} | set(HEADLINE_WORDS)
    vectors = Vectors({t: 2 for t in words} | {"kessling": 40}, 400)
    reported = {1: THERE, 2: EventFacts(place="kessling")}
    known = {m.source_id: THERE for m in members} | reported | {99: page}
    events = _events(known, list(reports), harm={99} if harm else set())
    return place(article, _DaysIndex(members), default(), vectors, events).story_id


def test_a_placeless_lost_page_joins_the_one_story_of_its_days_in_its_outlet_s_area():
    page = EventFacts(harmed=frozenset({"age:5"}))
    assert _placed(page) == 10
    # Not a headline that counts no one ("man charged in brother's death"), nor one of
    # every day's news (one hurt), nor one telling no harm, nor another age or toll.
    assert _placed(EventFacts()) is None
    assert _placed(EventFacts(harmed=frozenset({"hit:1"}))) is None
    assert _placed(page, harm=False) is None
    assert _placed(EventFacts(harmed=frozenset({"age:9"}))) is None
    assert _placed(page, stories=2) is None  # two stories there: neither is told apart
    assert _placed(page, reports=(1,)) is None  # an outlet with no area
    # A page its headline places is placed there, not in its outlet's area.
    assert _placed(replace(page, place="marlow")) is None


class _NearIndex(_DaysIndex):
    """Stored members, and the placed articles of a day with their outlets."""

    def placed_near(self, published, days, limit):
        near = [m for m in self.members if (days_between(m.published, published) or 0) <= days]
        return [(m.source_id, m.outlet) for m in near][:limit]


def _after(page: EventFacts, report: EventFacts = THERE, outlet: str = OUTLET):
    """A report placed in Kessling, sharing no word with a story of one lost page of an
    outlet (`outlet`) placed the day before: where the report goes."""
    member = Member(99, 100, 100, "2020-03-10", HEADLINE_WORDS, outlet)
    article = Article(50, "2020-03-11", STORY_WORDS, outlet="other.com")
    vectors = Vectors({t: 2 for t in (*STORY_WORDS, *HEADLINE_WORDS)}, 400)
    reported = {1: THERE, 2: EventFacts(place="kessling")}
    events = _events(reported | {50: report, 99: page}, [1, 2])
    return place(article, _NearIndex([member]), default(), vectors, events).story_id


def test_a_report_joins_the_story_of_a_placeless_page_of_an_outlet_of_its_area():
    page = EventFacts(harmed=frozenset({"age:5"}))
    assert _after(page) == 100
    assert _after(page, replace(THERE, harmed=frozenset({"age:9"}))) is None  # other ages
    assert _after(page, replace(THERE, place="marlow", container=None)) is None
    assert _after(page, outlet="other.com") is None  # no outlet of its area
    assert _after(EventFacts()) is None  # a page that counts no one


def test_the_store_gives_an_outlet_s_sources(tmp_path):
    from workbench.store import Store

    with Store(tmp_path / "w.db") as store:
        for i, outlet in enumerate((OUTLET, "other.com", OUTLET)):
            store.add_source(
                file=f"{i}.txt",
                raw=b"x",
                text=f"text {i}",
                content_hash=f"h{i}",
                outlet=outlet,
                published=f"2020-01-0{i + 1}",
            )
        assert store.outlet_sources(OUTLET, 5) == [(3, "2020-01-03"), (1, "2020-01-01")]
        assert store.outlet_sources(OUTLET, 1) == [(3, "2020-01-03")]  # the latest first
        assert store.placed_near("2020-01-02", 1, 5) == []  # none placed yet
        store.add_story_documents([(i, f"2020-01-0{i}", "text") for i in (1, 2, 3)])
        for i in (1, 3):
            store.record_placement(Placement(i, None, None, 0.0, "new"))
        assert store.placed_near("2020-01-02", 1, 5) == [(1, OUTLET), (3, OUTLET)]
        assert store.placed_near("2020-01-03", 2, 1) == [(3, OUTLET)]  # the nearest first
        assert store.placed_near("2020-01-05", 1, 5) == []
