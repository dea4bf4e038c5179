"""A note on stderr is broken between words at the terminal's width: the terminal broke
"re-analysing ... (reviews are kept; keys typed n" / "ow are ignored ..." inside a word at
80 columns (walk40). To a file or a pipe it stays one line."""

from __future__ import annotations

import io

from workbench.cli import fitted

NOTE = (
    "re-analysing /srv/desk/elections-2026/wire-and-locals.db for this version "
    "(reviews are kept; keys typed now are ignored; ctrl+c stops)"
)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_note_to_a_terminal_breaks_between_words(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    lines = fitted(NOTE, _Terminal()).splitlines()
    assert len(lines) > 1
    assert all(len(line) <= 40 for line in lines if " " in line)
    assert " ".join(lines) == NOTE  # no word cut, none lost
    assert "/srv/desk/elections-2026/wire-and-locals.db" in lines  # a path kept whole


def test_a_note_to_a_pipe_stays_one_line(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    assert fitted(NOTE, io.StringIO()) == NOTE


def test_a_listing_line_to_a_terminal_keeps_its_indent(monkeypatch):
    """`conflicts`' sentences, indented under their claim, were broken inside a word by the
    terminal and went on at column 0 (walk41): continued at their own indent now."""
    monkeypatch.setenv("COLUMNS", "40")
    line = "        Wardens of the zelkin fold counted nine brindle oxen by the gate at dusk."
    lines = fitted(line, _Terminal()).splitlines()
    assert len(lines) > 1
    assert all(x.startswith("        ") and not x.startswith("         ") for x in lines)
    assert all(len(x) <= 40 for x in lines)
    assert " ".join(x.strip() for x in lines) == line.strip()
