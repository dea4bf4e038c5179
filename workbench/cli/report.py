"""`workbench report`: a story's articles, conflicts, verdicts, agreement matrix and figure
timelines, as Markdown or as a self-contained HTML page."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli import UserError, cli, core_errors, db_option, open_store, output_option


@cli.command("report")
@db_option
@click.option("--story", "story_id", type=int, default=None, help="Story id (default: all).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option(
    "--role",
    default=None,
    help="Timeline of this role only, as `workbench claims` names it (e.g. killed, arrested).",
)
@output_option("all or nothing")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@core_errors
def report(
    db_path: Path | None,
    story_id: int | None,
    fmt: str,
    role: str | None,
    output: Path | None,
    force: bool,
) -> None:
    """Write a story's report: articles, conflicts with verdicts and notes, who agrees with
    whom, and how the figures moved.

    \b
    Example:
        workbench report --story 3 --format html -o story-3.html
    """
    from workbench.report import ScopeError
    from workbench.report.document import ReportError, render_report, write_report

    with open_store(db_path, read_only=True) as store:
        try:
            text = render_report(store, fmt, story_id, role)
        except (ScopeError, ReportError) as exc:
            raise UserError(str(exc)) from exc
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_report(text, output, force=force)
    except ReportError as exc:
        raise UserError(str(exc)) from exc
    click.echo(f"wrote {output}", err=True)
