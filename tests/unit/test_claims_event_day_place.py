"""The event's day and place as the thirty-second session (claims32c) reads them: agency
names by their compound chain, a sentence that only names an agency parsed, a headline's
abbreviation, the telling's day before its verb, a state's start, a wound's day, a past
clause after a word of the future."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from workbench.claims import extract_claims
from workbench.claims import roles as roles_data
from workbench.claims.candidates import names_agency, needs_parse
from workbench.claims.date_clauses import clause_of
from workbench.claims.dates import find_dates
from workbench.claims.event import event_of, source_event
from workbench.ingest.sentences import split_sentences
from workbench.models import Source
from workbench.parse import parse_all


def _claims(text: str, published: str = "2019-03-12", title: str | None = None):
    source = Source(id=1, file="t", text=text, content_hash="x", published=published, title=title)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return source, extract_claims(source, sentences)


def _agency_towns(text: str) -> list[str]:
    _, claims = _claims(text)
    return [c.value["name"] for c in claims if c.kind == "place" and c.value["cue"] == "agency"]


def test_a_town_whose_agency_hangs_on_a_person_s_title_is_the_agency_s_town():
    # "Dickinson" hangs on "Capt.", the agency's nouns between it and its head
    text = "Dickinson Police Department Capt. Joe Cole said the man was shot in the arm."
    assert _agency_towns(text) == ["Dickinson"]


def test_the_words_between_a_town_and_its_agency_are_the_agency_s_name_not_a_place():
    text = (
        "Riverton Metropolitan Police Department Officer Ann Cole said the woman was shot "
        "in the chest."
    )
    towns = _agency_towns(text)
    assert "Riverton" in towns and not [t for t in towns if t.startswith("Metropolitan")]


def test_a_sentence_that_only_names_a_town_s_police_is_parsed():
    rules = roles_data.default()
    assert names_agency("Memphis police are investigating.")
    assert needs_parse("Memphis police are investigating.", rules)
    assert not names_agency("The police are investigating.")
    assert not names_agency("Luis Cruz Orlando Police Department Luis Cruz")  # a caption
    text = "A boy was shot at an apartment complex on Monday. Memphis police are investigating."
    source, claims = _claims(text)
    assert event_of(claims, source.published).place == "Memphis"


def test_a_headline_s_abbreviation_is_the_text_s_spelled_out_name():
    text = "A man was shot Tuesday in a shooting in Mount Harlan, police said."
    source, claims = _claims(text, title="Man hurt in Mt. Harlan shooting")
    assert source_event(source, claims).place == "Mount Harlan"


def test_a_day_right_before_a_verb_of_telling_is_the_telling_s():
    found = find_dates(
        "A spokeswoman on Sunday said he was in stable condition.", date(2019, 3, 12)
    )
    assert [d.value.get("telling") for d in found] == [True]


def test_the_day_a_state_began_is_not_the_event_s_day():
    text = (
        "Four people were shot at a house party early Saturday. "
        "Police said the party had been going on since Friday night."
    )
    source, claims = _claims(text, published="2019-03-10")
    assert event_of(claims, source.published).date == "2019-03-09"


def test_the_day_of_the_wound_a_death_came_from_is_the_act_s():
    sentence = "Amos Reed, 57, died Sunday from his injuries suffered Saturday night."
    parse = parse_all([sentence])[sentence]
    found = find_dates(sentence, date(2016, 10, 31))
    at = sentence.find("Saturday night")
    night = next(d for d in found if d.start == at)
    value = clause_of(parse, night.start, night.end, roles_data.default())
    assert value["clause_role"] == "hit"
    source, claims = _claims(sentence, published="2016-10-31")
    assert event_of(claims, source.published).date == "2016-10-29"


def test_a_past_clause_after_a_word_of_the_future_keeps_its_day_past():
    text = "A man is expected to survive after being shot during a hunt on Sunday afternoon."
    found = find_dates(text, date(2017, 1, 17))
    assert [d.value["start"][:10] for d in found] == ["2017-01-15"]
    planned = find_dates("He is expected to be arraigned on Friday.", date(2017, 1, 17))
    assert [d.value["start"][:10] for d in planned] == ["2017-01-20"]
