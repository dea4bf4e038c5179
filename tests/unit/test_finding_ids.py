"""A conflict keeps its id when a new claim joins it, so decisions and verdicts on it stay."""

from __future__ import annotations

from workbench.findings.conflicts import finding_id
from workbench.identity import carry_finding_ids
from workbench.models import Conflict


def _conflict(*claims: str) -> Conflict:
    return Conflict(
        id=finding_id("quantity", claims), kind="quantity", score=0.5, reason="r",
        same_day=True, claim_ids=list(claims),
    )  # fmt: skip


def test_a_conflict_joined_by_a_new_claim_keeps_its_id():
    old = _conflict("a", "b")
    grown = _conflict("a", "b", "c")
    other = _conflict("d", "e")
    carried = carry_finding_ids([grown, other], {old.id: ["a", "b"]})
    assert [c.id for c in carried] == [old.id, other.id]
    assert carried[0].claim_ids == ["a", "b", "c"]


def test_an_old_id_goes_to_one_finding_only_and_unchanged_ones_keep_theirs():
    old = _conflict("a", "b")
    same = _conflict("a", "b")
    grown = _conflict("a", "b", "c")
    carried = carry_finding_ids([same, grown], {old.id: ["a", "b"]})
    assert [c.id for c in carried] == [old.id, grown.id]
    split = carry_finding_ids([_conflict("a", "c")], {old.id: ["a", "b"]})
    assert split[0].id != old.id  # lost a claim: not the same conflict


def test_reanalysis_keeps_a_conflict_id_when_a_claim_joins(sample_store):
    """Stored: a conflict of two claims under an id of its own. Found now: the same two and
    one more. The id (and every decision or verdict recorded under it) carries over."""
    from workbench.pipeline import find

    find(sample_store)
    conflict = sample_store.conflicts()[0]
    two = conflict.claim_ids[:2]
    store = sample_store
    with store.transaction():
        store.db.execute("DELETE FROM conflict_claims WHERE conflict_id = ?", [conflict.id])
        store.db.execute("DELETE FROM conflicts WHERE id = ?", [conflict.id])
        store.db.execute(
            "INSERT INTO conflicts (id, kind, score, reason) "
            "VALUES ('earlier', 'quantity', 0.5, 'r')"
        )
        for n, cid in enumerate(two):
            store.db.execute(
                "INSERT INTO conflict_claims (conflict_id, claim_id, position) VALUES (?, ?, ?)",
                ["earlier", cid, n],
            )
    find(store)
    ids = {c.id: c.claim_ids for c in store.conflicts()}
    assert "earlier" in ids and conflict.id not in ids
    assert ids["earlier"] == conflict.claim_ids
