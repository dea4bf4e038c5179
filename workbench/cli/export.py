"""`workbench export`: the review log as JSONL, CSV, a Markdown report or ClaimReview."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from workbench.cli import UserError, cli, core_errors, db_option, echo, open_store, output_option
from workbench.cli.pipes import silence_stdout
from workbench.cli.verify import ALTERED_EXIT
from workbench.models import REVIEW_STATUSES


@cli.command("export")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "md", "claimreview"]),
    required=True,
    help="jsonl/csv: the log rows; md: an editor's report; claimreview: schema.org JSON-LD.",
)
@output_option("atomically")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option(
    "--since",
    metavar="DATE",
    default=None,
    help="Only decisions made on or after this date or time (ISO 8601 or English).",
)
@click.option("--reviewer", metavar="NAME", default=None, help="Only decisions by this reviewer.")
@click.option(
    "--status", type=click.Choice(REVIEW_STATUSES), default=None, help="Only this status."
)
@click.option("--latest", is_flag=True, help="One row per claim: its current state.")
@click.option(
    "--org",
    metavar="NAME",
    envvar="WORKBENCH_ORG",
    default=None,
    help="ClaimReview author organisation (default: $WORKBENCH_ORG, else the reviewer).",
)
@click.option(
    "--base-url",
    metavar="URL",
    envvar="WORKBENCH_BASE_URL",
    default=None,
    help="ClaimReview url: BASE-URL#claim-ID (default: $WORKBENCH_BASE_URL).",
)
@click.option(
    "--raw",
    is_flag=True,
    help="CSV: write cells exactly as stored (by default a cell a spreadsheet would run "
    "as a formula gets a leading ', and control characters are written as escapes).",
)
@core_errors
def export_command(
    db_path: Path | None,
    fmt: str,
    output: Path | None,
    force: bool,
    since: str | None,
    reviewer: str | None,
    status: str | None,
    latest: bool,
    org: str | None,
    base_url: str | None,
    raw: bool,
) -> None:
    """Export the review log.

    Filters select log rows; with --latest (and always for md and claimreview)
    they apply to each claim's current decision. The log's hash chain is verified
    first: when it was altered the export is still written, a warning says where,
    and the exit status is 3. Only http(s) URLs are written (others are reported).

    \b
    Example:
        workbench export --format claimreview --org "Example Checks" \\
            --base-url https://example.org/checks -o checks.json
    """
    from workbench.export import ExportError, ExportNotes, export_log, exported, write_export

    notes = ExportNotes()
    options = dict(
        since=since,
        reviewer=reviewer,
        status=status,
        latest=latest,
        org=org,
        base_url=base_url,
        raw=raw,
        notes=notes,
    )
    store = open_store(db_path, read_only=True, shows_analysis=False)
    try:
        if reviewer is not None:
            _warn_of_an_unknown_reviewer(store, reviewer)
        if output is not None:
            count = write_export(store, fmt, output, force=force, **options)
            echo(f"wrote {exported(fmt, count)} to {output}", err=True)
        else:
            export_log(store, fmt, sys.stdout, **options)
            sys.stdout.flush()
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    except BrokenPipeError as exc:
        # The reader (`| head`) has gone: its warnings are still said (an altered log
        # above all), then the command ends as every listing does (`cli.pipes`).
        reader_gone = exc
    else:
        reader_gone = None
    finally:
        store.close()
    for line in notes.lines():
        echo(f"warning: {line}", err=True)
    if notes.altered:  # the log's alteration is the status that matters most
        if reader_gone is not None:
            silence_stdout()
        sys.exit(ALTERED_EXIT)
    if reader_gone is not None:
        raise reader_gone


def _warn_of_an_unknown_reviewer(store: Any, reviewer: str) -> None:
    """`--reviewer bob` with no decision of bob's wrote a header alone and "wrote 0
    records", no word of why (walk of gva records 1201-1300): a name mistyped, or another
    reviewer's log, is said, with the names the log holds."""
    known = {name for name, _status, _n in store.review_counts()}
    known |= {verdict.reviewer for verdict in store.verdict_log()}
    if reviewer not in known:
        names = ", ".join(sorted(known)) if known else "none: the log is empty"
        echo(f"warning: no decision by {reviewer} in this log (its reviewers: {names})", err=True)
