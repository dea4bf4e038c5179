"""Precision guards of the conflict finder: different things within one story, and
extraction slips, are not disputes; the real dispute beside them still is."""

from __future__ import annotations

from conflict_builders import SOURCES, VOCAB, place, qty, run, source, when

from workbench.findings.alignment import distinctive_stories


def _text(*sentences: str) -> str:
    return " ".join(sentences)


def test_the_day_of_a_date_read_as_a_count_is_not_compared():
    sentence = "On Feb. 27, 57 officers were injured, police said."
    slip = qty(1, "27", sentence, 27, day="2021-03-01")
    real = qty(2, "12 people", "12 people were injured on Feb. 27.", 12, action="injure")
    real.event_date, real.event_date_basis = "2021-03-01", "text"
    conflicts, _ = run([slip, real])
    assert conflicts == []


def test_a_span_that_starts_inside_a_word_is_not_compared():
    text = "The blast shook the city in the afternoon."
    sources = [source(1, "Daily Ledger", text=text), *SOURCES[1:]]
    slip = when(1, "noon", text, "2021-03-01T12:00", granularity="minute", action="blast")
    slip.start, slip.end = text.find("noon"), text.find("noon") + 4
    other = when(
        2,
        "9 am",
        "The blast shook the city at 9 am.",
        "2021-03-01T09:00",
        granularity="minute",
        action="blast",
    )
    conflicts, _ = run([slip, other], sources)
    assert conflicts == []
    slip.start, slip.end = 0, 4  # the same claim where it would be a word of its own
    assert len(run([slip, other])[0]) == 1


def test_a_phrase_around_the_verb_decides_the_action():
    """ "walked off the job" is a strike, not a walk: the vocabulary reads the phrase."""
    assert VOCAB.frame_classes("walk", "910 workers walked off the job on Monday.") == {"protest"}
    assert VOCAB.frame_classes("walk", "They walked to the station.") == {"travel"}


def test_counts_of_one_role_compare_whatever_verb_each_sentence_uses():
    """The role, not the verb, says what was counted: "joined the walkout" and "walked off
    the job" both count strikers (a role the user can add to the roles data)."""
    a = qty(
        1,
        "480 staff",
        "480 staff joined the walkout, the union said.",
        480,
        action="join",
        counted="staff",
        role="striking",
    )
    b = qty(
        2,
        "910 workers",
        "910 workers walked off the job on Monday.",
        910,
        action="walk",
        counted="workers",
        role="striking",
    )
    conflicts, _ = run([a, b])
    assert [c.role for c in conflicts] == ["striking"]


def test_people_counted_with_no_role_are_never_compared():
    """ "480 staff joined the walkout" with no role read: nothing says what they did."""
    a = qty(1, "480 staff", "480 staff joined the walkout.", 480, action="join", counted="staff")
    b = qty(
        2, "910 workers", "910 workers walked off the job.", 910, action="walk", counted="workers"
    )
    assert run([a, b])[0] == []


def test_figures_of_two_named_places_are_not_one_figure():
    a = qty(
        1,
        "about 775,000 people",
        "The port of Ostrel is home to about 775,000 people.",
        775000,
        hedge="about",
        action="be",
        counted="people",
        subject="ostrel",
    )
    b = qty(
        2,
        "about 1,375,000 people",
        "The capital, Varna Lis, is home to about 1,375,000 people.",
        1375000,
        hedge="about",
        action="be",
        counted="people",
        subject="varna lis",
    )
    conflicts, _ = run([a, b])
    assert conflicts == []


def test_two_kinds_of_persons_are_two_groups_unless_one_action_counts_both():
    rescuers = qty(1, "61 rescuers", "61 rescuers are working at the site.", 61, counted="rescuers")
    trapped = qty(
        2,
        "17 miners",
        "17 miners remain trapped, the company said.",
        17,
        action="trap",
        counted="miners",
    )
    assert run([rescuers, trapped])[0] == []
    # Soldiers and troops are one kind; people can be any kind.
    soldiers = qty(
        1, "40 soldiers", "40 soldiers were killed.", 40, action="kill", counted="soldiers"
    )
    troops = qty(
        2, "90 troops", "90 troops died in the attack.", 90, action="die", counted="troops"
    )
    assert len(run([soldiers, troops])[0]) == 1


def test_pieces_weeks_apart_that_each_date_their_own_news_are_two_events():
    sources = [
        source(1, "Daily Ledger", published="2021-03-08"),
        source(2, "Evening Post", published="2022-07-20"),
        SOURCES[2],
    ]
    a = when(1, "March 10", "The alliance has called for a rally on March 10.", "2021-03-10")
    b = when(2, "July 23", "The alliance has called for a rally on July 23.", "2022-07-23")
    for c in (a, b):
        c.frame = type(c.frame)("rally")
    conflicts, _ = run([a, b], sources)
    assert conflicts == []


def test_one_disputed_place_is_one_finding_whatever_verb_each_sentence_uses():
    a1 = place(1, "Northgate", "The blast hit the town of Northgate.", action="blast", type="town")
    a2 = place(1, "Northgate", "Four people were injured in Northgate.", action="injure")
    b1 = place(2, "Riverbend", "The blast hit the town of Riverbend.", action="blast", type="town")
    b2 = place(2, "Riverbend", "Four people were injured in Riverbend.", action="injure")
    for c in (a1, a2, b1, b2):
        c.event_date, c.event_date_basis = "2021-03-01", "text"
    conflicts, _ = run([a1, a2, b1, b2])
    assert len(conflicts) == 1
    assert len(conflicts[0].claims) == 4


def test_names_most_sources_mention_tell_no_story_apart():
    stories = {
        i: frozenset({"capital", "ministry", f"street {i}", f"mayor {i}", f"judge {i}"})
        for i in range(40)
    }
    kept = distinctive_stories(stories)
    assert kept[0] == {"street 0", "mayor 0", "judge 0"}
    small = {i: stories[i] for i in range(5)}
    assert distinctive_stories(small) == small  # too few sources to tell


def test_a_figure_of_a_place_the_other_source_never_names_is_another_figure():
    a = qty(1, "547,000 people", "Some 547,000 people live in Ostrel.", 547000, counted="people")
    b = qty(
        2, "1,581,000 people", "Some 1,581,000 people live in Varna.", 1581000, counted="people"
    )
    where_a = place(1, "Ostrel", a.sentence)
    where_b = place(2, "Varna", b.sentence)
    conflicts, _ = run([a, b, where_a, where_b])
    assert [c for c in conflicts if c.kind == "quantity"] == []
    assert run([a, b])[0] == []  # people counted with no role are never compared
