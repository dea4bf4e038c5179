"""The conflict list against the planted truth; the review log and read-side commands at size."""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from run_common import (
    EXPORT_FORMATS,
    LOG_GROWTH,
    LOOKALIKE_KIND,
    REVIEW_SHARE,
    workbench_command,
)

# --- quality against the planted truth -------------------------------------------------------


def evaluate(db: Path, truth: dict) -> dict:
    """Precision and recall of the conflict list and of copy detection."""
    from workbench.store import Store

    by_url = {a["url"]: a["id"] for a in truth["articles"]}
    event = {a["id"]: a["event"] for a in truth["articles"]}
    copy_of = {c["article"]: c["original"] for c in truth["copies"]}

    def canonical(article: str | None) -> str | None:
        return copy_of.get(article, article) if article else None

    with Store(db) as store:
        sources = store.sources()
        article_of = {s.id: by_url.get(s.url or "") for s in sources}
        found_copies = {
            article_of[s.id]: article_of.get(s.copy_of) for s in sources if s.copy_of is not None
        }
        conflicts = store.conflicts()
    planted = truth["conflicts"]
    matched: set[str] = set()
    true_pos = cross_event = lookalike_hits = 0
    looks_by_event: dict[str, list[dict]] = defaultdict(list)
    for look in truth["lookalikes"]:
        looks_by_event[look["event"]].append(look)
    planted_by_event: dict[str, list[dict]] = defaultdict(list)
    for p in planted:
        planted_by_event[p["event"]].append(p)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for conflict in conflicts:
        claims = [(canonical(article_of.get(c.source_id)), c) for c in conflict.claims]
        events = {event.get(a) for a, _ in claims if a}
        hit = False
        if len(events) > 1:
            cross_event += 1
        for ev in events:
            for p in planted_by_event.get(ev, []):
                if p["kind"] != conflict.kind:
                    continue
                odd = p["odd_article"]
                has_odd = any(
                    a == odd and p["odd_text"].casefold() in c.sentence.casefold()
                    for a, c in claims
                )
                has_other = any(a and a != odd and event.get(a) == ev for a, _ in claims)
                if has_odd and has_other:
                    hit = True
                    matched.add(p["id"])
            for look in looks_by_event.get(ev, []):
                if LOOKALIKE_KIND.get(look["kind"]) != conflict.kind:
                    continue
                sides = list(zip(look["articles"], look["texts"], strict=True))
                if all(
                    any(a == art and text.casefold() in c.sentence.casefold() for a, c in claims)
                    for art, text in sides
                ):
                    lookalike_hits += 1
        true_pos += hit
        by_kind[conflict.kind]["found"] += 1
        by_kind[conflict.kind]["true"] += hit
    for p in planted:
        by_kind[p["kind"]]["planted"] += 1
        by_kind[p["kind"]]["recalled"] += p["id"] in matched
    copies_true = {c["article"]: c["original"] for c in truth["copies"]}
    copy_hits = sum(
        1 for a, o in found_copies.items() if a in copies_true and canonical(o) == copies_true[a]
    )

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    return {
        "conflicts_found": len(conflicts),
        "planted": len(planted),
        "precision": ratio(true_pos, len(conflicts)),
        "recall": ratio(len(matched), len(planted)),
        "cross_event_conflicts": cross_event,
        "lookalikes_flagged": lookalike_hits,
        "lookalikes_planted": len(truth["lookalikes"]),
        "by_kind": {
            k: {
                "precision": ratio(v["true"], v["found"]),
                "recall": ratio(v["recalled"], v["planted"]),
                **dict(v),
            }
            for k, v in sorted(by_kind.items())
        },
        "copies": {
            "planted": len(copies_true),
            "found": len(found_copies),
            "precision": ratio(copy_hits, len(found_copies)),
            "recall": ratio(copy_hits, len(copies_true)),
        },
    }


# --- the review log and the read-side commands --------------------------------------------


def grow_review_log(db: Path, rows: int, pass_no: int) -> int:
    """Decide on `rows` claims through the Store API (one transaction, as a batch)."""
    from workbench.models import REVIEW_STATUSES
    from workbench.store import Store

    with Store(db) as store:
        ids = [r[0] for r in store.db.execute("SELECT id FROM claims ORDER BY id")]
        if not ids:
            return 0
        step = max(1, len(ids) // max(1, rows))
        chosen = ids[pass_no % step :: step][:rows]
        with store.transaction():
            for i, claim_id in enumerate(chosen):
                status = REVIEW_STATUSES[(i + pass_no) % len(REVIEW_STATUSES)]
                note = (
                    f'bench pass {pass_no}: checked against the wire copy, "{i}"' if i % 3 else None
                )
                store.record_review(claim_id, status, f"bench-{i % 4}", note)
        return store.db.execute("SELECT count(*) FROM reviews").fetchone()[0]


def command_figures(db: Path) -> dict:
    """`workbench conflicts --json` and every export format, at two sizes of the log."""
    out: dict[str, Any] = {}
    run = workbench_command(["conflicts", "--db", str(db), "--json"])
    out["conflicts --json"] = run
    with sqlite_count(db, "claims") as claims:
        first = max(1, int(claims * REVIEW_SHARE))
    logs = []
    rows = grow_review_log(db, first, 0)
    logs.append(rows)
    out["exports"] = {}
    tmp = Path(tempfile.mkdtemp(prefix="wb-export-"))
    try:
        for size_index in range(2):
            if size_index == 1:
                for p in range(1, LOG_GROWTH):
                    rows = grow_review_log(db, first, p)
                logs.append(rows)
            for fmt in EXPORT_FORMATS:
                target = tmp / f"out.{fmt}"
                r = workbench_command(
                    ["export", "--db", str(db), "--format", fmt, "-o", str(target), "--force"]
                )
                r["bytes"] = target.stat().st_size if target.exists() else None
                out["exports"].setdefault(fmt, []).append({"log_rows": rows, **r})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out["log_rows"] = logs
    return out


class sqlite_count:
    """`with sqlite_count(db, table) as n:` a row count without opening a Store."""

    def __init__(self, db: Path, table: str) -> None:
        self.db, self.table = db, table

    def __enter__(self) -> int:
        import sqlite3

        self.conn = sqlite3.connect(self.db)
        return self.conn.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    def __exit__(self, *exc: object) -> None:
        self.conn.close()
