"""The names a source's story is told by (`alignment.story_names`): names in its prose, not
the capitals of a line written in title case (a station's button, a heading, a link)."""

from __future__ import annotations

from workbench.findings.alignment import names_tell_one_story, story_names
from workbench.findings.claim_views import title_cased

BUTTON = "Report an Error or Submit a Tip to Channel Nine"


def test_a_line_in_title_case_without_a_sentence_end_is_told_apart_from_prose():
    assert title_cased(BUTTON)
    assert title_cased("Related: Man Killed In Weekend Shooting")
    assert not title_cased("Officer Jane Doe said the man was taken to Mercy Hospital.")
    assert not title_cased("Mercy Hospital")  # a name alone: two words, not a title
    assert not title_cased("Police said the victim is expected to survive")


def test_a_button_both_pages_carry_is_no_name_their_stories_share():
    first = f"Ann Lee was shot on Elm Street, police said. She is at Mercy Hospital.\n{BUTTON}"
    second = f"Tom Ray died at Oak Clinic after a crash on Route 9, police said.\n{BUTTON}"
    a, b = story_names(first), story_names(second)
    assert not any("report" in n or "tip" in n or "channel" in n for n in a | b)
    assert not names_tell_one_story(a, b, crowded=True)
    # the same words in a sentence of prose are names as any others
    assert "channel nine" in story_names(f"{first}\nThe tip went to Channel Nine.")
