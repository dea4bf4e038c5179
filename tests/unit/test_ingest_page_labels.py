"""Furniture known by its shape on invented pages: a control in its two states and share
lines, beside prose that opens with the same words and stays."""

from __future__ import annotations

from workbench.ingest.clean import clean
from workbench.ingest.furniture import is_button_states


def test_a_control_shown_in_its_two_states_is_furniture():
    for line in ("Hide Notes Show Notes", "Save Story Save", "Open Map Close Map"):
        assert is_button_states(line), line
    for line in (
        "Man Shot In Leg",
        "Police Seek Gunman",
        "Walla Walla Police",
        "Man shot, man held",
        "Open Close",
    ):
        assert not is_button_states(line), line
    page = "A woman was shot on Elm Street.\n\nHide Notes Show Notes\n\nShe is expected to live."
    assert clean(page).paragraphs == ["A woman was shot on Elm Street.", "She is expected to live."]


def test_a_share_line_needs_the_shape_of_a_label_or_a_call_to_the_reader():
    furniture = (
        "Related:",
        "Related coverage:",
        "Advertisement",
        "Advertisement – Story continues below",
        "Print",
        "12 comments",
        "Follow us on Twitter for updates",
        "Click here to watch the report.",
        "Sign up for our newsletter.",
    )
    prose = (
        "Related charges were filed against a third man on Saturday.",
        "Follow-up visits found two more victims at the house.",
        "Print shops on Main Street closed early that night.",
        "Email records show the two men argued that week.",
        "Comments by the chief angered the family.",
    )
    page = "\n\n".join(("A man was shot on Oak Street.", *furniture, *prose))
    cleaned = clean(page)
    assert cleaned.paragraphs == ["A man was shot on Oak Street.", *prose]
    assert [r.text for r in cleaned.removed] == list(furniture)


def test_a_pages_code_and_a_bulleted_share_line_are_furniture_a_handle_in_prose_is_not():
    code = "photo_prev_inline|gallery-58|gallery-58|0 photo_next_inline|gallery-58|gallery-58|0"
    page = "\n\n".join(
        (
            "A man was shot on Oak Street.",
            code,
            "thumb_photo|photo-704|gallery-58|2",
            "___",
            "• Read more articles by Jane Roe",
            "The suspect, known online as @john_doe_99, was arrested.",
        )
    )
    cleaned = clean(page)
    assert cleaned.paragraphs == [
        "A man was shot on Oak Street.",
        "The suspect, known online as @john_doe_99, was arrested.",
    ]
    assert [r.reason.split(" (")[0] for r in cleaned.removed] == [
        "the page's code",
        "the page's code",
        "stray punctuation",
        "share/follow line",
    ]
