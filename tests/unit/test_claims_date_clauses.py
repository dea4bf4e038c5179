"""The clause a date is told in, from the parse: the event's day, not a follow-up's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from workbench.claims import extract_claims
from workbench.claims import roles as roles_data
from workbench.claims.date_clauses import EVENT, clause_of, tells_harm, tells_other
from workbench.claims.dates import find_dates
from workbench.claims.event import event_of
from workbench.ingest.sentences import split_sentences
from workbench.models import Source
from workbench.parse import parse_all


def _clause(sentence: str, phrase: str) -> dict:
    parse = parse_all([sentence])[sentence]
    found = next(
        d for d in find_dates(sentence, date(2021, 5, 4)) if d.start == sentence.find(phrase)
    )
    return clause_of(parse, found.start, found.end, roles_data.default())


def _event(text: str, published: str = "2021-05-04"):
    source = Source(id=1, file="t", text=text, content_hash="x", published=published)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return event_of(extract_claims(source, sentences), source.published)


def test_a_date_in_the_harm_s_own_clause_tells_the_harm():
    value = _clause("The young man shot and killed Thursday night was a student.", "Thursday")
    assert value["clause_role"] == "killed" and tells_harm(value)


def test_a_date_of_a_follow_up_with_the_victim_only_described_tells_another_thing():
    sentence = (
        "A memorial service was held Saturday in Brookfield for a college student shot and "
        "killed by two men."
    )
    value = _clause(sentence, "Saturday")
    assert value == {"clause": "hold"} and tells_other(value)
    value = _clause("A vigil was held Sunday for a woman who was killed in the crash.", "Sunday")
    assert tells_other(value)


def test_a_date_after_a_clause_the_harm_governs_is_the_event_s():
    sentence = (
        "Officers shot and wounded a teenager as he descended a stairwell Thursday afternoon."
    )
    assert _clause(sentence, "Thursday")["clause_role"] == EVENT


def test_an_event_noun_as_subject_gives_the_clause_its_role():
    value = _clause("The shooting was reported around 12:15 a.m. Friday.", "Friday")
    assert value["clause_role"] == "hit"
    value = _clause("The incident occurred around 5 p.m. Tuesday.", "Tuesday")
    assert value["clause_role"] == EVENT


def test_a_harm_between_the_verb_and_the_date_leaves_the_date_to_the_harm():
    sentence = "Deputies want to talk to him about the two people killed at the farm on March 28."
    assert not tells_other(_clause(sentence, "March 28"))


def test_a_date_with_the_care_after_the_harm_is_left_unread():
    # the harm's day or a later one: the parse cannot say
    assert _clause("She remained hospitalized Friday with serious injuries.", "Friday") == {}


def test_a_meeting_as_subject_is_no_event_of_harm():
    value = _clause("The meeting is scheduled for 6 p.m. Tuesday at the library.", "Tuesday")
    assert tells_other(value)


def test_the_event_s_day_is_not_a_memorial_s_in_the_sentence_that_counts_the_victim():
    text = (
        "A memorial service was held Saturday for a college student shot and killed by men "
        "who entered his home.\n\n"
        "According to police, the men entered the house about 11 p.m. last Thursday."
    )
    assert _event(text, "2021-05-04").date == "2021-04-29"


def test_the_act_s_own_day_is_the_event_s_over_the_day_its_story_began():
    text = (
        "A man was struck by gunfire just after midnight Monday on Elm Street, police said.\n\n"
        "Deputies said the standoff that ended in the shooting began about 9 p.m. Sunday."
    )
    assert _event(text, "2021-05-04").date == "2021-05-03"


def test_a_death_told_after_a_harm_in_a_clause_of_its_own_is_marked_as_after_it():
    for sentence in (
        "The boy, who was shot in the chest during a robbery, died Thursday at a hospital.",
        "A man died Thursday after being stabbed outside a bar.",
    ):
        value = _clause(sentence, "Thursday")
        assert value["clause_role"] == "killed" and value["death_after"] == "hit", sentence
    # one clause tells both, or a noun phrase the death's cause: no separate harm
    assert "death_after" not in _clause("A man died of his wounds Thursday.", "Thursday")
    sentence = "A man was killed by a stray bullet in a drive-by shooting Thursday."
    assert "death_after" not in _clause(sentence, "Thursday")
    assert "death_after" not in _clause(
        "A man was shot and killed Thursday on Elm Street.", "Thursday"
    )


def test_the_day_of_a_death_after_the_harm_is_not_taken_as_the_act_s():
    # the harm is told undated; the earliest of the days near the death's is the event's
    for death in (
        "The boy, who was shot in the chest during a robbery, died Thursday at a hospital.",
        "A man died Thursday after being stabbed outside a bar.",
    ):
        text = death + "\n\nHe was taken to a hospital late Tuesday, police said."
        assert _event(text, "2021-05-07").date == "2021-05-04", death
    text = (
        "A man was shot and killed Thursday outside a bar.\n\n"
        "He was taken to a hospital late Tuesday, police said."
    )
    assert _event(text, "2021-05-07").date == "2021-05-06"


def _date_frames(text: str) -> dict[str, str | None]:
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return {c.text: c.frame.action for c in extract_claims(source, sentences) if c.kind == "date"}


def test_a_date_inside_a_noun_phrase_dates_that_noun_not_the_clause_around_it():
    text = "Both men were charged Thursday with assault in the May 2 picnic at the lake."
    frames = _date_frames(text)
    assert frames["May 2"] == "picnic"
    assert frames["Thursday"] != "picnic"
    assert _date_frames("Both men were charged with assault on May 2.")["May 2"] != "picnic"
    text = "Both men were charged Thursday with assault in the May 2 parking lot fight."
    assert _date_frames(text)["May 2"] == "fight"  # the phrase's own noun, not "parking"


def test_a_date_whose_clause_tells_the_act_is_the_event_s_in_a_sentence_with_no_count():
    # "A shooting involving a 2-year-old Thursday evening": the noun's clause tells the act
    # though the sentence counts no one; the day the child "remained" in hospital is later.
    text = (
        "A shooting involving a 2-year-old Thursday evening appears to have been accidental, "
        "deputies said.\n\n"
        "The 2-year-old was taken to University Medical Center, where the child remained "
        "Friday in stable condition."
    )
    assert _event(text, "2021-05-04").date == "2021-04-29"


def test_a_caption_s_full_date_of_the_publication_day_is_the_photo_s_not_the_event_s():
    text = (
        "Three brothers face charges in the shootings at Riverside High School, Dec. 31, 2014 "
        "(Lake County Sheriff's Office)\n\n"
        "Police said the Dec. 12 shooting outside the high school was gang-related."
    )
    assert _event(text, "2014-12-31").date == "2014-12-12"


def test_a_date_of_an_event_noun_set_apart_as_another_is_the_other_event_s():
    found = _clause("The drive-by comes after another shooting on Sunday.", "Sunday")
    assert found.get("other_event") and "clause_role" not in found
    assert tells_other(found)
    assert _clause("The shooting on Sunday left two dead.", "Sunday")["clause_role"] == "hit"
    # a noun phrase of its own the other event is likened to keeps its date
    compared = "They fear another shooting like the one Sunday night."
    assert not _clause(compared, "Sunday night").get("other_event")


def test_a_lede_that_dates_the_shot_itself_is_not_moved_to_an_earlier_act_further_on():
    # A death days after a shooting dates an earlier act; a shot does not: the Friday's
    # killings a mile away are another shooting.
    text = (
        "A man was shot Sunday night outside a store on Elm Street, police said.\n\n"
        "On Friday night, two men were shot and killed at a party a mile away."
    )
    assert _event(text, "2021-05-04").date == "2021-05-02"


def test_a_day_a_state_remained_is_a_sequel_not_the_act_s_day():
    text = (
        "A 7-year-old boy remained hospitalized Sunday after his mother fired a gun at her "
        "husband, striking both him and their son, according to police.\n\n"
        "Police arrested the woman, who had wanted to take the boy for the evening on Saturday."
    )
    assert _event(text, "2021-05-03").date == "2021-05-01"
