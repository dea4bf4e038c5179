"""The options many commands share (`--db`, `-o`, `--json`), one decorator each, as
sqlite-utils bundles its output options."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click


def db_option(fn: Callable) -> Callable:
    """`--db PATH`, shared by every command (default: $WORKBENCH_DB, else the sample copy)."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(path_type=Path),  # missing or a folder: `check_db_path` says so
        default=None,
        help="Database file (default: $WORKBENCH_DB, else your copy of the sample database).",
    )(fn)


def output_option(how: str) -> Callable:
    """`-o FILE`, or `-o -` for standard output, as `-` is standard input to `ingest`
    (`export -o -` wrote a file named "-": walk of gva records 201-300)."""

    def dash_is_stdout(_ctx: click.Context, _param: click.Parameter, value: Path | None):
        return None if value is not None and str(value) == "-" else value

    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
        default=None,
        callback=dash_is_stdout,
        help=f"Write to this file ({how}) instead of stdout (-: stdout).",
    )


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Output one JSON array.")(fn)
