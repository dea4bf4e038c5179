"""`workbench conflicts` and `workbench corroborations`: the findings, best first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from workbench.cli import (
    cli,
    core_errors,
    db_option,
    echo,
    echo_fitted,
    json_option,
    open_store,
    print_json,
)
from workbench.findings.score import default_threshold, threshold_text
from workbench.models import RELATIONS, Claim, Conflict, Corroboration
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
        data["relation"] = finding.relation
        data["role"] = finding.role
    data["claims"] = [c.to_dict() for c in finding.claims]
    return data


def _claim_lines(claim: Claim, outlets: dict[int, str]) -> list[str]:
    """The outlet first, as the reason names it (a file name such as a hash or
    `feed.jsonl#56` says nothing to a reader), the file beside it to find the article."""
    who = f", citing {literal(claim.attribution)}" if claim.attribution else ""
    where = literal(claim.file or str(claim.source_id))
    outlet = outlets.get(claim.source_id)
    if outlet:
        where = f"{literal(outlet)} · {where}"
    return [
        f"      {where}{who}: “{_one_line(claim.text, 80)}”  [{claim.id}]",
        f"        {'headline: ' if claim.headline else ''}{_one_line(claim.sentence)}",
    ]


def _same_day(value: bool | None) -> str:
    """The heading's word on the days, left out when the claims do not tell them: "day
    unknown" stood beside reasons that named the day the reports were published, as the
    app's detail leaves it out."""
    return {True: "  same day", False: "  different days", None: ""}[value]


def show(
    findings: list[Conflict] | list[Corroboration], empty: str, outlets: dict[int, str]
) -> None:
    if not findings:
        echo(empty)
        return
    for rank, finding in enumerate(findings, 1):
        day, what = "", finding.kind
        if isinstance(finding, Conflict):
            day = _same_day(finding.same_day)
            what = f"{finding.relation:<13} {finding.role or finding.kind}"
        story = f"  story {finding.story_id}" if finding.story_id is not None else ""
        echo(f"{rank:>3}. {finding.score:.2f}  {what:<8}{day}{story}  id {finding.id}")
        echo_fitted(f"     {literal(finding.reason)}")
        for claim, again in _repeats(finding.claims):
            for line in _claim_lines(claim, outlets):
                echo_fitted(line)
            if again:
                ids = ", ".join(f"[{c.id}]" for c in again)
                echo(f"        and {len(again)} more in this article in the same words: {ids}")
        echo()


def _repeats(claims: list[Claim]) -> list[tuple[Claim, list[Claim]]]:
    """Each claim with the later ones of its article in the same words and value: a
    scraped page that repeats a paragraph (a photo caption on every slide) listed one
    conflict's claim ten times over, its sentence each time."""
    first: dict[tuple[Any, ...], tuple[Claim, list[Claim]]] = {}
    for claim in claims:
        key = (claim.source_id, claim.text, claim.value.get("low"), claim.value.get("high"))
        if key in first:
            first[key][1].append(claim)
        else:
            first[key] = (claim, [])
    return list(first.values())


def _outlets(store: Any, findings: list[Conflict] | list[Corroboration]) -> dict[int, str]:
    """Source id -> its name as the reason gives it (the outlet, else its headline in
    quotes), for the sources of the findings listed that have one: an article without an
    outlet was named by its file only, though the reason above named its headline."""
    ids = {c.source_id for f in findings for c in f.claims}
    sources = store.sources(ids) if ids else []
    return {s.id: s.named for s in sources if s.named != s.file}


@cli.command()
@db_option
@json_option
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Only conflicts scoring at least this (0 to 1); default: the model's threshold.",
)
@click.option("--all", "show_all", is_flag=True, help="Every conflict, whatever its score.")
@click.option(
    "--relation",
    type=click.Choice(RELATIONS),
    default=None,
    help="Only contradictions (cannot both be right at one time) or updates (over time).",
)
@click.option("--story", "story_id", type=int, default=None, help="Only this story's conflicts.")
@core_errors
def conflicts(
    db_path: Path | None,
    as_json: bool,
    min_score: float | None,
    show_all: bool,
    relation: str | None,
    story_id: int | None,
) -> None:
    """Where independent sources disagree, best first: contradictions and updates.

    Each conflict names its story, both sides, who said what (and whom they cite), and
    whether it is a contradiction (both cannot be right at one time) or an update (the
    figure changed between reports). The score estimates how often a reviewer confirms
    such a conflict: by default only those at or above the model's threshold are
    listed, and a last line says how many more lie below it (`--all` lists them too).

    \b
    Example:
        workbench conflicts --db story.db --relation contradiction
        workbench conflicts --db story.db --story 2 --all --json
    """
    threshold = 0.0 if show_all else (min_score if min_score is not None else default_threshold())
    with open_store(db_path, read_only=True) as store:
        if story_id is not None:
            store.story(story_id)  # an unknown story is an error, not an empty list
        every = [
            c
            for c in store.conflicts(story_id=story_id)
            if relation is None or c.relation == relation
        ]
        found = [c for c in every if c.score >= threshold]
        if as_json:
            print_json(finding_dict(c) for c in found)
            return
        show(
            found,
            "no conflicts found" if not every else "no conflicts at or above the threshold",
            _outlets(store, found),
        )
        below = len(every) - len(found)
        if below:
            echo(f"{below} more below the score {threshold_text(threshold)}: `--all` lists them")


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
    with open_store(db_path, read_only=True) as store:
        found = store.corroborations()
        if as_json:
            print_json(finding_dict(c) for c in found)
        else:
            show(found, "no corroborations found", _outlets(store, found))
