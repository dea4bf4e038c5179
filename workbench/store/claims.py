"""Claims: what the extractor read in each source (derived, replaced on re-analysis)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from workbench.models import (
    Claim,
)
from workbench.store.base import StoreBase
from workbench.store.rows import CLAIM_SELECT, claim_from_row, claim_to_row
from workbench.vocabulary import fold


class ClaimStore(StoreBase):
    """Claims: what the extractor read in each source (derived, replaced on re-analysis)."""

    def claims(
        self,
        *,
        source_id: int | None = None,
        source_ids: Iterable[int] | None = None,
        kind: str | None = None,
        ids: Iterable[str] | None = None,
        role: str | None = None,
    ) -> list[Claim]:
        where, params = [], []
        # Given its sources, a query reads their claims by the source index: a `+` keeps
        # SQLite from choosing the index on kind or role instead, which reads that kind's
        # claims of the whole database (0.4-1.1 s a query at 29,188 articles).
        by_source = source_id is not None or source_ids is not None
        plus = "+" if by_source else ""
        if role is not None:
            where.append(f"{plus}claims.role = ?")
            params.append(role)
        if source_id is not None:
            where.append("claims.source_id = ?")
            params.append(source_id)
        if source_ids is not None:
            where.append("claims.source_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(source_ids)))
        if kind is not None:
            where.append(f"{plus}claims.kind = ?")
            params.append(kind)
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return []
            where.append(f"claims.id IN ({','.join('?' * len(id_list))})")
            params.extend(id_list)
        sql = CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        # A source's headline claims first, as the title comes before the text.
        sql += (
            " ORDER BY claims.source_id, claims.headline DESC, claims.start, claims.end,"
            " claims.kind"
        )
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [claim_from_row(dict(zip(names, row, strict=True))) for row in cursor]

    def claim_roles(self) -> list[str]:
        """The roles the database's counts are in, sorted."""
        rows = self.db.execute("SELECT DISTINCT role FROM claims WHERE role IS NOT NULL")
        return sorted(r[0] for r in rows)

    def town_sources(self) -> dict[str, set[int]]:
        """Each town-level place the sources' texts name (a dateline, a place read after
        "in", one typed a city or county; folded, not a headline's) -> the sources naming
        it: what tells which of the database's articles are of one place (the finder's
        neighbourhoods, `finding_neighbourhood`). One scan of the place claims."""
        sql = (
            "SELECT source_id, json_extract(value, '$.name') FROM claims WHERE kind = 'place' "
            "AND NOT headline AND (json_extract(value, '$.cue') IN ('dateline', 'in') "
            "OR json_extract(value, '$.type') IN ('city', 'county'))"
        )
        out: dict[str, set[int]] = {}
        for source_id, name in self.db.execute(sql):
            key = " ".join(fold(name).split()) if name else ""
            if key:
                out.setdefault(key, set()).add(source_id)
        return out

    def claim(self, claim_id: str) -> Claim | None:
        found = self.claims(ids=[claim_id])
        return found[0] if found else None

    def replace_claims(self, source_id: int, claims: Iterable[Claim]) -> None:
        """Swap a source's claims for a new set; ids are assigned by the caller (identity)."""
        for table in ("conflicts", "corroborations"):
            link, key = f"{table[:-1]}_claims", f"{table[:-1]}_id"
            mine = f"{link}.claim_id IN (SELECT id FROM claims WHERE source_id = ?)"
            touched = [
                r[0] for r in self.db.execute(f"SELECT {key} FROM {link} WHERE {mine}", [source_id])
            ]
            self.db.execute(f"DELETE FROM {link} WHERE {mine}", [source_id])
            # A finding whose every claim was this source's has nothing left to show.
            self.db.execute(
                f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?)) "
                f"AND NOT EXISTS (SELECT 1 FROM {link} WHERE {key} = {table}.id)",
                [json.dumps(touched)],
            )
        self.db.execute("DELETE FROM claims WHERE source_id = ?", [source_id])
        self._insert_rows("claims", [claim_to_row(c) for c in claims])

    def claim_count_terms(self, claim_id: str) -> tuple[str, str | None, str | None] | None:
        """A claim's kind, role and counted noun (None: no such claim now), without loading
        it: the exports stream their rows (`export.roles`)."""
        row = self.db.execute(
            "SELECT kind, role, json_extract(counted, '$.noun') FROM claims WHERE id = ?",
            [claim_id],
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def role_snapshots_since(self) -> str | None:
        """When this database reached schema 15, whose review rows keep a count's role (log
        time; None: not recorded). A row logged earlier kept none (`export.roles`)."""
        row = self.db.execute(
            "SELECT applied_at FROM schema_migrations WHERE version = 15"
        ).fetchone()
        return row[0] if row else None

    def claim_source_id(self, claim_id: str) -> int | None:
        """The source a claim was found in (None: no such claim now), without loading it."""
        row = self.db.execute("SELECT source_id FROM claims WHERE id = ?", [claim_id]).fetchone()
        return row[0] if row else None
