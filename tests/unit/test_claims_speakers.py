"""Who says so, read from the parse: a verb of saying, its subject's own phrase.

Sentences made up in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import article_claims

from workbench.claims import extract_claims
from workbench.claims.attribution import attributions
from workbench.claims.speakers import sentence_speaker
from workbench.models import Sentence, Source
from workbench.parse import parse_all


def _speaker(text: str) -> tuple[str | None, bool]:
    return sentence_speaker(parse_all([text])[text])


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # The subject's phrase ends where the phrase does: never the clause after it.
        ("Two men were inside the barn, deputies said, when the roof fell in.", "deputies"),
        ("The boy was standing outside when the roof fell in, deputies said.", "deputies"),
        # Compounds, titles and an "of" phrase are the speaker's; an apposition is not.
        (
            "Marrow County Fire Chief Ana Vell said two firefighters were hurt.",
            "Marrow County Fire Chief Ana Vell",
        ),
        ("Ana Vell, a fire spokeswoman, said two men were hurt.", "Ana Vell"),
        (
            "Two men were hurt, said Capt. Ana Vell of the Marrow fire department.",
            "Capt. Ana Vell of the Marrow fire department",
        ),
        # A job before a name's apposition gives the name.
        ("Her cousin, Tom Brask, said three people were hurt.", "Tom Brask"),
        (
            "According to the Marrow County coroner's office, two men died.",
            "the Marrow County coroner's office",
        ),
        ("Two people were hurt, according to Sgt. Ana Vell.", "Sgt. Ana Vell"),
        # A passive's agent speaks; a passive without one names no one.
        ("The deaths were confirmed by the county coroner.", "the county coroner"),
        ("It was reported that two men died.", None),
        # A saying denied, or a verb that only looks like one, cites no one.
        ("Deputies did not say how many people were hurt.", None),
        ("Deputies declined to confirm how many people were hurt.", None),
        ("Deputies responded to a reported shooting on Elm Street.", None),
        # A second verb of one subject; a relative pronoun's noun; believing.
        ("The farmer called 911 and said his two sons were hurt.", "The farmer"),
        ("The man, who deputies said was 25, died.", "deputies"),
        ("Investigators believe two gunmen fired.", "Investigators"),
        ("Deputies and firefighters said two men were hurt.", "Deputies and firefighters"),
        ("A neighbour told WQRX that four shots were fired.", "A neighbour told WQRX"),
        ("Two people were hurt, the chief added.", "the chief"),
    ],
)
def test_the_speaker_is_the_saying_verb_s_subject_phrase(text, who):
    assert _speaker(text)[0] == who


def test_a_pronoun_subject_is_marked_for_the_named_speaker_before_it():
    assert _speaker("“Two of them were hit,” she said.") == ("she", True)


def test_attributions_read_a_parsed_sentence_from_its_parse_and_carry_to_its_pronoun():
    texts = [
        ("Two men were hurt, deputies said, when the roof fell in.", 1),
        ("“Both will live,” they said.", 1),
        ("Deputies said when the roof fell in.", 1),
    ]
    parses = parse_all([t for t, _ in texts[:2]])
    got = attributions(texts, [parses[t] for t, _ in texts[:2]] + [None])
    # The last sentence has no parse: the patterns read it (and take the clause with it).
    assert got[:2] == ["deputies", "deputies"]


def test_a_quotation_over_several_sentences_is_its_speaker_s_in_each():
    texts = [
        ("Marrow deputies were called at noon.", 1),
        ("“Two of them were hit.", 2),
        ("One died at the scene,” Vell said.", 2),
        ("“We need help,” the sheriff said.", 3),
        ("“Three deputies are on it.”", 4),
        ("Two men were hurt.", 5),
    ]
    assert attributions(texts) == [None, "Vell", "Vell", "the sheriff", "the sheriff", None]


def _own_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.attribution) for c in article_claims(text) if c.role]


def test_a_count_outside_a_relative_saying_is_the_page_s_own():
    found = _own_speakers("Two men were killed in a fire that deputies said began in the barn.")
    assert found == [("Two men", None)]


def test_each_clause_s_count_takes_its_own_speaker():
    found = _own_speakers("Deputies said one man died, and the hospital said two more were hurt.")
    assert ("one man", "Deputies") in found and ("two", "the hospital") in found, found


def test_a_chain_of_sayings_is_the_outer_speaker_s():
    found = _own_speakers("According to deputies, the farmer told them two men were hurt.")
    assert found == [("two men", "deputies")], found


def test_a_record_that_shows_a_clause_is_cited():
    assert _speaker("Court records show two men were hurt.")[0] == "Court records"
    assert _speaker("The video shows two men in a car.")[0] is None


def test_he_or_she_stands_for_one_person_not_a_body_named_before():
    texts = [
        ("Deputy Ana Vell reached the barn first.", 1),
        ("Vell said two men were inside.", 1),
        ("The marrow deputies said the roof fell.", 2),
        ("“Both were hurt,” she said.", 3),
        ("They said a third man ran.", 3),
    ]
    assert attributions(texts)[3:] == ["Vell", "The marrow deputies"]


def test_a_speaker_s_of_phrase_stops_before_its_relative_clause():
    text = "The owner of a barn where two men were hurt said the roof was old."
    assert _speaker(text)[0] == "The owner of a barn"


def test_a_dateline_is_the_page_s_own_place():
    text = "BRINDLE, Ohio (AP) — Two men were hurt in a barn fire, deputies said."
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    said = {(c.kind, c.text): c.attribution for c in found}
    assert said[("quantity", "Two men")] == "deputies", said
    assert said[("place", "BRINDLE")] is None, said
