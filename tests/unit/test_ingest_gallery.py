"""A photo gallery flattened into the text: its counters, buttons and credits go, and each
caption is read once (an invented gallery, in the shape real pages have)."""

from __future__ import annotations

from workbench.ingest.clean import clean
from workbench.ingest.gallery import gallery_captions

CAPTION = "Police investigate a shooting that left five people wounded Sunday, Oct. 30, 2016."
GALLERY = (
    "Photo: Jane Roe, Example News Image 1 of / 3 Caption Close Image 1 of 3 "
    f"{CAPTION} {CAPTION} Photo: Jane Roe, Example News Image 2 of 3 {CAPTION} {CAPTION} "
    "Photo: John Doe Image 3 of 3 A memorial stands at the house. less A memorial stands "
    "at the Five shot at a party 1 / 3 Back to Gallery"
)


def test_a_gallery_keeps_each_caption_once_and_loses_its_buttons():
    """One real page read "Oct. 30, 2016" eighteen times, its claims listed as often."""
    result = clean(f"Five people were shot at a party on Sunday.\n\n{GALLERY}")
    assert result.paragraphs[0] == "Five people were shot at a party on Sunday."
    gallery = result.paragraphs[1]
    assert gallery.count("Oct. 30, 2016") == 1
    assert gallery.count("A memorial stands at the house.") == 1
    for button in ("Image", "Caption Close", "Back to Gallery", "Photo:", "less"):
        assert button not in gallery, button
    assert [r.reason for r in result.removed] == [
        "photo gallery (counters, buttons, repeated captions)"
    ]


def test_a_caption_the_article_already_said_goes_and_a_slide_of_nothing_new_with_it():
    kept = gallery_captions([CAPTION, f"Image 1 of 2 {CAPTION}", "Image 1 of / 2 Caption Close"])
    assert kept[0] == (CAPTION, "")
    assert kept[1][0] is None and CAPTION in kept[1][1]
    assert kept[2] == (None, "counters and buttons")


def test_a_caption_set_twice_without_a_stop_is_read_once():
    ((stays, _),) = gallery_captions(["Image 1 of 9 Frank Roe, 28 Frank Roe, 28"])
    assert stays == "Frank Roe, 28"


def test_text_without_a_gallery_counter_is_left_as_it_is():
    text = (
        "The photo shows the house. The photo shows the house.\n\n"
        "Image quality was poor, less than 1 of 10 frames showed the car, police said."
    )
    assert clean(text).paragraphs == text.split("\n\n")
