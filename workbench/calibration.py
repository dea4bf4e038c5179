"""Refitting the conflict score from reviewers' verdicts.

A verdict is a label: "not a conflict" says the flag was a false alarm; a side picked, "both
wrong" or "changed over time" says it was a real disagreement; "can't tell yet" says nothing.
Each stored conflict keeps the features its score read, so the verdicts of one or more
databases are enough to refit the model (`findings.score.fit`), which
`$WORKBENCH_CONFLICT_MODEL` then puts in force. The threshold is cut by the rule the
packaged model's was (`threshold`, on scores taken out of fold by story), so a team's own
refit lists first what its own verdicts say is worth reading.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

from workbench.findings import score
from workbench.store import Store
from workbench.store.verdicts import claim_key

CONFIRMED = frozenset({"right", "both_wrong", "changed"})
REJECTED = frozenset({"not_conflict"})

MIN_CONFIRMED = 5
"""Confirmed examples needed before the fit may hide any flag below a threshold."""
MISS_COST = 20
"""What a real disagreement listed below the threshold costs, in false alarms read above
it: a false alarm costs a reviewer a glance and a key, a real one left unread may be
published wrong. For a calibrated score the cut lands near 1 / (1 + MISS_COST). On the
sixth session's 139 out-of-fold real-news flags (29 confirmed): a cost of 5 cuts at 0.225
(54 first, 6 confirmed below), 10 at 0.17 (90 first, 2 confirmed below, and below it too
the sample's place and countries conflicts, 0.14 and 0.15), 15 to 30 at 0.121 (122 first;
below, 17 never confirmed). 20 keeps every confirmed flag above the cut: the lead's call
(bench/notes/conflicts.md, sixth session)."""


def judged_conflicts(store: Store) -> tuple[list[dict[str, float]], list[int], list[str]]:
    """(features, confirmed, story) of every conflict a reviewer has judged, one row a
    conflict (reviewers who disagree on one conflict leave it out: it is not a clear label);
    the story is the group its fold keeps together."""
    standing = store.verdicts()
    rows, labels, groups = [], [], []
    for conflict in store.conflicts():
        if not conflict.features:
            continue
        given = {v.verdict for v in standing.get(claim_key(conflict.claim_ids), [])}
        said = {1 for v in given if v in CONFIRMED} | {0 for v in given if v in REJECTED}
        if len(said) == 1:
            rows.append(conflict.features)
            labels.append(said.pop())
            groups.append(str(conflict.story_id if conflict.story_id is not None else conflict.id))
    return rows, labels, groups


def refit(
    databases: Iterable[str | Path],
    rows: list[dict[str, float]] | None = None,
    labels: list[int] | None = None,
) -> score.Model:
    """A model fitted to the verdicts in `databases`, plus any labelled rows given, with
    its threshold cut on the same examples scored out of fold."""
    rows, labels = list(rows or []), list(labels or [])
    groups = [f"given:{i}" for i in range(len(rows))]
    names = []
    for path in databases:
        with Store(path) as store:
            more_rows, more_labels, more_groups = judged_conflicts(store)
        rows += more_rows
        labels += more_labels
        groups += [f"{len(names)}:{g}" for g in more_groups]
        names.append(Path(path).name)
    model = score.fit(rows, labels, {"databases": names})
    folded = out_of_fold(rows, labels, groups)
    kept = [(s, y) for s, y in zip(folded, labels, strict=True) if s is not None]
    model.threshold = threshold([s for s, _ in kept], [y for _, y in kept])
    return model


def recentred(model: score.Model, rows: list[dict], labels: list[int]) -> score.Model:
    """The model with its coefficients kept and its intercept refitted to these flags (the
    maximum-likelihood intercept: the mean score equals the share confirmed). A finder's
    changes move how many of its flags are real (the false alarms it stops raising) more
    than what tells a real flag from a false one; the intercept carries that share, and one
    number fits on a few dozen flags where nineteen coefficients overfit them. The
    threshold moves with the intercept: the same flags are listed first (the cut is the
    fit's, `threshold`; recentring says how often they are confirmed, not which to read)."""
    if not labels:
        raise ValueError("recentring needs judged flags")
    share = sum(labels) / len(labels)
    weighed = [model.weighed(r) for r in rows]
    low, high = -40.0, 40.0
    for _ in range(100):  # the mean score grows with the intercept: bisect
        mid = (low + high) / 2
        mean = sum(score.sigmoid(z + mid) for z in weighed) / len(weighed)
        low, high = (mid, high) if mean < share else (low, mid)
    intercept = (low + high) / 2
    cut = model.threshold
    if 0 < cut < 1:
        cut = score.sigmoid(math.log(cut / (1 - cut)) + intercept - model.intercept)
    return score.Model(
        coefficients=dict(model.coefficients),
        intercept=intercept,
        threshold=math.floor(cut * 1000) / 1000,
        fitted_on={
            **model.fitted_on,
            "recentred_on": {"examples": len(labels), "confirmed": int(sum(labels))},
        },
    )


def recentred_out_of_fold(
    model: score.Model, rows: list[dict], labels: list[int], groups: list[str], folds: int = 5
) -> list[float]:
    """Each flag's score from the model recentred on the other folds (`out_of_fold`'s folds)."""
    fold_of = {g: i % folds for i, g in enumerate(sorted(set(groups)))}
    scores = [0.0] * len(rows)
    for k in range(folds):
        train = [i for i in range(len(rows)) if fold_of[groups[i]] != k]
        moved = recentred(model, [rows[i] for i in train], [labels[i] for i in train])
        for i in range(len(rows)):
            if fold_of[groups[i]] == k:
                scores[i] = moved.probability(rows[i])
    return scores


def threshold(scores: list[float], labels: list[int]) -> float:
    """The score at and above which flags are listed first: of the real-news flags scored
    out of fold, the cut with the fewest false alarms above it plus `MISS_COST` for each
    confirmed flag below it (the lowest such cut among equals). 0 (every flag listed)
    when fewer than `MIN_CONFIRMED` flags are confirmed: too few to say where to cut."""
    if sum(labels) < MIN_CONFIRMED:
        return 0.0
    pairs = sorted(zip(scores, labels, strict=True))
    best, best_cost = 0.0, float(sum(1 - y for y in labels))  # every flag listed
    hidden_real = hidden_false = 0
    for n, (score_, label) in enumerate(pairs):
        hidden_real += label
        hidden_false += 1 - label
        if n + 1 < len(pairs) and pairs[n + 1][0] == score_:
            continue  # a cut falls between two scores, never inside a tie
        if n + 1 == len(pairs):
            break  # a cut above every flag lists none first
        cost = (sum(1 - y for y in labels) - hidden_false) + MISS_COST * hidden_real
        if cost < best_cost:
            best, best_cost = pairs[n + 1][0], cost
    return math.floor(best * 1000) / 1000  # never above the lowest flag it lists first


def out_of_fold(
    rows: list[dict],
    labels: list[int],
    groups: list[str],
    folds: int = 5,
    weights: list[float] | None = None,
    scored: int | None = None,
) -> list[float | None]:
    """Each example's score from a model fitted on the other folds (grouped by incident or story,
    so two flags of one incident never sit on both sides); None where a fold's training
    part lacks a class. Only the first `scored` examples (all by default: the evidence)
    are folded and scored; the rest (invented examples, a check) always train, so the
    folds of the evidence are the same whether or how much the rest is used."""
    scored = len(rows) if scored is None else scored
    names = sorted(set(groups[:scored]))
    fold_of = {g: i % folds for i, g in enumerate(names)}
    scores: list[float | None] = [None] * len(rows)
    for k in range(folds):
        train = [i for i in range(len(rows)) if i >= scored or fold_of[groups[i]] != k]
        test = [i for i in range(scored) if fold_of[groups[i]] == k]
        try:
            model = score.fit(
                [rows[i] for i in train],
                [labels[i] for i in train],
                {},
                None if weights is None else [weights[i] for i in train],
            )
        except ValueError:
            continue
        for i in test:
            scores[i] = model.probability(rows[i])
    return scores
