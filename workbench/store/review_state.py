"""A conflict's review state, from its claims' statuses and the reviewers' verdicts.

One definition for every place that tells how far a review has come: the app's queue and
header, and each story's "open, decided" in `workbench stories` and the stories dialog
(which once counted a conflict decided only when all its claims were tagged, so a verdict
of "not a conflict", which tags none, left it open there while the app's header said done).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from workbench.models import Verdict

TO_DO = ("open", "partial", "cant_tell", "disagreed")
"""States still in the queue: nothing decided, some claims tagged, "can't tell yet", or
two reviewers who answered differently."""
DONE = ("decided", "not_conflict")
"""States a review has finished with: a verdict, every claim tagged, or not a conflict."""


def answers(verdicts: Sequence[Verdict]) -> set[tuple[str | None, tuple[str, ...]]]:
    return {v.answer for v in verdicts}


def conflict_state(
    claim_ids: Collection[str], statuses: Mapping[str, str], verdicts: Sequence[Verdict]
) -> str:
    """open, partial (some claims tagged), decided (a verdict, or every claim tagged),
    cant_tell, not_conflict, disagreed (reviewers' verdicts differ) or gone (no claims).
    `claim_ids`: the conflict's claims that still exist; `verdicts`: its standing ones."""
    if not claim_ids:
        return "gone"
    if len(answers(verdicts)) > 1:
        return "disagreed"
    if verdicts:
        answer = verdicts[0].verdict
        if answer == "not_conflict":
            return "not_conflict"
        return "cant_tell" if answer == "cant_tell" else "decided"
    decided = sum(1 for c in claim_ids if c in statuses)
    if decided == len(claim_ids):
        return "decided"
    return "partial" if decided else "open"
