"""What every command prints: lines made safe for a terminal (names, outlets and article
text are untrusted), fitted to its width, notes and errors as one line, JSON arrays."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

import click

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


def print_json(items: Iterable[Any]) -> None:
    """Write one JSON array to stdout, streaming item by item."""
    out = sys.stdout
    out.write("[")
    count = 0
    for count, item in enumerate(items, 1):
        out.write(",\n" if count > 1 else "\n")
        out.write(json_safe(json.dumps(item, ensure_ascii=False)))
    out.write("\n]\n" if count else "]\n")


def click_message(message: str) -> str:
    """Click's own message worded as ours: one line, a lower-case start, no closing full
    stop ("Missing argument 'PATHS...'." beside "nope.db: no such database")."""
    text = one_line(message).rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text
