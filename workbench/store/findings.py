"""Conflicts and corroborations: derived from claims, replaced whole on re-analysis."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from workbench.models import (
    Conflict,
    Corroboration,
)
from workbench.store.base import StoreBase


class FindingStore(StoreBase):
    """Conflicts and corroborations: derived from claims, replaced whole on re-analysis."""

    def replace_findings(
        self,
        conflicts: Iterable[Conflict],
        corroborations: Iterable[Corroboration],
        source_ids: Iterable[int] | None = None,
    ) -> None:
        """Replace the conflicts and corroborations (they are derived, not decided): every
        one, or those that involve a claim of the given sources (an analysed group)."""
        if source_ids is None:
            for table in ("conflict_claims", "conflicts", "corroboration_claims", "corroborations"):
                self.db.execute(f"DELETE FROM {table}")
        else:
            self._forget_findings(source_ids)
        conflicts = list(conflicts)
        self._insert_rows(
            "conflicts",
            [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "score": c.score,
                    "reason": c.reason,
                    "same_day": None if c.same_day is None else int(c.same_day),
                    "story_id": c.story_id,
                    "thread_id": c.thread_id,
                    "relation": c.relation,
                    "role": c.role,
                    "features": json.dumps(c.features, sort_keys=True) if c.features else None,
                }
                for c in conflicts
            ],
        )
        self._insert_rows(
            "conflict_claims",
            [
                {"conflict_id": c.id, "claim_id": cid, "position": i}
                for c in conflicts
                for i, cid in enumerate(c.claim_ids)
            ],
        )
        corroborations = list(corroborations)
        self._insert_rows(
            "corroborations",
            [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "score": c.score,
                    "reason": c.reason,
                    "story_id": c.story_id,
                    "thread_id": c.thread_id,
                }
                for c in corroborations
            ],
        )
        self._insert_rows(
            "corroboration_claims",
            [
                {"corroboration_id": c.id, "claim_id": cid, "position": i}
                for c in corroborations
                for i, cid in enumerate(c.claim_ids)
            ],
        )

    def content_marks(self) -> tuple[Any, ...]:
        """Cheap enough to poll: moves whenever another process stores an article, finds
        or drops a conflict or corroboration, a claim joins a conflict, a story is grouped
        or a reviewer fixes one (a re-analysis that deletes and inserts moves the counts or
        the largest rowid)."""
        counted = (
            "sources",
            "conflicts",
            "conflict_claims",
            "corroborations",
            "stories",
            "source_stories",
        )
        parts = [f"(SELECT count(*) FROM {t}), (SELECT max(rowid) FROM {t})" for t in counted]
        parts.append("(SELECT max(id) FROM story_changes)")
        parts.append("(SELECT value FROM meta WHERE key = 'analysis_version')")
        return tuple(self.db.execute(f"SELECT {', '.join(parts)}").fetchone())

    def _forget_findings(self, source_ids: Iterable[int]) -> None:
        """Delete the findings with a claim of these sources (one left with no claim at all
        is deleted when its last claim is: `replace_claims`), by index: never a scan of
        every finding, once per group."""
        scope = json.dumps(sorted(source_ids))
        for table in ("conflicts", "corroborations"):
            link, key = f"{table[:-1]}_claims", f"{table[:-1]}_id"
            doomed = json.dumps(
                [
                    r[0]
                    for r in self.db.execute(
                        f"SELECT id FROM {table} WHERE id IN (SELECT l.{key} FROM {link} l "
                        "JOIN claims c ON c.id = l.claim_id "
                        "WHERE c.source_id IN (SELECT value FROM json_each(?)))",
                        [scope],
                    )
                ]
            )
            for name, column in ((link, key), (table, "id")):
                self.db.execute(
                    f"DELETE FROM {name} WHERE {column} IN (SELECT value FROM json_each(?))",
                    [doomed],
                )

    def finding_claim_ids(
        self, source_ids: Iterable[int] | None = None
    ) -> dict[str, dict[str, list[str]]]:
        """Each stored conflict's and corroboration's claim ids (of those involving the given
        sources, if any), for carrying ids over."""
        out: dict[str, dict[str, list[str]]] = {}
        scope = None if source_ids is None else json.dumps(sorted(source_ids))
        for table in ("conflicts", "corroborations"):
            link, key = f"{table[:-1]}_claims", f"{table[:-1]}_id"
            found: dict[str, list[str]] = {}
            sql, params = f"SELECT {key}, claim_id FROM {link}", []
            if scope is not None:
                sql += (
                    f" WHERE {key} IN (SELECT l.{key} FROM {link} l "
                    "JOIN claims c ON c.id = l.claim_id "
                    "WHERE c.source_id IN (SELECT value FROM json_each(?)))"
                )
                params.append(scope)
            for fid, cid in self.db.execute(sql, params):
                found.setdefault(fid, []).append(cid)
            out[table] = found
        return out

    def _findings(self, table: str, where: str = "", params: list[Any] | None = None):
        link = f"{table[:-1]}_claims"
        key = f"{table[:-1]}_id"
        rows = self.db.execute(
            f"SELECT * FROM {table} {where} ORDER BY score DESC, id", params or []
        ).fetchall()
        names = [d[0] for d in self.db.execute(f"SELECT * FROM {table} LIMIT 0").description]
        found = [dict(zip(names, r, strict=True)) for r in rows]
        links: dict[str, list[str]] = {f["id"]: [] for f in found}
        for fid, cid in self.db.execute(
            f"SELECT {key}, claim_id FROM {link} ORDER BY {key}, position"
        ):
            if fid in links:
                links[fid].append(cid)
        by_id = {c.id: c for c in self.claims(ids={c for ids in links.values() for c in ids})}
        for f in found:
            f["claim_ids"] = links[f["id"]]
            f["claims"] = [by_id[c] for c in links[f["id"]] if c in by_id]
        return found

    def conflicts(self, *, min_score: float = 0.0, story_id: int | None = None) -> list[Conflict]:
        """Every conflict (of one story, if given), best first, with its claims loaded."""
        where, params = "WHERE score >= ?", [min_score]
        if story_id is not None:
            where += " AND story_id = ?"
            params.append(story_id)
        return [
            Conflict(
                id=f["id"],
                kind=f["kind"],
                score=f["score"],
                reason=f["reason"],
                same_day=None if f["same_day"] is None else bool(f["same_day"]),
                claim_ids=f["claim_ids"],
                claims=f["claims"],
                story_id=f["story_id"],
                thread_id=f["thread_id"],
                relation=f.get("relation") or "contradiction",
                role=f.get("role"),
                features=json.loads(f["features"]) if f.get("features") else {},
            )
            for f in self._findings("conflicts", where, params)
        ]

    def corroborations(self, *, story_id: int | None = None) -> list[Corroboration]:
        where, params = ("WHERE story_id = ?", [story_id]) if story_id is not None else ("", [])
        return [
            Corroboration(
                id=f["id"],
                kind=f["kind"],
                score=f["score"],
                reason=f["reason"],
                claim_ids=f["claim_ids"],
                claims=f["claims"],
                story_id=f["story_id"],
                thread_id=f["thread_id"],
            )
            for f in self._findings("corroborations", where, params)
        ]

    def conflict_ids_of(self, claim_id: str) -> list[str]:
        return self._finding_ids_of("conflict", claim_id)

    def corroboration_ids_of(self, claim_id: str) -> list[str]:
        return self._finding_ids_of("corroboration", claim_id)

    def _finding_ids_of(self, kind: str, claim_id: str) -> list[str]:
        """The findings of a kind ("conflict", "corroboration") a claim is in, by id."""
        sql = f"SELECT {kind}_id FROM {kind}_claims WHERE claim_id = ? ORDER BY {kind}_id"
        return [r[0] for r in self.db.execute(sql, [claim_id])]

    def corroboration_source_ids(self, corroboration_id: str) -> list[int]:
        """The sources of a corroboration's claims, without loading the claims."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT c.source_id FROM corroboration_claims l "
                "JOIN claims c ON c.id = l.claim_id WHERE l.corroboration_id = ? "
                "ORDER BY c.source_id",
                [corroboration_id],
            )
        ]
