"""The record the detail body shows under a claim: its rows of facts, then every decision,
note and verdict on it, oldest first, each with when and who.

Written into the body's Text with the panel's styles (`style`: a component's name, such
as "label" or "dim", to its rich style); kept apart from the panel, which lays it out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text

from workbench.app.data import ClaimDetail
from workbench.app.text import one_line
from workbench.store.review_state import answers

Style = Callable[[str], Any]
"""A component's name ("label", "dim", "status-verified") to the panel's rich style."""


def rows(body: Text, pairs: list[tuple[str, str]], style: Style) -> None:
    for key, value in pairs:
        body.append(f"{key:>8} ", style("label"))
        body.append(f"{value}\n")


def _when_who(body: Text, first: bool, at: str, reviewer: str, style: Style) -> None:
    stamp = at[:19].replace("T", " ")
    body.append(("" if first else " " * 9) + stamp + " ", style("dim"))
    body.append(f"{one_line(reviewer, 16)} ", style("label"))


def notes(body: Text, title: str, edits: list, style: Style) -> None:
    """Every edit of a note, oldest first (the last one is the note)."""
    if not edits:
        return
    body.append(f"{title:>8} ", style("label"))
    for i, note in enumerate(edits):
        _when_who(body, i == 0, note.at, note.reviewer, style)
        if note.note:
            body.append(one_line(note.note))
        else:
            body.append("(cleared)", style("dim"))
        body.append("\n")


def verdicts(body: Text, detail: ClaimDetail, standing: Sequence, style: Style) -> None:
    """Every verdict on the conflict, oldest first; a disagreement among the verdicts that
    stand (`standing`) says so."""
    body.append(f"{'verdicts':>8} ", style("label"))
    if not detail.verdicts:
        body.append("none yet\n", style("dim"))
    labels = {verdict.id: verdict.label for verdict in detail.verdicts}
    for i, verdict in enumerate(detail.verdicts):
        _when_who(body, i == 0, verdict.at, verdict.reviewer, style)
        if verdict.undo_of is None:
            body.append(one_line(verdict.label))
        else:  # "ann (undo)" said not what was taken back (walk31)
            undone = labels.get(verdict.undo_of)
            body.append(f"undid “{one_line(undone)}”" if undone else "undid a verdict")
        body.append("\n")
    if len(answers(standing)) > 1:
        body.append(f"{'':>8} ", style("label"))
        body.append("DISAGREED: ", style("status-disputed"))
        body.append("; ".join(f"{v.reviewer}: {one_line(v.label)}" for v in standing) + "\n")


def history(body: Text, detail: ClaimDetail, style: Style) -> None:
    """Every decision on the claim, oldest first: when, who, what, and the note."""
    dim = style("dim")
    body.append(f"{'history':>8} ", style("label"))
    if not detail.history:
        body.append("no decision yet\n", dim)
    for i, review in enumerate(detail.history):
        body.append(("" if i == 0 else " " * 9) + review.at[:19].replace("T", " ") + " ", dim)
        body.append(f"{one_line(review.reviewer, 16)} ", style("label"))
        status = review.status or "undecided"
        body.append(status, style(f"status-{review.status or 'none'}"))
        if review.undo_of is not None:
            body.append(" (undo)", dim)
        if review.note:
            body.append(f" — {one_line(review.note)}")
        body.append("\n")
