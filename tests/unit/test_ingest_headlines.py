"""Another story's headline set between the article's paragraphs goes; prose stays.

Invented pages: a report with links to other stories between its paragraphs, as news
sites print them and scrapers keep them.
"""

from __future__ import annotations

import pytest

from workbench.ingest.clean import clean
from workbench.ingest.headlines import between_paragraphs, headline_shaped

REASON = "another story's headline (a link between paragraphs)"

PAGE = """Three people were wounded in a shooting on Harbor Street on Friday, police said.

The victims were taken to Mercy Hospital in stable condition, officials said.

Man charged with murder in shooting of teen cyclist

Witnesses said two cars stopped at the corner before the gunfire began.

WATCH: Two dead, four hurt in riverside bar shooting

"It was chaos," said a neighbor who saw it from her window.

Five Hurt in Drive-By Shooting at Lakeside Park

Police have not made any arrests.
"""


def test_links_to_other_stories_between_paragraphs_are_removed_and_logged():
    cleaned = clean(PAGE)
    gone = [r.text for r in cleaned.removed if r.reason == REASON]
    assert gone == [
        "Man charged with murder in shooting of teen cyclist",
        "WATCH: Two dead, four hurt in riverside bar shooting",
        "Five Hurt in Drive-By Shooting at Lakeside Park",
    ]
    assert "Two dead" not in cleaned.text and "Man charged" not in cleaned.text
    assert cleaned.paragraphs[0].startswith("Three people were wounded")
    assert cleaned.paragraphs[-1] == "Police have not made any arrests."
    assert len(cleaned.paragraphs) == 5


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that lost its full stop keeps its articles and verbs
        "Surveillance video showed people running away from the club",
        "Both men have previous criminal histories",
        "I just heard about 17 gunshots, said a neighbor",
        # the lines of a list or a log
        "JOHN ALLEN SMITH",
        "Jane Q. Doe, 46 years old",
        "Greenfield, Feb. 24",
        "Sunday at 2 a.m. on Elm Street",
        "Clarke Boulevard shooting - two injured",
        # too short to be a headline, or too long
        "Police said",
        " ".join(["word"] * 25),
    ],
)
def test_prose_and_list_lines_are_not_headlines(line):
    assert not headline_shaped(line)


@pytest.mark.parametrize(
    "line",
    [
        "Man charged with murder in shooting of teen cyclist",
        "Three shot in separate incidents in Brooklyn, the Bronx",
        "Teens Killed at Libby Lake Park in Oceanside",
        "WATCH: Police chief speaks about the standoff",
        "RELATED | Family of teen killed in robbery wants justice",
    ],
)
def test_headlines_are_recognised(line):
    assert headline_shaped(line)


def test_a_headline_needs_prose_on_both_sides():
    line = "Man charged with murder in shooting of teen cyclist"
    assert between_paragraphs("Police said so.", line, "The victim died.")
    # the line before goes on (a lead-in), or the line after may be its end
    assert not between_paragraphs("The list of charges:", line, "The victim died.")
    assert not between_paragraphs("Police said so.", line, "and he was held.")
    assert not between_paragraphs("Police said so.", line, "8-year-old Tom was shot.")


def test_the_first_and_last_lines_are_left_to_the_other_rules():
    text = "Man charged in shooting\n\nA man was shot on Friday.\n\nTwo hurt in crash"
    assert clean(text).paragraphs == [
        "Man charged in shooting",
        "A man was shot on Friday.",
        "Two hurt in crash",
    ]


def test_a_subhead_inside_a_feature_goes_but_its_section_stays():
    text = (
        "The city council met on Monday to debate the new budget.\n\n"
        "Questions over police overtime\n\n"
        "Council members asked why overtime had doubled since last year."
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == [
        "The city council met on Monday to debate the new budget.",
        "Council members asked why overtime had doubled since last year.",
    ]
