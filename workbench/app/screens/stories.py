"""The stories dialog (`t`): every story with its articles, and the reviewer's fixes.

Enter opens or closes a story's articles. `m` on one story then `m` on another merges the
first into the second; `o` on an article then `o` on a story moves the article there, `N`
gives an article a new story of its own; `T` on one story then `T` on another puts the
first in the second's thread (`T` then `N`: a thread of its own); `r` renames a story. Each
change is saved at once (pinned, so grouping never undoes it) and the conflicts are found
again in its thread; `ctrl+z` takes the last merge, move, rename or thread change back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from workbench.app.screens.dialog import Dialog
from workbench.app.screens.rename import RenameDialog
from workbench.app.screens.story_writes import StoryWrites
from workbench.app.story_find import found_at, found_stories, story_found_by_article
from workbench.app.story_fixes import ArticleRow, ThreadMark, load_stories
from workbench.app.story_rows import (
    WIDE_TITLE_LEAST,
    article_line,
    dated_title,
    story_columns,
    thread_notes,
    titled_with_thread,
)
from workbench.app.text import one_line
from workbench.app.widgets.hint import Hint
from workbench.app.widgets.row_list import RowList
from workbench.app.widgets.said import Said
from workbench.models import Story
from workbench.story_fixes import Undo


class StoriesScreen(StoryWrites, Dialog[bool]):
    """The stories, earliest first; dismissed with whether anything changed."""

    writes_content = True
    """Its merges and moves rewrite the findings: the conflicts screen waits for it to close
    rather than announce them as another terminal's ("New articles or findings ...")."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="stories.close", tooltip="Back to the conflicts"),
        Binding(
            "m",
            "merge",
            "Merge",
            id="stories.merge",
            tooltip="Mark a story, then press m on the story it belongs with to merge them",
        ),
        Binding(
            "o",
            "move",
            "Move",
            id="stories.move",
            tooltip="Mark an article, then press o on the story it belongs to",
        ),
        Binding(
            "N",
            "new_story",
            "New story",
            id="stories.new",
            tooltip="Give the highlighted article a story of its own",
        ),
        Binding(
            "T",
            "thread",
            "Thread",
            id="stories.thread",
            tooltip="Mark a story, then press T on a story of the same situation to put the"
            " first in its thread (N: a thread of its own)",
        ),
        Binding("r", "rename", "Rename", id="stories.rename", tooltip="Rename the story"),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            id="stories.undo",
            tooltip="Take back the last merge, move, rename or thread change made here",
        ),
        Binding(
            "slash",
            "find",
            "Find",
            id="stories.find",
            tooltip="Show only the stories whose title, outlets or headlines have these words",
        ),
    ]

    def __init__(self, reviewer: str, bare: Collection[int] = (), start: int | None = None) -> None:
        super().__init__()
        self.start = start
        """The story to open at (the review screen's, under its cursor), if any."""
        self.reviewer = reviewer
        """Who is deciding: written into the story log."""
        self.bare = bare
        """The sources with no article text (known to the review screen): a page of site
        furniture grouped by its headline alone is worth a look before trusting its story."""
        self.stories: list[Story] = []
        self.articles: dict[int, ArticleRow] = {}
        self.opened: set[int] = set()
        """Stories whose articles are shown."""
        self.marked: Story | ArticleRow | ThreadMark | None = None
        """The story to merge, the article to move or the story to put in a thread, once
        marked."""
        self.last_fix: Undo | None = None
        """How to take back the last merge, move, rename or thread change made here
        (`ctrl+z`); None: `ctrl+z` takes back the reviewer's latest standing one, wherever
        made."""
        self.opened_before: set[int] = set()
        """The stories shown open when the last fix was made: its undo shows them so again,
        so rows counted from the top before the fix are where they were (an undone merge
        left both stories open, and a second merge three downs on hit another story)."""
        self.changed = False
        self.words = ""
        """The stories shown are those with all these words (`/`); empty: every story."""
        self.thread_sizes: Counter[int] = Counter()
        """How many stories each thread holds (a thread of one is not worth a column)."""
        self.columns = story_columns([], self.thread_sizes)
        """The column widths, taken from every story when they are read."""

    def compose(self) -> ComposeResult:
        with Vertical(id="stories-dialog", classes="dialog"):
            yield Static("Stories", classes="title", id="stories-title")
            yield RowList(self._row, empty="(no stories yet)", id="stories-list")
            yield Said(id="stories-said")
            yield Hint(self._hint(), id="stories-hint")

    async def on_mount(self) -> None:
        """The stories are read before the screen takes a key: `t` then `r` typed at once
        renamed nothing, and the title's letters ran as the list's keys (app/key_order.py)."""
        self.query_one("#stories-list", RowList).focus()
        if self.start is not None:
            self.opened.add(self.start)
        await self._load(self.start)
        if self.start is not None:  # the story at the top, its articles under it
            listing = self.query_one("#stories-list", RowList)
            self.call_after_refresh(listing.scroll_to, y=listing.cursor, animate=False)

    # --- rows ---------------------------------------------------------------------------

    def _row(self, row: Story | ArticleRow, width: int) -> Text:
        """A story: its id (as `workbench stories` takes it), title (and the thread it
        shares, if it does), then in columns its articles and conflicts; an article: its
        name and date. With a hundred stories, figures at one column are read down, not hunted."""
        mark = self.marked.story if isinstance(self.marked, ThreadMark) else self.marked
        marked = mark is row or (
            isinstance(row, Story) and isinstance(mark, Story) and mark.id == row.id
        )
        columns = self.columns
        id_width = columns.id_width
        if isinstance(row, ArticleRow):
            return article_line(row, width, id_width, marked, row.source_id in self.bare)
        sign = "▾ " if row.id in self.opened else "▸ "
        text = Text(("▶ " if marked else "") + sign, no_wrap=True, end="")
        text.append(f"{'#' + str(row.id):>{id_width}} ", "dim")
        wide = width - len(text) - 36 >= WIDE_TITLE_LEAST
        # 80 columns: the title first, then the articles and open conflicts in words, in
        # columns as wide as the widest story's (the figures once ran 2 cells past the
        # edge: "4 art · 1 op")
        n_w = max(columns.articles_width, len(str(row.articles)))
        most_open = max(columns.most_open, row.conflicts_open)
        o_w = len(str(most_open))
        short = 2 + n_w + 9 + (8 + o_w if most_open else 0)
        room = max(10, width - len(text) - (36 if wide else short))
        # 80 columns: " · thread 79" and no count, else no story there told its thread
        notes = thread_notes(row, self.thread_sizes)[0 if wide else 1 :]
        title, note = titled_with_thread(dated_title(row), notes, room)
        text.append(title, "bold" if row.fixed else "")
        text.append(note, "dim")
        text.append(" " * max(0, min(room, columns.longest_title) - len(title) - len(note)))
        if not wide:
            plural = "s" if row.articles != 1 else " "
            text.append(f"  {row.articles:>{n_w}} article{plural}", "dim")
            if row.conflicts_open:
                text.append(f" · {row.conflicts_open:>{o_w}} open", "dim")
            return text
        articles = f"{row.articles} article{'s' if row.articles != 1 else ''}"
        conflicts = (
            f"{row.conflicts_open} open, {row.conflicts_decided} decided"
            if row.conflicts_open or row.conflicts_decided
            else "no conflicts"
        )
        text.append(f"  {articles:>11} · {conflicts:<20}", "dim")
        return text

    def _found(self) -> list[Story]:
        return found_stories(self.stories, self.articles, self.words)

    def _rows(self) -> list[Story | ArticleRow]:
        rows: list[Story | ArticleRow] = []
        for story in self._found():
            rows.append(story)
            if story.id in self.opened:
                rows += [self.articles[s] for s in story.source_ids if s in self.articles]
        return rows

    def _hint(self) -> str:
        if isinstance(self.marked, Story):
            return f"m on another story: merge {_quoted(self.marked.title)} into it"
        if isinstance(self.marked, ArticleRow):
            return f"o on a story: move {_quoted(self.marked.shown)} there · N: new story"
        if isinstance(self.marked, ThreadMark):
            title = _quoted(self.marked.story.title)
            return f"T on another story: put {title} in its thread · N: a thread of its own"
        undo = f" · ^z: undo the {self.last_fix.named}" if self.last_fix else ""
        return (
            "enter: articles · m: merge · o: move · N: new story · T: thread · r: rename · /: find"
            f"{undo} · escape: close"
        )

    def _show(self, keep: int | None = None, at: int | None = None) -> None:
        rows = self._rows()
        listing = self.query_one("#stories-list", RowList)
        if keep is not None:
            at = next((i for i, r in enumerate(rows) if isinstance(r, Story) and r.id == keep), 0)
        # "(no stories yet)" over 54 stories, none with the words sought, misled a walk
        listing.empty = (
            "(no story has these words · /: other words, empty: every story)"
            if self.words and self.stories
            else "(no stories yet)"
        )
        listing.set_rows(rows, cursor=at)
        self.query_one("#stories-hint", Hint).show(self._hint())
        self._retitle()

    @work(exclusive=True, group="stories")
    async def reload(self, keep: int | None = None) -> None:
        await self._load(keep)

    async def _load(self, keep: int | None = None) -> None:
        self.stories, self.articles = await self.app.db.read(load_stories)  # type: ignore[attr-defined]
        self.thread_sizes = Counter(s.thread_id for s in self.stories)
        self.columns = story_columns(self.stories, self.thread_sizes)
        self._show(keep)

    def _retitle(self) -> None:
        count = len(self.stories)
        # "Stories · 2149" beside the header's "71,892 claims" (walk40): grouped as it is
        title = f"Stories · {count:,} (earliest first)" if count else "Stories"
        if self.words:
            found = len(self._found())
            title = f"Stories · {found:,} of {count:,} with “{self.words}” (/: change)"
        self.query_one("#stories-title", Static).update(title)

    # --- actions ------------------------------------------------------------------------

    @property
    def _current(self) -> Story | ArticleRow | None:
        return self.query_one("#stories-list", RowList).current

    @on(RowList.Selected)
    def _toggle(self, event: RowList.Selected) -> None:
        row = event.row
        if isinstance(row, Story):
            self.opened ^= {row.id}
            self._show()

    def action_merge(self) -> None:
        row = self._current
        if not isinstance(row, Story):
            self.notify("Highlight a story to merge", severity="warning")
            return
        if not isinstance(self.marked, Story) or self.marked.id == row.id:
            self.marked = None if isinstance(self.marked, Story) else row
            self._show()
            return
        first, self.marked = self.marked.id, None
        self.save("merge", first, row.id)

    def action_move(self) -> None:
        row = self._current
        if isinstance(row, ArticleRow) and not isinstance(self.marked, ArticleRow):
            self.marked = row
            self._show()
        elif isinstance(row, Story) and isinstance(self.marked, ArticleRow):
            source, self.marked = self.marked, None
            if source.story_id == row.id:  # its own story: nothing to move, nothing logged
                self.notify(f"Source {source.source_id} is already in story #{row.id}")
                self._show()
                return
            self.save("move", source.source_id, row.id)
        elif isinstance(row, ArticleRow) and self.marked is row:
            self.marked = None
            self._show()
        else:
            self.notify("Open a story (enter), press o on an article, then o on a story")

    def action_thread(self) -> None:
        """`T` marks a story; `T` on another puts the marked one in that story's thread (as
        `m` then `m` merges the first into the second); `T` on it again unmarks it."""
        row, mark = self._current, self.marked
        if not isinstance(row, Story):
            self.notify("Highlight a story to put it in another's thread", severity="warning")
            return
        if not isinstance(mark, ThreadMark) or mark.story.id == row.id:
            self.marked = None if isinstance(mark, ThreadMark) else ThreadMark(row)
            self._show()
            return
        self.marked = None
        if mark.story.thread_id == row.thread_id:  # nothing to change, nothing logged
            self.notify(f"Story #{mark.story.id} is already in story #{row.id}'s thread")
            self._show()
            return
        self.save_thread(mark.story.id, row.id)

    def action_new_story(self) -> None:
        if isinstance(self.marked, ThreadMark):  # `T` then `N`: a thread of its own
            story, self.marked = self.marked.story, None
            if self.thread_sizes.get(story.thread_id, 1) <= 1:
                self.notify(f"Story #{story.id} is already alone in its thread")
                self._show()
                return
            self.save_thread(story.id, None)
            return
        row = self._current if not isinstance(self.marked, ArticleRow) else self.marked
        if not isinstance(row, ArticleRow):
            self.notify("Highlight an article to give it a story of its own", severity="warning")
            return
        self.marked = None
        story = next((s for s in self.stories if s.id == row.story_id), None)
        if story is not None and story.source_ids == [row.source_id]:  # a new story alike
            self.notify(f"Source {row.source_id} is already the only article of story #{story.id}")
            self._show()
            return
        self.save("move", row.source_id, None)

    async def action_rename(self) -> None:
        row = self._current
        story = next((s for s in self.stories if row and s.id == _story_id(row)), None)
        if story is None:
            return

        def renamed(title: str | None) -> None:
            if title and title != story.title:
                self.rename(story.id, title)

        await self.app.push_screen(RenameDialog(story.title, f"Rename story #{story.id}"), renamed)

    async def action_find(self) -> None:
        def found(words: str | None) -> None:
            if words is not None:
                before, self.words = self._current, words
                story = story_found_by_article(self._found(), self.articles, words)
                if story is not None:  # its article found by name shows, for the cursor
                    self.opened.add(story)
                self._show(at=found_at(self._rows(), words, before))

        hint = "enter: show those with these words (empty: every story) · escape: cancel"
        await self.app.push_screen(RenameDialog(self.words, "Find stories", hint, ""), found)

    def action_close(self) -> None:
        self.dismiss(self.changed)


def _quoted(title: str) -> str:
    """A title in a hint, in «», its own " · " kept from the hints' separator: the hint
    broke inside it at 80 columns ("put «shooting · East Palo Alto" / "2013-05-05» in its
    thread", walk44)."""
    return "«" + one_line(title, 40).replace(" · ", "\u00a0·\u00a0") + "»"


def _story_id(row: Story | ArticleRow) -> int:
    return row.id if isinstance(row, Story) else row.story_id
