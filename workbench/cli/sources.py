"""`workbench ingest`, `sources` and `sample`: getting articles in, and seeing what is in."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

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
    resolve_db,
)
from workbench.cli.progress import progress_bar, quiet_option
from workbench.config import DATE_ORDERS, DEFAULT_MAX_BYTES
from workbench.safe_text import one_line

RECORD = re.compile(r":\d+$")
"""An input error that names a record of a file (`feed.jsonl:134`), not a whole file."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--outlet", help="Outlet that published the article(s).")
@click.option("--url", help="Where the article was published.")
@click.option("--published", metavar="DATE", help="Publication date (stored as YYYY-MM-DD).")
@click.option("--title", help="Headline of the article.")
@click.option(
    "--name",
    help="What lists call the article read from - (standard input); default: its headline, "
    "else 'stdin' and the time it was read. Files go by their file names.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse any article larger than this many bytes (0: no limit).",
)
@click.option(
    "--date-order",
    type=click.Choice(DATE_ORDERS, case_sensitive=False),
    default=None,
    help="How to read all-number dates such as 01/02/2019 (refused when ambiguous otherwise).",
)
@click.option(
    "--skip-bad",
    is_flag=True,
    help="Pass over bad records and files instead of refusing them all: one line on stderr "
    "for each (file:line: skipped: reason); exit 1 if no record was good.",
)
@quiet_option(
    help="No progress bar and no line per article: only the totals, warnings and errors "
    "(a re-ingest of a big feed otherwise repeats one line per article already present)."
)
@db_option
@core_errors
def ingest(
    paths: tuple[str, ...],
    outlet: str | None,
    url: str | None,
    published: str | None,
    title: str | None,
    name: str | None,
    max_bytes: int,
    date_order: str | None,
    skip_bad: bool,
    quiet: bool,
    db_path: Path | None,
) -> None:
    """Load articles: files, folders (recursively) or - for standard input.

    Reads plain text, Markdown (front matter may give outlet, url, published,
    title), saved HTML, and JSON or JSONL records with a `text` field. Content
    already in the database is skipped. Any bad file or record stops the whole
    command and leaves the database unchanged; with --skip-bad the good ones go in
    and each bad one is named on stderr (`file:line: skipped: reason`), and the exit status
    is 1 only if none was good. The options apply to every file named. On a
    terminal a progress bar shows each stage; --quiet hides it and the line per article.

    \b
    Example:
        workbench ingest --db story.db reports/ --published 2019-01-21
        workbench ingest --db story.db --skip-bad feed.jsonl
        workbench ingest --db story.db --name "AP, 5 Aug" - < wire.txt
    """
    from workbench.ingest import IngestError, ingest_paths
    from workbench.ingest.paths import expand_paths

    if name is not None and "-" not in paths:
        raise UserError("--name names the article read from - (standard input): none is read")
    # Fail on bad paths before creating a database file that would then sit there empty.
    try:
        names = expand_paths(paths)
    except IngestError as exc:
        raise UserError(str(exc)) from None
    created = not resolve_db(db_path).exists()
    refused: str | None = None
    with open_store(db_path, must_exist=False) as store, progress_bar(quiet) as progress:
        try:
            report = ingest_paths(
                store,
                paths,
                outlet=outlet,
                url=url,
                published=published,
                title=title,
                stdin=sys.stdin.buffer if "-" in paths else None,
                progress=progress,
                max_bytes=max_bytes or None,
                date_order=date_order.upper() if date_order else None,
                skip_bad=skip_bad,
                name=name,
            )
        except IngestError as exc:
            refused = str(exc)
            if not skip_bad and (len(names) > 1 or RECORD.search(exc.file)):
                # One bad record of thousands refused them all: say how to load the rest.
                refused += "; nothing loaded: --skip-bad passes over bad records, loads the rest"
    if refused is None:
        for bad in report.bad:  # `file:line: ...`, as compilers and grep name a place
            echo(f"{bad.file}: skipped: {one_line(bad.reason)}", err=True)
        if report.bad and not report.added and not report.skipped:
            refused = f"nothing ingested: {_n(len(report.bad), 'bad record')}, none good"
    if refused is not None:
        if created:  # nothing was written: the new database goes too
            for suffix in ("", "-wal", "-shm", "-writer"):
                Path(f"{resolve_db(db_path)}{suffix}").unlink(missing_ok=True)
        raise UserError(refused) from None
    for warning in report.warnings:
        echo(f"warning: {warning}", err=True)
    _summary(report, per_article=not quiet)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _ignored(names: list[str], shown: int = 3) -> str:
    """The files a folder held besides articles, named (the first few): "ignored 1 file that
    are not articles" said neither which file nor why, and a user who meant it for an
    article looked for it among the sources."""
    from workbench.ingest.formats import EXTENSIONS

    what = "file not named as an article" if len(names) == 1 else "files not named as articles"
    listed = ", ".join(names[:shown])
    if len(names) > shown:
        listed += f" and {len(names) - shown} more"
    kinds = ", ".join(sorted(EXTENSIONS))
    return f"ignored {len(names)} {what} ({kinds}): {listed}"


def _summary(report: Any, per_article: bool = True) -> None:
    for added in report.added if per_article else ():
        line = f"added {added.file} as source {added.source_id}: {_n(added.sentences, 'sentence')}"
        if added.removed:
            line += f", {_n(added.removed, 'piece')} of page furniture removed"
        if added.copy_of is not None:
            line += f"; a copy of source {added.copy_of} ({added.copy_score:.0%} of its text)"
        if added.no_article_text:
            line += f"; {added.no_article_reason or 'no article text'} (its headline alone counts)"
        echo(line)
    for skipped in report.skipped if per_article else ():
        echo(f"skipped {skipped.file}: {skipped.reason}")
    if report.ignored:
        echo(_ignored(report.ignored), err=True)
    copies = sum(1 for a in report.added if a.copy_of is not None)
    total = f"{len(report.added)} added, {len(report.skipped)} already present"
    if report.bad:
        total += f", {len(report.bad)} bad skipped"
    if copies:
        total += f", {copies} marked as {'a copy' if copies == 1 else 'copies'}"
    marks = Counter(_mark_word(a.no_article_reason) for a in report.added if a.no_article_text)
    for said, count in sorted(marks.items()):  # "1 not English" is no sign-up box
        total += f", {count} {said}"
    if report.claims is not None:
        total += (
            f"; {_n(report.claims, 'claim')} and {_n(report.conflicts, 'conflict')} in the database"
        )
    echo(total)
    undated = sum(1 for a in report.added if a.undated and a.copy_of is None)
    if undated:
        echo(
            f"note: {_n(undated, 'article')} without a publication date: dates in the text"
            " ('Monday') stay unresolved and an undated article joins a story only on close"
            " text; give --published, a 'published:' front-matter line or a JSON 'published'"
            " field",
            err=True,
        )


NO_TEXT = "with no article text"


def _mark_word(reason: str | None) -> str:
    """How the totals count a page's mark: "not English" apart from the pages whose
    article the scraper lost (`page_form.no_article_form`)."""
    return "not English" if reason and reason.startswith("not English") else NO_TEXT


def _source_dict(
    source: Any, files: dict[int, str], show_removed: bool, bare: dict[int, str]
) -> dict[str, Any]:
    data = {
        "id": source.id,
        "file": source.file,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published,
        "title": source.title,
        "format": source.format,
        "word_count": source.word_count,
        "copy_of": source.copy_of,
        "copy_of_file": files.get(source.copy_of) if source.copy_of else None,
        "copy_score": source.copy_score,
        "no_article_text": source.id in bare,
        "no_article_reason": bare.get(source.id),
        "removed": [{"text": r.text, "reason": r.reason} for r in source.removed],
    }
    if not show_removed:
        data["removed_count"] = len(data.pop("removed"))
    return data


URL_CELLS = 48
"""A URL's room in the table: real news URLs ran to 200 characters, and the whole table
with them, each row wrapping into three on a 120-column terminal."""


@cli.command()
@json_option
@click.option("--show-removed", is_flag=True, help="Also show what cleaning removed.")
@db_option
@core_errors
def sources(as_json: bool, show_removed: bool, db_path: Path | None) -> None:
    """List the articles in the database and which are copies of another.

    A page that is site furniture only (a sign-up box, an e-mail notice: the scraper
    lost its article) is marked "no article text": only its headline tells of the
    event. The JSON form always includes what cleaning removed from each article.

    \b
    Example:
        workbench sources --db story.db --show-removed
    """
    from workbench.page_marks import no_article_marks

    with open_store(db_path, read_only=True) as store:
        items = store.sources()
        bare, _to_keep = no_article_marks(store)  # as the app kept them, else read: not kept
    files = {s.id: s.file for s in items}
    if as_json:
        print_json(_source_dict(s, files, True, bare) for s in items)
        return
    if not items:
        echo("no sources yet (add some with `workbench ingest`)")
        return
    header = ("id", "file", "outlet", "url", "published", "words", "copy_of")
    if bare:
        header += ("note",)
    rows = [
        tuple(
            one_line(cell)
            for cell in (
                str(s.id),
                s.file,
                s.outlet or "-",
                one_line(s.url, URL_CELLS) if s.url else "-",
                s.published or "-",
                str(s.word_count),
                f"{s.copy_of} ({files.get(s.copy_of, '?')})" if s.copy_of else "-",
                *([bare.get(s.id, "")] if bare else []),
            )
        )
        for s in items
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if any(s.url and len(one_line(s.url)) > URL_CELLS for s in items):
        echo(f"\nURLs longer than {URL_CELLS} characters end in …: `--json` gives them whole")
    furniture = sum(1 for why in bare.values() if _mark_word(why) == NO_TEXT)
    if furniture:
        echo(
            f"\n{_n(furniture, 'source')} with no article text: each page is site furniture "
            "only (a sign-up box, an e-mail notice, a video playlist) and the scraper lost its "
            "article: only its headline tells of the event"
        )
    if len(bare) > furniture:
        echo(
            f"\n{_n(len(bare) - furniture, 'source')} not in English: the tool reads English "
            "only, so only its headline's claims count"
        )
    if show_removed:
        for s in items:
            echo(f"\n{s.id} {s.file}: {len(s.removed)} removed")
            for r in s.removed:
                echo(f"  - [{r.reason}] {_one_line(r.text)}")


def _one_line(text: str, limit: int = 160) -> str:
    """Article text for a terminal: one line, control characters shown, never obeyed."""
    return one_line(text, limit)


@cli.command()
@db_option
@click.option("--force", is_flag=True, help="Overwrite the file if it exists.")
def sample(db_path: Path | None, force: bool) -> None:
    """Write a fresh sample database (five real articles about one story).

    \b
    Example:
        workbench sample --db sample.db
    """
    from workbench.cli.progress import progress_bar
    from workbench.sample import build_sample

    if db_path is None:
        raise UserError("--db PATH is required: where should the sample database go?")
    if db_path.exists() and not force:
        raise UserError(f"{db_path}: already exists (use --force to overwrite it)")
    if db_path.is_dir():
        raise UserError(f"{db_path}: is a folder, not a database")
    try:
        with progress_bar() as progress:
            report = build_sample(db_path, force=force, progress=progress)
    except OSError as exc:
        raise UserError(f"{db_path}: cannot write ({exc.strerror or exc})") from None
    echo(f"wrote {db_path}: {len(report.added)} sources")
