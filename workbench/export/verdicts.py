"""What the exports say about verdicts: the columns a log row gains, the lines of the
editor's report, and the explanation a ClaimReview gives for its rating.

Kept apart from the format modules (which stream the rows) so that the verdict concern owns
its own wording; they only call in here.

- jsonl / csv: every log row a verdict wrote carries `verdict` (its words: "right: 27
  people", "both wrong", "changed over time", "can't tell yet"), `verdict_id`,
  `verdict_conflict_id` and `sides` (JSON: each side's value, words as written, sources,
  claim ids and whether it was judged right). The row's `reviewer` says who decided.
  A verdict that sets no status ("not a conflict", or the undo of a verdict) has a row
  of its own (`record` "verdict", no claim: its `sides` name the claims), so every
  verdict is in these files.
- md: each conflict lists every reviewer's standing verdict, "DISAGREED" when they
  differ, and the conflict's note; conflicts are grouped by story.
- claimreview: the rating is the claim's status, which its verdict set; the explanation
  says which verdict set it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from workbench.export.note_words import note_shown
from workbench.models import Conflict, Review, Verdict
from workbench.store.verdicts import claim_key

VERDICT_FIELDS: tuple[str, ...] = ("verdict", "verdict_id", "verdict_conflict_id", "sides")
"""The columns a jsonl or csv row gains, after the log's own."""


def _sides(verdict: Verdict) -> list[dict[str, Any]]:
    right = set(verdict.right_claim_ids)
    return [
        {**side, "right": bool(right) and bool(right & set(side.get("claim_ids", [])))}
        for side in verdict.sides
    ]


def verdict_columns(store: Any, review: Review) -> dict[str, Any]:
    """The verdict a log row was written by, as jsonl/csv columns (empty when none)."""
    verdict = store.verdict_of_review(review.id)
    if verdict is None:
        return dict.fromkeys(VERDICT_FIELDS)
    return {
        "verdict": verdict.label,
        "verdict_id": verdict.id,
        "verdict_conflict_id": verdict.conflict_id,
        "sides": _sides(verdict),
    }


def verdict_records(store: Any, filters: Any, log_fields: tuple[str, ...]) -> Iterator[dict]:
    """Verdicts that set no status (not a conflict, an undo of a verdict), as jsonl/csv
    records beside the log's rows: who, when, which conflict, its sides, the chain link.
    None passes a status filter (they set none); `latest` keeps those that stand."""
    if filters.status is not None:
        return
    for verdict in store.verdicts_without_reviews(
        since=filters.since, reviewer=filters.reviewer, standing=filters.latest
    ):
        label = verdict.label
        sides = verdict
        if verdict.undo_of is not None and (undone := store.verdict(verdict.undo_of)):
            label, sides = f"undone: {undone.label}", undone
        record: dict[str, Any] = dict.fromkeys(log_fields)
        record.update(
            reviewer=verdict.reviewer,
            at=verdict.at,
            prev_hash=verdict.prev_hash,
            hash=verdict.hash,
            conflict_ids=[],
            verdict=label,
            verdict_id=verdict.id,
            verdict_conflict_id=verdict.conflict_id,
            sides=_sides(sides),
            record="verdict",
        )
        yield record


def standing_verdicts(store: Any, conflict: Conflict) -> list[Verdict]:
    """Every reviewer's current verdict on a conflict, found by its claims."""
    key = claim_key(conflict.claim_ids)
    return store.verdicts([key]).get(key, [])


def selected_verdicts(store: Any, conflict: Conflict, filters: Any = None) -> list[Verdict]:
    """The standing verdicts an export's filters select: its reviewer's, else every one;
    given since a time, those given since (`--since 2030-01-01` listed a verdict of 2026
    under "Showing decisions matching: decided since 2030", walk of gva records
    1201-1300)."""
    reviewer = getattr(filters, "reviewer", None) if filters is not None else None
    since = getattr(filters, "since", None) if filters is not None else None
    return [
        v
        for v in standing_verdicts(store, conflict)
        if reviewer in (None, v.reviewer) and (since is None or v.at >= since)
    ]


def verdict_lines(store: Any, conflict: Conflict, filters: Any = None) -> list[str]:
    """The report's words on a conflict's verdicts and note, one plain line each (the
    caller escapes them); who decided what, and whether reviewers disagree."""
    verdicts = selected_verdicts(store, conflict, filters)
    lines = []
    if verdicts:
        said = "; ".join(f"{v.reviewer}: {v.label} ({v.at[:10]})" for v in verdicts)
        disagreed = len({v.answer for v in verdicts}) > 1
        lines.append(("DISAGREED. " if disagreed else "") + f"Verdict: {said}")
    else:
        lines.append(_no_standing_verdict(store, conflict, filters))
    history = store.note_history("conflict", claim_key(conflict.claim_ids))
    shown = note_shown(store, history[-1] if history else None)
    if shown is not None and shown.note:
        lines.append(f"Note: {shown.note}")
    if shown is not None and (undo := shown.undo_words()):
        lines.append(undo)
    return lines


def _when(at: str) -> str:
    return at[:16].replace("T", " ") + " UTC"


def _no_standing_verdict(store: Any, conflict: Conflict, filters: Any = None) -> str:
    """The line for a conflict with no standing verdict: "none yet", or, as the log
    says, each verdict that was given and then undone (who, what, when given, when
    undone), so the report does not read as if no one had ever decided."""
    reviewer = getattr(filters, "reviewer", None) if filters is not None else None
    history = store.verdict_history(claim_key(conflict.claim_ids))
    given = {v.id: v for v in history if v.undo_of is None}
    said = [
        f"{undone.reviewer} gave “{undone.label}” ({_when(undone.at)}), "
        f"undone by {undo.reviewer} ({_when(undo.at)})"
        for undo in history
        if undo.undo_of is not None
        and (undone := given.get(undo.undo_of)) is not None
        and reviewer in (None, undone.reviewer)
    ]
    if not said:
        # a verdict of another reviewer, or given before `--since`, stands out of sight
        outside = len(standing_verdicts(store, conflict))
        return (
            f"Verdict: none in this selection ({outside} outside it)"
            if outside
            else "Verdict: none yet"
        )
    return "Verdict: none standing; " + "; ".join(said)


def has_verdict(store: Any, conflict: Conflict, filters: Any = None) -> bool:
    return bool(selected_verdicts(store, conflict, filters))


def rating_explanation(store: Any, review: Review) -> str | None:
    """Why a claim has its rating: the verdict that set its status and the conflict's note
    (the claim's own note is the ClaimReview's `reviewBody`)."""
    verdict = store.verdict_of_review(review.id)
    parts = []
    if verdict is not None:
        if verdict.verdict == "right":
            mine = review.claim_id in set(verdict.right_claim_ids)
            picked = f"“{verdict.right_value}”"
            parts.append(
                f"Verdict on a conflict: this side ({picked}) is right"
                if mine
                else f"Verdict on a conflict: the other side ({picked}) is right"
            )
        else:
            parts.append(f"Verdict on a conflict: {verdict.label}")
        if note := store.current_note("conflict", verdict.claim_key):
            parts.append(f"Note on the conflict: {note}")
    return ". ".join(parts) or None


def by_story(store: Any, items: list[tuple[int, Conflict]]) -> list[tuple[str | None, list]]:
    """Numbered conflicts grouped under their story's heading ("Story: title, first to last
    date"), stories in order of their first report, conflicts in their own order; one
    group without a heading when no conflict has a story (a database never grouped)."""
    wanted = {c.story_id for _n, c in items if c.story_id is not None}
    stories = {s.id: s for s in store.stories(wanted)} if wanted else {}
    groups: dict[int | None, list[tuple[int, Conflict]]] = {}
    for number, conflict in items:
        groups.setdefault(conflict.story_id, []).append((number, conflict))

    def when(story_id: int | None) -> tuple[int, str, int]:
        story = stories.get(story_id) if story_id is not None else None
        if story is None:
            return (1, "", 0)
        return (0, story.first_published or "9999", story.id)

    if not stories:
        return [(None, list(items))] if items else []
    found: list[tuple[str | None, list]] = []
    for story_id in sorted(groups, key=when):
        story = stories.get(story_id) if story_id is not None else None
        if story is None:
            heading = "Not in a story"
        else:
            span = " to ".join(
                dict.fromkeys(d for d in (story.first_published, story.last_published) if d)
            )
            heading = f"Story: {story.title or f'story {story.id}'}" + (
                f" ({span})" if span else ""
            )
        found.append((heading, groups[story_id]))
    return found
