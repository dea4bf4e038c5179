"""The command's database: the default sample built on first use, brought up to date after an
upgrade, checked (missing, a folder, read-only, empty), opened, and the notes a command that
only reads gives about it (a schema brought up, an older analysis)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.cli.output import UserError, echo, note
from workbench.config import default_db_path

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
                from workbench.cli.typeahead import keys_held
                from workbench.pipeline import analyze

                with keys_held():
                    note(reanalysis_heading(store, path))
                    try:
                        with progress_bar() as progress:
                            summary = analyze(store, progress=progress, upgrade=True)
                    except KeyboardInterrupt:
                        note(stopped_words(store, path))
                        raise SystemExit(130) from None  # a shell's status for ctrl+c
                    if summary.recleaned:
                        echo(summary.recleaned.summary(), err=True)
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def reanalysis_heading(store: Any, path: Path) -> str:
    """What the screen says above the bars of an upgrade's re-analysis: how many
    articles, that reviews are kept, that typed keys are dropped, and that ctrl+c is safe
    and the next start goes on (walk45: it said "ctrl+c stops", and a stopped run started
    again from the first article)."""
    from workbench.cli.typeahead import HELD_WORDS
    from workbench.pipeline import extracted_before

    total = store.db["sources"].count
    done = extracted_before(store)
    begun = (
        f"going on: {done:,} of {total:,} articles were done before it stopped; " if done else ""
    )
    return (
        f"re-analysing the {total:,} articles of {path} for this version "
        f"({begun}reviews are kept; {HELD_WORDS} safely, and the next start goes on from there)"
    )


def stopped_words(store: Any, path: Path) -> str:
    """Said after ctrl+c stopped the re-analysis: what is kept, and how to go on (it said
    "error: aborted")."""
    from workbench.pipeline import extracted_before

    total = store.db["sources"].count
    done = extracted_before(store)
    kept = f"{done:,} of {total:,} articles re-analysed and kept" if done else "nothing lost"
    return f"stopped: {kept}; every review is as it was; `workbench --db {path}` goes on from there"


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
