"""Which mention a labelled phrase names when the title says it too (`claims_scoring._mention`).

A label copied from a title in Title Case is the title's even where the text says the same
words in lower case; a headline the scraper repeated at the raw text's head, which the
cleaning removed, is one headline (its second label is a repeat the cleaning removed, as a
caption repeated per photo), not two title counts. Titles and texts written here."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from claims_scoring import _mention  # noqa: E402

TITLE = "Teen Charged in Fatal Shooting of 4-Year-Old"


def _doc(title: str, raw: str) -> dict:
    return {"title": title, "text": raw}


def test_a_title_cased_label_is_the_titles_before_the_texts_lower_case_words():
    text = "Police said the fatal shooting of 4-year-old Ana Ruiz was an accident."
    doc = _doc(TITLE, text)
    assert _mention("Fatal Shooting of 4-Year-Old", 0, text, doc)[2] == "title"
    _, nth, place = _mention("Fatal Shooting of 4-Year-Old", 1, text, doc)
    assert (place, nth) == ("text", 0)  # a second label of the phrase: the text's mention


def test_a_label_the_text_holds_as_written_is_the_texts_first():
    text = "Police said the fatal shooting of 4-year-old Ana Ruiz was an accident."
    doc = _doc("fatal shooting of 4-year-old ruled an accident", text)
    assert _mention("fatal shooting of 4-year-old", 0, text, doc)[2] == "text"
    assert _mention("fatal shooting of 4-year-old", 1, text, doc)[2] == "title"


def test_a_headline_repeated_at_the_raw_texts_head_is_one_title_count():
    title = "Girl, 6, shoots herself in the foot - Channel 9"
    raw = "Girl, 6, shoots herself in the foot\n\nA 6-year-old girl shot herself on Monday."
    cleaned = "A 6-year-old girl shot herself on Monday."
    doc = _doc(title, raw)
    phrase = "Girl, 6, shoots herself in the foot"
    assert _mention(phrase, 0, cleaned, doc)[2] == "title"
    assert _mention(phrase, 1, cleaned, doc)[2] == "cleaned"


def test_a_phrase_nowhere_read_is_counted_with_the_titles_and_never_scored():
    doc = _doc("Shooting on Elm Street", "Nothing else here.")
    assert _mention("two men shot", 0, "Nothing else here.", doc)[2] == "nowhere"
