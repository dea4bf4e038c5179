"""Claim extraction (interim entry point: issue 3 replaces this with the real extractor)."""

from __future__ import annotations

from workbench.models import Claim, Sentence, Source

EXTRACTOR_VERSION = "0"


def extract_claims(source: Source, sentences: list[Sentence]) -> list[Claim]:
    """Every checkable claim of one source, ids left empty for `identity.assign_ids`."""
    return []
