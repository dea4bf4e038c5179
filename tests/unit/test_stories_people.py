"""The event's people (names given with an age, identified, charged...) and the late
report they bring into a story."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events
from workbench.stories.features import story_text
from workbench.stories.grouping import Article, Member, place
from workbench.stories.people import mostly_theirs, shares_a_person, without_places
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors, terms


def test_a_middle_initial_is_no_full_stop_and_no_part_of_the_name():
    """One report gives "Tobin J. Carrow", the next "Tobin Carrow": one person, and the
    initial's full stop does not leave "Carrow" a lone word opening a sentence."""
    with_initial = story_text(1, "Tobin J. Carrow, 34, was shot on Friday.", None, None)
    without = story_text(2, "Tobin Carrow, 34, was shot on Friday.", None, None)
    assert with_initial.people == without.people == ("tobin carrow",)
    assert "tobin carrow" in with_initial.names


def test_a_name_with_an_age_is_one_of_the_events_people_a_spokesman_is_not():
    text = (
        "Police identified the man as Tobin Carrow, 34, of Port Aldous. The 19-year-old "
        "Ines Rathbone Vela was arrested on Sunday, Sgt. Oskar Lindqvist said. The "
        "coroner identified the woman as Mara Quill. Dax Orrin was charged on Monday. "
        "Mayor Ada Brisk spoke."
    )
    found = story_text(1, text, "Man shot in Port Aldous", "2020-01-01")
    assert set(found.people) == {"tobin carrow", "ines rathbone vela", "mara quill", "dax orrin"}
    document = terms(found.document())
    assert "a_tobin_carrow" in document and "a_ines_rathbone_vela" in document
    assert not any(t.startswith("a_") and ("lindqvist" in t or "brisk" in t) for t in document)


def test_a_trial_months_later_joins_by_the_victims_name_and_not_without_it():
    settings = default()
    event = ("shooting", "n_port_aldous", "a_tobin_carrow", "n_tobin_carrow", "porch")
    stored = [Member(1, 10, 10, "2020-01-01", (*event, "night", "wounded", "neighbors"))]
    trial = ("trial", "jury", "sentenced", "prison", "judge", "years", "courtroom")
    later = Article(2, "2020-06-01", (*trial, *event[:2], "a_tobin_carrow", "n_tobin_carrow"))
    other = Article(3, "2020-06-01", (*trial, *event[:2], "a_mara_quill", "n_mara_quill"))
    frequency = {t: 2 for t in (*stored[0].terms, *later.terms, *other.terms)}
    vectors = Vectors(frequency | {"shooting": 60, "n_port_aldous": 30}, 100)
    joined = place(later, MemberIndex(stored), settings, vectors)
    assert settings.join_named <= joined.score < settings.join_far
    assert joined.story_id == 10
    assert place(other, MemberIndex(stored), settings, vectors).story_id is None


class PlacedIndex(MemberIndex):
    """A store's index that also counts the placed articles using a term."""

    def placed_users(self, term):
        return sum(1 for m in self.members if term in m.terms)


def test_a_person_named_with_an_age_by_one_side_only_joins_a_trial_months_later():
    """The first report names the accused bare, the verdict months on with his age; later
    reports naming him (not placed yet) do not make the name any other story's. (A report
    from afar still shares a name of the story's own by its document frequency: the
    street.)"""
    settings = default()
    event = ("shooting", "n_port_aldous", "n_dax_orrin", "n_hale_street", "porch")
    stored = [Member(1, 10, 10, "2020-01-01", (*event, "night", "wounded", "neighbors"))]
    trial = ("trial", "jury", "sentenced", "prison", "judge", "years", "courtroom")
    later = Article(2, "2020-06-01", (*trial, *event[:4], "a_dax_orrin"))
    frequency = {t: 2 for t in (*stored[0].terms, *later.terms)}
    # Five reports name him in the end: the verdict's, the sentencing's... not placed yet.
    vectors = Vectors(frequency | {"shooting": 60, "n_port_aldous": 30, "n_dax_orrin": 5}, 100)
    joined = place(later, PlacedIndex(stored), settings, vectors)
    assert settings.join_named <= joined.score < settings.join_far
    assert joined.story_id == 10
    assert place(later, MemberIndex(stored), settings, vectors).story_id is None


def test_a_person_other_stories_name_brings_no_trial_in():
    settings = default()
    event = ("shooting", "n_port_aldous", "n_dax_orrin", "n_hale_street", "porch")
    stored = [Member(1, 10, 10, "2020-01-01", (*event, "night", "wounded", "neighbors"))]
    elsewhere = [Member(i, 10 + i, 10 + i, "2019-01-01", ("n_dax_orrin", "mayor")) for i in (5, 6)]
    trial = ("trial", "jury", "sentenced", "prison", "judge", "years", "courtroom")
    later = Article(2, "2020-06-01", (*trial, *event[:4], "a_dax_orrin"))
    frequency = {t: 2 for t in (*stored[0].terms, *later.terms)}
    vectors = Vectors(frequency | {"shooting": 60, "n_port_aldous": 30, "n_dax_orrin": 4}, 100)
    assert place(later, PlacedIndex(stored + elsewhere), settings, vectors).story_id is None


def test_shares_a_person_reads_an_age_on_either_side():
    settings = default()
    assert shares_a_person(("a_ana_ruiz",), [("n_ana_ruiz",)], lambda _t: 1, settings)
    assert shares_a_person(("n_ana_ruiz",), [("a_ana_ruiz", "n_ana_ruiz")], lambda _t: 1, settings)
    assert not shares_a_person(("n_ana_ruiz",), [("n_ana_ruiz",)], lambda _t: 1, settings)
    assert not shares_a_person(("a_ana_ruiz",), [("n_ana_ruiz",)], lambda _t: 9, settings)


def _late_hearing(person: str) -> tuple[Article, MemberIndex, Vectors]:
    """A bond hearing's report five months on naming `person` with an age; the first
    report named Dax Orrin so. They share little else (similarity about 0.1: below
    `join_named`)."""
    event = ("shooting", "n_port_aldous", "a_dax_orrin", "n_dax_orrin", "porch", "night")
    stored = [Member(1, 10, 10, "2020-01-01", (*event, "wounded", "neighbors", "gunfire"))]
    hearing = ("bond", "hearing", "judge", "courtroom", "prosecutors", "attorney", "jail")
    hearing += ("bail", "motion", "defense", "docket", "continued", "magistrate", "plea")
    hearing += ("clerk", "filing", "counsel", "bench", "warrant", "schedule", "review")
    later = Article(2, "2020-06-01", (*hearing, "shooting", "a_" + person, "n_" + person))
    frequency = {t: 2 for t in (*stored[0].terms, *later.terms)}
    named = {t: 3 for t in later.terms if t.startswith(("a_", "n_"))}
    return later, MemberIndex(stored), Vectors(frequency | named | {"shooting": 60}, 100)


def _known(facts: dict[int, EventFacts]) -> Events:
    events = Events(None)
    events.known.update(facts)
    return events


def test_a_hearing_months_later_joins_by_a_person_named_with_an_age_and_no_other_place():
    """The hearing's report tells its own day (another day than the shooting's) and shares
    few words; the accused named with his age by both, and no other place, say it is the
    shooting's."""
    settings = replace(default(), join_aged=0.1)
    first = EventFacts("2020-01-01", "port aldous")
    later, index, vectors = _late_hearing("dax_orrin")
    assert place(later, index, settings, vectors).story_id is None
    there = _known({1: first, 2: EventFacts("2020-05-30", "port aldous")})
    joined = place(later, index, settings, vectors, there)
    assert joined.story_id == 10 and settings.join_aged <= joined.score < settings.join_named
    assert place(later, index, replace(settings, join_aged=1.0), vectors, there).story_id is None
    unplaced = _known({1: first, 2: EventFacts("2020-05-30")})  # a brief naming no place
    assert place(later, index, settings, vectors, unplaced).story_id == 10
    elsewhere = _known({1: first, 2: EventFacts("2020-05-30", "kessling")})
    assert place(later, index, settings, vectors, elsewhere).story_id is None


def test_a_hearing_naming_another_person_does_not_join():
    settings = replace(default(), join_aged=0.1)
    there = _known({1: EventFacts("2020-01-01", "port aldous"), 2: EventFacts("2020-05-30")})
    other, index, vectors = _late_hearing("mara_quill")
    assert place(other, index, settings, vectors, there).story_id is None


def test_a_report_recalling_an_earlier_victim_among_its_own_people_does_not_join():
    """A report of another shooting that recalls the story's victim ("Dax Orrin, 3, was
    killed in October") names its own people with their ages besides: fewer than half of
    its people are the story's."""
    settings = replace(default(), join_aged=0.1)
    there = _known({1: EventFacts("2020-01-01", "port aldous"), 2: EventFacts("2020-05-30")})
    later, index, vectors = _late_hearing("dax_orrin")
    own = ("a_mara_quill", "a_tobin_carrow")
    recalling = replace(later, terms=(*later.terms, *own))
    vectors = Vectors({**vectors.frequency, **dict.fromkeys(own, 2)}, 100)
    assert place(later, index, settings, vectors, there).story_id == 10
    assert place(recalling, index, settings, vectors, there).story_id is None
    assert mostly_theirs(("a_dax_orrin", "a_mara_quill"), [("n_dax_orrin",)])
    assert not mostly_theirs(("a_dax_orrin", *own), [("n_dax_orrin",)])


def test_a_place_named_with_a_number_after_it_is_no_person():
    """ "Grays Ferry, 4," reads as a name given with an age: a place the claims name, or
    one whose last word is a place's type, is left out of the people."""
    terms = ("a_grays_ferry", "n_grays_ferry", "a_hale_street", "a_dax_orrin", "bond")
    assert without_places(terms, {"grays ferry"}) == ("a_dax_orrin", "bond")


def test_a_name_token_is_left_out_as_the_first_words_of_a_place_whatever_the_places_count():
    """The places' first words are made once (a database's thousands); a token names a
    place when its words begin one, as many words as it has (not more)."""
    places = frozenset({"grays ferry", "point breeze avenue", "kent", "  "})
    terms = (
        "a_grays_ferry",  # the place itself
        "n_point_breeze",  # its first words
        "a_point_breeze_avenue_east",  # longer than the place: a person's, kept
        "a_kent_ruiz",  # a one-word place's word then more: kept
        "a__kent",  # an empty word: kept
        "n_breeze_point",  # not the place's first words: kept
        "a_dax_orrin",
        "bond",
    )
    kept = ("a_point_breeze_avenue_east", "a_kent_ruiz", "a__kent", "n_breeze_point")
    assert without_places(terms, places) == (*kept, "a_dax_orrin", "bond")
    assert without_places(terms, set(places)) == (*kept, "a_dax_orrin", "bond")
    assert without_places(("a_grays_ferry",), set()) == ("a_grays_ferry",)


def test_one_articles_terms_weighed_against_other_places_each_get_their_own_answer():
    """An article's name tokens are read once and weighed against each story's places:
    the answer is still the places' own, asked in any order, as a tuple or a list."""
    terms = ("a_grays_ferry", "a_dax_orrin", "bond")
    assert without_places(terms, {"grays ferry"}) == ("a_dax_orrin", "bond")
    assert without_places(terms, {"dax orrin"}) == ("a_grays_ferry", "bond")
    assert without_places(terms, set()) == terms
    assert without_places(list(terms), frozenset({"grays ferry"})) == ("a_dax_orrin", "bond")
