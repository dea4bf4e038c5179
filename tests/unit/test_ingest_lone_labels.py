"""A page's labels left without what they label go (a stamp's label, a "more" link, a
closing box's title, a map's coordinates); a byline, a heading with a figure and prose
stay."""

from __future__ import annotations

from workbench.ingest.clean import clean

REPORT = "A man was shot on Monday night in Vella, police said.\n\nHe died at the hospital."


def _removed(text: str) -> list[str]:
    return [r.text for r in clean(text).removed]


def test_a_stamps_label_without_its_time_goes():
    for label in ("Posted on", "Published on", "UPDATED", "Updated:"):
        assert _removed(f"{label}\n\n{REPORT}") == [label], label


def test_a_more_link_and_coordinates_go_anywhere():
    text = f"More Video...\n\n{REPORT}\n\n39.099727 -94.578567\n\nThe road reopened at 6 a.m."
    assert _removed(text) == ["More Video...", "39.099727 -94.578567"]


def test_a_closing_boxs_title_goes_at_the_end_only():
    title = "You May Also Be Interested In These Stories"
    assert _removed(f"{REPORT}\n\n{title}") == [title]
    assert title in clean(f"{title}\n\n{REPORT}").text  # not at the end: left


def test_what_looks_like_a_label_but_says_something_stays():
    for text in (
        f"{REPORT}\n\nBy Jane Roe and Ann Lee",  # a byline: no closing box
        f"{REPORT}\n\nThree Dead In Vella Shooting...",  # a figure in words: 4 words max
        f"{REPORT}\n\nPolice Said The Man Was 19, Of Vella",
        f"{REPORT}\n\nPosted on Monday, the video drew 3 million views.",
        f"{REPORT}\n\nHe was hit at 39.0997 yards.",
    ):
        assert _removed(text) == [], text
