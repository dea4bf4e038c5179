"""`workbench stories`: the stories, and the reviewer's merges, moves, renames and thread
changes, and their undo (the stories dialog's path, `workbench.story_fixes`)."""

from __future__ import annotations

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
)
from workbench.config import default_reviewer
from workbench.models import Story
from workbench.safe_text import one_line, terminal_safe


def _reviewer_option(fn):
    return click.option(
        "--reviewer",
        default=None,
        help="Who is deciding (default: $WORKBENCH_REVIEWER, else your login name).",
    )(fn)


def story_dict(story: Story) -> dict[str, Any]:
    data = story.to_dict()
    data["source_ids"] = list(story.source_ids)
    return data


def _dates(story: Story) -> str:
    first, last = story.first_published or "undated", story.last_published or "undated"
    return first if first == last else f"{first} to {last}"


def _show(story: Story) -> None:
    fixed = "  (fixed by a reviewer)" if story.fixed else ""
    articles = f"{story.articles} article{'s' if story.articles != 1 else ''}"
    echo(f"story {story.id}: {terminal_safe(story.title)}{fixed}")
    echo(
        f"    thread {story.thread_id} · {_dates(story)} · {articles} · conflicts "
        f"{story.conflicts_open} open, {story.conflicts_decided} decided"
    )
    echo(f"    outlets: {one_line(', '.join(story.outlets), 140)}")
    echo(f"    sources: {', '.join(str(s) for s in story.source_ids)}")


@cli.group(invoke_without_command=True)
@db_option
@json_option
@click.pass_context
@core_errors
def stories(ctx: click.Context, db_path: Path | None, as_json: bool) -> None:
    """The stories (articles reporting one event), earliest first.

    Each story shows its title, thread, dates, outlets, article count and how many of
    its conflicts are open or decided. Subcommands fix the grouping by hand; what a
    reviewer fixes stays fixed through `workbench analyze` and later ingests.

    \b
    Example:
        workbench stories --db story.db
        workbench stories merge 7 3 --db story.db
        workbench stories thread 9 3 --db story.db
        workbench stories undo --db story.db
    """
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is not None:
        return
    with open_store(db_path, read_only=True) as store:
        found = store.stories()
        if as_json:
            print_json(story_dict(s) for s in found)
            return
        if not found:
            echo("no stories (ingest some articles first)")
        for story in found:
            _show(story)


def _id_or_new(name: str, value: str) -> int | None:
    """A story id, or None for `new` (a story, or a thread, of its own)."""
    if value != "new" and not value.isdigit():
        raise UserError(f"{name} must be a story id or 'new', not {value!r}")
    return None if value == "new" else int(value)


def _db(ctx: click.Context, db_path: Path | None) -> Path | None:
    return db_path or (ctx.obj or {}).get("db_path")


@stories.command()
@click.argument("story", type=int)
@click.argument("into", type=int)
@db_option
@_reviewer_option
@click.pass_context
@core_errors
def merge(ctx: click.Context, story: int, into: int, db_path, reviewer) -> None:
    """Merge story STORY into story INTO (both are one event): INTO keeps its number.

    The story named first goes into the one named second, as `move SOURCE STORY` puts
    an article into STORY and as the app's stories dialog merges the story marked with
    `m` into the one the second `m` is on. A title a reviewer gave STORY is kept when
    INTO's is grouping's own.

    \b
    Example:
        workbench stories merge 7 3 --db story.db    # story 7's articles join story 3
    """
    from workbench.story_fixes import apply  # the store's import: not for `--help`

    with open_store(_db(ctx, db_path)) as store:
        shown, _undo = apply(store, "merge", reviewer or default_reviewer(), story, into)
        echo(f"Merged story #{story} into story #{shown}")  # the app's words
        _show(store.story(shown))


@stories.command()
@click.argument("source", type=int)
@click.argument("story", metavar="STORY|new")
@db_option
@_reviewer_option
@click.pass_context
@core_errors
def move(ctx: click.Context, source: int, story: str, db_path, reviewer) -> None:
    """Move article SOURCE to story STORY, or to a new story of its own (`new`).

    A new story stands in a thread of its own: the article had the old story's thread
    only through that story, and kept it, its figures were read as that story's updates.

    \b
    Example:
        workbench stories move 12 new --db story.db
    """
    target = _id_or_new("STORY", story)
    from workbench.story_fixes import apply, moved_words

    with open_store(_db(ctx, db_path)) as store:
        shown, _undo = apply(store, "move", reviewer or default_reviewer(), source, target)
        named = f"source {source} «{one_line(store.source(source).named, 60)}»"
        echo(moved_words(named, shown, new=target is None))  # the app's words
        _show(store.story(shown))


@stories.command()
@click.argument("story_id", metavar="ID", type=int)
@click.argument("title")
@db_option
@_reviewer_option
@click.pass_context
@core_errors
def rename(ctx: click.Context, story_id: int, title: str, db_path, reviewer) -> None:
    """Give story ID the TITLE you choose (kept when its articles change).

    \b
    Example:
        workbench stories rename 3 "protest · Northgate · 2021-03-01" --db story.db
    """
    from workbench.story_fixes import apply_rename

    with open_store(_db(ctx, db_path)) as store:
        apply_rename(store, story_id, title, reviewer or default_reviewer())
        _show(store.story(story_id))


@stories.command()
@click.argument("story", type=int)
@click.argument("into", metavar="INTO|new")
@db_option
@_reviewer_option
@click.pass_context
@core_errors
def thread(ctx: click.Context, story: int, into: str, db_path, reviewer) -> None:
    """Put story STORY in story INTO's thread, or in a thread of its own (`new`).

    A thread is one ongoing situation told by several stories (an arrest, then a trial),
    each its own event: their articles stay apart, and across the thread only figures
    of a lasting state are compared, as changes over time. STORY alone changes thread,
    as `move` moves one article: the stories of the thread it leaves stay in it. Each
    story named stays so through `workbench analyze` and later ingests; `stories undo`
    takes it back.

    \b
    Example:
        workbench stories thread 9 3 --db story.db     # story 9 joins story 3's thread
        workbench stories thread 9 new --db story.db   # story 9 leaves its thread
    """
    target = _id_or_new("INTO", into)
    from workbench.story_fixes import apply_thread, thread_words

    with open_store(_db(ctx, db_path)) as store:
        apply_thread(store, story, target, reviewer or default_reviewer())
        shown = store.story(story)
        echo(thread_words(story, target, shown.thread_id))  # the app's words
        for other in store.thread_stories(story):
            _show(store.story(other))


@stories.command(name="undo")
@db_option
@_reviewer_option
@click.pass_context
@core_errors
def undo_fix(ctx: click.Context, db_path, reviewer) -> None:
    """Undo your latest merge, move, rename or thread change.

    The latest of yours still standing, made here or in the app's stories dialog: the
    articles go back to the story they left (a story the fix emptied comes back with
    its number), or the story gets its title or its thread back; the undo is logged
    too. Run it again to undo the fix before that.

    \b
    Example:
        workbench stories undo --db story.db
    """
    from workbench.story_fixes import undo_latest

    who = reviewer or default_reviewer()
    with open_store(_db(ctx, db_path)) as store:
        done = undo_latest(store, who)
        if done is None:
            raise UserError(f"no merge, move, rename or thread change by {who} to undo")
        fix, shown = done
        echo(fix.said(shown))
        _show(store.story(shown))
