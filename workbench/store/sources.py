"""Sources and their sentences: what was ingested, exactly as it came in."""

from __future__ import annotations

import json
from collections.abc import Iterable

from workbench.models import (
    Removed,
    Sentence,
    Source,
)
from workbench.store.base import StoreBase
from workbench.store.page_facts import MARKS_KEY
from workbench.store.rows import source_from_row
from workbench.store.schema import StoreError, utc_now

_SOURCE_NAMES = (
    *("id", "file", "text", "content_hash", "outlet", "url", "published", "title"),
    *("format", "copy_of", "copy_score", "word_count", "removed", "ingested_at"),
)
"""The columns a `Source` is made of (`rows.source_from_row`)."""
_SOURCE_COLUMNS = ", ".join(f"[{name}]" for name in _SOURCE_NAMES)


class SourceStore(StoreBase):
    """Sources and their sentences: what was ingested, exactly as it came in."""

    def add_source(
        self,
        *,
        file: str,
        raw: bytes,
        text: str,
        content_hash: str,
        path: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: str | None = None,
        title: str | None = None,
        format: str = "text",
        removed: Iterable[Removed] = (),
        word_count: int = 0,
    ) -> int:
        """Insert a source and return its id; the caller owns the transaction."""
        table = self.db["sources"]
        table.insert(
            {
                "file": file,
                "path": path,
                "outlet": outlet,
                "url": url,
                "published": published,
                "title": title,
                "format": format,
                "raw": raw,
                "text": text,
                "content_hash": content_hash,
                "word_count": word_count,
                "removed": json.dumps(
                    [{"text": r.text, "reason": r.reason} for r in removed], ensure_ascii=False
                ),
                "ingested_at": utc_now(),
            }
        )
        return int(table.last_pk)

    def source_by_hash(self, content_hash: str) -> Source | None:
        found = self._sources_where("content_hash = ?", [content_hash])
        return found[0] if found else None

    def source(self, source_id: int) -> Source:
        found = self._sources_where("id = ?", [source_id])
        if not found:
            raise StoreError(f"no source with id {source_id}")
        return found[0]

    def sources(self, ids: Iterable[int] | None = None) -> list[Source]:
        """Every source, or those with the given ids, in id order."""
        if ids is None:
            return self._sources_where("1", [], order_by=" ORDER BY id")
        where = "id IN (SELECT value FROM json_each(?))"
        return self._sources_where(where, [json.dumps(sorted(ids))], order_by=" ORDER BY id")

    def _sources_where(self, where: str, params: list, order_by: str = "") -> list[Source]:
        """The sources a condition selects, read with one plain query: sqlite-utils' table
        methods read the schema again at each call (two queries: an ingest looks every
        article up three times), and `SELECT *` reads the raw bytes no `Source` holds."""
        sql = f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE {where}{order_by}"
        return [
            source_from_row(dict(zip(_SOURCE_NAMES, row, strict=True)))
            for row in self.db.execute(sql, params)
        ]

    def raw(self, source_id: int) -> bytes:
        row = self.db.execute("SELECT raw FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise StoreError(f"no source with id {source_id}")
        return bytes(row[0])

    def source_texts(self, batch: int = 200) -> Iterable[tuple[int, str]]:
        """Every source's id and cleaned text, in id order, a batch at a time (the raw bytes
        stay on disk)."""
        last = 0
        while rows := self.db.execute(
            "SELECT id, text FROM sources WHERE id > ? ORDER BY id LIMIT ?", [last, batch]
        ).fetchall():
            yield from rows
            last = rows[-1][0]

    def near_copies(self, days: int) -> set[int]:
        """Both sides of every copy published within `days` of its original (a reprint)."""
        sql = (
            "SELECT s.id, o.id FROM sources s JOIN sources o ON o.id = s.copy_of "
            "WHERE abs(julianday(s.published) - julianday(o.published)) <= ?"
        )
        return {i for pair in self.db.execute(sql, [days]) for i in pair}

    def set_copy_of(self, source_id: int, copy_of: int | None, score: float | None) -> None:
        self.db["sources"].update(source_id, {"copy_of": copy_of, "copy_score": score})

    def add_sentences(self, source_id: int, sentences: Iterable[Sentence]) -> None:
        # Multi-row INSERTs, not executemany: the FTS5 trigger flushes its index once per
        # statement, so one statement per row would cost twice as much.
        self.db["sentences"].insert_all(
            (
                {
                    "source_id": source_id,
                    "idx": s.index,
                    "paragraph": s.paragraph,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                }
                for s in sentences
            ),
            batch_size=1000,
        )

    def replace_source_text(
        self,
        source_id: int,
        *,
        text: str,
        removed: Iterable[Removed],
        word_count: int,
        sentences: Iterable[Sentence],
    ) -> None:
        """Swap a source's cleaned text and sentences for a newer cleaner's (inside the
        caller's transaction, after its claims, which point at the sentences, were
        removed). The raw bytes stay as they are; what its old text told of its form goes,
        and so do the marks kept from it (`page_facts`: read again from the new text)."""
        self.db.execute("DELETE FROM sentences WHERE source_id = ?", [source_id])
        self.db.execute("DELETE FROM page_facts WHERE source_id = ?", [source_id])
        self.db.execute("DELETE FROM meta WHERE key = ?", [MARKS_KEY])
        self.db["sources"].update(
            source_id,
            {
                "text": text,
                "word_count": word_count,
                "removed": json.dumps(
                    [{"text": r.text, "reason": r.reason} for r in removed], ensure_ascii=False
                ),
            },
        )
        self.add_sentences(source_id, sentences)

    def sentence_ids(self, source_id: int) -> dict[int, int]:
        """A source's sentence ids by position (to point claims made before the insert)."""
        sql = "SELECT idx, id FROM sentences WHERE source_id = ?"
        return dict(self.db.execute(sql, [source_id]).fetchall())

    def sentences(self, source_id: int) -> list[Sentence]:
        return [
            Sentence(
                id=r["id"],
                source_id=r["source_id"],
                index=r["idx"],
                paragraph=r["paragraph"],
                start=r["start"],
                end=r["end"],
                text=r["text"],
            )
            for r in self.db["sentences"].rows_where("source_id = ?", [source_id], order_by="idx")
        ]

    def search_sentences(self, query: str, limit: int = 50) -> list[Sentence]:
        """Full-text search over every sentence (FTS5, porter stemming), best match first."""
        sql = (
            "SELECT sentences.* FROM sentences JOIN sentences_fts "
            "ON sentences_fts.rowid = sentences.id WHERE sentences_fts MATCH ? "
            "ORDER BY sentences_fts.rank LIMIT ?"
        )
        quoted = self.db.quote_fts(query)
        if not quoted:  # a lone quote mark: FTS5 refused the empty query, and the app crashed
            return []
        rows = self.db.execute(sql, [quoted, limit]).fetchall()
        return [
            Sentence(
                id=r[0], source_id=r[1], index=r[2], paragraph=r[3], start=r[4], end=r[5], text=r[6]
            )
            for r in rows
        ]

    def source_headers(self) -> list[Source]:
        """Every source with its text left empty, for listings that need only who published what.

        A corpus's texts run to tens of megabytes that a report or an export never shows.
        """
        cursor = self.db.execute(
            "SELECT id, file, '' AS text, content_hash, outlet, url, published, title, format, "
            "copy_of, copy_score, word_count, NULL AS removed, ingested_at "
            "FROM sources ORDER BY id"
        )
        names = [d[0] for d in cursor.description]
        return [source_from_row(dict(zip(names, row, strict=True))) for row in cursor]
