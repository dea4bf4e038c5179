"""The `workbench` command: a thin click face on the core library.

Each group of commands lives in its own module; this one holds the group, the options
every command shares, and the error handling that turns a core exception into one line
on stderr and a non-zero exit.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from workbench.cli.pipes import Group, ReaderGone, end_quietly, is_reader_gone
from workbench.config import default_db_path, default_reviewer
from workbench.safe_text import json_safe, one_line, terminal_safe


def echo(text: str = "", *, err: bool = False) -> None:
    """Every line a command prints goes through here: names, outlets and article text are
    untrusted, so control characters and bidi overrides are shown escaped, never obeyed."""
    click.echo(terminal_safe(text), err=err)


def fitted(text: str, stream: Any) -> str:
    """`text` broken between words at the width of the terminal `stream` is, else as it is
    (one line in a log, for its grep). A terminal broke a long note inside a word: "keys
    typed n" / "ow are ignored" at 80 columns (walk40). A path or a long word is never
    broken; a line's own indent is kept on the lines it continues on."""
    import shutil
    import textwrap

    if not getattr(stream, "isatty", lambda: False)():
        return text
    width = shutil.get_terminal_size().columns
    indent = text[: len(text) - len(text.lstrip(" "))]
    return textwrap.fill(
        text,
        width=max(20, width),
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def echo_fitted(text: str) -> None:
    """A line of a listing on stdout, broken between words on a terminal (`fitted`): the
    terminal broke `conflicts`' reasons and sentences inside words ("Cot" / "iza", walk41);
    to a file or a pipe each stays one line."""
    echo(fitted(text, sys.stdout))


def note(text: str) -> None:
    """A note on stderr (not an error: the command goes on), fitted to the terminal."""
    echo(fitted(text, sys.stderr), err=True)


class UserError(click.ClickException):
    """A problem the user can fix, shown as one line: `error: ...`."""

    def show(self, file: Any = None) -> None:
        echo(f"error: {one_line(self.format_message())}", err=True)


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


PARSER_LOAD = "spaCy's English model: 10 to 30 s the first time"
"""What a user is told before the parser's model loads, with how long it took a new user
from a fresh install (walk41, walk42: 20 s at load 8 on 2 cores)."""


def resolve_db(db_path: Path | None, *, refresh: bool = True) -> Path:
    """The database a command works on; the default sample copy is built on first use,
    and brought up to date after an upgrade unless the command analyses it itself
    (`refresh` False: `workbench analyze` would otherwise analyse it twice)."""
    if db_path is not None:
        return db_path
    path = default_db_path()
    if not path.exists():
        from workbench.cli.progress import progress_bar
        from workbench.sample import build_sample

        path.parent.mkdir(parents=True, exist_ok=True)
        # a new user's first run: one line sat 25 s at load 8 while the parser loaded
        note(f"creating the sample database at {path} (five articles; under a minute)")
        note(f"loading the parser ({PARSER_LOAD}), then reading the articles")
        with progress_bar() as progress:
            build_sample(path, progress=progress)
    elif refresh:
        refresh_if_stale(path)
    return path


def refresh_if_stale(path: Path) -> None:
    """Re-analyse a database when an upgrade changed what analysis finds (with the
    progress bar on a terminal).

    Reviews are kept (claim ids carry over), so an upgrade never strands a user on
    conflicts an older finder produced.
    """
    from workbench.analysis_marks import needs_analysis
    from workbench.store import Store, StoreError

    try:
        with Store(path) as store:
            if needs_analysis(store) and store.db["sources"].count:
                # Imported only now: the analysis loads spaCy and dateparser, which a
                # command on an up-to-date database never needs (`workbench.versions`).
                from workbench.cli.progress import progress_bar
                from workbench.cli.typeahead import HELD_WORDS, keys_held
                from workbench.pipeline import analyze

                with keys_held():
                    note(f"re-analysing {path} for this version (reviews are kept; {HELD_WORDS})")
                    with progress_bar() as progress:
                        summary = analyze(store, progress=progress, upgrade=True)
                    if summary.recleaned:
                        echo(summary.recleaned.summary(), err=True)
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def check_db_path(path: Path, *, must_exist: bool = True) -> None:
    """The one wording every command gives for a database that is missing or a folder."""
    from workbench.store.read_only import can_write

    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a database")
    if must_exist and not path.exists():
        raise UserError(f"{path}: no such database (create one with `workbench ingest`)")
    if not path.exists() and not path.parent.is_dir():
        # SQLite would say only "unable to open database file".
        raise UserError(f"{path}: no folder {path.parent} to create the database in")
    if not path.exists() and not can_write(path):
        # ingest into a folder the user may not write: "unexpected OperationalError: unable
        # to open database file" and exit 2 (walk41)
        raise UserError(
            f"{path}: cannot create the database: the folder {path.parent} is read-only"
        )


def open_store(
    db_path: Path | None,
    *,
    must_exist: bool = True,
    read_only: bool = False,
    refresh: bool = True,
    shows_analysis: bool = True,
):
    """Open the command's database, turning store errors into one-line user errors;
    `read_only`: the command only reads (a database it may not write still opens), and
    says when the database's analysis is older than this version's unless
    `shows_analysis` is False (`verify` and `export` read the review log); `refresh`: as
    `resolve_db`'s."""
    from workbench.store import Store, StoreError

    path = resolve_db(db_path, refresh=refresh)
    check_db_path(path, must_exist=must_exist)
    # a file it may write only: reading one it may not must leave no -shm beside it
    found = stored_schema(path) if read_only and path.exists() and _may_write(path) else None
    if found is not None and not found[1]:
        # an empty file was made a workbench database by `conflicts` and said to hold "an
        # older analysis (or none)" (walk42)
        raise UserError(
            f"{path}: empty, no workbench database in it (`workbench ingest --db {path} "
            "FILES` makes one)"
        )
    try:
        store = Store(path, read_only=read_only)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"{path}: cannot open ({exc.strerror or exc})") from exc
    if found is not None and found[0]:
        say_schema_brought_up(store, path, found[0])
    if read_only and shows_analysis and db_path is not None:
        warn_if_stale(store, path)
    return store


def _may_write(path: Path) -> bool:
    """The store's own check (read at call time: the tests stand in for it)."""
    from workbench.store import schema

    return schema.can_write(path)


def stored_schema(path: Path) -> tuple[int, int] | None:
    """A database file's schema version and how many tables it holds, read without
    writing (None: not a database SQLite can read)."""
    import sqlite3
    from urllib.parse import quote

    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            return version, tables
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def say_schema_brought_up(store: Any, path: Path, before: int) -> None:
    """A command that only reads brings an older schema up to this version's when it may
    write the file (the steps add to it and keep every decision; reading it as it was
    would need every query in two forms): it said nothing, and the file changed under a
    command documented as reading it (walk41). Decided in the forty-second session: the
    upgrade stays, and is said, with what it means for an older workbench."""
    now = store.db.execute("PRAGMA user_version").fetchone()[0]
    if now > before:
        note(
            f"note: {path}: brought from schema {before} to {now}, this version's, to be "
            "read (every decision kept); a workbench older than this one cannot open it now"
        )


def warn_if_stale(store: Any, path: Path) -> None:
    """One note on stderr when a database named with `--db` was analysed or cleaned by an
    older version: a command that only reads never re-analyses it (the default database
    and the app do), so without the note its output passes for this version's."""
    from workbench.analysis_marks import cleaner_is_stale, cut_short, is_stale, titles_stale

    fix = f"run `workbench analyze --db {path}`"
    if cut_short(store):
        # "from an older analysis (or none)" after a crash misled: nothing was older.
        note(
            "note: an ingest or analysis was cut short, so some articles may be in no story "
            f"and no finding yet; {fix} to finish it (reviews are kept)"
        )
    elif is_stale(store):
        note(
            "note: the claims, stories and findings are from an older analysis (or none); "
            f"{fix} to refresh them (reviews are kept)"
        )
    elif cleaner_is_stale(store):
        note(
            "note: the articles were cleaned by an older cleaner (more junk is known now); "
            f"{fix} to clean them again"
        )
    elif titles_stale(store):
        note(f"note: the stories' titles are an older version's; {fix} to title them again")


def print_json(items: Iterable[Any]) -> None:
    """Write one JSON array to stdout, streaming item by item."""
    out = sys.stdout
    out.write("[")
    count = 0
    for count, item in enumerate(items, 1):
        out.write(",\n" if count > 1 else "\n")
        out.write(json_safe(json.dumps(item, ensure_ascii=False)))
    out.write("\n]\n" if count else "]\n")


def core_errors(fn: Callable) -> Callable:
    """Run a command, showing any core error as one line on stderr with exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from workbench.store import StoreError

        try:
            return fn(*args, **kwargs)
        except StoreError as exc:
            raise UserError(str(exc)) from exc
        except Exception as exc:
            # Only a command that loaded the parse can have missed its model: a command
            # that only reads is not made to import it (0.18 CPU s) to catch it.
            model = sys.modules.get("workbench.parse.model")
            if model is not None and isinstance(exc, model.ModelMissingError):
                raise UserError(str(exc)) from exc
            raise

    return wrapper


def click_message(message: str) -> str:
    """Click's own message worded as ours: one line, a lower-case start, no closing full
    stop ("Missing argument 'PATHS...'." beside "nope.db: no such database")."""
    text = one_line(message).rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


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


DISK_FULL = (
    "no space left on the disk: the database could not be written; what was saved before "
    "stays (an ingest keeps the articles it stored, and adds only the rest when run "
    "again): free some space and run the command again"
)


def disk_full(exc: BaseException) -> bool:
    """Whether a failure is a full disk: SQLite's "database or disk is full" (an ingest on
    a full disk was an "unexpected OperationalError ... set WORKBENCH_DEBUG=1"), or an OS
    write's ENOSPC or EDQUOT."""
    import errno
    import sqlite3

    if isinstance(exc, sqlite3.OperationalError):
        code = getattr(exc, "sqlite_errorcode", None)
        return code == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


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
