"""Did a speed change leave every output as it was? Dump what an analysis stored, in order.

    python bench/same_outputs.py --articles 1000 --out /tmp/NAME/after.tsv [--workers 2]
    python bench/same_outputs.py --db some.db --out /tmp/NAME/before.tsv
    diff /tmp/NAME/before.tsv /tmp/NAME/after.tsv

Ingests the first N real articles as `bench_claims_gva.py` does (or reads a kept database)
and writes every row of the derived tables (claims, stories, conflicts, corroborations, the
parse cache, grouping's documents), one row a line, sorted, with a count and digest per
table on stdout. Only what says when and from where the ingest ran (`sources.path`,
`ingested_at`, `created_at`, `applied_at`) is left out; a cut that changes no output gives
the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TABLES = {
    "sources": "id, file, outlet, url, published, title, text, content_hash, copy_of, copy_score",
    "sentences": "*",
    "claims": "*",
    "stories": "id, title, thread_id, title_fixed, fixed",
    "source_stories": "*",
    "conflicts": "*",
    "conflict_claims": "*",
    "corroborations": "*",
    "corroboration_claims": "*",
    "parses": "*",
    "story_documents": "*",
    "story_terms": "*",
    "meta": "*",
}


def dump(db: str, out: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with out.open("w", encoding="utf-8") as f:
        for table, columns in TABLES.items():
            rows = sorted(repr(r) for r in conn.execute(f"SELECT {columns} FROM {table}"))
            digest = hashlib.sha1("\n".join(rows).encode()).hexdigest()[:12]
            print(f"{table:<22} {len(rows):>7} rows  {digest}")
            f.writelines(f"{table}\t{r}\n" for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", help="dump this database instead of ingesting")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    db = args.db
    if db is None:
        import gva
        from bench_claims_gva import articles

        os.environ["WORKBENCH_WORKERS"] = str(args.workers)
        db = str(Path(tempfile.mkdtemp(prefix="wb-same-")) / "gva.db")
        gva.load(articles(args.articles), db)
        print(f"database: {db}")
    dump(db, args.out)


if __name__ == "__main__":
    main()
