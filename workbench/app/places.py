"""Where each finding's event happened, from the place claims beside its claims: a list
row says where without reading any article. Read after the first screen is painted."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from workbench.store import Store

if TYPE_CHECKING:
    from workbench.app.data import Finding


def name_places(store: Store, group: str, found: list[Finding]) -> dict[str, str]:
    """The place of each finding's event, by finding id: a place claim in one of its
    claims' sentences (the most often named), so a list row can say where without
    reading any article. The conflict list reads it after its first screen."""
    link = f"{group}_claims"
    places: dict[int, list[str]] = {}
    # From the findings' own sentences to the place claims that start inside them (the
    # claims' index on source and offset; CROSS JOIN keeps that order): the cost follows
    # the findings, not the corpus's every place claim.
    for sentence_id, value in store.db.execute(
        "SELECT p.sentence_id, p.value FROM (SELECT DISTINCT c.sentence_id "
        f"FROM {link} l CROSS JOIN claims c ON c.id = l.claim_id) s "
        "CROSS JOIN sentences t ON t.id = s.sentence_id "
        "CROSS JOIN claims p ON p.source_id = t.source_id "
        "AND p.start >= t.start AND p.start < t.end "
        "WHERE +p.kind = 'place' AND p.sentence_id = t.id"
    ):
        name = json.loads(value or "{}").get("name")
        if isinstance(name, str) and name.strip():
            places.setdefault(sentence_id, []).append(name.strip())
    named_at: dict[str, str] = {}
    for finding in found:
        if finding.kind == "place":
            continue  # the place is what the sides disagree on
        named = [n for c in finding.claims for n in places.get(c.sentence_id or -1, [])]
        if named:
            named_at[finding.id] = max(dict.fromkeys(named), key=named.count)
    return named_at
