"""A photo gallery's credits and counters glued to the caption they head."""

from __future__ import annotations

from tests.unit.claim_builders import counts
from workbench.claims.captions import caption_start


def test_the_caption_begins_after_the_last_counter():
    text = "Photo: Jane Doe Image 1 of / 9 Caption Close Image 1 of 9 Two men were hurt."
    assert text[caption_start(text) :] == "Two men were hurt."
    assert caption_start("Two men were hurt.") == 0


def test_a_caption_s_count_is_read_and_its_credit_and_counter_are_not():
    text = (
        "Photo: Jane Doe Image 2 of 12 A 9-year-old boy and his father were shot Friday night"
        " after an argument."
    )
    assert counts(text) == [("A 9-year-old boy and his father", 2, "hit")]


def test_a_gallery_of_captions_reads_the_last_one():
    text = (
        "Photo: Courtesy Of City Police Image 1 of / 9 Caption Close Image 1 of 9 John Smith,"
        " 31 Photo: Courtesy Of City Police Image 2 of 9 Two men were shot Sunday."
    )
    assert counts(text) == [("Two men", 2, "hit")]
