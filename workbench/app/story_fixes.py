"""The stories dialog's side of the database: the stories it lists, a reviewer's fixes
to the grouping, and their undoing.

A merge on the wrong story (the cursor one row off after a story opened above it) had no
way back but moving each article out by hand: `ctrl+z` there did nothing and said nothing
(walk of gva records 201-300). Each fix returns what undoes it; the undo is itself a fix
(moves, logged like any other), so the story log stays append-only. A story the fix
emptied comes back with its number (walk of gva records 1001-1100). A rename is a fix too:
its undo gives the story its title back (it said "No merge or move made here to undo";
new-user walk of the twenty-sixth session).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.app.text import one_line
from workbench.models import Story


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article under its opened story."""

    source_id: int
    story_id: int
    label: str
    published: str | None


def load_stories(store: Any) -> tuple[list[Story], dict[int, ArticleRow]]:
    """Every story, and each placed article as a row (read on the database thread)."""
    found = store.stories()
    headers = {s.id: s for s in store.source_headers()}
    articles = {}
    for story in found:
        for source_id in story.source_ids:
            source = headers[source_id]
            # the outlet with the headline: a scraped title alone ("2014", "Home") says little
            label = " · ".join(p for p in (source.outlet, source.title) if p) or source.file
            articles[source_id] = ArticleRow(source_id, story.id, label, source.published)
    return found, articles


@dataclass(frozen=True, slots=True)
class Undo:
    """How to take one fix back: the articles it moved and the story they came from, or
    the story it renamed."""

    action: str
    """"merge", "move" or "rename": what is undone, as the notice says it."""
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
    rename's: the story before it, whose title comes back."""
    logged: int = 0
    """A rename's entry in the story log: a change logged after it keeps the story fixed."""

    def said(self, shown: int) -> str:
        """What its undo did, as the notice says it, `shown` the story it left in view."""
        if self.action == "rename" and self.was is not None:
            return f"Undid the rename: story #{shown} is “{one_line(self.was.title, 60)}” again"
        noun = "source" if len(self.source_ids) == 1 else "sources"
        sources = ", ".join(map(str, self.source_ids))
        return f"Undid the {self.action}: {noun} {sources} in story #{shown}"


def apply_rename(store: Any, story_id: int, title: str, reviewer: str) -> Undo:
    """Give a story a reviewer's title; returns its undo (the story as it was)."""
    was = store.story(story_id)
    store.rename_story(story_id, title, reviewer)
    return Undo("rename", (), story_id, was=was, logged=store.last_story_change())


def apply(
    store: Any, action: str, reviewer: str, first: int, second: int | None
) -> tuple[int, Undo]:
    """Save one fix and refresh what it changes; returns the story to show and its undo."""
    from workbench.pipeline import after_story_change

    if action == "merge":
        assert second is not None
        merged = store.story(first)
        thread = tuple(s for s in store.thread_stories(first) if s != first)
        story = store.merge_stories(second, first, reviewer)
        touched, stories = merged.source_ids + story.source_ids, [story.id]
        undo = Undo("merge", tuple(merged.source_ids), None, thread, merged)
    elif action == "move":
        before = store.story_of(first)
        was = store.story(before) if before is not None else None
        story = store.move_source(first, second, reviewer)
        left = store.story_source_ids(before) if before is not None else []
        touched, stories = [first, *left, *story.source_ids], [story.id, before or story.id]
        undo = Undo("move", (first,), before if left else None, was=was)
    else:
        raise ValueError(action)
    after_story_change(store, touched, stories)
    return story.id, undo


def undo(store: Any, fix: Undo, reviewer: str) -> int:
    """Put the articles of `fix` back where they were; returns the story they are in."""
    from workbench.pipeline import after_story_change

    if fix.action == "rename":  # the title only: no article moved, no conflict to find again
        assert fix.was is not None
        return store.restore_title(fix.was, fix.logged, reviewer).id
    first, *rest = fix.source_ids
    was = store.story_of(first)
    back = fix.story_id if fix.story_id is not None and store.story_exists(fix.story_id) else None
    if back is None and fix.was is not None:
        story = store.restore_story(fix.was, fix.source_ids, reviewer)
    else:
        story = store.move_source(first, back, reviewer)
        for source_id in rest:
            story = store.move_source(source_id, story.id, reviewer)
    threaded: list[int] = []
    if fix.action == "merge":  # the merged-away story's thread apart again, as it was
        threaded = [s for s in fix.thread if store.story_exists(s)]
        store.thread_apart([story.id, *threaded])
    left = store.story_source_ids(was) if was is not None else []
    stories = [story.id, *([was] if left else []), *threaded]
    after_story_change(store, [*fix.source_ids, *left], stories)
    return story.id
