"""Which sources the extractor is run on, whichever path runs it (tests of what an
analysis extracts again)."""

from __future__ import annotations

import workbench.claims


def count_extractions(monkeypatch) -> list[int]:
    """Source ids the extractor is run on from now on, in order."""
    seen: list[int] = []
    real = workbench.claims.extract_claims

    def counting(source, sentences, *args, **kwargs):
        seen.append(source.id)
        return real(source, sentences, *args, **kwargs)

    monkeypatch.setattr(workbench.claims, "extract_claims", counting)
    return seen
