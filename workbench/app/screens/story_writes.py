"""The stories dialog's writes: a merge or a move, its undo, a rename, each saved on the
database's writer and said in the dialog and on the review screen's header. A mixin of
`StoriesScreen`, kept apart so each module has one job."""

from __future__ import annotations

from typing import Any

from textual import work

from workbench.app.text import one_line
from workbench.app.widgets.status_line import saved_words
from workbench.store import StoreError
from workbench.story_fixes import (
    Undo,
    apply,
    apply_rename,
    apply_thread,
    moved_words,
    thread_words,
    undo,
    undo_latest,
)


class StoryWrites:
    """`save`, `take_back` and `rename` run on the database thread; each reloads the list."""

    @work(exclusive=True, group="story-write")
    async def save(self: Any, action: str, first: int, second: int | None) -> None:
        reviewer, opened = self.reviewer, set(self.opened)
        shown, self.last_fix = await self.app.db.run(
            lambda store: apply(store, action, reviewer, first, second)
        )
        self.changed, self.opened_before = True, opened
        self.opened.add(shown)
        if action == "merge":
            self.notify(f"Merged story #{first} into story #{shown}", markup=False)
            self._saved(f"saved: story #{first} merged into #{shown}", "saved: merge")
        else:
            name = self._named(first)
            self.notify(moved_words(name, shown, new=second is None), markup=False)
            self._saved(f"saved: {one_line(name, 30)} moved to #{shown}", "saved: move")
        self.reload(shown)

    @work(exclusive=True, group="story-write")
    async def save_thread(self: Any, story_id: int, into: int | None) -> None:
        """Put a story in another's thread, or (None) in a thread of its own."""
        reviewer, opened = self.reviewer, set(self.opened)

        def write(store: Any) -> tuple[Undo, int]:
            fix = apply_thread(store, story_id, into, reviewer)
            return fix, store.story(story_id).thread_id

        try:  # another terminal changed the story meanwhile: said, not a failed app
            self.last_fix, thread = await self.app.db.run(write)
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="warning", markup=False)
            self.reload(story_id)
            return
        self.changed, self.opened_before = True, opened
        self.notify(thread_words(story_id, into, thread), markup=False)
        joined = f"#{into}'s thread" if into is not None else "a thread of its own"
        self._saved(f"saved: story #{story_id} in {joined}", "saved: thread")
        self.reload(story_id)

    def _named(self: Any, source_id: int) -> str:
        """An article as its row names it ("source 2" said nothing on the header; walk34)."""
        row = self.articles.get(source_id)
        return f"«{row.shown}»" if row else f"source {source_id}"

    def action_undo(self: Any) -> None:
        """Take back the mark when a story or an article is marked (the latest thing done
        here, nothing saved), else the last fix. It cleared the mark unseen and undid a
        fix: the row kept its ▶ and the hint its "m on another story: merge ...", and the
        next `m` marked that story instead of merging (walk36)."""
        if self.marked is not None:
            self.marked = None
            self._show()
            self.notify("Unmarked: nothing was saved", markup=False, timeout=2)
            return
        self.take_back(self.last_fix)

    @work(exclusive=True, group="story-write")
    async def take_back(self: Any, fix: Undo | None) -> None:
        """Undo the last fix made here, else (none: the dialog opened again, or the fix made
        by `workbench stories`) the reviewer's latest standing one, as that command does."""
        reviewer, self.last_fix = self.reviewer, None
        try:  # another terminal merged the story away: the app failed ("no story with id 2")
            done = await self.app.db.run(
                lambda store: (
                    (fix, undo(store, fix, reviewer))
                    if fix is not None
                    else undo_latest(store, reviewer)
                )
            )
        except StoreError as exc:
            self.notify(f"Not undone: {exc}", severity="warning", markup=False)
            self.reload()
            return
        if done is None:
            self.notify(
                "No merge, move, rename or thread change of yours to undo", severity="warning"
            )
            return
        self.changed = True
        if fix is not None:
            self.opened = set(self.opened_before)
        self.notify(done[0].said(done[1]), markup=False)
        # "saved: thread change undone" did not fit beside the path at 120 columns, and
        # "saved: undone" said of no fix which (walk45)
        self._saved(
            f"saved: {done[0].named} undone", f"saved: {done[0].action} undone", "saved: undone"
        )
        self.reload(done[1])

    @work(exclusive=True, group="story-write")
    async def rename(self: Any, story_id: int, title: str) -> None:
        reviewer, opened = self.reviewer, set(self.opened)
        self.last_fix = await self.app.db.run(
            lambda store: apply_rename(store, story_id, title, reviewer)
        )
        self.changed, self.opened_before = True, opened
        self.notify(f"Renamed story #{story_id}: {one_line(title, 60)}", markup=False)
        self._saved(f"saved: story #{story_id} renamed", "saved: rename")
        self.reload(story_id)

    def _saved(self: Any, *wordings: str) -> None:
        """The review screen's header says what this fix saved, as it does a decision."""
        main = self.app.screen_stack[0] if self.app.screen_stack else None
        if hasattr(main, "show_saved"):
            main.show_saved(saved_words(*wordings))
