"""A story's event kind read from the parse: a predicate of a kind with a person as its
patient, a noun of a kind as an argument of its clause; a word of a kind in another sense
tells nothing; a page none of whose sentences was parsed is read by its words."""

from __future__ import annotations

from workbench.parse import parse_all
from workbench.stories.event_kind import kinds_told
from workbench.stories.settings import default
from workbench.stories.source_kinds import told_by_sources
from workbench.stories.titles import TitleMaterial, event_kind


def _told(*sentences: str) -> set[str]:
    parses = parse_all(list(sentences))
    return kinds_told([parses[s] for s in sentences], default().event_kinds)


def test_a_predicate_of_a_kind_tells_it_when_a_person_bears_it():
    assert _told("Two men were shot on Friday near the depot.") == {"shooting"}
    assert _told("A gunman stabbed a teenager outside the arcade.") == {"stabbing"}
    assert _told("The woman died at the scene.") == {"death"}
    assert _told("Officers arrested three protesters.") == {"arrest"}


def test_a_predicate_with_no_person_tells_nothing():
    """A film shot on location, a bill charged to a card: the kind's verb in another
    sense, its patient a thing."""
    assert _told("The film was shot on location in the valley last spring.") == set()
    assert _told("The documentary, shot over three winters, opens on Friday.") == set()


def test_a_participle_takes_the_patient_of_its_clause_or_its_noun():
    """ "shot and killed": the conjunct shares the subject; "a man shot in the leg": the
    participle describes its noun."""
    assert _told("A man was shot and killed late Sunday.") == {"shooting", "death"}
    assert "shooting" in _told("A man shot in the leg walked to the clinic.")


def test_a_noun_of_a_kind_tells_it_as_an_argument_not_as_a_modifier():
    assert _told("Police are investigating a shooting on Elm Street.") == {"shooting"}
    assert _told("The explosion happened shortly after noon.") == {"explosion"}
    assert _told("The fire department sent a ladder truck to the parade.") == set()


def test_a_noun_that_forms_one_predicate_with_its_verb_is_no_event():
    """ "opened fire": the roles data's phrase, not a fire."""
    assert "fire" not in _told("The gunman opened fire on the crowd.")


def test_a_noun_the_roles_count_as_a_thing_is_no_event():
    """A "shot" is a photograph's, a vaccine's or a ball's as often as a gun's: counted
    (`counted_nouns`), never the event; a death is an event."""
    assert _told("She took a shot from the corner in the final minute.") == set()
    assert _told("His death stunned the town.") == {"death"}


class _Cache:
    def __init__(self, rows: dict[str, str]):
        self.rows = rows

    def cached_parses(self, keys):
        return {k: self.rows[k] for k in keys if k in self.rows}

    def save_parses(self, rows):
        self.rows.update(rows)


def test_a_page_nothing_of_which_was_parsed_is_read_by_its_words():
    """The cache holds the opening sentences the claims parsed: those are read; a page
    none of whose sentences is there (a headline-only page) keeps None, and its heading's
    words vote."""
    from workbench.parse import parse_key, parse_texts

    said = "A film crew was shot at during the festival."
    cache = _Cache({parse_key(said): parse_texts([said])[0].to_json()})
    told = told_by_sources(
        {1: None, 2: "Shooting at the festival"},
        {1: [said], 2: []},
        cache,
        default().event_kinds,
    )
    assert told == {1: frozenset({"shooting"}), 2: None}
    filmed = TitleMaterial(heading="Festival opens", lead="", published=None, told=frozenset())
    lost = TitleMaterial(heading="Shooting at the festival", lead="", published=None)
    assert event_kind([filmed, lost], default()) == "shooting"
    assert event_kind([filmed], default()) is None


def test_a_relative_clause_takes_the_person_it_describes():
    assert _told("Neighbors mourned a teen who was stabbed near the pier.") == {"stabbing"}
    assert _told("They found the box that was shot at by vandals.") == set()


def test_a_noun_of_persons_is_who_not_what_happened():
    """ "the gunman" tells who; "the stabbing of a child" is still a stabbing."""
    assert _told("The gunman was seen near the station.") == set()
    assert _told("Police investigated the stabbing of a child.") == {"stabbing"}


def test_a_noun_of_a_kind_on_a_harm_says_how_it_came():
    assert _told("She was treated for a stab wound.") == {"stabbing"}
    assert "shooting" in _told("Two men were charged in the shooting death of a clerk.")


def test_a_participle_with_its_own_subject_and_a_gerund_after_a_preposition():
    assert _told("Police: three people shot Sunday outside arena") == {"shooting"}
    assert _told("Toddler in critical condition after stabbing at fair") == {"stabbing"}


def test_a_modifier_of_the_persons_a_role_counts_tells_how_they_were_harmed():
    """ "crash victims" were in a crash; "fire officials" were in no fire; "firing" a
    shot is no fire."""
    assert _told("Relatives of the crash victims gathered on Sunday.") == {"crash"}
    assert _told("Fire officials inspected the warehouse.") == set()
    assert "fire" not in _told("He admitted firing the fatal shot into the car.")


def test_the_object_bears_an_active_predicate_not_its_subject():
    """A forward shot a late winner past the keeper: the winner bears it, no person; a
    man who shot his own leg was shot."""
    assert _told("The forward shot a late winner past the keeper.") == set()
    assert _told("A hunter shot his own leg while climbing a fence.") == {"shooting"}
