"""The `workbench` command: a thin click face on the core library.

Each group of commands lives in its own module; this one holds the group and `main`, which
turns any failure into one line on stderr and a non-zero exit. What commands share lives by
concern: `output` (printing), `options`, `database` (opening the command's database) and
`failures` (errors as one line); their names are re-exported here, where the command
modules import them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.database import (
    PARSER_LOAD,
    check_db_path,
    open_store,
    refresh_if_stale,
    resolve_db,
    say_schema_brought_up,
    stored_schema,
    warn_if_stale,
)
from workbench.cli.failures import DISK_FULL, core_errors, disk_full
from workbench.cli.options import db_option, json_option, output_option
from workbench.cli.output import (
    UserError,
    click_message,
    echo,
    echo_fitted,
    fitted,
    note,
    print_json,
)
from workbench.cli.pipes import Group, ReaderGone, end_quietly, is_reader_gone
from workbench.config import default_reviewer
from workbench.safe_text import one_line

__all__ = [
    "DISK_FULL",
    "PARSER_LOAD",
    "UserError",
    "check_db_path",
    "cli",
    "click_message",
    "core_errors",
    "db_option",
    "disk_full",
    "echo",
    "echo_fitted",
    "fitted",
    "json_option",
    "main",
    "note",
    "open_store",
    "output_option",
    "print_json",
    "refresh_if_stale",
    "resolve_db",
    "say_schema_brought_up",
    "stored_schema",
    "warn_if_stale",
]


def _print_version(ctx: click.Context, value: bool) -> None:
    """`--version`: what would produce this run's claims and conflicts, so a bug can say."""
    if not value or ctx.resilient_parsing:
        return
    from workbench.about import version_line

    click.echo(version_line())
    ctx.exit()


@click.group(cls=Group, invoke_without_command=True)
@db_option
@click.option(
    "--reviewer",
    default=None,
    help="Who is deciding (default: $WORKBENCH_REVIEWER, else your login name).",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx, value),
    help=(
        "Show the package's version and the analysis versions (cleaner, extractor, "
        "grouping, finder, parser model)."
    ),
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, reviewer: str | None) -> None:
    """A terminal fact-check workbench.

    With no command, opens the review app on the database.

    \b
    Example:
        workbench --db story.db --reviewer alice
    """
    if ctx.invoked_subcommand is None:
        from workbench.cli.app import open_app

        open_app(db_path, reviewer or default_reviewer())
        return
    # `workbench --db x.db stories` means the command's --db too: never the default file.
    given = {k: v for k, v in (("db_path", db_path), ("reviewer", reviewer)) if v is not None}
    if given:
        ctx.default_map = _defaults_for(ctx.command, given)


def _defaults_for(command: click.Command, given: dict[str, object]) -> dict[str, object]:
    """Click's default map giving `given` to every (sub)command that has those options."""
    names = {p.name for p in command.params}
    found: dict[str, object] = {k: v for k, v in given.items() if k in names}
    for name, sub in getattr(command, "commands", {}).items():
        found[name] = _defaults_for(sub, given)
    return found


def main() -> None:
    """Run the command; an unexpected failure is one line too (`WORKBENCH_DEBUG=1`: traceback)."""
    import os

    try:
        # Named `workbench` however started (`python -m workbench` put "python -m
        # workbench" in every usage line and hint).
        code = cli.main(prog_name="workbench", standalone_mode=False)
        sys.stdout.flush()  # a pipe's reader gone before the last lines: said below
    except ReaderGone:  # `workbench stories | head -1`: end as `git log | head -1` does
        end_quietly()
    except click.UsageError as exc:  # a mistyped command or option: one line, like the rest
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        echo(f"error: {click_message(exc.format_message())}{hint}", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        echo("error: aborted", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug, not bad input: still no traceback wall by default
        if is_reader_gone(exc):  # the last flush, after the command
            end_quietly()
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        from workbench.about import model_missing_error

        missing = model_missing_error()
        if missing is not None and isinstance(exc, missing):
            # Not a bug: the install lacks the parser's model. Say what to do, in one line.
            echo(f"error: {one_line(str(exc))}", err=True)
            sys.exit(1)
        if disk_full(exc):  # not a bug either: the disk (or a quota) is full
            echo(f"error: {DISK_FULL}", err=True)
            sys.exit(1)
        echo(
            f"error: unexpected {type(exc).__name__}: {one_line(str(exc))} "
            "(the command stopped; set WORKBENCH_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(2)
    # Without standalone mode click returns an explicit exit's code (`--help` gives 0).
    sys.exit(code if isinstance(code, int) and not isinstance(code, bool) else 0)


# Command modules register themselves on `cli` when imported.
from workbench.cli import (  # noqa: E402, F401
    app,
    calibrate,
    claims,
    conflicts,
    export,
    report,
    sources,
    stories,
    verify,
)
