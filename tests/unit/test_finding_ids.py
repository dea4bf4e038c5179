"""A conflict keeps its id when a new claim joins it, so decisions and verdicts on it stay."""

from __future__ import annotations

from workbench.findings.conflicts import finding_id
from workbench.identity import carry_finding_ids
from workbench.models import Conflict
from workbench.store import Store


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


def test_a_verdict_and_a_note_stand_when_a_new_claim_joins_the_conflict(sample_store, tmp_path):
    """Issue 12: a decision on the conflict as a whole fell out of the list when a
    re-analysis found one more claim in it (verdicts and notes are found by claim key)."""
    from click.testing import CliRunner

    from workbench.cli import cli
    from workbench.store.verdicts import claim_key

    store = sample_store
    conflict = store.conflicts()[0]
    old_key = claim_key(conflict.claim_ids)
    store.record_verdict(conflict.id, "both_wrong", "ann")
    store.set_note("conflict", old_key, "checked with the ministry", "ann")
    joining = next(c.id for c in store.claims() if c.id not in conflict.claim_ids)
    with store.transaction():  # what the re-analysis stores: the same id, one claim more
        store.db.execute(
            "INSERT INTO conflict_claims (conflict_id, claim_id, position) VALUES (?, ?, 9)",
            [conflict.id, joining],
        )
    new_key = claim_key([*conflict.claim_ids, joining])
    standing = store.verdicts()
    assert [v.verdict for v in standing[new_key]] == ["both_wrong"] and old_key not in standing
    assert [v.verdict for v in store.verdicts([new_key])[new_key]] == ["both_wrong"]
    assert store.current_note("conflict", new_key) == "checked with the ministry"
    assert store.current_notes("conflict")[new_key].note == "checked with the ministry"
    assert [v.verdict for v in store.verdict_history(new_key)] == ["both_wrong"]
    store.set_note("conflict", new_key, None, "bob")  # cleared under the new key: gone
    assert new_key not in store.current_notes("conflict")
    path = store.path
    store.close()
    report = CliRunner().invoke(cli, ["export", "--db", path, "--format", "md"]).output
    assert "**Verdict: ann: both wrong" in report
    with Store(path) as again:  # undo takes the verdict back, under the new key too
        verdict, _reviews = again.undo_latest("ann")
        assert verdict is not None and verdict.claim_key == new_key
        assert new_key not in again.verdicts()
