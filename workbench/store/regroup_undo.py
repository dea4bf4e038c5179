"""Taking back a reviewer's merge, move or rename: the story it emptied, or the title it
replaced, comes back as it was.

An undone merge used to put the articles in a new story, under a number no one had
written down (`report --story 22` named nothing any more; walk of gva records 1001-1100).
The undo is moves, logged like any other, so the story log stays append-only; the
merged-away story's thread is put apart again by `StoryStore.thread_apart`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from workbench.models import Story
from workbench.store.schema import StoreError
from workbench.store.stories import StoryStore

_STANDING = (
    "c.undo_of IS NULL AND NOT EXISTS (SELECT 1 FROM story_changes u WHERE u.undo_of = c.id)"
)
"""A story log row that stands: not an undo, and not undone."""


class RegroupUndoStore(StoryStore):
    """Brings back a story a merge or a move emptied, and a title a rename replaced."""

    def restore_story(
        self, before: Story, source_ids: Iterable[int], reviewer: str, *, undo_of: int
    ) -> Story:
        """Move `source_ids` into story `before`, brought back with its number (unless a
        story has taken it), its thread and a title a reviewer gave it; `undo_of`: the
        change this takes back."""
        with self.transaction():
            number = None if self.story_exists(before.id) else before.id
            story_id = self._new_story(before.thread_id, number=number)
            for source_id in source_ids:
                current = self.story_of(source_id)
                self.db.execute(
                    "UPDATE source_stories SET story_id = ?, how = 'reviewer', pinned = 1 "
                    "WHERE source_id = ?",
                    [story_id, source_id],
                )
                self.db.execute(
                    "UPDATE source_stories SET pinned = 1 WHERE story_id = ?", [current]
                )
                self.db.execute(
                    "UPDATE stories SET fixed = 1 WHERE id IN (?, ?)", [story_id, current]
                )
                self._log(reviewer, "move", story_id, source_id, current, None, undo_of=undo_of)
            if before.title_fixed:
                self.db.execute(
                    "UPDATE stories SET title = ?, title_fixed = 1 WHERE id = ?",
                    [before.title, story_id],
                )
            self._drop_empty_stories()
        return self.story(story_id)

    def restore_title(self, before: Story, after_change: int, reviewer: str) -> Story:
        """Give story `before.id` back the title it had, and whether a reviewer had fixed that
        title (an unfixed one is grouping's again, to make anew). The rename fixed the story
        too; it is unfixed again unless it was before or a change logged after `after_change`
        (the rename's) names it. Logged as a rename to the title restored, an undo of
        `after_change`: the log stays append-only."""
        self.story(before.id)
        with self.transaction():
            fixed = before.fixed or self._changed_since(before.id, after_change)
            self.db.execute(
                "UPDATE stories SET title = ?, title_fixed = ?, fixed = ? WHERE id = ?",
                [before.title, int(before.title_fixed), int(fixed), before.id],
            )
            self._log(reviewer, "rename", before.id, None, None, before.title, undo_of=after_change)
        return self.story(before.id)

    def restore_before(self, change_id: int) -> set[int]:
        """After a merge's or a move's undo has put the articles back: give the stories it
        touched what the fix replaced (their title, whether a reviewer fixed it, each
        article's pin), as the story log's `before` keeps them; returns the stories so
        restored. A story is left fixed (and titled anew) when its articles are not those
        it had, or a change standing after `change_id` names it: the reviewer's later word.
        Rows logged before the log kept the pins restore nothing."""
        before = json.loads(self.story_change(change_id)["before"] or "{}")
        if "placed" not in before:
            return set()
        restored: set[int] = set()
        with self.transaction():
            # a thread change's: the stories of the thread it left (fixed by it too)
            for was in (before["story"], before.get("into"), *before.get("mates", [])):
                if was is None or not self.story_exists(was["id"]):
                    continue
                placed = {
                    int(s): (how, pinned)
                    for s, (story, how, pinned) in before["placed"].items()
                    if story == was["id"]
                }
                now = set(self.story_source_ids(was["id"]))
                if now != set(placed) or self._changed_since(was["id"], change_id):
                    continue
                self.db.execute(
                    "UPDATE stories SET title = ?, title_fixed = ?, fixed = ? WHERE id = ?",
                    [was["title"], int(was["title_fixed"]), int(was["fixed"]), was["id"]],
                )
                self.db.conn.executemany(
                    "UPDATE source_stories SET how = ?, pinned = ? WHERE source_id = ?",
                    [(how, pinned, source) for source, (how, pinned) in placed.items()],
                )
                restored.add(was["id"])
        return restored

    def _changed_since(self, story_id: int, change_id: int) -> bool:
        """Whether a change standing (neither an undo nor undone) logged after `change_id`
        names the story: the reviewer's word since, which keeps it fixed."""
        return (
            self.db.execute(
                f"SELECT 1 FROM story_changes c WHERE id > ? AND {_STANDING} "
                "AND ? IN (story_id, other_story_id)",
                [change_id, story_id],
            ).fetchone()
            is not None
        )

    def last_undoable_change(self, reviewer: str) -> dict | None:
        """This reviewer's latest merge, move or rename that is neither an undo nor undone
        (what `workbench stories undo` takes back), as its story log row."""
        cursor = self.db.execute(
            f"SELECT * FROM story_changes c WHERE reviewer = ? AND {_STANDING} "
            "ORDER BY id DESC LIMIT 1",
            [reviewer],
        )
        row = cursor.fetchone()
        return dict(zip([d[0] for d in cursor.description], row, strict=True)) if row else None

    def story_change(self, change_id: int) -> dict:
        """One row of the story log."""
        cursor = self.db.execute("SELECT * FROM story_changes WHERE id = ?", [change_id])
        row = cursor.fetchone()
        if row is None:
            raise StoreError(f"no story change with id {change_id}")
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def check_undoable(self, change_id: int, reviewer: str) -> None:
        """Refuse to take back a change already undone, or one whose stories another
        reviewer has changed since: undoing it would silently take back theirs too."""
        change = self.story_change(change_id)
        if self.db.execute(
            "SELECT 1 FROM story_changes WHERE undo_of = ?", [change["id"]]
        ).fetchone():
            raise StoreError(f"the {change['action']} was undone already")
        stories = [s for s in (change["story_id"], change["other_story_id"]) if s is not None]
        marks = ",".join("?" * len(stories))
        since = self.db.execute(
            f"SELECT reviewer FROM story_changes c WHERE id > ? AND reviewer != ? AND {_STANDING} "
            f"AND (story_id IN ({marks}) OR other_story_id IN ({marks})) ORDER BY id DESC LIMIT 1",
            [change["id"], reviewer, *stories, *stories],
        ).fetchone()
        if since is not None:
            raise StoreError(
                f"cannot undo the {change['action']}: {since[0]} has changed its stories since"
            )
