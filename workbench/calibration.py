"""Refitting the conflict score from reviewers' verdicts.

A verdict is a label: "not a conflict" says the flag was a false alarm; a side picked, "both
wrong" or "changed over time" says it was a real disagreement; "can't tell yet" says nothing.
Each stored conflict keeps the features its score read, so the verdicts of one or more
databases are enough to refit the model (`findings.score.fit`), which
`$WORKBENCH_CONFLICT_MODEL` then puts in force.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from workbench.findings import score
from workbench.store import Store
from workbench.store.verdicts import claim_key

CONFIRMED = frozenset({"right", "both_wrong", "changed"})
REJECTED = frozenset({"not_conflict"})


def verdict_examples(store: Store) -> tuple[list[dict[str, float]], list[int]]:
    """(features, confirmed) of every conflict a reviewer has judged, one row a conflict
    (reviewers who disagree on one conflict leave it out: it is not a clear label)."""
    standing = store.verdicts()
    rows, labels = [], []
    for conflict in store.conflicts():
        if not conflict.features:
            continue
        given = {v.verdict for v in standing.get(claim_key(conflict.claim_ids), [])}
        said = {1 for v in given if v in CONFIRMED} | {0 for v in given if v in REJECTED}
        if len(said) == 1:
            rows.append(conflict.features)
            labels.append(said.pop())
    return rows, labels


def refit(
    databases: Iterable[str | Path],
    rows: list[dict[str, float]] | None = None,
    labels: list[int] | None = None,
) -> score.Model:
    """A model fitted to the verdicts in `databases`, plus any labelled rows given."""
    rows, labels = list(rows or []), list(labels or [])
    names = []
    for path in databases:
        with Store(path) as store:
            more_rows, more_labels = verdict_examples(store)
        rows += more_rows
        labels += more_labels
        names.append(Path(path).name)
    return score.fit(rows, labels, {"databases": names})
