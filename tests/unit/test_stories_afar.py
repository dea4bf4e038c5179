"""A page that lost its article (its headline all it tells) joins a story from afar only
by a person's name of the story's own, never by a place's (`names.named_from_afar`)."""

from __future__ import annotations

from story_builders import MemberIndex

from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

STORY = ("bourbon", "gunfight", "shooter", "jury", "guilty", "sentencing")


class Database:
    """The claims' places of the whole database, as the store lists them."""

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def place_names(self):
        return [(name, "city", "in") for name in self.names]


def _placed(name: str, places: list[str], theirs: str | None = None):
    """The headline naming `name` three months on, the story `theirs` (the same name
    unless given), in a database whose claims name `places`."""
    stored = Member(1, 10, 10, "2020-01-01", (*STORY, theirs or name))
    headline = Article(2, "2020-04-01", (*STORY, "sentenced", name), lost=True)
    frequency = {t: 2 for t in (*STORY, "sentenced", name, theirs or name)} | {"bourbon": 3}
    events = Events(Database(places))
    events.known.update({1: EventFacts("2020-01-01", "kessling"), 2: EventFacts()})
    return place(headline, MemberIndex([stored]), default(), Vectors(frequency, 200), events)


def test_a_headline_from_afar_joins_by_the_person_it_names():
    """A sentencing's headline names the accused the story named."""
    assert _placed("n_trung_le", ["Dorsey"]).story_id == 10
    # Without the name it shares, its words alone fit every such sentencing.
    assert _placed("n_rita_vance", ["Dorsey"], theirs="n_trung_le").story_id is None


def test_a_headline_from_afar_does_not_join_by_a_place_it_names():
    """A place the database names, or a name ending in a place's type, fits every event
    of that place: "2-year-old Gaston County boy shot"."""
    assert _placed("n_east_kessling", ["Dorsey", "East Kessling"]).story_id is None
    assert _placed("n_gaston_county", ["Dorsey"]).story_id is None
    # A database without claims names no place: no name is told a person's.
    assert _placed("n_trung_le", []).story_id is None
