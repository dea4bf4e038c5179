"""The stories' tables and views (schema step 4), kept beside the queries that use them.

`stories` names each story and its thread; `source_stories` says which story each source
belongs to and whether a reviewer placed it there (pinned: grouping never moves it);
`story_documents` holds the terms grouping matched each source on, with a full-text index
that finds the articles a new one could join, and `story_terms` how many articles use
each term, so that placing one new article reads only the articles it could join.
`story_changes` is the reviewers' log of merges, moves and renames: each row keeps what the
change replaced (`before`), so that any process can undo it, and an undo's rows name the
change they take back (`undo_of`). Conflicts and corroborations name their story and thread.
"""

from __future__ import annotations

import sqlite_utils


def migrate_stories(db: sqlite_utils.Database) -> None:
    db["stories"].create(
        {
            "id": int,
            "title": str,
            "thread_id": int,
            "title_fixed": int,
            "fixed": int,
            "created_at": str,
        },
        pk="id",
        not_null=["title", "thread_id"],
        defaults={"title_fixed": 0, "fixed": 0},
    )
    db["stories"].create_index(["thread_id"])
    db["source_stories"].create(
        {"source_id": int, "story_id": int, "score": float, "how": str, "pinned": int},
        pk="source_id",
        not_null=["story_id", "how"],
        defaults={"pinned": 0},
        foreign_keys=[("source_id", "sources", "id"), ("story_id", "stories", "id")],
    )
    db["source_stories"].create_index(["story_id"])
    db["story_documents"].create(
        {"source_id": int, "published": str, "tokens": str},
        pk="source_id",
        not_null=["tokens"],
        foreign_keys=[("source_id", "sources", "id")],
    )
    db.execute(
        "CREATE VIRTUAL TABLE story_documents_fts USING fts5(tokens, content='story_documents', "
        "content_rowid='source_id', tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")"
    )
    db["story_terms"].create({"term": str, "documents": int}, pk="term", not_null=["documents"])
    db.execute(
        "CREATE TRIGGER story_documents_ai AFTER INSERT ON story_documents BEGIN "
        "INSERT INTO story_documents_fts(rowid, tokens) VALUES (new.source_id, new.tokens); END"
    )
    db.execute(
        "CREATE TRIGGER story_documents_ad AFTER DELETE ON story_documents BEGIN "
        "INSERT INTO story_documents_fts(story_documents_fts, rowid, tokens) "
        "VALUES ('delete', old.source_id, old.tokens); END"
    )
    db["story_changes"].create(
        {
            "id": int,
            "at": str,
            "reviewer": str,
            "action": str,
            "story_id": int,
            "source_id": int,
            "other_story_id": int,
            "title": str,
        },
        pk="id",
        not_null=["at", "action"],
    )
    db.execute(
        "CREATE TRIGGER story_changes_no_update BEFORE UPDATE ON story_changes "
        "BEGIN SELECT RAISE(ABORT, 'the story log is append-only: UPDATE refused'); END"
    )
    for table in ("conflicts", "corroborations"):
        db[table].add_column("story_id", int)
        db[table].add_column("thread_id", int)
        db[table].create_index(["story_id"])
    create_story_conflicts_view(db)
    create_stories_overview(db, _OUTLET_OR_FILE)
    db.create_view(
        "sources_by_story",
        """
        SELECT ss.story_id, st.title AS story, st.thread_id, s.id AS source_id, s.file,
               s.outlet, s.published, s.title, ss.how, ss.pinned, ss.score
        FROM source_stories ss
        JOIN stories st ON st.id = ss.story_id
        JOIN sources s ON s.id = ss.source_id
        ORDER BY ss.story_id, s.published, s.id
        """,
    )


_OUTLET_OR_FILE = "group_concat(DISTINCT coalesce(s.outlet, s.file))"
"""The view's outlets as schema step 4 wrote them: an outlet-less article by its file."""

_SOURCE_NAMES = """(SELECT group_concat(name, ', ') FROM (
                 SELECT name FROM (
                   SELECT coalesce(
                            nullif(m.outlet, ''),
                            '“' || nullif(trim(replace(replace(replace(m.title, char(13), ' '),
                                                       char(10), ' '), char(9), ' ')), '')
                                || '”',
                            m.file) AS name,
                          row_number() OVER (
                            ORDER BY m.published IS NULL, m.published, m.id) AS position
                   FROM source_stories ms JOIN sources m ON m.id = ms.source_id
                   WHERE ms.story_id = st.id)
                 GROUP BY name ORDER BY min(position)))"""
"""Each story's articles named as `workbench stories` names them (`models.source_name`: the
outlet, else the headline in quotes, else the file), first report first, each name once."""


def create_stories_overview(db: sqlite_utils.Database, outlets: str) -> None:
    db.create_view(
        "stories_overview",
        f"""
        SELECT st.id, st.title, st.thread_id, st.fixed,
               min(s.published) AS first_published, max(s.published) AS last_published,
               count(s.id) AS articles,
               {outlets} AS outlets,
               (SELECT count(*) FROM story_conflicts c
                 WHERE c.story_id = st.id AND NOT c.decided) AS conflicts_open,
               (SELECT count(*) FROM story_conflicts c
                 WHERE c.story_id = st.id AND c.decided) AS conflicts_decided
        FROM stories st
        JOIN source_stories ss ON ss.story_id = st.id
        JOIN sources s ON s.id = ss.source_id
        GROUP BY st.id
        ORDER BY first_published, st.id
        """,
        replace=True,
    )


def name_outlets_as_stories_do(db: sqlite_utils.Database) -> None:
    """Schema step 17: the view's outlets name an article as `workbench stories` does (its
    headline when it has no outlet; a file name such as `003_01e6d2ca.txt` told a
    Datasette reader nothing), in the order of the first report, parted by ", ". A view
    only: every row, review and hash stays as it was."""
    create_stories_overview(db, _SOURCE_NAMES)


def create_story_conflicts_view(db: sqlite_utils.Database) -> None:
    """Each conflict's story and whether it is decided: by the latest standing verdict on it
    (any answer but "can't tell"), else by every one of its claims having a status; the
    same reading as the app's queue (`review_state`), for users of Datasette or
    sqlite-utils (the app and the CLI also follow verdicts to conflicts a re-analysis
    renamed)."""
    db.create_view(
        "story_conflicts",
        """
        SELECT f.id, f.story_id, f.thread_id,
               coalesce(
                 (SELECT v.verdict != 'cant_tell' FROM verdicts v
                   WHERE v.conflict_id = f.id AND v.undo_of IS NULL AND v.verdict IS NOT NULL
                     AND NOT EXISTS (SELECT 1 FROM verdicts u WHERE u.undo_of = v.id)
                   ORDER BY v.id DESC LIMIT 1),
                 (SELECT count(*) FROM conflict_claims fc
                   WHERE fc.conflict_id = f.id
                     AND fc.claim_id NOT IN (SELECT claim_id FROM claim_status)) = 0
               ) AS decided
        FROM conflicts f
        """,
        replace=True,
    )


def migrate_story_paragraphs(db: sqlite_utils.Database) -> None:
    """How many independent articles carry each paragraph word for word, so that page
    furniture (sign-in prompts, newsletter offers) is left out of what stories match on."""
    db["story_paragraphs"].create({"key": str, "documents": int}, pk="key", not_null=["documents"])


def add_story_undo_columns(db: sqlite_utils.Database) -> None:
    """Schema step 14: what a merge, move or rename replaced, kept on its row, and the change
    an undo takes back. The app's ctrl+z held that in memory only, so `workbench stories
    merge 12 14` typed by mistake had no way back from the command line."""
    table = db["story_changes"]
    for name, kind in (("before", str), ("undo_of", int)):
        if name not in table.columns_dict:  # a step run again on a rewound schema
            table.add_column(name, kind)
    table.create_index(["undo_of"], if_not_exists=True)
