"""Regressions found by the conflict finder on synthetic and held-out corpora."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.models import Claim, Sentence, Source


def claims(text: str, published: str | None = "2019-03-04") -> list[Claim]:
    source = Source(1, "t.txt", text, "h", published=published)
    return extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])


def spans(text: str, kind: str) -> list[str]:
    return [c.text for c in claims(text) if c.kind == kind]


def quantity(text: str, span: str) -> Claim:
    found = [c for c in claims(text) if c.kind == "quantity" and c.text == span]
    assert found, [(c.kind, c.text) for c in claims(text)]
    return found[0]


# 1. Date and time words are whole words.
def test_noon_is_not_found_inside_afternoon():
    assert spans("The rally went on all afternoon.", "date") == []
    assert spans("Talks resumed this afternoon and ended at noon.", "date") == [
        "this afternoon",
        "noon",
    ]


def test_midnight_and_clock_times_need_a_word_boundary():
    assert spans("The premidnight curfew held.", "date") == []
    assert spans("Flight A10:30 left.", "date") == []


# 2. A date's day is never a quantity.
def test_day_after_month_is_a_date_and_next_number_a_quantity():
    text = "On Feb. 27, 57 people were arrested."
    assert spans(text, "date") == ["Feb. 27"]
    assert spans(text, "quantity") == ["57 people"]
    assert quantity(text, "57 people").value["low"] == 57


def test_day_of_a_day_range_is_not_a_quantity():
    assert spans("Strikes on Feb. 27-28 closed 40 schools.", "quantity") == ["40 schools"]


def test_month_day_year_still_one_date():
    assert spans("On March 3, 2019, 12 people died.", "date") == ["March 3, 2019"]
    assert spans("On March 3, 2019, 12 people died.", "quantity") == ["12 people"]


# 3. Calendar words are never the counted noun.
def test_weekday_after_a_verb_is_not_the_counted_noun():
    text = "130 buildings collapsed last Monday in the old town."
    q = quantity(text, "130 buildings")
    assert q.value["counted"] == "building"
    assert q.frame.action == "collapse"
    assert spans(text, "date") == ["last Monday"]


def test_time_between_subject_and_verb_is_skipped():
    q = quantity("Dozens of residents last Monday fled.", "Dozens of residents")
    assert (q.value["counted"], q.frame.action) == ("resident", "flee")


def test_counted_noun_stops_at_a_bare_weekday_and_a_month():
    assert quantity("Police arrested 30 people Tuesday.", "30 people").value["counted"] == "people"
    q = quantity("The firm cut 200 jobs March 3.", "200 jobs")
    assert q.value["counted"] == "job"


# 5. A place name never starts with a preposition.
def test_leading_preposition_is_not_part_of_the_place():
    text = "Along the Stomeirt river, floods swept away homes."
    places = [c for c in claims(text) if c.kind == "place"]
    assert [(c.text, c.value["name"], c.value["type"]) for c in places] == [
        ("Stomeirt river", "Stomeirt", "river")
    ]
    found = claims("Beyond Harlow Bridge, traffic stopped.")
    assert [(c.text, c.value["name"]) for c in found] == [("Harlow Bridge", "Harlow Bridge")]


# 4. A frame keeps the verb's particle and fixed phrase.
def test_frame_keeps_multi_word_verbs():
    cases = [
        (
            "Police said 27 people were taken into custody overnight.",
            "27 people",
            "take into custody",
        ),
        ("Forty workers walked off the job at the plant.", "Forty workers", "walk off the job"),
        ("Police rounded up 30 people.", "30 people", "round up"),
        ("Twelve people were taken to hospital.", "Twelve people", "take to hospital"),
        ("Five miners were pulled out alive.", "Five miners", "pull out"),
    ]
    for text, span, action in cases:
        assert quantity(text, span).frame.action == action, text


def test_frame_keeps_bare_verb_without_a_fixed_phrase():
    assert quantity("Some 40 people were killed in clashes.", "Some 40 people").frame.action == (
        "kill"
    )
    assert quantity("Two men were arrested in Caracas.", "Two men").frame.action == "arrest"


# 6. Verbs that show no past suffix, and event nouns in -ing.
def test_bare_past_verb_after_a_long_subject_is_the_action():
    text = (
        "Troops moved in after the group of around two dozen men in the uniform of the "
        "Harlow Guard put out the call in the early hours."
    )
    q = quantity(text, "around two dozen men")
    assert (q.value["counted"], q.frame.action) == ("man", "put out the call")
    q = quantity("The 30 men set the building on fire.", "30 men")
    assert q.value["counted"] == "man"


def test_event_nouns_in_ing_stay_nouns():
    found = claims("The uprising spread to Tarrow on Monday.")
    assert {c.frame.action for c in found} == {"uprising"}
    found = claims("After the shooting in Tarrow, 5 people died.")
    assert [c.frame.action for c in found if c.kind == "place"] == ["shooting"]


def test_ing_word_before_a_figure_is_still_a_verb():
    assert quantity("Gunmen opened fire, killing 12 people.", "12 people").frame.action == "kill"
    assert quantity("The killing of 12 people.", "12 people").frame.action == "killing"
    assert quantity("Gunmen were shooting 3 hostages.", "3 hostages").frame.action == "shoot"


# 7. Figures without a verb, and counts taken out of a group.
def test_count_out_of_a_group_is_marked_part_of():
    q = quantity("Forty of the injured were taken to hospital.", "Forty of the injured")
    assert (q.value["counted"], q.value.get("part_of")) == ("injured", True)
    q = quantity("Fourteen dead, eight of them children.", "eight of them children")
    assert (q.value["counted"], q.value.get("part_of")) == ("child", True)
    q = quantity("Dozens of the protesters were arrested.", "Dozens of the protesters")
    assert q.value.get("part_of") is True


def test_whole_group_is_not_part_of():
    q = quantity("Fourteen dead, eight of them children.", "Fourteen dead")
    assert "part_of" not in q.value
    assert q.frame.action == "dead"
    assert "part_of" not in quantity("Thousands of people marched.", "Thousands of people").value
    assert "part_of" not in quantity("Some 10 km of the road was shut.", "Some 10 km").value
