"""How stories and the list's section headings read in the conflict list and the pickers,
as literal `rich.text.Text`.

Kept apart from the rows of claims and conflicts (`format`); never imports Textual.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple

from rich.text import Text

from workbench.app.data import Decisions, SectionRow, StoryRow
from workbench.app.format import StyleFor
from workbench.app.queue import short_progress
from workbench.app.story_fixes import ArticleRow
from workbench.app.text import one_line
from workbench.findings.score import threshold_text

DATED = re.compile(r"\d{4}-\d{2}-\d{2}$")
"""A generated title's end: the event's day (`stories.titles.story_title`)."""


def story_dates(story: Any) -> str:
    """The story's publication dates that its title does not already give: a generated
    title ends with the event's date ("shooting · Dayton · 2019-01-21"), and the same date
    again beside it only takes room from the title; when the event's day is not the first
    article's, the first article's date beside it read as a second event date (walk44):
    only how long the story ran is said ("until 2013-06-18")."""
    title = story.title or ""
    first, last = story.first_published, story.last_published
    if first and (first in title or DATED.search(title)):
        return f"until {last}" if last and last != first and last not in title else ""
    return " – ".join(dict.fromkeys(d for d in (first, last) if d))


UNTITLED = "untitled"
"""The title `stories.titles.story_title` gives a story whose pages tell no event by their
headings (a social page's wall, a page with no text)."""


def shown_title(story: Any) -> str:
    """A story's title as the stories dialog lists it: an untitled one with its outlets
    ("#36 untitled (facebook.com) · 2013-05-19"): "#43 untitled" alone said nothing of which
    pages it holds (walk44)."""
    title = story.title or ""
    outlets = [o for o in getattr(story, "outlets", None) or [] if o]
    if title.split(" · ")[0] != UNTITLED or not outlets:
        return title
    named = ", ".join(outlets[:2]) + (", …" if len(outlets) > 2 else "")
    return f"{UNTITLED} ({named}){title[len(UNTITLED) :]}"


def dated_title(story: Any) -> str:
    """A story's title as the stories dialog lists it: a title that gives no date (one a
    reviewer wrote, "Warehouse fire on the east side") with its first and last dates, so
    two stories of one event months apart still read apart; a title that ends with its
    event's day gives its date already (the first article's beside it read as a second
    event date: "... · 2013-05-11 · 2013-05-12 – 2013-06-18", walk44)."""
    title = shown_title(story)
    first = story.first_published
    dated = first is None or first in title or DATED.search(title)
    dates = "" if dated else story_dates(story)
    return f"{title} · {dates}" if dates else title


TITLE_LEAST = 8
"""The fewest columns a story heading leaves its title before its part's label drops "in"."""


def story_part(part: str, count: int) -> str:
    """What a story heading says before its title in a later part of the list: one story
    can head its contradictions, again its updates, and again each of those below the
    threshold, and the same title twice read as two stories of one name ("0/1 update in
    …", "0/2 below in …", "0/1 update below in …"); nothing in the first part."""
    words = ("update" if count == 1 else "updates") if part.startswith("updates") else ""
    if part.endswith("below"):
        words = f"{words} below".lstrip()
    return f"{words} in " if words else ""


def story_row(row: StoryRow, decisions: Decisions, style: StyleFor, width: int) -> Text:
    """A story's header in the conflict list: open or shut, its progress, title, then the
    dates its title lacks (the title first: at 80 columns the dates took the whole row);
    a heading in a later part of the list says which part before the title; a title cut
    keeps its date (`date_kept`)."""
    story = row.story
    line = Text(no_wrap=True, end="")
    line.append("▸ " if row.collapsed else "▾ ", style("kind"))
    line.append(f"{short_progress(row.findings, decisions):>5} ", style("state-partial"))
    part = story_part(row.part, len(row.findings))
    if width - len(line) - len(part) < TITLE_LEAST:  # 80x24: "update below in sho…"
        part = part.removesuffix("in ")
    line.append(part, style("kind"))
    room = max(4, width - len(line))
    if row.also:  # an update across the thread: each title gives its story's date
        line.append(thread_title(row.named, room), style("story"))
        return line
    # Cut, the title's date stays whole and its place gives way ("shooting · Chicago ·
    # 2013-0…" at 80 columns said neither day; two stories of one place differ by it).
    line.append(date_kept(story.title or f"story {story.id}", room), style("story"))
    dates = story_dates(story)
    if dates and len(line) + 3 + len(dates) <= width:
        line.append(f" · {dates}", style("dim"))
    return line


def thread_title(stories: Sequence[Any], room: int) -> str:
    """The stories a heading names, earliest first, in `room` cells: "shooting · Lafayette
    · 2015-07-23 → 2015-07-25" (a later title drops the leading parts it shares with the
    one before, as an update's row gives its two dates); cut titles share the room, a
    short one leaving the rest to the others."""
    titles, before, alike = [], [], set()
    for n, story in enumerate(stories):
        parts = (story.title or f"story {story.id}").split(" · ")
        shared = 0
        while shared < min(len(parts), len(before)) - 1 and parts[shared] == before[shared]:
            shared += 1
        titles.append(" · ".join(parts[shared:]))
        before = parts
        if shared:
            alike |= {n - 1, n}  # one event and place: the dates tell them apart
    arrow = " → "
    left = max(len(titles), room - len(arrow) * (len(titles) - 1))
    fitted = []
    for n, title in enumerate(titles):
        share = max(1, left // (len(titles) - n))
        room_here = max(share, left - sum(map(len, titles[n + 1 :])))
        fitted.append(_date_first(title, room_here) if n in alike else date_kept(title, room_here))
        left -= len(fitted[-1])
    return one_line(arrow.join(fitted), room)


def _date_first(title: str, room: int) -> str:
    """`title` in `room` cells with its date kept (`date_kept`); with no room for its
    place beside the date, the date alone after "…": an update's heading between two
    stories of one event and place is read by their dates ("uprising · Carac… →
    2019-04-30" at 120 columns gave the later one only)."""
    cut = date_kept(title, room)
    last = one_line(title).rpartition(" · ")[2]
    if cut == one_line(title) or not _DATE.fullmatch(last) or cut.endswith(last):
        return cut
    return f"… · {last}" if len(last) + 4 <= room else cut


def section_row(row: SectionRow, style: StyleFor, width: int) -> Text:
    """A heading inside the conflict list: where the updates begin, or how many conflicts
    score below the threshold (and the key that shows them)."""
    line = Text(no_wrap=True, end="")
    if row.kind == "updates":
        words = "update" if row.count == 1 else "updates"
        said = f"── {row.count} {words}: figures that changed between reports "
        if len(said) > width:  # narrow: whole words rather than "figures that ch…"
            said = f"── {row.count} {words} over time "
        line.append(said, style("kind"))
    else:
        line.append("▾ " if row.open else "▸ ", style("kind"))
        what = "below" if row.open else "more below"
        words = f"{row.count} {what} the threshold (score < {threshold_text(row.threshold)})"
        key = " · B: hide" if row.open else " · B: show"
        if len(line) + len(words) + len(key) > width:  # narrow: the key must still show
            words = f"{row.count} {what} {threshold_text(row.threshold)}"
        line.append(words)
        line.append(key, style("dim"))
    line.truncate(max(1, width), overflow="ellipsis")
    return line


def story_choice(story: Any, width: int = 70) -> Text:
    """A story as a picker lists it: its first date (unless its title gives it), then its
    title."""
    first = story.first_published or "no date"
    text = Text("" if first in (story.title or "") else f"{first} · ", "dim", no_wrap=True)
    text.end = ""
    text.append(one_line(story.title or f"story {story.id}", max(8, width - len(text))))
    return text


def fitted_label(label: str, room: int) -> str:
    """An article's "outlet · headline" in `room` cells: when it does not fit, the outlet
    gives way first, down to a third of the room, so the headline, which tells the event
    (and all a page with no article text has), keeps the rest ("fresnobee.com · …" at 80
    columns said nothing)."""
    outlet, sep, headline = label.partition(" · ")
    if not sep or len(label) <= room:
        return one_line(label, room)
    outlet = one_line(outlet, max(min(len(outlet), room - len(headline) - 3), room // 3))
    return f"{outlet} · {one_line(headline, max(1, room - len(outlet) - 3))}"


class StoryColumns(NamedTuple):
    """The stories dialog's column widths, read off every story once per load: each row
    took them again from all the stories, and with 2,257 (the whole gva corpus) the dialog
    took 1-6 s to open and 80 ms a key press."""

    id_width: int
    """The widest "#id", with a space."""
    articles_width: int
    """Digits of the largest article count."""
    most_open: int
    """The most open conflicts any story has."""
    longest_title: int
    """The longest title with its thread's note, as a line (titles are padded to it, up to
    the room there is)."""


def story_columns(stories: Sequence[Any], thread_sizes: Counter[int]) -> StoryColumns:
    """The column widths of `stories` (as the stories dialog lists them)."""
    return StoryColumns(
        id_width=len(str(max((s.id for s in stories), default=0))) + 1,
        articles_width=len(str(max((s.articles for s in stories), default=0))),
        most_open=max((s.conflicts_open for s in stories), default=0),
        longest_title=max(
            (len(one_line(dated_title(s)) + thread_notes(s, thread_sizes)[0]) for s in stories),
            default=10,
        ),
    )


def thread_notes(story: Any, thread_sizes: Counter[int]) -> tuple[str, ...]:
    """What the stories dialog says after a title of the thread it shares, longest first
    (none for a story alone in its thread). Beside the title, not in a column of its own:
    a column kept for 12 stories of 648 cut every other title with room to spare (walk35)."""
    shared = thread_sizes.get(story.thread_id, 1)
    if shared < 2:
        return ("",)
    return (f" · thread {story.thread_id} ({shared} stories)", f" · thread {story.thread_id}", "")


def titled_with_thread(title: str, notes: tuple[str, ...], room: int) -> tuple[str, str]:
    """The title cut to `room` less the longest note that leaves it `NOTED_TITLE_LEAST` cells
    (or whole), and that note."""
    for note in notes:
        left = room - len(note)
        if left >= min(len(title), NOTED_TITLE_LEAST) or not note:
            return date_kept(title, max(1, left)), note
    return date_kept(title, room), ""


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATED_HEAD_LEAST = 8
"""The cells a cut title keeps before its date for the date to stay whole."""


def date_kept(title: str, room: int) -> str:
    """`title` in `room` cells, its last part kept whole when that part gives a date: the
    words before it are cut instead ("shooting · Marg… · 2013-10-22", not "shooting ·
    Margate · 2013-10…"), since two stories of one thread differ mostly by their dates."""
    title = one_line(title)
    head, sep, last = title.rpartition(" · ")
    if len(title) <= room or not sep or not _DATE.search(last):
        return one_line(title, room)
    if _DATE.search(head.rpartition(" · ")[2]):
        # The title's own date, then the days it was published (`dated_title`): the
        # event's date stays whole, the days published give way ("Tabernacle · 201… ·
        # 2014-11-22" at 80 columns).
        return date_kept(head, room)
    head_room = room - len(sep) - len(last)
    if head_room < DATED_HEAD_LEAST:
        return one_line(title, room)
    return one_line(head, head_room) + sep + last


NOTED_TITLE_LEAST = 24
"""The cells a title keeps before the thread's note beside it gives way."""
WIDE_TITLE_LEAST = 40
"""The cells a title needs for the stories dialog's figures to read in full words and
columns ("2 articles · no conflicts"); with less (80 columns), they read short after the
title ("2 articles · 1 open"). It was 24 where no thread held two stories, and 50 where
one did (its column's 26 cells): at 80 columns titles were cut at 31 cells with 10 spare."""


def article_line(row: ArticleRow, width: int, id_width: int, marked: bool, bare: bool) -> Text:
    """An article under its story in the stories dialog: its headline (or host), date and
    source id, and whether the page kept no article text; `marked` while it waits for `o`."""
    text = Text(" " * (id_width + 3) + ("▶ " if marked else "• "), no_wrap=True, end="")
    when = f"  {row.published or 'no date'} · source {row.source_id}"
    note = " · no article text" if bare else ""
    room = width - len(text) - len(when) - len(note) - 2
    if note and room < 40:  # 80 columns: the mark in short, for the headline
        note = " · no text"
        room = width - len(text) - len(when) - len(note) - 2
    text.append(fitted_label(row.shown, max(10, room)))
    text.append(when, "dim")
    text.append(note, "yellow")
    return text
