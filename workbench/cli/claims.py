"""`workbench analyze` and `workbench claims`: run the extractor, list what it found."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli import (
    UserError,
    cli,
    core_errors,
    db_option,
    echo,
    json_option,
    open_store,
    print_json,
)
from workbench.cli.progress import progress_bar, quiet_option
from workbench.models import CLAIM_KINDS
from workbench.weekday_checks import claim_weekday_warning


def _value_text(kind: str, value: dict) -> str:
    """One short human reading of a claim's value, with the check of a weekday that
    contradicts its date or the date it was dated by (`claim_weekday_warning`)."""
    shown = _plain_value(kind, value)
    warning = claim_weekday_warning(kind, value)
    return f"{shown}  [check: {warning}]" if warning else shown


def _plain_value(kind: str, value: dict) -> str:
    if kind == "quantity":
        low, high, unit = value.get("low"), value.get("high"), value.get("unit") or ""
        if low == high:
            shown = f"{low}"
        elif high is None:
            shown = f">= {low}"
        else:
            shown = f"{low}..{high}"
        counted = value.get("counted") or ""
        return " ".join(p for p in (shown, unit, counted) if p)
    if kind == "place":
        container = value.get("container")
        return value.get("name", "") + (f" ({container})" if container else "")
    if value.get("resolved"):
        start, end = value.get("start"), value.get("end")
        return start if start == end else f"{start}..{end}"
    return f"unresolved: {value.get('reason')}"


@cli.command()
@quiet_option
@db_option
@core_errors
def analyze(quiet: bool, db_path: Path | None) -> None:
    """Re-extract the claims of every source, then refresh conflicts.

    Articles cleaned by an older version of the cleaner are cleaned again from their raw
    bytes first ("re-cleaned 3 of 300 articles (cleaner 0 -> 1)"). Claim ids are kept for
    claims the extractor still finds, so reviews survive. On a
    terminal a progress bar shows each stage (--quiet hides it).

    \b
    Example:
        workbench analyze --db story.db
    """
    from workbench.pipeline import analyze as run

    store = open_store(db_path, refresh=False)  # it analyses the database itself
    with store, progress_bar(quiet) as progress:
        summary = run(store, progress=progress)
    if summary.recleaned:
        echo(summary.recleaned.summary())
    echo(
        f"{summary.sources} sources, {summary.claims} claims, "
        f"{summary.conflicts} conflicts, {summary.corroborations} corroborations"
    )


@cli.command()
@db_option
@click.option("--source", "source_id", type=int, default=None, help="Only this source's claims.")
@click.option(
    "--kind", type=click.Choice(CLAIM_KINDS), default=None, help="Only claims of this kind."
)
@click.option(
    "--role",
    default=None,
    help="Only counts in this role (killed, injured, hit, arrested, ...; see roles.json).",
)
@json_option
@core_errors
def claims(
    db_path: Path | None, source_id: int | None, kind: str | None, role: str | None, as_json: bool
) -> None:
    """List the extracted claims.

    Each count carries its role, what it counts, the group it belongs to, and whether it
    was derived from other counts or read from a singular mention (implicit). A count
    read from the article's title is marked "headline" (JSON: "headline": true, and its
    start and end index the title).

    \b
    Example:
        workbench claims --kind quantity --role killed --json
    """
    store = open_store(db_path, read_only=True)
    with store:
        if source_id is not None:
            store.source(source_id)  # a clear error for an unknown id
        found = store.claims(source_id=source_id, kind=kind, role=role)
        if role is not None and not found and role not in (roles := store.claim_roles()):
            # a typo ("killd") listed nothing and exited 0, as if no count were in the role
            known = ", ".join(roles) or "none"
            raise UserError(f"no claim has the role {role!r}; the roles here: {known}")
    if as_json:
        print_json(c.to_dict() for c in found)
        return
    for c in found:
        who = f"  [{c.attribution}]" if c.attribution else ""
        role = f"  {c.role}" if c.role else ""
        how = "  (implicit)" if c.implicit else "  (derived)" if c.derived else ""
        where = "  [headline]" if c.headline else ""
        echo(
            f"{c.id}  {c.file or c.source_id}  {c.kind:<8}  {c.text!r}  "
            f"-> {_value_text(c.kind, c.value)}{role}{how}{where}{who}"
        )
