"""Headlines that name their source ("Deputies: ...", "...: Police"), ages used as nouns,
and persons the tagger reads as adverbs: the news is read apart from who tells it, and the
person as a count of one.

Headlines and sentences written here (none copied from a corpus)."""

from __future__ import annotations

import pytest
from claim_builders import counts, headline_counts

from workbench.claims import extract_claims
from workbench.claims.headline import headline_sentence, sentence_case
from workbench.models import Source


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the source after a colon, read as the verb's object when left in
        ("16-Year-Old Boy Shot in Leg in Eastwood Expected to Recover: Police", (1, "hit")),
        # the source before a colon, on which the news hangs as an apposition
        ("Deputies: 12-year-old accidentally shot, killed at Eastwood motel", (1, "killed")),
        # an age made the head of the telling's complement, with its participle
        ("12-year-old hit by gunshots in Eastwood, police say", (1, "hit")),
        ("17-Year-Old Shot In Leg After Argument In Eastwood, Police Say", (1, "hit")),
        # an age standing as a noun keeps its capitals; one before a person is lowered
        ("Arrest Made in Fatal Shooting of 3-Year-Old in Eastwood", (1, "killed")),
        ("Police: 3-Year-Old Girl Killed, 2 Adults Injured In Eastwood Shooting", (1, "killed")),
        # a person the tagger reads as an adverb, with the article put back
        ("Minor injured in Eastwood Park shooting", (1, "injured")),
        # ... or an adjective where a noun's place is (the object of "left")
        ("Eastwood police investigate shooting that left juvenile injured", (1, "injured")),
        # a harm word capitalised in a headline only partly in Title Case is no name
        ("State Deputy Wounded, one suspect dead in Eastwood shooting", (1, "injured")),
        # the progressive's "is" dropped: the person is the -ing verb's subject
        ("6-year-old girl recovering after shooting at Eastwood park", (1, "injured")),
    ],
)
def test_a_headline_s_person_is_read_apart_from_its_source(title, expected):
    found = headline_counts(title)
    assert expected in found, found


def test_the_source_cut_off_still_says_it():
    source = Source(
        1,
        "t",
        "Police are investigating.",
        "h",
        published="2021-05-02",
        title="Deputies: Teen accidentally shot, killed at Eastwood motel - WXYZ",
    )
    heads = [c for c in extract_claims(source, []) if c.headline and c.kind == "quantity"]
    assert [(c.text, c.role, c.attribution) for c in heads] == [("Teen", "killed", "Deputies")]
    assert source.title[heads[0].start : heads[0].end] == "Teen"


def test_a_time_before_a_colon_is_no_source_and_places_read_the_whole_headline():
    assert (1, "hit") in headline_counts("Tue. 11 a.m.: Shooting victim's name released")
    source = Source(
        1,
        "t",
        "x",
        "h",
        published="2021-05-02",
        title="Eastwood police: Gunman kills man during robbery",
    )
    assert headline_sentence(source)[0].text.startswith("A gunman")
    assert headline_sentence(source, news_only=False)[0].text.startswith("Eastwood police")


def test_hyphenated_title_case_words_are_lowered_piece_by_piece():
    assert sentence_case("Drive-By Shooting Leaves Two Hurt") == "Drive-by shooting leaves two hurt"


@pytest.mark.parametrize(
    "text", ["A minor injury was reported.", "The victim was a senior at Eastwood High School."]
)
def test_an_adjective_or_what_someone_is_is_no_person(text):
    assert counts(text) == [], counts(text)
