"""Schema step 18: the table of each page's form and paragraph keys (`store.page_facts`)."""

from __future__ import annotations

import sqlite_utils


def create_page_facts(db: sqlite_utils.Database) -> None:
    """Schema step 18: `page_facts`, empty; filled the next time the marks are read. Every
    row, review and hash before it stays as it was."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS page_facts ("
        "source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE, "
        "stamp TEXT NOT NULL, form TEXT, keys TEXT NOT NULL)"
    )
