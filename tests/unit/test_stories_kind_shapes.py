"""Kinds told in the shapes a headline writes and the small parser misreads
(`stories.kind_shapes`): a noun of a kind modifying a noun of a happening or of its
telling, or a verb read as a noun; a gerund taking such a noun as its object; a word of a
kind described by a clause that harms persons; a verb of a kind read as a noun before the
person it acts on; a participle counted ("6 shot"); a harm named by its means ("gunned
down", "gun battle"). Words of a kind in other senses still tell nothing."""

from __future__ import annotations

from workbench.claims.roles import default as default_roles
from workbench.parse import parse_all
from workbench.stories.event_kind import kinds_told
from workbench.stories.kind_shapes import (
    means_kinds,
    means_verbs,
    things_kinds,
    third_person_kind,
)
from workbench.stories.kind_tables import kind_words
from workbench.stories.settings import default


def _told(*sentences: str) -> set[str]:
    parses = parse_all(list(sentences))
    settings = default()
    return kinds_told(
        [parses[s] for s in sentences], settings.event_kinds, named=settings.happening_nouns
    )


def test_a_noun_of_a_kind_modifying_a_noun_of_a_happening_tells_it():
    assert _told("Officials released calls detailing the shooting incident at the pool.") == {
        "shooting"
    }
    assert _told("Crash investigation continues on Route 9") == {"crash"}


def test_a_noun_of_a_kind_modifying_an_organisation_or_a_thing_tells_nothing():
    assert _told("Fire crews answered a call at the mill.") == set()
    assert _told("A shooting range opens near the lake.") == set()
    assert _told("Shooting star seen over the valley") == set()


def test_a_noun_of_a_kind_before_a_verb_read_as_a_plural_noun_ends_its_subject():
    """ "surrenders" tagged a plural noun the "shooting" modifies: a verb of the roles
    data in its third person, so the noun of a kind is an argument."""
    assert _told("A suspect in Brookdale shooting surrenders to police") == {"shooting"}


def test_a_gerund_taking_a_noun_of_telling_as_its_object_names_its_kind():
    assert _told("Shooting details emerge") == {"shooting"}
    assert _told("The crew finished shooting scenes in the harbour on Friday.") == set()


def test_a_word_of_a_kind_described_by_a_clause_that_harms_persons():
    told = _told("Arrest made in Eastfield shooting that killed 1, injured 3")
    assert "shooting" in told


def test_a_verb_of_a_kind_read_as_a_noun_before_the_person_it_acts_on():
    assert _told("A 7-year-old allegedly shoots cousin") == {"shooting"}
    assert _told("A 15-year-old accidentally shoots self, in critical condition") == {"shooting"}


def test_a_kind_verb_read_as_a_noun_elsewhere_is_another_thing():
    """ "photo shoots": the kinds list "shoots" for a headline's verb, not as a noun."""
    assert _told("Photo shoots of the old mill drew crowds.") == set()
    assert third_person_kind("shoots", kind_words(default().event_kinds).verbs) == "shooting"
    assert third_person_kind("shootings", kind_words(default().event_kinds).verbs) is None


def test_a_participle_counted_or_said_of_a_person_is_a_passive():
    assert _told("Police: 3 shot outside Eastfield bar") == {"shooting"}
    assert _told("A juvenile shot in Eastfield") == {"shooting"}


def test_a_thing_harming_the_person_a_participle_describes_or_a_victim_of_it():
    assert "shooting" in _told("A woman killed by gunshots was identified on Monday.")
    assert _told("Local teenager victim of accidental gunshot") == {"shooting"}


def test_a_hyphen_split_word_of_a_kind_is_read_whole():
    assert "shooting" in _told("That gang-related shoot-out left two dead.")


def test_a_dates_month_is_no_word_of_a_kind():
    assert _told("On March 11, an unidentified person called the county line.") == set()
    assert _told("Protesters march on city hall") == {"protest"}


def test_an_adjective_takes_no_object():
    """ "dead east of town": the parser's object of an adjective is no bearer."""
    assert _told("Three people dead east of Lakeview") == {"death"}


def test_the_means_of_a_harm_names_its_kind_through_the_roles_data():
    """The roles data lists a hit's means ("gun", "knife") and the harm verbs made on them
    ("gun down"); a means names the kind one of whose words is made on it."""
    roles, words = default_roles(), kind_words(default().event_kinds).words
    assert means_kinds(roles, words)["gun"] == "shooting"
    assert "bullet" not in means_kinds(roles, words)
    assert means_verbs(roles, words)[("gun", "down")] == "shooting"
    assert _told("A teen was gunned down outside a store on Friday.") == {"shooting"}
    assert _told("Two men were hurt in a knife fight outside the pub.") == {"stabbing"}
    assert "shooting" in _told("Gunfight at Eastfield biker club kills 1, wounds 12")


def test_a_means_beside_a_thing_or_a_show_tells_nothing():
    assert _told("The gun show drew crowds on Saturday.") == set()
    assert _told("The gun shop opened a new store.") == set()


def test_a_body_part_where_a_harm_struck_says_a_person_bore_it():
    """The parser hung the name on another noun; "shot in the head" is a person's."""
    told = _told(
        "According to the county office, Dan Reyes, 16, of Lakeview, died Wednesday after "
        "being shot in the head Monday."
    )
    assert "shooting" in told
    assert _told("The film was shot in the head office of the bank.") == set()


def test_a_verb_one_undergoes_read_as_a_noun_after_its_person():
    assert _told("A juvenile dies after Lakeview man allegedly mishandles handgun") == {"death"}


def test_a_thing_aimed_at_a_person_by_a_verb_of_its_own_role():
    """Shots are fired (the roles data counts them so) at a person; a photographer's shots
    are taken; a name may be a day's ("on Friday")."""
    assert _told("Suspect in custody after shots fired at deputies") == {"shooting"}
    assert _told("A man fired shots at officers during the chase.") == {"shooting"}
    assert _told("Photographers took shots at the gala on Friday.") == set()
    assert _told("Shots were fired at the house overnight.") == set()


def test_a_verb_of_a_role_counting_things_aimed_at_a_person():
    """The roles data counts shots (things naming shooting) fired: "fired at" a person, the
    roles' phrase "open fire" on one, tell a shooting; at a goal's keeper or the hills,
    nothing."""
    assert things_kinds(default_roles(), kind_words(default().event_kinds).words) == {
        "shots": "shooting"
    }
    assert _told("A man opened fire on officers during a traffic stop.") == {"shooting"}
    assert _told("The striker fired at the keeper from distance.") == set()
    assert _told("The artillery opened fire on the hills.") == set()
