"""The site's note on its own coverage ("This is a developing story. Check back for
updates.") goes; a paragraph that also tells something, or someone's words, stays."""

from __future__ import annotations

import pytest

from workbench.ingest.clean import clean
from workbench.ingest.coverage_note import is_coverage_note

NOTES = [
    "Count on Example 13 to keep you covered as we receive details on this investigation.",
    "EXMP 14 will continue to keep you updated with new information as it becomes available.",
    "This is a developing story. Check back for updates.",
    "This is a developing news story; check back with EXMP News for updates.",
    "This story is still developing.",
    "This story will be updated as more information becomes available.",
    "As more information becomes available, Example 5 News will update this article.",
    "We have a crew on the scene and will update this page when new information is available.",
    "Check back with EXMP.com for updates.",
    "This is a developing story. Stay with EXMP 29 for updates.",
]
TOLD = [
    "The name of the 6-year-old has not yet been released. Check back for updates.",
    "Police will update the public on Monday about the 3 men arrested.",
    '"Check back later," the officer told the 2 reporters.',
    "Officers will continue to update residents as the investigation goes on.",
]


@pytest.mark.parametrize("para", NOTES)
def test_a_note_on_the_coverage_is_known(para):
    assert is_coverage_note(para)


@pytest.mark.parametrize("para", TOLD)
def test_a_paragraph_that_tells_something_is_no_note(para):
    assert not is_coverage_note(para)


def test_the_cleaner_drops_the_notes_and_keeps_the_report():
    """The station's number ("Example 13") no longer stands in the text as a figure."""
    result = clean("\n\n".join(["A man was shot on Monday.", *NOTES, *TOLD]))
    assert result.paragraphs == ["A man was shot on Monday.", *TOLD]
    assert len(result.removed) == len(NOTES)
