"""Threads by a reviewer's word: a story put in another's thread, or in a thread of its own,
without merging their articles (issue 10: stories of one ongoing situation form a thread,
and across its stories only figures of a lasting state are compared).

Before, a reviewer could only merge two stories (one event) or move an article out (a
story and a thread of its own, walk43); "these two are one situation" had no way to be
said. The choice is kept as merges and moves keep theirs: the stories it names are fixed,
their articles pinned, so a regrouping after an upgrade leaves them in the threads the
reviewer gave; it is logged in `story_changes` (action "thread", `other_story_id` the story
whose thread it joined, none for a thread of its own) with what it replaced, so
`workbench stories undo` and the stories dialog's ctrl+z take it back.
"""

from __future__ import annotations

from workbench.models import Story
from workbench.store.schema import StoreError
from workbench.store.stories import StoryStore, placed_before, story_before
from workbench.store.story_index import _DROPPED_NUMBER


class StoryThreadStore(StoryStore):
    """Puts one story in another's thread or in a thread of its own, and back."""

    def thread_story(
        self, story_id: int, into: int | None, reviewer: str, *, undo_of: int | None = None
    ) -> Story:
        """Story `story_id` joins story `into`'s thread, alone (the stories of the thread it
        leaves stay where they are, as an article moved leaves its story's others), or
        (`into` None) a thread of its own. The story, the one whose thread it joins and
        those it leaves are fixed: a regrouping would otherwise join them again, or apart,
        from the evidence the reviewer overruled."""
        story = self.story(story_id)
        target = self.story(into) if into is not None else None
        mates = [s for s in self.thread_stories(story_id) if s != story_id]
        if target is not None and target.id == story.id:
            raise StoreError(f"story {story_id} cannot join its own thread")
        if target is not None and target.thread_id == story.thread_id:
            raise StoreError(f"story {story_id} is already in story {into}'s thread")
        if target is None and not mates:
            raise StoreError(f"story {story_id} is already alone in its thread")
        left = self.stories(mates)
        named = [story.id, *([target.id] if target is not None else []), *mates]
        before = {
            "story": story_before(story),
            "into": story_before(target) if target is not None else None,
            "mates": [story_before(s) for s in left],
            "placed": placed_before(self.db, named),
        }
        with self.transaction():
            thread = target.thread_id if target is not None else self.free_thread([story.id])
            self.db.execute("UPDATE stories SET thread_id = ? WHERE id = ?", [thread, story.id])
            marks = ",".join("?" * len(named))
            self.db.execute(f"UPDATE stories SET fixed = 1 WHERE id IN ({marks})", named)
            self.db.execute(
                f"UPDATE source_stories SET pinned = 1 WHERE story_id IN ({marks})", named
            )
            self._log(
                reviewer, "thread", story.id, None, into, None, before=before, undo_of=undo_of
            )
        return self.story(story.id)

    def rethread(self, story_id: int, thread: int, reviewer: str, *, undo_of: int) -> Story:
        """Put a story back in the thread it had (a thread change's undo), logged as a
        thread change undoing `undo_of`: the log stays append-only."""
        story = self.story(story_id)
        into = next((s for s in self.stories_in_thread(thread) if s != story_id), None)
        with self.transaction():
            self.db.execute("UPDATE stories SET thread_id = ? WHERE id = ?", [thread, story_id])
            self._log(reviewer, "thread", story.id, None, into, None, undo_of=undo_of)
        return self.story(story_id)

    def stories_in_thread(self, thread: int) -> list[int]:
        """The stories holding this thread number, by id."""
        sql = "SELECT id FROM stories WHERE thread_id = ? ORDER BY id"
        return [r[0] for r in self.db.execute(sql, [thread])]

    def thread_apart(self, story_ids: list[int]) -> int:
        """Give these stories a thread of their own, together, and return it: undoing a merge
        puts the merged-away story's thread back apart, which the merge had joined to the
        other's (a move changes no standing story's thread)."""
        ids = sorted(set(story_ids))
        marks = ",".join("?" * len(ids))
        with self.transaction():
            thread = self.free_thread(ids)
            self.db.execute(
                f"UPDATE stories SET thread_id = ? WHERE id IN ({marks})", [thread, *ids]
            )
        return thread

    def free_thread(self, story_ids: list[int]) -> int:
        """A thread number for these stories alone: the first one's own number, as a new
        story's thread takes it, unless a story outside them holds it as its thread; then a
        number no story has, nor will be given (kept as a dropped story's number): a thread
        numbered one past the highest story was the next new story's number too, and that
        story, whose thread is its own number, joined it."""
        ids = sorted(set(story_ids))
        marks = ",".join("?" * len(ids))
        taken = self.db.execute(
            f"SELECT 1 FROM stories WHERE thread_id = ? AND id NOT IN ({marks})", [ids[0], *ids]
        ).fetchone()
        if not taken:
            return ids[0]
        number = max(
            self._next_number(),
            self.db.execute("SELECT coalesce(max(thread_id), 0) + 1 FROM stories").fetchone()[0],
        )
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
            "max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
            [_DROPPED_NUMBER, number],
        )
        return number
