"""How far a reviewer can trust the conflict list, measured on hand-labelled real news.

For each labelled incident of `../shared/corpora/gva/` (tests/labelled/gva/), the incident's
articles go into a database of their own, as a user's JSONL would, and every conflict the tool
lists is matched against the labels: a real contradiction or update (the labelled pair of
articles and values), a labelled look-alike, or a false alarm. Prints precision and recall of
contradictions and updates, look-alikes flagged, and a reliability table (how often a flag of
a given score is a real one); `shown` gives the same for the default list, the flags at or
above the model's threshold (`workbench conflicts` without `--all`). `--whole` also loads
the whole corpus into one database and counts conflicts that pair two different incidents
(must be 0).

    python bench/quality_conflicts.py                 # dev and held-out figures
    python bench/quality_conflicts.py -v --split dev  # every flag of the dev sets, judged
    python bench/quality_conflicts.py -v --split dev --except dev_x  # dev_x as totals only
    python bench/quality_conflicts.py --split dev_c   # one development set alone
    python bench/quality_conflicts.py --whole         # plus the cross-incident count
    python bench/quality_conflicts.py --split pool    # disagreements listed in pool incidents
    python bench/quality_conflicts.py --split pool_tail  # the pool's fresh tail, totals only
    python bench/quality_conflicts.py --split heldout2      # the second held-out set
    python bench/quality_conflicts.py --split heldout-all   # both held-out sets together
    python bench/quality_conflicts.py --split all     # dev, fresh sets, each held-out set, both

The held-out splits and a fresh one (`gva.FRESH`: nobody tunes on it in the session that
labels it; `gva.FRESH_POOL`: a fresh part of the flag pool) are reported in aggregate only
(`-v` lists no flag or missed pair of theirs). An incident read for more roles than the three
the labels cover (`roles_read`, the pool tail's arrests) has its flags in those roles judged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import flag_pool  # noqa: E402
import gva  # noqa: E402
from conflict_judging import (  # noqa: E402
    LABELLED,
    READ_ROLES,
    REAL,
    WIDE,
    Flag,
    Result,
    added,
    article_labels,
    judge_other,
    matches,
)


def evaluate_incident(incident: dict, result: Result) -> None:
    from workbench.store import Store

    docs = [gva.documents()[a["doc_id"]] for a in incident["articles"]]
    pairs = [p for p in incident.get("pairs", [])]
    real = [p for p in pairs if p["relation"] in REAL]
    lookalikes = [p for p in pairs if p["relation"] == "lookalike"]
    result.labelled_real += len(real)
    result.labelled_lookalikes += len(lookalikes)
    if not any(d["text"].strip() for d in docs):
        return  # no article has text (dev_c's 345177): ingest refuses them all, nothing to flag
    loaded = gva.load(docs)
    found: set[int] = set()
    shown: set[int] = set()
    threshold = _threshold()
    labels_by_doc = article_labels(incident)
    roles_read = incident.get("roles_read", LABELLED)
    with Store(loaded.db_path) as store:
        for conflict in store.conflicts():
            by_doc: dict[str, list] = {}
            for claim in conflict.claims:
                by_doc.setdefault(loaded.doc_of_source.get(claim.source_id, "?"), []).append(claim)
            relation = getattr(conflict, "relation", None) or "contradiction"
            role = getattr(conflict, "role", None)
            hits = [i for i, p in enumerate(real) if matches(p, by_doc, role)]
            if conflict.kind == "quantity" and role is not None and role not in roles_read:
                judged = "unlabelled"
            elif conflict.kind == "quantity":
                if hits:
                    judged = "real"
                    found.update(hits)
                    if conflict.score >= threshold:
                        shown.update(hits)
                    if any(real[i]["relation"] == relation for i in hits):
                        result.relation_right += 1
                elif any(matches(p, by_doc, role) for p in lookalikes):
                    judged = "lookalike"
                else:
                    judged = "false"
            else:
                judged = judge_other(conflict, labels_by_doc, loaded.doc_of_source)
            result.flags.append(
                Flag(
                    incident["incident_id"],
                    conflict.score,
                    relation,
                    conflict.kind,
                    judged,
                    conflict.reason,
                    [(loaded.doc_of_source.get(c.source_id, "?"), c.text) for c in conflict.claims],
                    getattr(conflict, "features", None) or {},
                    flag_pool.key_of(conflict, loaded.doc_of_source),
                )
            )
    result.found_real += len(found)
    result.found_real_shown += len(shown)
    result.labelled_by_relation.update(p["relation"] for p in real)
    result.found_by_relation.update(real[i]["relation"] for i in found)
    result.labelled_by_role.update(p["role"] for p in real)
    result.found_by_role.update(real[i]["role"] for i in found)
    result.lookalikes_by_role.update(p["role"] for p in lookalikes)
    for i, p in enumerate(real):
        if i not in found:
            result.missed.append(
                f"{incident['incident_id']} {p['role']} {p['relation']}: "
                f"{p['a_phrase']!r}={p['a_value']} vs {p['b_phrase']!r}={p['b_value']}"
            )


def _threshold() -> float:
    """The default threshold: a user's list opens on the flags at or above it."""
    from workbench.findings.score import default_threshold

    return default_threshold()


def reliability(flags: list[Flag], bins: int = 5) -> list[tuple[str, int, float]]:
    """(score band, flags in it, share confirmed) for each band."""
    rows = []
    for i in range(bins):
        low, high = i / bins, (i + 1) / bins
        inside = [f for f in flags if low <= f.score < high or (i == bins - 1 and f.score == 1)]
        if inside:
            share = sum(f.judged == "real" for f in inside) / len(inside)
            rows.append((f"{low:.1f}-{high:.1f}", len(inside), share))
    return rows


def summary(result: Result) -> dict:
    unlabelled = [f for f in result.flags if f.judged == "unlabelled"]
    flags = [f for f in result.flags if f.judged != "unlabelled"]
    real = sum(f.judged == "real" for f in flags)
    quantity = [f for f in flags if f.kind == "quantity"]
    return {
        "flags": len(flags),
        "precision": round(real / len(flags), 3) if flags else None,
        "recall": round(result.found_real / result.labelled_real, 3)
        if result.labelled_real
        else None,
        "labelled_real": result.labelled_real,
        "found_real": result.found_real,
        "lookalikes_flagged": sum(f.judged == "lookalike" for f in quantity),
        "lookalikes_labelled": result.labelled_lookalikes,
        "by_kind": dict(Counter(f"{f.kind}:{f.judged}" for f in flags)),
        "by_relation": {
            r: {
                "flags": sum(f.relation == r for f in flags),
                "real": sum(f.relation == r and f.judged == "real" for f in flags),
                "labelled": result.labelled_by_relation[r],
                "found": result.found_by_relation[r],
            }
            for r in REAL
        },
        "relation_right": result.relation_right,
        "shown": _shown(flags, result),
        "other_roles_flagged": len(unlabelled),
        "read_roles": _read_roles(flags, result),
    }


def _read_roles(flags: list[Flag], result: Result) -> dict:
    """The figures of the roles some incidents were read for besides the three (arrested,
    charged: `roles_read`): their judged flags and labelled pairs, each role apart."""
    out = {}
    for role in READ_ROLES:
        mine = [f for f in flags if f.kind == "quantity" and f.key and f.key.role == role]
        if mine or result.labelled_by_role[role]:
            out[role] = {
                "flags": len(mine),
                "real": sum(f.judged == "real" for f in mine),
                "lookalikes_flagged": sum(f.judged == "lookalike" for f in mine),
                "false": sum(f.judged == "false" for f in mine),
                "labelled_real": result.labelled_by_role[role],
                "found_real": result.found_by_role[role],
                "lookalikes_labelled": result.lookalikes_by_role[role],
            }
    return out


def _shown(flags: list[Flag], result: Result) -> dict:
    """The figures of the default list (`workbench conflicts` without `--all`): the
    judged flags at or above the threshold, and the labelled pairs they find."""
    threshold = _threshold()
    above = [f for f in flags if f.score >= threshold]
    real = sum(f.judged == "real" for f in above)
    return {
        "threshold": threshold,
        "flags": len(above),
        "precision": round(real / len(above), 3) if above else None,
        "found_real": result.found_real_shown,
        "recall": round(result.found_real_shown / result.labelled_real, 3)
        if result.labelled_real
        else None,
        "false_alarms": len(above) - real,
        "below": len(flags) - len(above),
    }


def evaluate(split: str) -> Result:
    result = Result()
    for incident in gva.labels(split):
        evaluate_incident(incident, result)
    return result


def run(split: str, verbose: bool = False, result: Result | None = None) -> dict:
    """A split's figures (`result`: already evaluated); `verbose` lists the flags, never
    those of a held-out or fresh split."""
    result = evaluate(split) if result is None else result
    verbose = verbose and split not in (
        *gva.HELD_OUT,
        gva.HELD_OUT_ALL,
        *gva.FRESH,
        *gva.FRESH_POOL,
    )
    out = summary(result)
    out["reliability"] = reliability([f for f in result.flags if f.judged != "unlabelled"])
    if verbose:
        for f in sorted(result.flags, key=lambda f: (f.judged, -f.score)):
            reason = f.reason if WIDE else f.reason[:110]
            print(f"  [{f.judged:9}] {f.score:.2f} {f.kind} {f.incident} {reason}")
        for line in result.missed:
            print(f"  [missed   ] {line}")
    return out


def cross_incident(limit: int | None = None) -> dict:
    """All (or the first `limit`) articles in one database: conflicts across incidents."""
    from workbench.store import Store

    docs = list(gva.documents().values())[:limit]
    started = time.perf_counter()
    loaded = gva.load(docs)
    incident_of = {d["doc_id"]: d["incident_id"] for d in docs}
    with Store(loaded.db_path) as store:
        conflicts = store.conflicts()
    across = [
        c
        for c in conflicts
        if len({incident_of[loaded.doc_of_source[x.source_id]] for x in c.claims}) > 1
    ]
    return {
        "articles": len(docs),
        "conflicts": len(conflicts),
        "across_incidents": len(across),
        "seconds": round(time.perf_counter() - started, 1),
    }


def dev_figures(verbose: bool, unlisted: tuple[str, ...] = ()) -> dict:
    """Each development set on its own and both together (`gva.DEV_ALL`: the dev figure),
    each incident evaluated once."""
    results = {s: evaluate(s) for s in gva.DEV}
    report = {s: run(s, verbose and s not in unlisted, result=r) for s, r in results.items()}
    report[gva.DEV_ALL] = run(gva.DEV_ALL, result=added(*results.values()))
    return report


def figures_of(choice: str, verbose: bool, unlisted: tuple[str, ...] = ()) -> dict:
    """The figures of the splits a `--split` choice names ('dev': both development sets,
    apart and together); 'all' adds the fresh set and both held-out sets together from their
    results (each incident evaluated once). `unlisted` splits are read as totals only."""
    if choice not in ("all", "both", "dev"):
        return {choice: run(choice, verbose and choice not in unlisted)}
    report = dev_figures(verbose, unlisted)
    if choice == "both":
        return {**report, "heldout": run("heldout")}
    if choice == "dev":
        return report
    for split in (*gva.FRESH, *gva.FRESH_POOL):
        report[split] = run(split)
    held = {s: evaluate(s) for s in gva.HELD_OUT}
    for split, result in held.items():
        report[split] = run(split, result=result)
    report[gva.HELD_OUT_ALL] = run(gva.HELD_OUT_ALL, result=added(*held.values()))
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(
            *gva.DEV,
            *gva.FRESH,
            *gva.HELD_OUT,
            gva.HELD_OUT_ALL,
            "pool",
            *gva.FRESH_POOL,
            "both",
            "all",
        ),
        default="both",
        help="dev: each development set and both (dev-all); both: those and the first "
        "held-out set; all: those, the fresh sets (the pool's too), each held-out set and both",
    )
    gva.add_except_option(parser, "with -v: a set whose flags stay unlisted (validation)")
    parser.add_argument("--whole", action="store_true", help="also the whole corpus in one db")
    parser.add_argument("--limit", type=int, default=None, help="with --whole: first N articles")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not gva.available():
        print(f"no corpus at {gva.CORPUS}", file=sys.stderr)
        return 1
    report = figures_of(args.split, args.verbose, tuple(args.unlisted))
    if args.whole:
        report["whole"] = cross_incident(args.limit)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, figures in report.items():
            print(name, json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
