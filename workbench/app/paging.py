"""The conflict list read in two steps on a large database: first the rows a screen
shows (the first stories' conflicts, with every conflict's claim links for the header's
counts), then after the first paint everything else (`data.overview`). A small database
is read whole at once. Never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.app import data
from workbench.app.queue import TO_DO, Counted, claims_state
from workbench.store import Store
from workbench.store.verdicts import claim_key

PAGE_ROWS = 100
"""Rows read before the first paint: more than the tallest screen shows at once."""

_CONTRADICTION = "score >= ? AND coalesce(relation, 'contradiction') != 'update'"
"""The conflicts the list opens with: above the threshold, not updates."""


@dataclass(slots=True)
class Page:
    """What the first screen shows: the whole overview, or its first page."""

    overview: data.Overview
    paged: bool = False
    """Only the first stories' conflicts are in `overview`; the rest come later."""
    counted: list[Counted] = field(default_factory=list)
    """Every conflict, as the header counts it (when paged)."""
    above: int = 0
    """How many conflicts score at or above the threshold (when paged)."""


def first_page(store: Store, rows: int | None = None) -> Page:
    """The first `rows` rows of the conflict list (whole stories, at least as far as the
    first conflict still to do, where the list opens), or everything when that is
    most of it."""
    rows = PAGE_ROWS if rows is None else rows
    columns = store.db["conflicts"].columns_dict
    total = store.db.execute("SELECT count(*) FROM conflicts").fetchone()[0]
    if total <= rows or "relation" not in columns or "story_id" not in columns:
        return Page(data.overview(store))
    threshold = data.default_threshold()
    decisions = data.decisions(store)
    links: dict[str, list[str]] = {}
    for conflict_id, claim_id in store.db.execute(
        "SELECT conflict_id, claim_id FROM conflict_claims ORDER BY conflict_id, position"
    ):
        links.setdefault(conflict_id, []).append(claim_id)
    counted, to_do, above = [], {}, 0
    for conflict_id, story_id, score, relation in store.db.execute(
        "SELECT id, story_id, score, coalesce(relation, 'contradiction') FROM conflicts"
    ):
        ids = links.get(conflict_id, [])
        item = Counted(conflict_id, story_id, claim_key(ids), tuple(ids))
        counted.append(item)
        if score >= threshold:
            above += 1
            if relation != "update":
                state = claims_state(item.key, item.claim_ids, decisions.statuses, decisions)
                story = to_do.setdefault(story_id, [0, False])
                story[0] += 1
                story[1] = story[1] or state in TO_DO
    stories = _stories_in_order(store, threshold)
    chosen, shown, reached = [], 0, False
    for story in stories:
        count, open_here = to_do.get(story.id, (0, False))
        chosen.append(story)
        shown += 1 + count
        reached = reached or open_here
        if shown >= rows and reached:
            break
    else:
        return Page(data.overview(store))  # the page would be the whole list's start
    ids = [s.id for s in chosen]
    where = f"story_id IN ({','.join('?' * len(ids))}) AND {_CONTRADICTION}"
    page = data._findings(store, "conflict", places=False, where=where, args=(*ids, threshold))
    sources = sorted({c.source_id for f in page for c in f.claims})
    overview = data.Overview(
        sources=data._sources(store, sources),
        conflicts=page,
        decisions=decisions,
        claim_count=store.db.execute("SELECT count(*) FROM claims").fetchone()[0],
        stories={s.id: s for s in chosen},
        threshold=threshold,
        below=total - above,
    )
    return Page(overview, paged=True, counted=counted, above=above)


def _stories_in_order(store: Store, threshold: float) -> list[data.StoryInfo]:
    """The stories holding a conflict the list opens with, in the list's order (that of
    `queue.group_by_story`: first report, then id)."""
    if "stories_overview" not in store.db.view_names():
        return []
    return [
        data.StoryInfo(*row)
        for row in store.db.execute(
            "SELECT st.id, st.title, min(s.published), max(s.published), count(s.id) "
            "FROM stories st JOIN source_stories ss ON ss.story_id = st.id "
            "JOIN sources s ON s.id = ss.source_id "
            f"WHERE st.id IN (SELECT story_id FROM conflicts WHERE {_CONTRADICTION}) "
            "GROUP BY st.id ORDER BY coalesce(min(s.published), '9999'), st.id",
            [threshold],
        )
    ]
