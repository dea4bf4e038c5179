"""A page that lost its article is placed where its headline names (`headline_place`):
its stored claims keep only the headline's counts, so grouping reads the place from the
title itself, the way the extractor reads a title's places."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex, harm_headline

from workbench.models import Source
from workbench.stories.briefs import headline_agrees, other_toll
from workbench.stories.event_reading import Events
from workbench.stories.event_record import EventFacts
from workbench.stories.grouping import Article, Member, place
from workbench.stories.headline_place import headline_ages, lost_page_facts, with_headline_place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

WIDGETS = "Weather: sunny, 54 degrees\n\nSign up for our newsletter\n\nMost watched videos"
"""A page's furniture: none of its paragraphs takes up a word of the headline."""
HARMED = EventFacts(harmed=frozenset({"killed:1", "injured:2"}))


def _page(title: str, text: str = WIDGETS) -> Source:
    return Source(
        id=7,
        file="-",
        text=text,
        content_hash="x",
        outlet="wxyz.com",
        url="https://www.wxyz.com/news/7",
        published="2020-03-10",
        title=title,
    )


def test_a_sentence_case_headline_places_the_page():
    page = _page("One man dead after triple shooting in Kessling - WXYZ News")
    facts = with_headline_place(HARMED, page)
    assert facts.place == "kessling"
    assert facts.named == {"kessling"}
    assert facts.harmed == HARMED.harmed


def test_a_title_case_headline_names_no_place_the_text_does_not_write():
    # Title Case capitalises every word: a name is one only where the text writes it too,
    # and a lost page's text writes none of its headline's words.
    page = _page("Man Dead After Triple Shooting In Kessling")
    assert with_headline_place(HARMED, page) == HARMED


def test_a_title_case_headline_names_a_town_the_database_types_as_one():
    # The database's claims type "Kessling" as a town elsewhere: a lost page's Title Case
    # headline names it by its capitals.
    page = _page("Man Dead After Triple Shooting In Kessling - WXYZ News")
    facts = with_headline_place(HARMED, page, frozenset({"kessling", "dorsey county"}))
    assert (facts.place, facts.named, facts.harmed) == ("kessling", {"kessling"}, HARMED.harmed)
    # Not a name the database does not type as a town, nor one of two towns named.
    assert with_headline_place(HARMED, page, frozenset({"wxyz"})) == HARMED
    two = _page("Kessling: Teen Shot In Dorsey County")
    assert with_headline_place(HARMED, two, frozenset({"kessling", "dorsey county"})) == HARMED


def test_a_headline_without_a_place_leaves_the_facts_as_they_are():
    page = _page("One man dead after triple shooting overnight")
    assert with_headline_place(HARMED, page) == HARMED


def test_the_widgets_facts_are_dropped_and_the_headline_s_place_read():
    widgets = EventFacts("2020-03-09", "springfield", harmed=HARMED.harmed)
    page = _page("One man dead after triple shooting in Kessling")
    facts = lost_page_facts(widgets, page)
    assert (facts.day, facts.place, facts.harmed) == (None, "kessling", HARMED.harmed)


class _Store:
    """Claims and sources as grouping reads them: the lost page kept its headline count."""

    def __init__(self, page: Source) -> None:
        self.page = page

    def claims(self, *, source_ids=None):
        return []

    def sources(self, ids):
        return [self.page] if self.page.id in ids else []


def test_grouping_reads_a_lost_page_s_headline_place_and_not_a_full_page_s():
    lost = _page("One man dead after triple shooting in Kessling")
    assert Events(_Store(lost)).of([(7, "2020-03-10")])[7].place == "kessling"
    # A page whose text tells its story is read from its claims, not from its title.
    full = _page(lost.title, "One man died after a triple shooting in Kessling on Monday.")
    assert Events(_Store(full)).of([(7, "2020-03-10")])[7].place is None


def test_a_quarter_the_table_puts_in_one_city_is_placed_in_that_city():
    page = _page("Four slain in Pilsen mourned at a vigil")
    facts = with_headline_place(HARMED, page)
    assert (facts.place, facts.container) == ("pilsen", "chicago")
    # A name the table puts in two cities gets no city from it.
    assert with_headline_place(HARMED, _page("Four slain in Hyde Park mourned")).container is None


REPORT = EventFacts("2020-03-10", "kessling", "dorsey county", harmed=frozenset({"hit:3"}))


def test_a_lost_page_agrees_with_a_story_placed_where_its_headline_names():
    page = EventFacts(None, "kessling", harmed=frozenset({"hit:3"}))
    assert headline_agrees(page, [REPORT])
    assert headline_agrees(EventFacts(None, "kessling"), [REPORT])  # no count told
    # The story's town around the page's quarter holds every shooting of the town.
    assert not headline_agrees(EventFacts(None, "east end", "kessling"), [REPORT])
    # A county around both is no event place; another toll is another shooting.
    assert not headline_agrees(EventFacts(None, "dorsey county"), [REPORT])
    assert not headline_agrees(replace(page, harmed=frozenset({"hit:4"})), [REPORT])
    # A page that tells a day is read by its facts (`facts_agree`), not by its place alone.
    assert not headline_agrees(replace(page, day="2020-03-10"), [REPORT])


def test_another_toll_is_a_role_counted_and_never_the_page_s_number():
    page = EventFacts(harmed=frozenset({"hit:3", "killed:1", "age:17"}))
    assert other_toll(page, [EventFacts(harmed=frozenset({"hit:4", "killed:1"}))])
    assert not other_toll(page, [EventFacts(harmed=frozenset({"hit:4"})), REPORT])
    assert not other_toll(page, [EventFacts(harmed=frozenset({"injured:2", "age:30"}))])


class _Headlines:
    """Claims as `Events.harm_headlines` reads them: the pages whose headline tells harm."""

    def __init__(self, harm: set[int], lost: set[int] = frozenset()) -> None:
        self.harm, self.lost = harm, lost

    def claims(self, *, source_ids=None):
        return [harm_headline(i) for i in source_ids or () if i in self.harm]

    def sources(self, ids):
        text = {True: WIDGETS, False: "A teen shot in Kessling died."}
        return [
            replace(_page("Teen shot in Kessling has died", text[i in self.lost]), id=i)
            for i in ids
        ]


STORY_WORDS = ("shooting", "apartment", "porch", "officers", "detectives", "suspect")
HEADLINE_WORDS = ("kessling", "dead", "triple", "wxyz", "weather", "newsletter")


def _placed(page: EventFacts, lost: bool = True, stories: int = 1, harm: bool = True):
    """A lost page sharing one word with each story's report ("kessling"), far below the
    same days' bar; `stories` such reports, each placing its event in Kessling."""
    members = [
        Member(i, 10 * i, 10 * i, "2020-03-10", (*STORY_WORDS, "kessling", f"w{i}"))
        for i in range(1, stories + 1)
    ]
    article = Article(99, "2020-03-11", HEADLINE_WORDS, lost=lost)
    words = {t for m in members for t in m.terms} | set(HEADLINE_WORDS)
    vectors = Vectors({t: 2 for t in words} | {"kessling": 40}, 400)
    events = Events(_Headlines({99} if harm else set()))
    events.known.update({m.source_id: REPORT for m in members} | {99: page})
    return place(article, MemberIndex(members), default(), vectors, events).story_id


def test_a_lost_page_joins_the_one_story_of_its_days_placed_where_its_headline_names():
    page = EventFacts(None, "kessling", harmed=frozenset({"hit:3"}))
    assert _placed(page) == 10
    told_nothing = replace(page, harmed=frozenset())  # "Teen shot in Kessling has died"
    assert _placed(told_nothing) == 10
    # An article with its text and no count is no brief: its place alone is not enough.
    assert _placed(told_nothing, lost=False) is None
    assert _placed(replace(page, harmed=frozenset({"hit:4"}))) is None
    # A headline that tells no one harmed (a sentencing's) is of any shooting of the town.
    assert _placed(told_nothing, harm=False) is None
    assert _placed(replace(page, place="marlow")) is None
    assert _placed(page, stories=2) is None  # two stories there: neither is told apart


def _after(lost: bool, article: EventFacts = REPORT, harm: bool = True):
    """A report placed after a story of one page (id 10) told only by its headline place,
    sharing one word with it: where the report goes."""
    member = Member(10, 100, 100, "2020-03-10", (*HEADLINE_WORDS, "w1"))
    report = Article(99, "2020-03-11", (*STORY_WORDS, "kessling"))
    words = set(member.terms) | set(report.terms)
    vectors = Vectors({t: 2 for t in words} | {"kessling": 40}, 400)
    events = Events(_Headlines({10} if harm else set(), {10} if lost else set()))
    events.known.update({10: EventFacts(None, "kessling"), 99: article})
    return place(report, MemberIndex([member]), default(), vectors, events).story_id


def test_a_report_joins_the_story_of_a_lost_page_whose_headline_names_its_place():
    assert _after(lost=True) == 100
    # A page with its text that tells no day and no count is no such page.
    assert _after(lost=False) is None
    assert _after(lost=True, article=replace(REPORT, place="marlow")) is None
    assert _after(lost=True, harm=False) is None


AGED = EventFacts("2020-03-10", "kessling", harmed=frozenset({"age:7", "killed:1"}))
"""A report of a 7-year-old killed in Kessling."""


def test_a_headline_s_ages_set_off_or_spelt_out_are_the_lost_page_s_victims():
    assert headline_ages("Boy, 12, hurt in crossfire on porch") == {"age:12"}
    assert headline_ages("Six-year-old girl wounded at party") == {"age:6"}
    assert headline_ages("Twenty-one-year-old shot downtown") == frozenset()  # not "one"
    assert headline_ages("2 shot, 1 killed near park") == frozenset()
    page = _page("Boy, 12, hurt in crossfire in Kessling")
    assert lost_page_facts(EventFacts(), page).harmed == {"age:12"}


def _weeks_on(page: EventFacts, published: str = "2020-03-15", stories: int = 1):
    """A lost page published days or weeks after `stories` reports placing a 7-year-old's
    killing in Kessling, sharing one word with each: where the page goes."""
    members = [
        Member(i, 10 * i, 10 * i, "2020-03-10", (*STORY_WORDS, "kessling", f"w{i}"))
        for i in range(1, stories + 1)
    ]
    article = Article(99, published, HEADLINE_WORDS, lost=True)
    words = {t for m in members for t in m.terms} | set(HEADLINE_WORDS)
    vectors = Vectors({t: 2 for t in words} | {"kessling": 40}, 400)
    events = Events(_Headlines({99}))
    events.known.update({m.source_id: AGED for m in members} | {99: page})
    return place(article, MemberIndex(members), default(), vectors, events).story_id


def test_a_lost_page_weeks_on_joins_the_story_placed_there_with_its_victims():
    # "Teen arrested in Kessling shooting of 7-year-old", five days on.
    page = EventFacts(None, "kessling", harmed=frozenset({"age:7"}))
    assert _weeks_on(page) == 10
    assert _weeks_on(replace(page, harmed=frozenset({"age:8"}))) is None
    assert _weeks_on(replace(page, place="marlow")) is None
    assert _weeks_on(replace(page, place=None)) is None  # a place must be named
    assert _weeks_on(page, published="2020-05-10") is None  # further than `mid_days`
    assert _weeks_on(page, stories=2) is None  # two stories fit: neither is told apart
