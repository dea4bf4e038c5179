"""The stories dialog's column widths, read once from every story."""

from __future__ import annotations

from collections import Counter

from workbench.app.story_rows import story_columns
from workbench.models import Story


def test_widths_come_from_the_widest_of_every_story():
    stories = [
        Story(id=7, title="shooting · Dayton", thread_id=7, articles=3, conflicts_open=0),
        Story(id=1204, title="a\nlonger   title here", thread_id=7, articles=12),
        Story(id=9, title="x", thread_id=9, articles=1, conflicts_open=105),
    ]
    columns = story_columns(stories, Counter(s.thread_id for s in stories))
    assert columns.id_width == len("1204") + 1
    assert columns.articles_width == 2
    assert columns.most_open == 105
    # as one line, with the note of the thread it shares
    assert columns.longest_title == len("a longer title here · thread 7 (2 stories)")


def test_no_stories_and_single_threads():
    assert story_columns([], Counter()) == (2, 1, 0, 10)
    one = [Story(id=3, title="t", thread_id=3)]
    assert story_columns(one, Counter({3: 1})).longest_title == 1  # a thread of one: no note
