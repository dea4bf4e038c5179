"""What each page's text tells of its form, kept: the ground of the "no article text" marks.

Whether a page has no article text (`stories.no_article_text`) reads two things of its own
text (its form, `ingest.page_form`, and the keys of the paragraphs copy detection
compares) and two of the whole database (how many articles hold each paragraph, which
pages are near copies). The first two cost 1.4 CPU s at 3,370 articles and move only with
the text or the code that reads it; they are kept here, one row a page, under a stamp of
that code (`page_marks.FACTS_STAMP`), so the marks are read again from the counts alone
(`page_marks`). Derived data, made again whenever the stamp moves; a page's row goes with
the page.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.store.base import StoreBase

MARKS_KEY = "no_article_marks"
"""Meta key of the marks read from the facts: `{"stamp": ..., "marks": {source id: reason}}`
(`page_marks`)."""


class PageFactStore(StoreBase):
    """Each page's form and matchable paragraph keys, by source id."""

    def page_facts(self, stamp: str) -> dict[int, tuple[str | None, list[str]]]:
        """source id -> (form, paragraph keys) of every page kept under `stamp`."""
        rows = self.db.execute(
            "SELECT source_id, form, keys FROM page_facts WHERE stamp = ?", [stamp]
        )
        return {sid: (form, keys.split()) for sid, form, keys in rows}

    def keep_page_facts(
        self, stamp: str, rows: Iterable[tuple[int, str | None, Iterable[str]]]
    ) -> None:
        """Keep (source id, form, paragraph keys) rows under `stamp`, replacing older ones."""
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO page_facts (source_id, stamp, form, keys) VALUES (?, ?, ?, ?)",
            [(sid, stamp, form, " ".join(sorted(keys))) for sid, form, keys in rows],
        )

    def sources_without_page_facts(self, stamp: str) -> list[int]:
        """The sources with no facts kept under `stamp` (new, or kept by older code)."""
        sql = (
            "SELECT id FROM sources WHERE id NOT IN "
            "(SELECT source_id FROM page_facts WHERE stamp = ?) ORDER BY id"
        )
        return [r[0] for r in self.db.execute(sql, [stamp])]

    def paragraphs_in_at_least(self, articles: int) -> dict[str, int]:
        """Each paragraph key found in `articles` articles or more, with its count (one
        scan of `story_paragraphs`: asking for every page's keys took a query a 500)."""
        sql = "SELECT key, documents FROM story_paragraphs WHERE documents >= ?"
        return dict(self.db.execute(sql, [articles]).fetchall())
