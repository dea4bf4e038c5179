"""`workbench verify`: walk the review log's hash chain and name the first row that does not fit."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from workbench.cli import UserError, cli, core_errors, db_option, echo, open_store
from workbench.safe_text import terminal_safe

ALTERED_EXIT = 3
"""Exit status of `verify` (and of `export`, after writing) when the log was altered."""


@cli.command()
@db_option
@click.option(
    "--expect",
    metavar="HASH",
    default=None,
    help="A head hash kept from earlier (exported, signed): the log must still contain it.",
)
@click.option("--head", "head_only", is_flag=True, help="Print only the head hash.")
@core_errors
def verify(db_path: Path | None, expect: str | None, head_only: bool) -> None:
    """Check that the review log was not altered: each row's hash, its link to the row
    before, the order of times, and the triggers that guard the log.

    Exits 3 when something does not fit. Keep the head hash it prints outside the
    database (sign it, mail it): someone who can write the file could rebuild the whole
    chain, but not one that still contains a head you kept.

    \b
    Example:
        workbench verify --db story.db --expect 5f1c...e9
    """
    if expect is not None:
        expect = _head(expect)
    with open_store(db_path, read_only=True, shows_analysis=False) as store:
        result = store.verify_log(expect=expect)
    if head_only and result.ok:
        echo(result.head)
        return
    if result.ok:
        echo(result.describe())
        return
    echo(f"error: {terminal_safe(result.describe())}", err=True)
    sys.exit(ALTERED_EXIT)


def _head(given: str) -> str:
    """A kept head as `verify --head` prints it (64 hexadecimal digits; a copied newline
    or capitals forgiven): anything else is a typing slip, not a rebuilt log."""
    head = given.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", head):
        raise UserError(
            f"--expect: {terminal_safe(given.strip())!r} is not a head hash "
            "(64 hexadecimal digits, as `workbench verify --head` prints)"
        )
    return head
