"""The benchmark's peers child: other tools' number and date recognisers on the same sentences."""

from __future__ import annotations

from pathlib import Path
from time import perf_counter
from typing import Any

from run_common import na

# --- child: the peers ---------------------------------------------------------------------


def child_peers(db: Path, count: int) -> dict:
    """Our quantities and dates against quantulum3 and dateparser's search_dates."""
    import datetime as dt

    from workbench.claims import extract_claims
    from workbench.models import Source
    from workbench.store import Store

    with Store(db) as store:
        sources = {s.id: s for s in store.sources() if s.published and s.copy_of is None}
        picked = []
        for sid in sorted(sources)[: max(1, count // 8)]:
            picked.extend((sources[sid], s) for s in store.sentences(sid))
    # Sentences with a digit or a number word are the interesting ones; keep every kind.
    picked = picked[:count]
    result: dict[str, Any] = {"sentences": len(picked)}

    ours_q: list[list[dict]] = []
    ours_d: list[list[dict]] = []
    start = perf_counter()
    for source, sentence in picked:
        one = Source(
            id=source.id,
            file=source.file,
            text=source.text,
            content_hash=source.content_hash,
            published=source.published,
        )
        claims = extract_claims(one, [sentence])
        ours_q.append([c.value for c in claims if c.kind == "quantity"])
        ours_d.append([c.value for c in claims if c.kind == "date"])
    ours_s = perf_counter() - start
    result["ours"] = {
        "seconds_all_kinds": round(ours_s, 3),
        "quantities": sum(map(len, ours_q)),
        "dates": sum(map(len, ours_d)),
    }

    try:
        from quantulum3 import parser as qparser
    except Exception as exc:
        result["quantulum3"] = na(f"cannot import quantulum3: {exc}")
    else:
        start = perf_counter()
        theirs = []
        for _, sentence in picked:
            try:
                theirs.append([q.value for q in qparser.parse(sentence.text)])
            except Exception:
                theirs.append([])
        seconds = perf_counter() - start
        result["quantulum3"] = {
            "seconds": round(seconds, 3),
            "quantities": sum(map(len, theirs)),
            **_agreement_quantities(ours_q, theirs),
        }

    from dateparser.search import search_dates

    start = perf_counter()
    found = []
    for source, sentence in picked:
        base = dt.datetime.fromisoformat(source.published)
        try:
            hits = (
                search_dates(sentence.text, languages=["en"], settings={"RELATIVE_BASE": base})
                or []
            )
        except Exception:
            hits = []
        found.append([d.date().isoformat() for _, d in hits])
    seconds = perf_counter() - start
    result["search_dates"] = {
        "seconds": round(seconds, 3),
        "dates": sum(map(len, found)),
        **_agreement_dates(ours_d, found),
    }
    return result


def _interval(value: dict) -> tuple[float, float] | None:
    low, high = value.get("low"), value.get("high")
    if low is None and high is None:
        return None
    low = float(low) if low is not None else float("-inf")
    high = float(high) if high is not None else float("inf")
    return low, high


def _agreement_quantities(ours: list[list[dict]], theirs: list[list[float]]) -> dict:
    """How many of our quantities a peer value falls in, and how many peer values we cover."""
    ours_hit = ours_total = theirs_hit = theirs_total = 0
    for mine, other in zip(ours, theirs, strict=True):
        spans = [s for s in (_interval(v) for v in mine) if s]
        ours_total += len(spans)
        theirs_total += len(other)
        ours_hit += sum(any(lo - 1e-9 <= v <= hi + 1e-9 for v in other) for lo, hi in spans)
        theirs_hit += sum(any(lo - 1e-9 <= v <= hi + 1e-9 for lo, hi in spans) for v in other)
    return {
        "ours_confirmed_by_peer": round(ours_hit / ours_total, 3) if ours_total else None,
        "peer_confirmed_by_ours": round(theirs_hit / theirs_total, 3) if theirs_total else None,
    }


def _agreement_dates(ours: list[list[dict]], theirs: list[list[str]]) -> dict:
    ours_hit = ours_total = theirs_hit = theirs_total = 0
    for mine, other in zip(ours, theirs, strict=True):
        days = [
            (str(v.get("start", ""))[:10], str(v.get("end") or v.get("start", ""))[:10])
            for v in mine
            if v.get("start")
        ]
        ours_total += len(days)
        theirs_total += len(other)
        ours_hit += sum(any(lo <= d <= hi for d in other) for lo, hi in days)
        theirs_hit += sum(any(lo <= d <= hi for lo, hi in days) for d in other)
    return {
        "ours_confirmed_by_peer": round(ours_hit / ours_total, 3) if ours_total else None,
        "peer_confirmed_by_ours": round(theirs_hit / theirs_total, 3) if theirs_total else None,
    }
