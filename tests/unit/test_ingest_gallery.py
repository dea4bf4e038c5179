"""A photo gallery flattened into the text: its counters, buttons and credits go, its
captions stay (an invented gallery, in the shape real pages have)."""

from __future__ import annotations

from workbench.ingest.clean import clean
from workbench.ingest.gallery import without_gallery_controls

CAPTION = "Police investigate a shooting that left five people wounded Sunday, Oct. 30, 2016."
GALLERY = (
    "Photo: Jane Roe, Example News Image 1 of / 2 Caption Close Image 1 of 2 "
    f"{CAPTION} Photo: John Doe Image 2 of 2 A memorial stands at the house. less "
    "Five shot at a party 1 / 2 Back to Gallery"
)


def test_a_gallery_loses_its_counters_buttons_and_credits_and_keeps_its_captions():
    """ "1 / 2 Back to Gallery" was read as 2 people recognising; "Image 1 of 10" and the
    credits stood in the article's pane."""
    result = clean(f"Five people were shot at a party on Sunday.\n\n{GALLERY}")
    assert result.paragraphs == [
        "Five people were shot at a party on Sunday.",
        f"{CAPTION} A memorial stands at the house. Five shot at a party",
    ]
    assert [r.reason for r in result.removed] == ["photo gallery's counters and buttons"]
    went = result.removed[0].text
    assert "Photo: Jane Roe, Example News" in went and "1 / 2 Back to Gallery" in went


def test_a_gallery_cover_of_controls_alone_goes():
    assert without_gallery_controls("Image 1 of / 8 Caption Close") == (
        None,
        "Caption Close … Image 1 of / 8",
    )


def test_text_without_a_gallery_counter_is_left_as_it_is():
    text = (
        "The photo shows the house. Buy photo prints were on sale, less than $5.\n\n"
        "Image quality was poor, less than 1 of 10 frames showed the car, police said."
    )
    assert clean(text).paragraphs == text.split("\n\n")
    assert without_gallery_controls("A caption alone.") == ("A caption alone.", "")
