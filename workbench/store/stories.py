"""Stories: reading them (members, dates, outlets, progress), and what the reviewers fixed
by hand (merges, moves, renames: pinned, never undone by grouping).

Grouping's index and writes are in `story_index`; `StoryStore` builds on them."""

from __future__ import annotations

import json
from collections.abc import Iterable

from workbench.models import Story, source_name
from workbench.store.review_state import DONE, conflict_state
from workbench.store.schema import StoreError, utc_now
from workbench.store.story_index import StoryIndexStore
from workbench.store.verdicts import claim_key


def story_before(story: Story) -> dict:
    """What the story log keeps of a story a change replaced: enough to bring it back."""
    keep = ("id", "title", "thread_id", "fixed", "title_fixed")
    return {name: getattr(story, name) for name in keep}


def placed_before(db, story_ids: Iterable[int]) -> dict[str, list]:
    """What the story log keeps of these stories' articles: each one's story, how it was
    placed and whether pinned, so an undo gives grouping back what the fix pinned."""
    wanted = json.dumps(sorted(set(story_ids)))
    sql = (
        "SELECT source_id, story_id, how, pinned FROM source_stories "
        "WHERE story_id IN (SELECT value FROM json_each(?))"
    )
    return {str(s): [story, how, pinned] for s, story, how, pinned in db.execute(sql, [wanted])}


class StoryStore(StoryIndexStore):
    """Stories as readers and reviewers see them, over grouping's index."""

    # --- reading stories ------------------------------------------------------------------

    def story_map(self, source_ids: Iterable[int] | None = None) -> dict[int, tuple[int, int]]:
        """Each placed source's (story id, thread id): of every source, or those given."""
        sql = (
            "SELECT ss.source_id, ss.story_id, st.thread_id FROM source_stories ss "
            "JOIN stories st ON st.id = ss.story_id"
        )
        params: list[str] = []
        if source_ids is not None:  # a group's own rows: analysing group by group stays linear
            sql += " WHERE ss.source_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(sorted(set(source_ids))))
        return {s: (story, thread) for s, story, thread in self.db.execute(sql, params)}

    def story_source_ids(self, story_id: int) -> list[int]:
        sql = (
            "SELECT ss.source_id FROM source_stories ss JOIN sources s ON s.id = ss.source_id "
            "WHERE ss.story_id = ? ORDER BY s.published IS NULL, s.published, s.id"
        )
        return [r[0] for r in self.db.execute(sql, [story_id])]

    def stories(self, ids: Iterable[int] | None = None) -> list[Story]:
        """Every story (or those named), earliest first, with dates, outlets and progress."""
        where, params = "", []
        if ids is not None:
            wanted = list(ids)
            if not wanted:
                return []
            where = f" WHERE o.id IN ({','.join('?' * len(wanted))})"
            params = wanted
        sql = (
            "SELECT o.id, o.title, o.thread_id, o.fixed, st.title_fixed, o.first_published, "
            "o.last_published, o.articles "
            "FROM stories_overview o JOIN stories st ON st.id = o.id" + where
        )
        rows = self.db.execute(sql, params).fetchall()
        progress = self._progress({r[0] for r in rows})
        members: dict[int, list[tuple[int, str]]] = {r[0]: [] for r in rows}
        for story_id, source_id, outlet, title, file in self.db.execute(
            "SELECT ss.story_id, ss.source_id, s.outlet, s.title, s.file FROM source_stories ss "
            "JOIN sources s ON s.id = ss.source_id "
            "ORDER BY ss.story_id, s.published IS NULL, s.published, s.id"
        ):
            if story_id in members:
                # named as reasons and conflicts name it: a file name said nothing (walk33)
                members[story_id].append((source_id, source_name(outlet, title, file)))
        return [
            Story(
                id=row[0],
                title=row[1],
                thread_id=row[2],
                fixed=bool(row[3]),
                title_fixed=bool(row[4]),
                first_published=row[5],
                last_published=row[6],
                articles=row[7],
                outlets=list(dict.fromkeys(outlet for _s, outlet in members[row[0]])),
                conflicts_open=progress.get(row[0], (0, 0))[0],
                conflicts_decided=progress.get(row[0], (0, 0))[1],
                source_ids=[source for source, _o in members[row[0]]],
            )
            for row in rows
        ]

    def _progress(self, story_ids: set[int]) -> dict[int, tuple[int, int]]:
        """Each story's conflicts (open, decided), in the states the app's queue gives them:
        any answer but "can't tell" decides ("not a conflict" too), "can't tell" and
        disagreeing reviewers leave it open, and a conflict none of whose claims exists is
        not counted."""
        claims_of: dict[str, list[str]] = {}  # its claims that exist
        linked: dict[str, list[str]] = {}  # every claim it names: its key
        story_of: dict[str, int] = {}
        for conflict_id, story_id, claim_id, exists in self.db.execute(
            "SELECT f.id, f.story_id, fc.claim_id, c.id IS NOT NULL FROM conflicts f "
            "JOIN conflict_claims fc ON fc.conflict_id = f.id "
            "LEFT JOIN claims c ON c.id = fc.claim_id WHERE f.story_id IS NOT NULL"
        ):
            if story_id in story_ids:
                story_of[conflict_id] = story_id
                linked.setdefault(conflict_id, []).append(claim_id)
                claims_of.setdefault(conflict_id, [])
                if exists:
                    claims_of[conflict_id].append(claim_id)
        if not story_of:
            return {}
        keys = {conflict_id: claim_key(ids) for conflict_id, ids in linked.items()}
        verdicts = self.verdicts(set(keys.values()))  # type: ignore[attr-defined]
        statuses = self.statuses()  # type: ignore[attr-defined]
        counts: dict[int, list[int]] = {}
        for conflict_id, story_id in story_of.items():
            state = conflict_state(
                claims_of[conflict_id], statuses, verdicts.get(keys[conflict_id], [])
            )
            if state != "gone":
                counts.setdefault(story_id, [0, 0])[state in DONE] += 1
        return {story: (open_, done) for story, (open_, done) in counts.items()}

    def story(self, story_id: int) -> Story:
        found = self.stories([story_id])
        if not found:
            raise StoreError(f"no story with id {story_id}")
        return found[0]

    def story_exists(self, story_id: int) -> bool:
        return (
            self.db.execute("SELECT 1 FROM stories WHERE id = ?", [story_id]).fetchone() is not None
        )

    def story_of(self, source_id: int) -> int | None:
        row = self.db.execute(
            "SELECT story_id FROM source_stories WHERE source_id = ?", [source_id]
        ).fetchone()
        return row[0] if row else None

    # --- the reviewer's word --------------------------------------------------------------

    def merge_stories(self, into: int, other: int, reviewer: str) -> Story:
        """Every article of `other` joins `into`; both stories' articles are pinned there."""
        if into == other:
            raise StoreError(f"story {into} cannot be merged with itself")
        kept = self.story(into)
        gone = self.story(other)  # both must exist
        before = {
            "story": story_before(gone),
            "sources": gone.source_ids,
            "thread": [s for s in self.thread_stories(other) if s != other],
            "into": story_before(kept),
            "placed": placed_before(self.db, [into, other]),
        }
        with self.transaction():
            self.db.execute(
                "UPDATE source_stories SET story_id = ?, how = 'reviewer', pinned = 1 "
                "WHERE story_id IN (?, ?)",
                [into, into, other],
            )
            self.db.execute("UPDATE stories SET fixed = 1 WHERE id = ?", [into])
            if gone.title_fixed and not kept.title_fixed:
                # A reviewer's title outlives grouping's: merging a renamed story into one
                # titled by grouping lost the name just given (walk31); the undo gives it back.
                self.db.execute(
                    "UPDATE stories SET title = ?, title_fixed = 1 WHERE id = ?",
                    [gone.title, into],
                )
            self.db.execute(
                "UPDATE stories SET thread_id = ? WHERE thread_id = ?",
                [self._thread(into), self._thread(other)],
            )
            self._log(reviewer, "merge", into, None, other, None, before=before)
            self._drop_empty_stories()
        return self.story(into)

    def move_source(
        self, source_id: int, story_id: int | None, reviewer: str, *, undo_of: int | None = None
    ) -> Story:
        """Move an article to another story, or (None) to a new story and thread of its own;
        `undo_of`: the change this move takes back."""
        current = self.story_of(source_id)
        if current is None:  # a wrong id is named as such ("no placed source" read as jargon)
            self.source(source_id)  # "no source with id N"
            raise StoreError(f"source {source_id} is in no story yet")
        target = self.story(story_id) if story_id is not None else None
        if story_id == current:  # nothing to move: no change logged, nothing pinned
            raise StoreError(f"source {source_id} is already in story {story_id}")
        if story_id is None and self.story_source_ids(current) == [source_id]:
            raise StoreError(f"source {source_id} is already the only article of story {current}")
        was = self.story(current)
        before = {
            "story": story_before(was),
            "left": len(was.source_ids) > 1,
            "into": story_before(target) if target is not None else None,
            "placed": placed_before(
                self.db, [current, *([story_id] if story_id is not None else [])]
            ),
        }
        with self.transaction():
            if story_id is None:
                # A thread of its own (walk43): the article had the old story's thread only
                # through that story, the link the reviewer has just taken apart; kept, it
                # stayed under the old story's heading and the finder read its figures as
                # the old story's updates (Rocky Mount in El Paso's thread, walk42).
                story_id = self._new_story(None)
            self.db.execute(
                "UPDATE source_stories SET story_id = ?, how = 'reviewer', pinned = 1 "
                "WHERE source_id = ?",
                [story_id, source_id],
            )
            # What is left of the story it came from is the reviewer's choice too.
            self.db.execute("UPDATE source_stories SET pinned = 1 WHERE story_id = ?", [current])
            self.db.execute("UPDATE stories SET fixed = 1 WHERE id IN (?, ?)", [story_id, current])
            self._log(
                reviewer, "move", story_id, source_id, current, None, before=before, undo_of=undo_of
            )
            self._drop_empty_stories()
        return self.story(story_id)

    def rename_story(self, story_id: int, title: str, reviewer: str) -> Story:
        title = " ".join(title.split())
        if not title:
            raise StoreError("a story's title cannot be empty")
        before = {"story": story_before(self.story(story_id))}
        with self.transaction():
            self.db.execute(
                "UPDATE stories SET title = ?, title_fixed = 1, fixed = 1 WHERE id = ?",
                [title, story_id],
            )
            self._log(reviewer, "rename", story_id, None, None, title, before=before)
        return self.story(story_id)

    def last_story_change(self, reviewer: str | None = None) -> int:
        """The id of the story log's latest change (0: none yet), or of this reviewer's:
        the fix they just made, whatever another terminal logged since."""
        if reviewer is None:
            return self.db.execute("SELECT coalesce(max(id), 0) FROM story_changes").fetchone()[0]
        sql = "SELECT coalesce(max(id), 0) FROM story_changes WHERE reviewer = ?"
        return self.db.execute(sql, [reviewer]).fetchone()[0]

    def story_changes(self) -> list[dict]:
        cursor = self.db.execute("SELECT * FROM story_changes ORDER BY id")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor]

    def thread_stories(self, story_id: int) -> list[int]:
        """Every story of `story_id`'s thread, itself included."""
        sql = "SELECT id FROM stories WHERE thread_id = ? ORDER BY id"
        return [r[0] for r in self.db.execute(sql, [self._thread(story_id)])]

    def _thread(self, story_id: int) -> int:
        return self.db.execute("SELECT thread_id FROM stories WHERE id = ?", [story_id]).fetchone()[
            0
        ]

    def _log(
        self,
        reviewer: str,
        action: str,
        story_id: int | None,
        source_id: int | None,
        other: int | None,
        title: str | None,
        *,
        before: dict | None = None,
        undo_of: int | None = None,
    ) -> int:
        """Append one change to the story log (with what it replaced); returns its id."""
        cursor = self.db.execute(
            "INSERT INTO story_changes (at, reviewer, action, story_id, source_id, "
            "other_story_id, title, before, undo_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                utc_now(),
                reviewer,
                action,
                story_id,
                source_id,
                other,
                title,
                json.dumps(before) if before is not None else None,
                undo_of,
            ],
        )
        return int(cursor.lastrowid)
