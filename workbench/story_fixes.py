"""A reviewer's fixes to the grouping (merge, move, rename, thread) and their undoing: the
one path the stories dialog (`ctrl+z`) and `workbench stories undo` both take.

A merge on the wrong story had no way back but moving each article out by hand (walk of
gva records 201-300), and from the command line none at all until the story log kept
what each change replaced (walk27: `workbench stories merge 12 14` typed by mistake).
Each fix's undo is read from its row in the story log, so any process can take it back;
the undo is itself moves or a rename, logged as an undo of that row, so the log stays
append-only. A story the fix emptied comes back with its number (walk of gva records
1001-1100); an undone rename gives the story its title back (twenty-sixth session); an
undone merge or move gives both stories back their titles, whether a reviewer had fixed
them, and their articles' pins (walk27: both showed "(fixed by a reviewer)" after it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from workbench.models import Story
from workbench.safe_text import one_line
from workbench.store import StoreError


@dataclass(frozen=True, slots=True)
class Undo:
    """How to take one fix back: the articles it moved and the story they came from, or
    the story it renamed."""

    action: str
    """"merge", "move", "rename" or "thread": what is undone, as the notice says it."""
    source_ids: tuple[int, ...]
    """The articles the fix moved (a merge: every article of the story merged away)."""
    story_id: int | None
    """The story they were in before, or None when it is gone (merged away: they get a
    new story of their own, together)."""
    thread: tuple[int, ...] = ()
    """A merge's: the other stories of the merged-away story's thread before it, which the
    merge joined to the other thread; its undo puts them and the new story apart again."""
    was: Story | None = None
    """The story they left, as it was: when the fix emptied it, it comes back with its
    number (a number written down, `report --story 22`, names it again) and title; a
    rename's: the story before it, whose title comes back; a thread change's: the story
    before it, whose thread comes back."""
    logged: int = 0
    """The fix's row in the story log: its undo names it, and a change logged after it
    keeps a renamed story fixed."""

    @property
    def named(self) -> str:
        """The fix as a notice or a hint names it ("undo the thread" read as a noun)."""
        return "thread change" if self.action == "thread" else self.action

    def said(self, shown: int) -> str:
        """What its undo did, as the notice says it, `shown` the story it left in view."""
        if self.action == "rename" and self.was is not None:
            return f"Undid the rename: story #{shown} is “{one_line(self.was.title, 60)}” again"
        if self.action == "thread" and self.was is not None:
            thread = self.was.thread_id
            return f"Undid the thread change: story #{shown} is in thread {thread} again"
        noun = "source" if len(self.source_ids) == 1 else "sources"
        sources = ", ".join(map(str, self.source_ids))
        return f"Undid the {self.action}: {noun} {sources} in story #{shown}"


def moved_words(name: str, story: int, *, new: bool) -> str:
    """What a move says, in the app's notice and after `workbench stories move` (which said
    nothing of the move, only the story: walk43); a new story is said to stand in a thread
    of its own, as the store makes it (`StoryStore.move_source`)."""
    if new:
        return f"Moved {name} to a new story #{story} (a thread of its own)"
    return f"Moved {name} to story #{story}"


def undo_of_change(change: dict[str, Any]) -> Undo:
    """The undo of one story log row, from what the row kept of the state it replaced."""
    if not change.get("before"):  # logged before schema step 14 kept it
        raise StoreError(f"the {change['action']} of {change['at']} kept no way back")
    before = json.loads(change["before"])
    was = Story(**before["story"])
    if change["action"] == "merge":
        sources, thread = tuple(before["sources"]), tuple(before["thread"])
        return Undo("merge", sources, None, thread, was, change["id"])
    if change["action"] == "move":
        back = was.id if before["left"] else None
        return Undo("move", (change["source_id"],), back, was=was, logged=change["id"])
    if change["action"] == "thread":
        return Undo("thread", (), change["story_id"], was=was, logged=change["id"])
    return Undo("rename", (), change["story_id"], was=was, logged=change["id"])


def _latest_undo(store: Any, reviewer: str) -> Undo:
    """The undo of the fix this reviewer just logged."""
    return undo_of_change(store.story_change(store.last_story_change(reviewer)))


def apply_rename(store: Any, story_id: int, title: str, reviewer: str) -> Undo:
    """Give a story a reviewer's title; returns its undo (the story as it was)."""
    store.rename_story(story_id, title, reviewer)
    return _latest_undo(store, reviewer)


def thread_words(story: int, into: int | None, thread: int) -> str:
    """What a thread change says, in the app's notice and after `workbench stories thread`."""
    if into is None:
        return f"Story #{story} is in a thread of its own (thread {thread})"
    return f"Story #{story} joined story #{into}'s thread (thread {thread})"


def apply_thread(store: Any, story_id: int, into: int | None, reviewer: str) -> Undo:
    """Put story `story_id` in story `into`'s thread, or (None) in a thread of its own, and
    find again in the threads it left and joined: across a thread's stories only figures
    of a lasting state are compared, as updates (`finding_jobs`). Returns its undo."""
    from workbench.pipeline import after_story_change

    old = store.thread_stories(store.story(story_id).id)  # "no story with id N" first
    store.thread_story(story_id, into, reviewer)
    fix = _latest_undo(store, reviewer)
    after_story_change(store, _thread_sources(store, [*old, *store.thread_stories(story_id)]), [])
    return fix


def _thread_sources(store: Any, story_ids: list[int]) -> list[int]:
    """The articles of these stories (those that still exist)."""
    ids = [s for s in dict.fromkeys(story_ids) if store.story_exists(s)]
    return [source for s in ids for source in store.story_source_ids(s)]


def apply(
    store: Any, action: str, reviewer: str, first: int, second: int | None
) -> tuple[int, Undo]:
    """Save one fix and refresh what it changes; returns the story to show and its undo.
    A merge moves every article of story `first` into story `second`; a move puts source
    `first` in story `second` (None: a new story of its own)."""
    from workbench.pipeline import after_story_change

    if action == "merge":
        assert second is not None
        merged = store.story(first)
        story = store.merge_stories(second, first, reviewer)
        touched, stories = merged.source_ids + story.source_ids, [story.id]
    elif action == "move":
        before = store.story_of(first)
        story = store.move_source(first, second, reviewer)
        left = store.story_source_ids(before) if before is not None else []
        touched, stories = [first, *left, *story.source_ids], [story.id, before or story.id]
    else:
        raise ValueError(action)
    fix = _latest_undo(store, reviewer)
    after_story_change(store, touched, stories)
    return story.id, fix


def undo(store: Any, fix: Undo, reviewer: str) -> int:
    """Put the articles of `fix` back where they were (or its title); returns the story
    they are in. Refused (StoreError) when the fix was undone already, or another reviewer
    has changed its stories since."""
    from workbench.pipeline import after_story_change

    store.check_undoable(fix.logged, reviewer)
    if fix.action == "rename":  # the title only: no article moved, no conflict to find again
        assert fix.was is not None
        return store.restore_title(fix.was, fix.logged, reviewer).id
    if fix.action == "thread":  # its thread back; no article moved
        assert fix.was is not None and fix.story_id is not None
        old = store.thread_stories(fix.story_id)
        store.rethread(fix.story_id, fix.was.thread_id, reviewer, undo_of=fix.logged)
        store.restore_before(fix.logged)
        again = _thread_sources(store, [*old, *store.thread_stories(fix.story_id)])
        after_story_change(store, again, [])
        return fix.story_id
    first, *rest = fix.source_ids
    was = store.story_of(first)
    back = fix.story_id if fix.story_id is not None and store.story_exists(fix.story_id) else None
    if back is None and fix.was is not None:
        story = store.restore_story(fix.was, fix.source_ids, reviewer, undo_of=fix.logged)
    else:
        story = store.move_source(first, back, reviewer, undo_of=fix.logged)
        for source_id in rest:
            story = store.move_source(source_id, story.id, reviewer, undo_of=fix.logged)
    threaded: list[int] = []
    if fix.action == "merge":  # the merged-away story's thread apart again, as it was
        threaded = [s for s in fix.thread if store.story_exists(s)]
        store.thread_apart([story.id, *threaded])
    left = store.story_source_ids(was) if was is not None else []
    # Both stories as they were (fixed or not, grouping's title, the pins): titled anew
    # only those the log could not give back.
    restored = store.restore_before(fix.logged)
    stories = [s for s in (story.id, *([was] if left else []), *threaded) if s not in restored]
    after_story_change(store, [*fix.source_ids, *left], stories)
    return story.id


def undo_latest(store: Any, reviewer: str) -> tuple[Undo, int] | None:
    """Take back this reviewer's latest merge, move, rename or thread change still
    standing; returns its undo and the story it left in view, or None when there is
    nothing to undo."""
    change = store.last_undoable_change(reviewer)
    if change is None:
        return None
    fix = undo_of_change(change)
    return fix, undo(store, fix, reviewer)
