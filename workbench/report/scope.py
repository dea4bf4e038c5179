"""What a picture or report is about: one story's articles and findings, or the database's.

Stories are optional in a database (an older one has none): without them the scope is
the whole database, and asking for a story is a one-line error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.export.note_words import NoteShown, note_shown
from workbench.models import Claim, Conflict, Corroboration, Review, Source, Verdict
from workbench.store import Store
from workbench.store.verdicts import claim_key

DECIDED = ("verified", "disputed")
"""Statuses that judge a claim right or wrong; `unresolved` judges nothing."""


class ScopeError(Exception):
    """A story that cannot be shown: unknown id, or a database without stories."""


@dataclass(slots=True)
class Scope:
    """The articles, claims and findings of one story (or of the whole database)."""

    title: str
    story_id: int | None
    sources: list[Source]
    claims: list[Claim]
    conflicts: list[Conflict]
    corroborations: list[Corroboration]
    statuses: dict[str, str] = field(default_factory=dict)
    """Each decided claim's current status."""
    reviews: dict[str, Review] = field(default_factory=dict)
    """Each decided claim's latest log row (who, when, the note)."""
    verdicts: dict[str, list[Verdict]] = field(default_factory=dict)
    """Each answered conflict's standing verdicts (one per reviewer), by conflict id."""
    notes: dict[str, NoteShown] = field(default_factory=dict)
    """Each conflict's current note, or its undo, by conflict id."""
    originals: dict[int, str] = field(default_factory=dict)
    """Each copy's original's name (`Source.named`), the original in scope or not."""
    claim_notes: dict[str, NoteShown] = field(default_factory=dict)
    """Each claim's current note (the app's `e` on a claim), or its undo, by claim id."""

    def outlet_of(self) -> dict[int, str]:
        """Source id -> the name a picture shows: the outlet, else the headline in quotes, as
        every other line of the product names an article (`Source.named`; the matrix showed
        `003_01e6d2ca850e917e.txt` where the stories and the conflicts name its headline:
        walk40)."""
        return {s.id: s.named for s in self.sources}

    def witness_of(self) -> dict[int, str]:
        """Source id -> the independent report it stands for, as the pictures name it.

        A copy is no witness of its own: with its original in scope it is folded into the
        original's name (its figures are the original's, counted once); with the original
        outside the scope it stands for it under its own name marked as a copy, so the same
        outlet never shows twice and a copy never passes for an independent outlet.
        """
        here = {s.id: s.named for s in self.sources}
        names = {}
        for s in self.sources:
            if s.copy_of is None:
                names[s.id] = s.named
            elif s.copy_of in here:
                names[s.id] = here[s.copy_of]
            else:
                names[s.id] = f"{s.named} (copy of {self.originals.get(s.id, '?')})"
        return names


def has_stories(store: Store) -> bool:
    """Whether this database groups its articles into stories."""
    db = store.db
    return (
        "stories" in db.table_names()
        and "source_stories" in db.table_names()
        and "story_id" in db["conflicts"].columns_dict
    )


def story_choices(store: Store) -> list[tuple[int, str, int]]:
    """(id, title, articles) of every story, largest first; empty without stories."""
    if not has_stories(store):
        return []
    rows = store.db.execute(
        "SELECT st.id, COALESCE(st.title, ''), COUNT(ss.source_id) FROM stories st "
        "JOIN source_stories ss ON ss.story_id = st.id GROUP BY st.id "
        "ORDER BY COUNT(ss.source_id) DESC, st.id"
    ).fetchall()
    return [(int(i), str(t), int(n)) for i, t, n in rows]


def _story(store: Store, story_id: int) -> tuple[str, set[int], set[str], set[str]]:
    if not has_stories(store):
        raise ScopeError("this database has no stories yet: leave out --story for all of it")
    row = store.db.execute("SELECT title FROM stories WHERE id = ?", [story_id]).fetchone()
    if row is None:
        raise ScopeError(f"no story with id {story_id}")  # as `stories` and `conflicts` say it
    sources = {
        r[0]
        for r in store.db.execute(
            "SELECT source_id FROM source_stories WHERE story_id = ?", [story_id]
        )
    }
    found = []
    for table in ("conflicts", "corroborations"):
        if "story_id" in store.db[table].columns_dict:
            ids = store.db.execute(f"SELECT id FROM {table} WHERE story_id = ?", [story_id])
            found.append({r[0] for r in ids})
        else:
            found.append(set())
    return row[0] or f"story {story_id}", sources, found[0], found[1]


def load_scope(store: Store, story_id: int | None = None) -> Scope:
    """Read a story's (or the database's) articles, quantity claims, findings and decisions."""
    if story_id is None:
        sources = store.sources()
        conflicts, corroborations = store.conflicts(), store.corroborations()
        title = "all articles"
    else:
        # The story's own rows only: every article's text and every finding of the
        # database were read and then filtered, 0.6 CPU s at 3,370 articles for the app's
        # pictures of one story (walk39).
        title, source_ids, conflict_ids, corroboration_ids = _story(store, story_id)
        conflicts = (
            [c for c in store.conflicts(story_id=story_id) if c.id in conflict_ids]
            if conflict_ids
            else []
        )
        corroborations = (
            [c for c in store.corroborations(story_id=story_id) if c.id in corroboration_ids]
            if corroboration_ids
            else []
        )
        # A lasting figure is compared across the thread: the other story's article it was
        # compared with is a witness here too.
        for finding in (*conflicts, *corroborations):
            source_ids.update(c.source_id for c in finding.claims)
        sources = store.sources(source_ids)
    sources.sort(key=lambda s: (s.published or "9999", s.id))
    claims = store.claims(source_ids=[s.id for s in sources], kind="quantity")
    statuses = store.statuses()
    wanted = {c.id for c in claims}
    for finding in (*conflicts, *corroborations):
        wanted.update(finding.claim_ids)
    statuses = {k: v for k, v in statuses.items() if k in wanted}
    # Each decided claim's current row, and each conflict claim's (an undo says so).
    shown = set(statuses).union(*(c.claim_ids for c in conflicts))
    reviews = {k: r for k in sorted(shown) if (r := store.latest_review(k)) is not None}
    keys = {claim_key(c.claim_ids): c.id for c in conflicts}
    verdicts = {keys[k]: v for k, v in store.verdicts(keys).items() if k in keys}
    notes = {keys[k]: n for k, n in _notes_shown(store, "conflict", set(keys)).items()}
    claim_notes = _notes_shown(store, "claim", wanted)
    copied = {s.copy_of for s in sources if s.copy_of is not None}
    label = {s.id: s.named for s in (store.sources(copied) if copied else [])}
    originals = {s.id: label.get(s.copy_of, "?") for s in sources if s.copy_of is not None}
    return Scope(
        title,
        story_id,
        sources,
        claims,
        conflicts,
        corroborations,
        statuses,
        reviews,
        verdicts,
        notes,
        originals,
        claim_notes,
    )


def _notes_shown(store: Store, subject: str, wanted: set[str]) -> dict[str, NoteShown]:
    """The notes of the wanted conflicts (by claim key) or claims as the report shows
    them: the text in force, or that an undo took it back (walk33's leftover)."""
    latest = store.latest_note_edits(subject)
    return {k: shown for k, n in latest.items() if k in wanted and (shown := note_shown(store, n))}
