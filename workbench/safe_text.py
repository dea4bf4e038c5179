"""Untrusted text made safe for where it goes: a terminal, a spreadsheet, a link.

Article text, file names, outlets and notes come from outside. Printed as they are,
an escape sequence can clear the screen or retitle the window, a bidirectional override
can make a line read backwards, a CSV cell starting with `=` runs as a formula, and a
`javascript:` link runs when clicked. One helper per destination, used by every command.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), and the
# invisible characters that reorder or hide text (bidi marks, embeddings, overrides,
# isolates, BOM) or break lines where a reader does not expect it.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
    "\u2066-\u2069\u206a-\u206f\ufeff]"
)
_UNSAFE_CELL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u206a-\u206f\ufeff]"
)
"""As `_UNSAFE` but for the line and paragraph separators, which a CSV cell keeps as it
keeps newlines (a terminal does not obey them)."""
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u206a-\u206f]")
_FORMULA_START = re.compile(r"^[\s]*[=+\-@\t\r]")
_HTTP = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)


def _written(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escape(match: re.Match[str]) -> str:
    return _written(match.group(0))


def terminal_safe(text: str) -> str:
    """The text with every control and bidi character written as an escape (`\\x1b`,
    `\\u202e`): shown, never obeyed. Tabs and newlines are kept."""
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub(_escape, text)


def one_line(text: str, limit: int | None = None) -> str:
    """`terminal_safe` on one line: whitespace runs collapsed, cut with … past `limit`."""
    flat = terminal_safe(" ".join(text.split()))
    if limit is not None and len(flat) > limit:
        return flat[: limit - 1] + "…"
    return flat


def json_safe(encoded: str) -> str:
    """Encoded JSON with the characters `json.dumps(ensure_ascii=False)` leaves raw that a
    terminal obeys (C1 controls, bidi) written as `\\uXXXX`: the same data, read back."""
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", encoded)


def spreadsheet_safe(cell: str) -> str:
    """A CSV cell safe to open in a spreadsheet and to print in a terminal.

    Control and bidi characters are written as escapes (`\\x1b`, `\\u202e`), as
    `terminal_safe` writes them; a backslash run before such an escape or before text
    that looks like one is doubled, so `spreadsheet_unsafe` restores the cell exactly. A
    cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) then
    gets a leading `'`, which spreadsheets take as "this is text" and do not show; a cell
    that already starts with `'` gets one too, for the same exact return."""
    if not (cell.isascii() and cell.isprintable()) or "\\" in cell:
        cell = _CELL_ESCAPES.sub(_escape_cell, cell)
    return "'" + cell if _FORMULA_START.match(cell) or cell.startswith("'") else cell


def spreadsheet_unsafe(cell: str) -> str:
    """The cell as it was before `spreadsheet_safe`."""
    cell = cell[1:] if cell.startswith("'") else cell
    return _CELL_ESCAPED.sub(_unescape_cell, cell) if "\\" in cell else cell


_LOOKS_ESCAPED = r"(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})"
_CELL_ESCAPES = re.compile(rf"(\\*)({_UNSAFE_CELL.pattern})|(\\+)(?={_LOOKS_ESCAPED})")
_CELL_ESCAPED = re.compile(rf"(\\+)({_LOOKS_ESCAPED})")


def _escape_cell(match: re.Match[str]) -> str:
    if match.group(2) is not None:  # n backslashes, an unsafe character: 2n + 1
        return match.group(1) * 2 + _written(match.group(2))
    return match.group(3) * 2  # n backslashes before escape-like text: 2n


def _unescape_cell(match: re.Match[str]) -> str:
    slashes, code = len(match.group(1)), match.group(2)
    if slashes % 2:
        return "\\" * (slashes // 2) + chr(int(code[1:], 16))
    return "\\" * (slashes // 2) + code


def http_url(url: str | None) -> str | None:
    """The URL when it is http(s) with a host and no whitespace or controls, else None."""
    if not url:
        return None
    url = url.strip()
    if _HTTP.fullmatch(url) and not _UNSAFE.search(url):
        return url
    return None
