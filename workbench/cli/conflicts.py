"""`workbench conflicts` and `workbench corroborations`: the findings, best first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from workbench.cli import cli, core_errors, db_option, echo, json_option, open_store, print_json
from workbench.models import Claim, Conflict, Corroboration
from workbench.safe_text import one_line, terminal_safe

SENTENCE_WIDTH = 160
literal = terminal_safe


def _one_line(text: str, width: int = SENTENCE_WIDTH) -> str:
    return one_line(text, width)


def finding_dict(finding: Conflict | Corroboration) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": finding.id,
        "kind": finding.kind,
        "score": finding.score,
        "reason": finding.reason,
        "story_id": finding.story_id,
        "thread_id": finding.thread_id,
    }
    if isinstance(finding, Conflict):
        data["same_day"] = finding.same_day
    data["claims"] = [c.to_dict() for c in finding.claims]
    return data


def _claim_lines(claim: Claim) -> list[str]:
    who = f", citing {literal(claim.attribution)}" if claim.attribution else ""
    return [
        f"      {literal(claim.file or str(claim.source_id))}{who}: "
        f"“{_one_line(claim.text, 80)}”  [{claim.id}]",
        f"        {_one_line(claim.sentence)}",
    ]


def _same_day(value: bool | None) -> str:
    return {True: "same day", False: "different days", None: "day unknown"}[value]


def show(findings: list[Conflict] | list[Corroboration], empty: str) -> None:
    if not findings:
        echo(empty)
        return
    for rank, finding in enumerate(findings, 1):
        day = f"  {_same_day(finding.same_day)}" if isinstance(finding, Conflict) else ""
        story = f"  story {finding.story_id}" if finding.story_id is not None else ""
        echo(f"{rank:>3}. {finding.score:.2f}  {finding.kind:<8}{day}{story}  id {finding.id}")
        echo(f"     {literal(finding.reason)}")
        for claim in finding.claims:
            for line in _claim_lines(claim):
                echo(line)
        echo()


def _warn_if_stale(store: Any) -> None:
    from workbench.pipeline import is_stale

    if is_stale(store):
        echo(
            "note: the findings are from an older analysis (or none); "
            "run `workbench analyze` to refresh them",
            err=True,
        )


@cli.command()
@db_option
@json_option
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Only conflicts scoring at least this (0 to 1).",
)
@click.option("--story", "story_id", type=int, default=None, help="Only this story's conflicts.")
@core_errors
def conflicts(db_path: Path | None, as_json: bool, min_score: float, story_id: int | None) -> None:
    """Where independent sources disagree, best first.

    Each conflict names its story, both sides, who said what (and whom they cite),
    and whether the claims report the same day.

    \b
    Example:
        workbench conflicts --db story.db --min-score 0.5
        workbench conflicts --db story.db --story 2
    """
    with open_store(db_path) as store:
        _warn_if_stale(store)
        if story_id is not None:
            store.story(story_id)  # an unknown story is an error, not an empty list
        found = store.conflicts(min_score=min_score, story_id=story_id)
        if as_json:
            print_json(finding_dict(c) for c in found)
        else:
            show(found, "no conflicts found")


@cli.command()
@db_option
@json_option
@core_errors
def corroborations(db_path: Path | None, as_json: bool) -> None:
    """What independent sources agree on, best first.

    \b
    Example:
        workbench corroborations --db story.db --json
    """
    with open_store(db_path) as store:
        _warn_if_stale(store)
        found = store.corroborations()
        if as_json:
            print_json(finding_dict(c) for c in found)
        else:
            show(found, "no corroborations found")
