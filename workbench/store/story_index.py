"""Grouping's index over the placed articles (terms, full-text matches, days) and
grouping's writes (placements, new stories, copies set apart, a fresh start).

The reviewers' fixes and the reading of stories are in `stories`, which builds on this."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from workbench.store.base import StoreBase
from workbench.store.schema import utc_now
from workbench.store.story_ranking import match_query

if TYPE_CHECKING:
    from workbench.stories.grouping import Member, Placement

_MEMBER_SELECT = (
    "SELECT d.source_id, ss.story_id, st.thread_id, d.published, d.tokens, s.outlet "
    "FROM story_documents d JOIN source_stories ss ON ss.source_id = d.source_id "
    "JOIN stories st ON st.id = ss.story_id JOIN sources s ON s.id = d.source_id"
)

_MATCHED = (
    "SELECT d.source_id, ss.story_id, st.thread_id, d.published, d.tokens, s.outlet "
    "FROM story_documents_fts f JOIN story_documents d ON d.source_id = f.rowid "
    "JOIN source_stories ss ON ss.source_id = d.source_id "
    "JOIN stories st ON st.id = ss.story_id JOIN sources s ON s.id = d.source_id "
    "WHERE story_documents_fts MATCH ?"
)
"""Placed articles whose terms match a full-text query (its rank is `f.rank`)."""


_DROPPED_NUMBER = "story_number_dropped"
"""The meta key of the highest number a story had when it was deleted (emptied by a
reviewer's move or its undo): a new story takes a number above it, so a number a reviewer
wrote down ("#63") never names another story afterwards (walk of gva records 1301-1400)."""


def _window(published: str, days: int) -> list[str]:
    """`date()`'s arguments for the days `days` before and after `published`'s."""
    day = published[:10]
    return [day, f"-{days} days", day, f"+{days} days"]


def _member(row: Sequence) -> Member:
    # Imported here: the stories package loads the claims' (spaCy, dateparser), which a
    # command that only reads the store never needs (`workbench.versions`).
    from workbench.stories.placed import Member

    return Member(row[0], row[1], row[2], row[3], tuple(row[4].split()), row[5])


class StoryIndexStore(StoreBase):
    """Grouping's index over the placed articles and its writes."""

    # --- the index grouping reads (workbench.stories.grouping.Index) ----------------------

    def document_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM story_documents").fetchone()[0]

    def document_frequencies(self, terms: Iterable[str] | None = None) -> dict[str, int]:
        """How many stored articles use each term (of every term, by default; absent terms
        are left out)."""
        if terms is None:
            return dict(self.db.execute("SELECT term, documents FROM story_terms"))
        return self._documents_of("story_terms", "term", terms)

    def candidates(self, terms: Sequence[str], limit: int) -> list[Member]:
        """Placed articles sharing any of the terms, best full-text match first."""
        if not terms:
            return []
        sql = _MATCHED + " ORDER BY f.rank, d.source_id LIMIT ?"
        return [_member(r) for r in self.db.execute(sql, [match_query(terms), limit])]

    def candidates_near(
        self, terms: Sequence[str], published: str, days: int, limit: int
    ) -> list[Member]:
        """Placed articles published within `days` of `published` sharing any of the
        terms, best full-text match first."""
        if not terms:
            return []
        sql = (
            _MATCHED + " AND substr(d.published, 1, 10) BETWEEN date(?, ?) AND date(?, ?)"
            " ORDER BY f.rank, d.source_id LIMIT ?"
        )
        window = _window(published, days)
        return [_member(r) for r in self.db.execute(sql, [match_query(terms), *window, limit])]

    def days_around(self, published: str, days: int) -> tuple[str | None, str | None]:
        """The first and last day within `days` of `published`'s, as `candidates_near`
        bounds them (None for a date SQLite cannot read)."""
        sql = "SELECT date(?, ?), date(?, ?)"
        first, last = self.db.execute(sql, _window(published, days)).fetchone()
        return first, last

    def document_days(self) -> dict[int, str | None]:
        """Each stored article's day, as `candidates_near` compares it, by id."""
        sql = "SELECT source_id, substr(published, 1, 10) FROM story_documents"
        return dict(self.db.execute(sql).fetchall())

    def placed_users(self, term: str) -> int:
        """How many placed articles use the term (those not placed yet are not counted)."""
        sql = (
            "SELECT count(*) FROM story_documents_fts f "
            "JOIN source_stories ss ON ss.source_id = f.rowid WHERE story_documents_fts MATCH ?"
        )
        return self.db.execute(sql, [match_query([term])]).fetchone()[0]

    def harm_counts(self, roles: Sequence[str]) -> list[tuple[str, float, int]]:
        """(role, count, how many articles state it) of the counts of these roles stated
        outright, as grouping's event facts read them (`event_reading._harmed`: exact, not
        implicit, derived nor a tally to date): what says a toll is few reports'
        (`Events.toll_users`)."""
        sql = (
            "SELECT role, json_extract(value, '$.low') AS low, count(DISTINCT source_id) "
            f"FROM claims WHERE kind = 'quantity' AND role IN ({','.join('?' * len(roles))}) "
            "AND NOT coalesce(derived, 0) AND NOT coalesce(implicit, 0) "
            "AND json_extract(value, '$.exact') AND low AND low = json_extract(value, '$.high') "
            "AND NOT coalesce(json_extract(value, '$.tally'), 0) GROUP BY role, low"
        )
        return list(self.db.execute(sql, roles))

    def outlet_sources(self, outlet: str, limit: int) -> list[tuple[int, str | None]]:
        """(id, published) of this outlet's sources, the latest first, at most `limit`:
        where its reports place their events tells its area (`stories.outlet_area`)."""
        sql = (
            "SELECT id, published FROM sources WHERE outlet = ? "
            "ORDER BY published DESC, id DESC LIMIT ?"
        )
        return [(r[0], r[1]) for r in self.db.execute(sql, [outlet, limit])]

    def placed_near(self, published: str, days: int, limit: int) -> list[tuple[int, str | None]]:
        """(id, outlet) of the placed articles published within `days` of `published`'s
        day, the nearest in time first, at most `limit`: the pages of an outlet's area
        among them (`stories.outlet_area`)."""
        sql = (
            "SELECT s.id, s.outlet FROM story_documents d JOIN sources s ON s.id = d.source_id "
            "JOIN source_stories ss ON ss.source_id = d.source_id "
            "WHERE substr(d.published, 1, 10) BETWEEN date(?, ?) AND date(?, ?) "
            "ORDER BY abs(julianday(substr(d.published, 1, 10)) - julianday(date(?))), s.id "
            "LIMIT ?"
        )
        found = self.db.execute(sql, [*_window(published, days), published[:10], limit])
        return [(r[0], r[1]) for r in found]

    def member(self, source_id: int) -> Member | None:
        row = self.db.execute(_MEMBER_SELECT + " WHERE d.source_id = ?", [source_id]).fetchone()
        return _member(row) if row else None

    def story_documents(
        self, source_ids: Sequence[int]
    ) -> dict[int, tuple[str | None, tuple[str, ...], str | None]]:
        """Each of these articles' (published, terms, outlet), as a `Member` holds them: what
        does not change while a grouping run places articles."""
        marks = ",".join("?" * len(source_ids))
        sql = (
            "SELECT d.source_id, d.published, d.tokens, s.outlet FROM story_documents d "
            f"JOIN sources s ON s.id = d.source_id WHERE d.source_id IN ({marks})"
        )
        rows = self.db.execute(sql, list(source_ids))
        return {r[0]: (r[1], tuple(r[2].split()), r[3]) for r in rows}

    # --- grouping's writes ----------------------------------------------------------------

    def sources_without_document(self) -> list[int]:
        sql = (
            "SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM story_documents) "
            "ORDER BY id"
        )
        return [r[0] for r in self.db.execute(sql)]

    def count_paragraphs(self, keys: Iterable[set[str]]) -> None:
        """Count each article's distinct paragraphs (by key) into `story_paragraphs`."""
        counts = Counter(k for found in keys for k in found)
        self.db.conn.executemany(
            "INSERT INTO story_paragraphs (key, documents) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET documents = documents + excluded.documents",
            sorted(counts.items()),
        )

    def paragraph_counts(self, keys: set[str]) -> dict[str, int]:
        return self._documents_of("story_paragraphs", "key", keys)

    def _documents_of(self, table: str, column: str, keys: Iterable[str]) -> dict[str, int]:
        """How many articles use each of these keys (a term, a paragraph), as `table`
        counts them; absent keys are left out. Read 500 at a time (SQLite's bound on
        parameters)."""
        wanted = sorted(set(keys))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {column}, documents FROM {table} WHERE {column} IN ({marks})"
            found.update(self.db.execute(sql, chunk).fetchall())
        return found

    def add_story_documents(self, rows: Iterable[tuple[int, str | None, str]]) -> None:
        """Store the terms of articles and count them into the document frequencies."""
        rows = list(rows)
        self._insert_rows(
            "story_documents",
            [{"source_id": s, "published": p, "tokens": t} for s, p, t in rows],
        )
        counts = Counter(term for _s, _p, tokens in rows for term in set(tokens.split()))
        self.db.conn.executemany(
            "INSERT INTO story_terms (term, documents) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET documents = documents + excluded.documents",
            sorted(counts.items()),
        )

    def document_terms(self, source_id: int) -> tuple[str, ...]:
        row = self.db.execute(
            "SELECT tokens FROM story_documents WHERE source_id = ?", [source_id]
        ).fetchone()
        return tuple(row[0].split()) if row else ()

    def copies(self) -> dict[int, int]:
        """Each source marked as a copy, and its original."""
        sql = "SELECT id, copy_of FROM sources WHERE copy_of IS NOT NULL ORDER BY id"
        return dict(self.db.execute(sql).fetchall())

    def unplaced_sources(self) -> list[tuple[int, str | None, int | None, str | None]]:
        """(id, published, copy_of, outlet) of every source not yet in a story."""
        sql = (
            "SELECT id, published, copy_of, outlet FROM sources "
            "WHERE id NOT IN (SELECT source_id FROM source_stories) ORDER BY id"
        )
        return [tuple(r) for r in self.db.execute(sql)]

    def record_placement(self, placement: Placement) -> int:
        """Put a source in its story (opening the story, and its thread, when new: under the
        number the source's story had before grouping started again, when that is free)."""
        story_id = placement.story_id
        if story_id is None:
            story_id = self._new_story(placement.thread_id, number=self._number_before(placement))
        self.db.execute(
            "INSERT INTO source_stories (source_id, story_id, score, how, pinned) "
            "VALUES (?, ?, ?, ?, 0)",
            [placement.source_id, story_id, placement.score, placement.how],
        )
        return story_id

    def _new_story(self, thread_id: int | None, title: str = "", number: int | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO stories (id, title, thread_id, created_at) VALUES (?, ?, 0, ?)",
            [number or self._next_number(), title, utc_now()],
        )
        story_id = int(cursor.lastrowid)
        self.db.execute(
            "UPDATE stories SET thread_id = ? WHERE id = ?", [thread_id or story_id, story_id]
        )
        return story_id

    def copies_days_apart(self) -> dict[int, float | None]:
        """Each copy's distance in days from its original's publication (None: undated)."""
        sql = (
            "SELECT s.id, abs(julianday(s.published) - julianday(o.published)) FROM sources s "
            "JOIN sources o ON o.id = s.copy_of ORDER BY s.id"
        )
        return dict(self.db.execute(sql).fetchall())

    def unplace_copies(self, source_ids: Iterable[int]) -> set[int]:
        """Take these sources out of the stories they joined as copies (unless pinned), to be
        placed again on their own terms; returns the stories they left."""
        ids = json.dumps(sorted(set(source_ids)))
        where = "source_id IN (SELECT value FROM json_each(?)) AND how = 'copy' AND pinned = 0"
        left = {
            r[0]
            for r in self.db.execute(f"SELECT story_id FROM source_stories WHERE {where}", [ids])
        }
        self.db.execute(f"DELETE FROM source_stories WHERE {where}", [ids])
        self._drop_empty_stories()
        return left

    def forget_grouping(self) -> None:
        """Drop what grouping decided (not what reviewers pinned, nor the articles of a story
        a reviewer fixed: a renamed story keeps its title and its articles), to group again
        from scratch. Each source's story number is remembered for this connection, so that
        a story grouped again keeps the number a reviewer may have written down."""
        forgotten = (
            "FROM source_stories WHERE pinned = 0 "
            "AND story_id NOT IN (SELECT id FROM stories WHERE fixed = 1)"
        )
        self._numbers_before()
        self.db.execute(
            f"INSERT OR REPLACE INTO temp.story_before SELECT source_id, story_id {forgotten}"
        )
        self.db.execute(f"DELETE {forgotten}")
        self.db.execute("DELETE FROM story_documents")
        self.db.execute("DELETE FROM story_terms")
        self.db.execute("DELETE FROM story_paragraphs")
        self._drop_empty_stories()

    def _numbers_before(self) -> None:
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS story_before "
            "(source_id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL)"
        )

    def _number_before(self, placement: Placement) -> int | None:
        """The number of the story this source was in before grouping started again, if no
        story has it now."""
        self._numbers_before()
        row = self.db.execute(
            "SELECT b.story_id FROM temp.story_before b WHERE b.source_id = ? "
            "AND b.story_id NOT IN (SELECT id FROM stories)",
            [placement.source_id],
        ).fetchone()
        return row[0] if row else None

    def _next_number(self) -> int:
        """A number no story has now nor had before grouping started again: a new story never
        takes one that an older story, grouped later in the run, will take back."""
        self._numbers_before()
        row = self.db.execute(
            "SELECT max(coalesce((SELECT max(id) FROM stories), 0), "
            "coalesce((SELECT max(story_id) FROM temp.story_before), 0), "
            "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0))",
            [_DROPPED_NUMBER],
        ).fetchone()
        return row[0] + 1

    def _drop_empty_stories(self) -> None:
        """Delete the stories left with no article; their numbers are never given again
        (`_DROPPED_NUMBER`)."""
        self.db.execute(
            "INSERT INTO meta (key, value) SELECT ?, max(id) FROM stories "
            "WHERE id NOT IN (SELECT story_id FROM source_stories) HAVING max(id) IS NOT NULL "
            "ON CONFLICT(key) DO UPDATE SET value = "
            "max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
            [_DROPPED_NUMBER],
        )
        for table in ("conflicts", "corroborations"):
            self.db.execute(
                f"UPDATE {table} SET story_id = NULL WHERE story_id NOT IN "
                "(SELECT story_id FROM source_stories)"
            )
        self.db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM source_stories)")

    def set_auto_title(self, story_id: int, title: str) -> None:
        """A title grouping made: never over one a reviewer gave."""
        self.db.execute(
            "UPDATE stories SET title = ? WHERE id = ? AND title_fixed = 0", [title, story_id]
        )
