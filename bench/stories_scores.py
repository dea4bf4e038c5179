"""How bench_stories scores a grouping: B-cubed, B-cubed by incident size, and the
conflicts that pair two different incidents.

A story's mistakes weigh differently by the size of the incident: a 2-article incident
split in two loses half of its articles' recall, a 17-article one split off by one brief
loses little. The issue asks the figures per size, so each bucket's articles are scored
apart (B-cubed over the whole grouping, averaged over the bucket's articles only).

A second figure, beside the issue's and never instead of it, leaves out the pages a reader
found to carry no report of any event (`tests/labelled/gva/page_kinds.jsonl`, its README
section "Page kinds (stories)"): an error or log-in page, a crowdfunding appeal, an
obituary, filed by the archive under an incident that they do not report.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import gva

PAGE_KINDS = gva.LABELS / "page_kinds.jsonl"
"""The pages read by hand for their kind (labels45s, the forty-fifth session)."""

LEFT_OUT_KINDS = frozenset({"not_a_report"})
"""The kinds the second figure leaves out: pages that carry no report of any event. A
report of another event, a page whose headline alone tells the event and an unreadable
page stay in (the README section says why); a page nobody read counts as a report."""

SIZES = ((1, 1, "1"), (2, 2, "2"), (3, 5, "3-5"), (6, 10**9, "6+"))
"""Incident sizes (articles in the database), low and high bound and the bucket's name."""


def by_size(
    cluster: dict[int, int],
    truth: dict[int, str],
    items: Iterable[int],
) -> dict[str, list[float]]:
    """Bucket name -> [articles, precision, recall] for the `items` of each incident size."""
    size = Counter(truth[s] for s in cluster)
    chosen = list(items)
    out = {}
    for low, high, name in SIZES:
        bucket = [s for s in chosen if low <= size[truth[s]] <= high]
        if bucket:
            p, r = bcubed(cluster, truth, bucket)
            out[name] = [len(bucket), round(p, 4), round(r, 4)]
    return out


def scores(
    found: dict[int, int],
    truth: dict[int, str],
    held_out: Callable[[str], bool],
    untouched: bool,
) -> dict:
    """B-cubed of one grouping: all, development (incidents `held_out` does not name),
    untouched, and by size; `untouched` False leaves the untouched part's out."""
    dev = [s for s in found if not held_out(truth[s])]
    held = [s for s in found if held_out(truth[s])]
    p, r = bcubed(found, truth)
    pd, rd = bcubed(found, truth, dev)
    ph, rh = bcubed(found, truth, held)
    result = {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "dev": [round(pd, 4), round(rd, 4)],
        "heldout": [round(ph, 4), round(rh, 4)],
        "dev_by_size": by_size(found, truth, dev),
        "heldout_by_size": by_size(found, truth, held),
    }
    if not untouched:
        for key in ("precision", "recall", "heldout", "heldout_by_size"):
            del result[key]
    return result


def bcubed(cluster: dict[int, int], truth: dict[int, str], items=None) -> tuple[float, float]:
    """B-cubed precision and recall of `cluster` against `truth` (over `items`, default all)."""
    by_cluster: dict[int, set[int]] = defaultdict(set)
    by_truth: dict[str, set[int]] = defaultdict(set)
    for item, c in cluster.items():
        by_cluster[c].add(item)
        by_truth[truth[item]].add(item)
    items = list(cluster if items is None else items)
    if not items:
        return 1.0, 1.0
    precision = recall = 0.0
    for item in items:
        common = len(by_cluster[cluster[item]] & by_truth[truth[item]])
        precision += common / len(by_cluster[cluster[item]])
        recall += common / len(by_truth[truth[item]])
    return precision / len(items), recall / len(items)


def cross_incident(
    path: str, truth: dict[int, str], untouched: Callable[[str], bool] | None = None
) -> tuple[int, int, int, int, list[tuple[str, list[int]]]]:
    """(conflicts listed, conflicts whose claims come from two different incidents, of those
    the ones whose incidents the archive records on one day in one city (the archive's own
    duplicates, one event under two ids), of those the ones between development incidents
    only, and those (conflict id, its sources) to read).

    `untouched` tells an untouched incident: a crossing that holds one is counted, never
    listed, so that the development mistakes can be read without reading the untouched."""
    from workbench.store import Store

    untouched = untouched or (lambda _incident: False)
    with Store(path) as store:
        rows = store.db.execute(
            "SELECT fc.conflict_id, c.source_id FROM conflict_claims fc "
            "JOIN claims c ON c.id = fc.claim_id"
        ).fetchall()
        total = store.db["conflicts"].count
    incidents: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[int]] = defaultdict(set)
    for conflict, source in rows:
        incidents[conflict].add(truth.get(source, "?"))
        sources[conflict].add(source)
    crossing = {c: found for c, found in incidents.items() if len(found) > 1}
    records = gva.incidents()

    def where(incident: str) -> tuple:
        r = records.get(incident, {})
        return (r.get("date"), r.get("state"), r.get("city_or_county"))

    twins = sum(1 for found in crossing.values() if len({where(i) for i in found}) == 1)
    dev = sorted(
        (c, sorted(sources[c]))
        for c, found in crossing.items()
        if not any(untouched(i) for i in found)
    )
    return total, len(crossing), twins, len(dev), dev


def not_reports(kinds: Path = PAGE_KINDS) -> set[tuple[str, str]]:
    """(url, incident id) of each page read as a kind `LEFT_OUT_KINDS` names: the url and
    the incident find the page again in a database of stored sources (the corpus holds
    each url once per incident)."""
    if not kinds.is_file():
        return set()
    with kinds.open(encoding="utf-8") as f:
        wanted = {r["doc_id"] for r in map(json.loads, f) if r["kind"] in LEFT_OUT_KINDS}
    documents = gva.documents()
    return {(documents[d]["url"], documents[d]["incident_id"]) for d in wanted}


def left_out_sources(
    urls: dict[int, str], truth: dict[int, str], pages: set[tuple[str, str]]
) -> set[int]:
    """The stored sources (id -> url) that are pages `not_reports` names."""
    return {s for s, url in urls.items() if (url, truth.get(s)) in pages}


def reports_only(cluster: dict[int, int], left_out: set[int]) -> dict[int, int]:
    """The grouping without the `left_out` pages. B-cubed counts only the items of the
    grouping, so they leave the truth and the clusters alike: neither scored nor scored
    with; an incident's size (by_size) is then the count of its pages left."""
    return {s: c for s, c in cluster.items() if s not in left_out}
