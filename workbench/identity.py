"""Stable claim ids, so that reviews survive re-ingest and a better extractor.

An id is a hash of what the claim is (its source's content, kind, sentence and span),
never of a row number. When a re-analysis finds a claim whose span or sentence moved a
little (a wider span, a cleaner sentence), it inherits the id of the old claim it
overlaps, so the decisions attached to that id still apply.

A claim read from the title (a headline claim) hashes a mark of its own besides, so that it
never takes the id of the same words in the text; and it continues an old claim of the
text only when that claim was read from a copy of the headline in the text (a scraper puts
the title above the body), whose decisions then follow the headline.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from rapidfuzz import fuzz

from workbench.models import Claim

F = TypeVar("F", bound=Any)
"""A conflict or a corroboration: anything with `id` and `claim_ids`."""

# How alike an old and a new claim must be to share an id. Spans that overlap in the
# text need less; spans that moved need the same sentence and nearly the same words.
OVERLAP_TEXT_SIMILARITY = 50.0
MOVED_SENTENCE_SIMILARITY = 90.0
MOVED_TEXT_SIMILARITY = 85.0


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def claim_key(
    source_hash: str, kind: str, sentence: str, text: str, occurrence: int, headline: bool = False
) -> str:
    """The content-derived id of a claim: 16 hex digits (a text claim's as it always was)."""
    parts = (source_hash, kind, _norm(sentence), _norm(text), str(occurrence))
    material = "\x1f".join(parts + (("title",) if headline else ()))
    return hashlib.sha1(material.encode("utf-8")).hexdigest()[:16]


def _keys(source_hash: str, claims: Sequence[Claim]) -> list[str]:
    seen: Counter[tuple[str, str, str, bool]] = Counter()
    keys = []
    for claim in claims:
        group = (claim.kind, _norm(claim.sentence), _norm(claim.text), claim.headline)
        keys.append(
            claim_key(
                source_hash, claim.kind, claim.sentence, claim.text, seen[group], claim.headline
            )
        )
        seen[group] += 1
    return keys


def _likeness(old: Claim, new: Claim) -> float:
    """0 when the two cannot be the same claim, else a similarity to rank candidates."""
    if old.kind != new.kind:
        return 0.0
    text = fuzz.ratio(_norm(old.text), _norm(new.text))
    if old.headline != new.headline:
        # Offsets index different strings; only a copy of the headline in the text matches.
        title, body = (old, new) if old.headline else (new, old)
        copied = _norm(title.sentence) in _norm(body.sentence)
        return text if copied and text >= MOVED_TEXT_SIMILARITY else 0.0
    if old.start < new.end and new.start < old.end:
        return 100.0 + text if text >= OVERLAP_TEXT_SIMILARITY else 0.0
    if (
        fuzz.ratio(_norm(old.sentence), _norm(new.sentence)) >= MOVED_SENTENCE_SIMILARITY
        and text >= MOVED_TEXT_SIMILARITY
    ):
        return text
    return 0.0


def assign_ids(source_hash: str, new: Sequence[Claim], old: Sequence[Claim]) -> list[Claim]:
    """Give each new claim its id: its own key, or the id of the old claim it continues."""
    keys = _keys(source_hash, new)
    old_ids = {c.id for c in old}
    taken = {k for k in keys if k in old_ids}
    unmatched_old = [c for c in old if c.id not in taken]
    ids = list(keys)
    candidates = []
    for i, claim in enumerate(new):
        if keys[i] in old_ids:
            continue
        for o in unmatched_old:
            score = _likeness(o, claim)
            if score:
                candidates.append((score, i, o.id))
    # Greedy best-first: deterministic because ties break on position and id.
    used_new: set[int] = set()
    used_old: set[str] = set()
    for _score, i, old_id in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i in used_new or old_id in used_old or old_id in ids:
            continue
        ids[i] = old_id
        used_new.add(i)
        used_old.add(old_id)
    return [replace(claim, id=claim_id) for claim, claim_id in zip(new, ids, strict=True)]


def carry_finding_ids(new: Sequence[F], old: dict[str, list[str]]) -> list[F]:
    """Keep a conflict's (or corroboration's) id when a new claim joins it.

    A finding's id hashes its claims, so one more claim would make it a new finding and
    the verdicts and decisions recorded against the old id would fall out of the list.
    A new finding that holds every claim of an old one inherits the old id; when several
    old ones fit, the largest wins; each old id goes to one finding only, and never to a
    finding whose own id is already someone's.
    """
    own = {f.id for f in new}
    sets = {fid: frozenset(ids) for fid, ids in old.items() if fid not in own}
    by_claim: dict[str, list[str]] = {}
    for fid, ids in sets.items():
        for cid in ids:
            by_claim.setdefault(cid, []).append(fid)
    used: set[str] = set()
    out = []
    for finding in new:
        if finding.id in old:
            out.append(finding)
            continue
        mine = set(finding.claim_ids)
        candidates = {fid for cid in mine for fid in by_claim.get(cid, ())}
        fits = sorted(
            (fid for fid in candidates if fid not in used and sets[fid] <= mine),
            key=lambda fid: (-len(sets[fid]), fid),
        )
        if fits:
            used.add(fits[0])
            finding = replace(finding, id=fits[0])
        out.append(finding)
    return out
