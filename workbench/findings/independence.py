"""Independent witnesses: a copy of a source adds nothing, so claims count once per original."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from workbench.models import Claim, Source
from workbench.vocabulary import fold

COPY_SENTENCE_SIMILARITY = 90.0
"""A copy's claim whose sentence is this close to one of its original's is the same claim."""


def finding_id(kind: str, claim_ids: Iterable[str]) -> str:
    """Stable across runs: the kind and the sorted ids of the claims involved."""
    material = kind + "\x1f" + "\x1f".join(sorted(set(claim_ids)))
    return hashlib.sha1(material.encode("utf-8")).hexdigest()[:16]


def witnesses(sources: Iterable[Source]) -> dict[int, int]:
    """Each source's independent witness: itself, or the original it was copied from."""
    copy_of = {s.id: s.copy_of for s in sources}
    root: dict[int, int] = {}
    for sid in copy_of:
        current, seen = sid, {sid}
        while copy_of.get(current) is not None and copy_of[current] not in seen:
            current = copy_of[current]  # type: ignore[assignment]
            seen.add(current)
        root[sid] = current
    return root


def independent_claims(claims: list[Claim], root: dict[int, int]) -> list[Claim]:
    """Drop a copy's claims that repeat its original's, so a claim counts once."""
    by_witness: dict[tuple[int, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if root.get(claim.source_id, claim.source_id) == claim.source_id:
            by_witness[(claim.source_id, claim.kind, fold(claim.text))].append(claim)
    kept = []
    for claim in claims:
        origin = root.get(claim.source_id, claim.source_id)
        if origin != claim.source_id:
            twins = by_witness.get((origin, claim.kind, fold(claim.text)), [])
            if any(
                fuzz.ratio(fold(t.sentence), fold(claim.sentence)) >= COPY_SENTENCE_SIMILARITY
                for t in twins
            ):
                continue
        kept.append(claim)
    return kept
