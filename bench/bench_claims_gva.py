"""Claims on real news: quality on the hand labels, and the speed of the whole analysis.

    python bench/bench_claims_gva.py [--articles 1000] [--workers 1] [--skip-quality]

Quality: the figures of `claims_gva.py` (dev and held-out apart; stated counts right,
explicit and implicit; precision and recall per role; event date and place).

Speed: the first N articles of ../shared/corpora/gva (the held-out incidents' articles left
out) ingested and analysed as a user's JSONL is (`workbench ingest`: decode, clean, split,
parse, claims, stories, conflicts), in one process by default (`--workers 1`), then
analysed again with the parse cache warm. Articles per CPU second (this process and its
workers: on a shared machine the wall clock measures the neighbours too) and per wall
second, and what each stage costs (exclusive CPU seconds, wrapped from the outside by
`profiler.py`; the wrappers add no CPU that shows: 24.80 CPU s with them and without over
150 articles). After each run, the count and digest of every claim, story and conflict
(`OUTPUTS`): a speed change gives the same lines as the tree before it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import claims_gva
import gva
from profiler import STAGES, Profiler

PARSE_STAGES = [
    ("parse (spaCy)", ["workbench.parse.batch:parse_texts"]),
    ("parse cache", ["workbench.store:Store.cached_parses", "workbench.store:Store.save_parses"]),
    ("claims: roles from the parse", ["workbench.claims.parsed:syntax_claims"]),
    ("claims: which sentences to parse", ["workbench.claims:sentences_to_parse"]),
    ("stories", ["workbench.pipeline:group"]),
]


OUTPUTS = {
    "claims": (
        "SELECT id, source_id, sentence_id, kind, start, end, role, attribution, value, headline,"
        " counted, claim_group, derived, implicit, event_date, event_date_basis FROM claims"
    ),
    "stories": (
        "SELECT ss.source_id, ss.story_id, ss.how, st.title, st.thread_id FROM source_stories ss"
        " JOIN stories st ON st.id = ss.story_id"
    ),
    "conflicts": (
        "SELECT c.id, c.kind, c.score, c.reason, c.story_id, c.thread_id, c.relation, c.role,"
        " (SELECT group_concat(claim_id || ':' || position) FROM conflict_claims"
        " WHERE conflict_id = c.id) FROM conflicts c"
    ),
}
"""What a speed change must leave as it was: every claim (kind, span, role, attribution,
value, headline and the rest it is read by), every article's story and title, every
conflict with its claims. Each run prints a count and digest of each, so two trees' runs
show their outputs equal (or not) beside their speed, no article printed."""


def outputs_digest(store) -> dict[str, str]:
    """Per output, its row count and 12 hex digits of a SHA-1 over its rows, sorted."""
    import hashlib

    out = {}
    for name, sql in OUTPUTS.items():
        rows = sorted(repr(row) for row in store.db.execute(sql).fetchall())
        digest = hashlib.sha1("\n".join(rows).encode()).hexdigest()[:12]
        out[name] = f"{len(rows)} {digest}"
    return out


def articles(n: int) -> list[dict]:
    """The first n articles with text, none of a held-out incident."""
    held = set(gva.selection()["heldout"])
    out = []
    for doc in gva.documents().values():
        if doc["incident_id"] in held or len(doc["text"].split()) < 20:
            continue
        out.append(doc)
        if len(out) == n:
            break
    return out


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its reaped children (workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def speed(n: int) -> dict:
    from workbench.pipeline import ANALYSIS_VERSION_KEY, analyze
    from workbench.store import Store

    docs = articles(n)
    profiler = Profiler(cpu=True)
    profiler.install([*PARSE_STAGES, *STAGES])
    db = gva.temporary_folder("wb-gva-speed-") / "gva.db"
    start, (own, kids) = perf_counter(), _cpu()
    loaded = gva.load(docs, str(db))
    first = perf_counter() - start
    own, kids = (now - then for now, then in zip(_cpu(), (own, kids), strict=True))
    stages = dict(sorted(profiler.seconds.items(), key=lambda kv: -kv[1]))
    with Store(loaded.db_path) as store:
        sentences = store.db["sentences"].count
        sources = store.db["sources"].count
        parses = store.db["parses"].count
        claims = store.db["claims"].count
        words = store.db.execute("SELECT sum(word_count) FROM sources").fetchone()[0]
        outputs = outputs_digest(store)
        with store.transaction():
            store.set_meta(ANALYSIS_VERSION_KEY, "stale")
        before = dict(profiler.seconds)
        start, again_cpu = perf_counter(), sum(_cpu())
        analyze(store)
        again, again_cpu = perf_counter() - start, sum(_cpu()) - again_cpu
        parse_again = profiler.seconds.get("parse (spaCy)", 0) - before.get("parse (spaCy)", 0)
        outputs_again = outputs_digest(store)
    cpu = own + kids
    return {
        "articles": sources,
        "sentences": sentences,
        "words": words,
        "sentences_parsed": parses,
        "claims": claims,
        "seconds": round(first, 2),
        "cpu_seconds": round(cpu, 2),
        "cpu_seconds_main": round(own, 2),
        "cpu_seconds_workers": round(kids, 2),
        "articles_per_s": round(sources / first, 1),
        "articles_per_cpu_s": round(sources / cpu, 1),
        "sentences_per_s": round(sentences / first, 1),
        "stages_cpu": {k: round(v, 2) for k, v in stages.items()},
        "other_cpu_s": round(max(0.0, own - sum(stages.values())), 2),
        "reanalysis_seconds": round(again, 2),
        "reanalysis_cpu_seconds": round(again_cpu, 2),
        "reanalysis_parse_cpu_seconds": round(parse_again, 2),
        "outputs": outputs,
        "reanalysis_outputs": outputs_again,
    }


def print_speed(s: dict, workers: int) -> None:
    n = s["articles"]
    print(
        f"\nspeed, {n} real articles ({s['sentences']} sentences, {s['words']} words;"
        f" {s['sentences_parsed']} distinct sentences parsed), {workers} process(es):\n"
        f"  CPU {s['cpu_seconds']} s (main {s['cpu_seconds_main']}, workers"
        f" {s['cpu_seconds_workers']}): {s['articles_per_cpu_s']} articles per CPU second"
        f" (target >= 20 articles/s in one process)\n"
        f"  wall {s['seconds']} s: {s['articles_per_s']} articles/s, {s['sentences_per_s']}"
        f" sentences/s (load average {os.getloadavg()[0]:.1f}: the neighbours are in it)\n"
        f"  re-analysis with the parse cache warm: CPU {s['reanalysis_cpu_seconds']} s, wall"
        f" {s['reanalysis_seconds']} s (parsing {s['reanalysis_parse_cpu_seconds']} CPU s)\n"
        f"  stages (exclusive CPU seconds of the main process; workers' own are not split):\n"
        f"    {'stage':<34} {'CPU s':>7}  {'share':>6}  {'articles/CPU s':>14}"
    )
    rows = [*s["stages_cpu"].items(), ("other", s["other_cpu_s"])]
    if s["cpu_seconds_workers"]:
        rows.append(("workers (all they ran)", s["cpu_seconds_workers"]))
    for stage, secs in rows:
        rate = f"{n / secs:>14.0f}" if secs else f"{'-':>14}"
        print(f"    {stage:<34} {secs:>7.2f}  {secs / s['cpu_seconds']:>6.1%}  {rate}")
    print("  outputs (rows and digest; the same in two trees' runs: the same outputs):")
    for name, figure in s["outputs"].items():
        again = s["reanalysis_outputs"][name]
        same = "the same" if again == figure else f"re-analysis {again}"
        print(f"    {name:<10} {figure}  ({same} after the re-analysis)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1, help="extraction processes")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not gva.available():
        sys.exit(f"the corpus is not at {gva.CORPUS}")
    os.environ["WORKBENCH_WORKERS"] = str(args.workers)
    results: dict = {}
    if not args.skip_quality:
        results["dev"] = claims_gva.score("dev").figures()
        results["heldout"] = claims_gva.score("heldout").figures()
        lines = claims_gva.report(results["dev"], "dev")
        print("\n".join(lines + claims_gva.report(results["heldout"], "held-out")))
    print_speed(results.setdefault("speed", speed(args.articles)), args.workers)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
