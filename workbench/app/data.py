"""What the app reads and writes: the functions that read the store into the app's
lightweight shapes (`shapes.py`: no article text until a pane asks for it, so a corpus of a
thousand articles opens at once), each run on `database.Database`'s threads. Never imports
Textual.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from workbench.app.places import name_places
from workbench.app.shapes import (
    Article,
    ClaimDetail,
    ClaimRef,
    Decisions,
    Finding,
    Overview,
    SourceInfo,
    StoryInfo,
)
from workbench.app.shapes import SectionRow as SectionRow  # importable here, where it always was
from workbench.app.shapes import StoryRow as StoryRow  # importable here, where it always was
from workbench.claims.headline import TITLE_SENTENCE_ID, clean_title
from workbench.findings.score import default_threshold
from workbench.models import Sentence
from workbench.store import Store


def _sources(store: Store, ids: list[int] | None = None) -> dict[int, SourceInfo]:
    """Every source (or those of `ids`), its claims not yet counted (`claim_counts` does
    it later: half of the first screen's reading on a large corpus)."""
    where = f"WHERE s.id IN ({','.join('?' * len(ids))}) " if ids is not None else ""
    placed = "source_stories" in store.db.table_names()
    cursor = store.db.execute(
        "SELECT s.id, s.file, s.outlet, s.published, s.title, s.copy_of, c.file, NULL, s.url, "
        f"{'ss.story_id' if placed else 'NULL'} FROM sources s "
        "LEFT JOIN sources c ON c.id = s.copy_of "
        + ("LEFT JOIN source_stories ss ON ss.source_id = s.id " if placed else "")
        + f"{where}ORDER BY s.id",
        ids or [],
    )
    return {row[0]: SourceInfo(*row[:9], story_id=row[9]) for row in cursor}


def claim_counts(store: Store) -> dict[int, int]:
    """Each source's number of claims (one pass over the claims' source index)."""
    return dict(store.db.execute("SELECT source_id, count(*) FROM claims GROUP BY source_id"))


def _claim_ref(row: tuple[Any, ...], values: dict[str | None, Any] | None = None) -> ClaimRef:
    """`values`: the values parsed so far, by their JSON text. A claim in several
    conflicts (half the links on a large corpus) is parsed once; the app never changes
    a value, so the dict can be shared."""
    raw = row[4]
    value = None if values is None else values.get(raw)
    if value is None:
        value = json.loads(raw or "{}")
        if values is not None:
            values[raw] = value
    return ClaimRef(row[0], row[1], row[2], row[3], value, *row[5:])


def _findings(
    store: Store, group: str, *, places: bool = True, where: str = "", args: tuple = ()
) -> list[Finding]:
    """Every finding of `group`, or those `where` (SQL over the table's columns) picks."""
    table = "conflicts" if group == "conflict" else "corroborations"
    link, key = f"{group}_claims", f"{group}_id"
    same_day = "same_day" if group == "conflict" else "NULL"
    columns = store.db[table].columns_dict
    story = "story_id" if "story_id" in columns else "NULL"
    relation = "relation, role" if "relation" in columns else "NULL, NULL"
    found = [
        Finding(
            fid,
            group,
            kind,
            score,
            reason,
            None if sd is None else bool(sd),
            [],
            story_id=sid,
            relation=(rel or "contradiction") if group == "conflict" else None,
            role=role,
        )
        for fid, kind, score, reason, sd, sid, rel, role in store.db.execute(
            f"SELECT id, kind, score, reason, {same_day}, {story}, {relation} FROM {table} "
            f"{'WHERE ' + where if where else ''} ORDER BY score DESC, id",
            args,
        )
    ]
    by_id = {f.id: f for f in found}
    values: dict[str | None, Any] = {}
    placed = "source_stories" in store.db.table_names()
    for *row, story_id in store.db.execute(
        f"SELECT l.{key}, l.claim_id, c.source_id, c.kind, c.text, c.value, c.event_date, "
        f"c.sentence_id, c.role, {'ss.story_id' if placed else 'NULL'} "
        f"FROM {link} l LEFT JOIN claims c ON c.id = l.claim_id "
        + ("LEFT JOIN source_stories ss ON ss.source_id = c.source_id " if placed else "")
        + (f"WHERE l.{key} IN (SELECT id FROM {table} WHERE {where}) " if where else "")
        + f"ORDER BY l.{key}, l.position",
        args,
    ):
        finding = by_id.get(row[0])
        if finding is None:
            continue
        finding.claim_ids.append(row[1])
        if row[2] is not None:
            finding.claims.append(_claim_ref(row[1:], values))
        if story_id is not None and story_id not in finding.story_ids:
            finding.story_ids.append(story_id)
    if places:
        named = name_places(store, group, found)
        for finding in found:
            finding.place = named.get(finding.id)
    return found


def decisions(store: Store) -> Decisions:
    """Every status, verdict and conflict note. The marks are read first: a decision made
    while the rest is read moves a mark past them, and the next poll reads again."""
    marks = store.decision_marks()
    return Decisions(
        statuses=store.statuses(),
        verdicts=store.verdicts(),
        notes=store.current_notes("conflict"),
        marks=marks,
    )


def stories(store: Store) -> dict[int, StoryInfo]:
    """Every story's heading, without its articles. The view `stories_overview` gives the
    same columns and more (outlets, conflict counts: twice the cost on a large corpus)."""
    if "stories_overview" not in store.db.view_names():
        return {}
    return {
        row[0]: StoryInfo(*row)
        for row in store.db.execute(
            "SELECT st.id, st.title, min(s.published), max(s.published), count(s.id) "
            "FROM stories st JOIN source_stories ss ON ss.story_id = st.id "
            "JOIN sources s ON s.id = ss.source_id GROUP BY st.id ORDER BY 3, st.id"
        )
    }


def overview(store: Store) -> Overview:
    threshold = default_threshold()
    return Overview(
        sources=_sources(store),
        conflicts=_findings(store, "conflict", places=False),
        decisions=decisions(store),
        claim_count=store.db.execute("SELECT count(*) FROM claims").fetchone()[0],
        stories=stories(store),
        threshold=threshold,
        below=store.db.execute(
            "SELECT count(*) FROM conflicts WHERE score < ?", [threshold]
        ).fetchone()[0],
    )


def decision_marks(store: Store) -> tuple[int, int, int]:
    """Cheap enough to poll: changes whenever anyone (another terminal too) decides."""
    return store.decision_marks()


def content_marks(store: Store) -> tuple[Any, ...]:
    """Cheap enough to poll: changes when another process adds articles or findings."""
    return store.content_marks()


def all_claims(store: Store, source_ids: list[int] | None = None) -> list[ClaimRef]:
    """Every claim (of `source_ids`: the claims list's first page), a value read once
    however many claims share it (42,751 values for 71,706 claims at 3,370 articles:
    fewer dicts to make, and to pass over collecting)."""
    values: dict[str | None, Any] = {}
    where = "" if source_ids is None else f"WHERE source_id IN ({','.join('?' * len(source_ids))}) "
    return [
        _claim_ref(row, values)
        for row in store.db.execute(
            "SELECT id, source_id, kind, text, value, event_date, sentence_id, role FROM claims "
            f"{where}ORDER BY source_id, headline DESC, start, id",
            source_ids or [],
        )
    ]


def corroborations(store: Store) -> list[Finding]:
    return _findings(store, "corroboration")


def article(store: Store, info: SourceInfo) -> Article:
    """A source as a pane shows it: its title above its text, the title's claims
    highlighted there like the text's."""
    source = store.source(info.id)
    title = clean_title(source.title or "").strip()
    sentences = store.sentences(info.id)
    claims = store.claims(source_id=info.id)
    if not title:
        return Article(info=info, text=source.text, sentences=sentences, claims=claims)
    at = clean_title(source.title or "").find(title)
    shift = len(title) + 2
    heading = Sentence(TITLE_SENTENCE_ID, info.id, -1, -1, 0, len(title), title)
    return Article(
        info=info,
        text=f"{title}\n\n{source.text}",
        sentences=[heading]
        + [replace(s, start=s.start + shift, end=s.end + shift) for s in sentences],
        claims=[
            replace(c, start=c.start - at, end=c.end - at)
            if c.headline
            else replace(c, start=c.start + shift, end=c.end + shift)
            for c in claims
        ],
        body_start=shift,
    )


def claim_detail(store: Store, claim_id: str, conflict_key: str | None = None) -> ClaimDetail:
    corroborated = [
        r[0]
        for r in store.db.execute(
            "SELECT corroboration_id FROM corroboration_claims WHERE claim_id = ? "
            "ORDER BY corroboration_id",
            [claim_id],
        )
    ]
    return ClaimDetail(
        claim=store.claim(claim_id),
        history=list(store.reviews(claim_id=claim_id)),
        conflicts=store.conflict_ids_of(claim_id),
        corroborations=corroborated,
        notes=store.note_history("claim", claim_id),
        verdicts=store.verdict_history(conflict_key) if conflict_key else [],
        conflict_notes=store.note_history("conflict", conflict_key) if conflict_key else [],
    )


def search(store: Store, query: str, limit: int = 100) -> list[Sentence]:
    """The sentences matching `query`, best first, each article's repeat of a sentence left
    out: a scraped page that keeps a line two or three times (a summary box, a caption)
    listed it as two or three results that read the same (walk35, 1,000 real articles)."""
    if not query.strip():
        return []
    seen: set[tuple[int, str]] = set()
    found = []
    for sentence in store.search_sentences(query, limit=limit):
        said = (sentence.source_id, " ".join(sentence.text.split()))
        if said not in seen:
            seen.add(said)
            found.append(sentence)
    return found
