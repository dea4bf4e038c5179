"""Months on, a story is joined by a name of its own, not its town's (`names.own_names`): a
town's, its sheriff's office's names are shared by every event there; a venue's is not."""

from __future__ import annotations

from story_builders import MemberIndex

from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events
from workbench.stories.grouping import Article, Member, place
from workbench.stories.names import own_names
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

WORDS = ("shooting", "deputies", "teen", "wounded", "road", "night")
SHERIFF = "n_pasco_county_sheriff_s_office"
TOWNS = frozenset({"moon lake", "pasco county"})


class Database:
    """The claims' places of the whole database, as the store lists them."""

    def place_names(self):
        return [("Moon Lake", "town", "in"), ("Pasco County", "county", "in")]

    def claims(self, *, source_ids=None):
        return []


def test_own_names_leave_out_the_names_beginning_with_a_told_town():
    facts = [EventFacts("2020-01-01", "moon lake", "pasco county"), EventFacts(None, "rays bar")]
    terms = ("n_moon_lake", SHERIFF, "n_rays_bar", "n_ana_ruiz", "teen")
    assert own_names(terms, facts, TOWNS, 90, 30) == ("n_rays_bar", "n_ana_ruiz", "teen")
    assert own_names(terms, facts, frozenset(), 90, 30) == terms  # no town typed
    # Within weeks the town's names still tell the story from its other events.
    assert own_names(terms, facts, TOWNS, 20, 30) == terms
    assert own_names(terms, facts, TOWNS, None, 30) == terms


def _placed(shared: str, published: str = "2022-01-01", months=frozenset()):
    """A report published on `published` (two years on) sharing `shared` (besides common
    words) with the story."""
    stored = Member(1, 10, 10, "2020-01-01", (*WORDS, shared, "n_dora_lee"))
    article = Article(2, published, (*WORDS, shared, "n_ray_ford"))
    frequency = {t: 2 for t in (*WORDS, shared, "n_dora_lee", "n_ray_ford")}
    events = Events(Database())
    events.known.update(
        {
            1: EventFacts("2020-01-01", "moon lake", "pasco county", months=months),
            2: EventFacts(
                None, "moon lake", "pasco county", harmed=frozenset({"age:15"}), months=months
            ),
        }
    )
    return place(article, MemberIndex([stored]), default(), Vectors(frequency, 200), events)


def test_from_afar_a_town_or_its_sheriff_is_no_name_of_the_story():
    assert _placed("n_moon_lake").story_id is None
    assert _placed(SHERIFF).story_id is None
    # A person's or a venue's name of the story's own still joins from afar.
    assert _placed("n_trung_le").story_id == 10
    assert _placed("n_rays_bar").story_id == 10
    # Ten days on, the sheriff's office still is the story's own (as alike, needing a name).
    assert _placed(SHERIFF, "2020-01-11").story_id == 10


def test_months_on_a_town_or_its_sheriff_puts_no_story_in_the_thread():
    """A thread (`weighing.kin`) asks a name of the story's own too: a report years on,
    too unlike the story to join it, recalling the month of its event and sharing only
    the town's sheriff, is in no thread of it; sharing a person's name, it is."""
    own = tuple(f"word{i}" for i in range(40))
    recalled = frozenset({"2020-01"})

    def thread(shared: str) -> int | None:
        stored = Member(1, 10, 10, "2020-01-01", (*WORDS, shared, "n_dora_lee"))
        article = Article(2, "2022-01-01", (*WORDS, shared, *own))
        frequency = {t: 2 for t in (*WORDS, shared, "n_dora_lee", *own)}
        events = Events(Database())
        events.known.update(
            {
                1: EventFacts("2020-01-01", "moon lake", "pasco county", months=recalled),
                2: EventFacts(None, "moon lake", "pasco county", months=recalled),
            }
        )
        index, vectors = MemberIndex([stored]), Vectors(frequency, 200)
        placed = place(article, index, default(), vectors, events)
        assert placed.story_id is None
        return placed.thread_id

    assert thread(SHERIFF) is None
    assert thread("n_trung_le") == 10
