"""Conflict finding (interim entry point: issue 4 replaces this with the real finder)."""

from __future__ import annotations

from workbench.models import Claim, Conflict, Corroboration, Source

FINDER_VERSION = "0"


def find_findings(
    claims: list[Claim], sources: list[Source]
) -> tuple[list[Conflict], list[Corroboration]]:
    """Conflicts and corroborations across independent sources, best first."""
    return [], []
