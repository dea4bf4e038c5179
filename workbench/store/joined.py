"""Which conflicts a new claim has joined since a reviewer decided them.

A verdict and a conflict's note name their conflict by its claims (the claim key), so they
stand whatever id a re-analysis gives it. When a re-analysis finds one more claim in the
conflict (another report of the same figure), the key grows: without this, the decision
would fall out of the list. The old key maps to the one conflict now holding every claim
of it (none when there is no such conflict, or more than one: that is a new question).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def joined_keys(db: Any, keys: Iterable[str]) -> dict[str, str]:
    """Old claim key -> the key of the one conflict that has grown from it, for every key
    that is no longer a conflict's own. One query over the conflicts of each key's first
    claim (claim keys are sorted claim ids, so that claim is in any conflict grown from it)."""
    firsts = {key: key.split(" ", 1)[0] for key in keys if key}
    if not firsts:
        return {}
    holding: dict[str, dict[str, set[str]]] = {}
    for first, conflict_id, claim_id in db.execute(
        "SELECT f.claim_id, c.conflict_id, c.claim_id FROM conflict_claims f "
        "JOIN conflict_claims c ON c.conflict_id = f.conflict_id "
        "WHERE f.claim_id IN (SELECT value FROM json_each(?))",
        [json.dumps(sorted(set(firsts.values())))],
    ):
        holding.setdefault(first, {}).setdefault(conflict_id, set()).add(claim_id)
    joined: dict[str, str] = {}
    for key, first in firsts.items():
        claims = set(key.split(" "))
        found = holding.get(first, {}).values()
        if any(held == claims for held in found):
            continue  # still a conflict of its own
        grown = {" ".join(sorted(held)) for held in found if claims < held}
        if len(grown) == 1:
            joined[key] = grown.pop()
    return joined
