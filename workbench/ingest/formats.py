"""Readers for the article formats: plain text, Markdown, saved HTML, JSON and JSONL.

Each reader turns decoded text into one or more `Parsed` articles: the article's own
text (paragraphs separated by blank lines), the metadata the file itself carries, and
the byte-exact raw form of that article. Junk inside the text is `clean`'s job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import PurePath

from workbench.ingest.html_page import read_html
from workbench.ingest.parsed import FormatError, Parsed, pick_meta
from workbench.models import Removed

_TEXT_KEYS = ("text", "body", "content")

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


_TOO_DEEP = "JSON nested too deeply to read (an article record is an object of strings)"

BadRecord = Callable[[int | str, str], None]
"""Hears a record that cannot be read (the line it starts on, with its number in a JSON
array: "1 (record 2)"; why) when the caller skips bad records (`ingest --skip-bad`)
instead of refusing the whole file."""


def detect_format(name: str, text: str) -> str:
    """The format by extension, else by a look at the content (stdin, odd extensions)."""
    ext = PurePath(name).suffix.lower()
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    head = text.lstrip()[:2000]
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = head.split("\n", 1)[0].strip()
        return "jsonl" if first.endswith("}") and "\n{" in text.strip() else "json"
    if re.match(r"<(!doctype html|html|head|body|article|p|div)\b", head, re.IGNORECASE):
        return "html"
    if re.match(r"---\n(\w[\w-]*:.*\n)+---\n", head):
        return "markdown"
    return "text"


def iter_parse(name: str, text: str, raw: bytes, bad: BadRecord | None = None) -> Iterator[Parsed]:
    """`parse`, one article at a time where the format allows (JSONL); a format error may
    then come after the first articles. With `bad`, a record that cannot be read is told
    to it and passed over; an error of the whole file still raises."""
    if detect_format(name, text) == "jsonl":
        yield from _jsonl_records(text, bad)
        return
    yield from parse(name, text, raw, bad=bad)


def parse(
    name: str, text: str, raw: bytes, fmt: str | None = None, bad: BadRecord | None = None
) -> list[Parsed]:
    """Read one decoded file into its articles."""
    fmt = fmt or detect_format(name, text)
    if fmt == "text":
        return [Parsed(text=text, raw=raw, format="text")]
    if fmt == "markdown":
        return [_markdown(text, raw)]
    if fmt == "html":
        return [read_html(text, raw)]
    if fmt == "json":
        return _json(text, raw, bad)
    if fmt == "jsonl":
        return _jsonl(text, bad)
    raise FormatError(f"unknown format {fmt!r}")  # pragma: no cover


# --- Markdown ---------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"
)
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split YAML-ish `key: value` front matter from the body (no YAML dependency needed)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or key.startswith((" ", "\t", "#")):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return fields, text[match.end() :]


def _markdown(text: str, raw: bytes) -> Parsed:
    fields, body = front_matter(text)
    removed: list[Removed] = []
    body = _HTML_COMMENT.sub("", body)
    paragraphs: list[str] = []
    current: list[str] = []
    fenced = False

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in body.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            fenced = not fenced
            flush()
            continue
        if fenced:
            current.append(line.strip())
            continue
        if not line.strip() or _MD_RULE.match(line) or _MD_REFDEF.match(line):
            flush()
            continue
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        item = _MD_ITEM.match(line)
        if heading or item:
            flush()
        if heading:
            line = heading.group(1)
            if "title" not in fields and not paragraphs:
                fields["title"] = _md_inline(line, [])
        line = re.sub(r"^\s*(>\s?)+", "", line)
        line = _MD_ITEM.sub("", line)
        current.append(_md_inline(line.strip(), removed))
        if heading or item:
            flush()
    flush()
    text = "\n\n".join(p for p in paragraphs if p.strip())
    return Parsed(text=text, raw=raw, format="markdown", meta=pick_meta(fields), removed=removed)


def _md_inline(line: str, removed: list[Removed]) -> str:
    for match in _MD_IMAGE.finditer(line):
        removed.append(Removed(match.group(0), "image"))
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_BOLD.sub(r"\2", line)
    line = _MD_ITALIC.sub(lambda m: m.group(1) or m.group(2), line)
    return line.replace("\\", "") if "\\" in line and re.search(r"\\[*_`#\[\]]", line) else line


# --- JSON and JSONL ---------------------------------------------------------------------


def _record(obj: object, raw: bytes, fmt: str, number: int | None, line: int) -> Parsed:
    if not isinstance(obj, dict):
        raise FormatError("expected an object with a `text` field")
    lowered = {str(k).lower(): v for k, v in obj.items()}
    text = next((lowered[k] for k in _TEXT_KEYS if isinstance(lowered.get(k), str)), None)
    if text is None:
        raise FormatError("no `text` field")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Parsed(text=text, raw=raw, format=fmt, meta=pick_meta(obj), record=number, line=line)


def _one_of_many(
    obj: object, where: str, raw: bytes, fmt: str, number: int, line: int, bad: BadRecord | None
) -> Parsed | None:
    """A record of an array or a JSONL file; a bad one raises, naming `where`, or with
    `bad` is told to it and gives None. An array's record is told by its line and its
    number: the records of a one-line array all start on line 1 ("a.json:1; 1 more
    refused too: a.json:1" named neither)."""
    try:
        return _record(obj, raw, fmt, number, line)
    except FormatError as exc:
        if bad is None:
            raise FormatError(f"{where}: {exc}") from None
        bad(line if fmt == "jsonl" else f"{line} (record {number})", str(exc))
        return None


def _json(text: str, raw: bytes, bad: BadRecord | None = None) -> list[Parsed]:
    decoder = json.JSONDecoder()
    stripped = text.lstrip("\ufeff \t\n")
    if not stripped.startswith("["):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise FormatError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        except RecursionError:
            raise FormatError(_TOO_DEEP) from None
        try:
            return [_record(obj, raw, "json", None, 1)]
        except FormatError as exc:
            raise FormatError(f"the JSON object: {exc}") from None
    # Walk the array element by element so each record keeps its own exact raw text.
    records: list[Parsed] = []
    pos, number = 1, 0
    line, counted = text[: len(text) - len(stripped)].count("\n") + 1, 0
    ws = re.compile(r"\s*")
    while True:
        pos = ws.match(stripped, pos).end()
        if pos < len(stripped) and stripped[pos] == "]":
            break
        try:
            obj, end = decoder.raw_decode(stripped, pos)
        except json.JSONDecodeError as exc:
            raise FormatError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        except RecursionError:
            raise FormatError(f"record {number + 1}: {_TOO_DEEP}") from None
        number += 1
        line, counted = line + stripped.count("\n", counted, pos), pos
        piece = stripped[pos:end].encode("utf-8")
        record = _one_of_many(obj, f"record {number}", piece, "json", number, line, bad)
        if record is not None:
            records.append(record)
        pos = ws.match(stripped, end).end()
        if pos < len(stripped) and stripped[pos] == ",":
            pos += 1
        elif pos >= len(stripped) or stripped[pos] != "]":
            raise FormatError(f"invalid JSON after record {number}: expected ',' or ']'")
    if not number:
        raise FormatError("empty JSON array: no articles")
    return records


def _jsonl(text: str, bad: BadRecord | None = None) -> list[Parsed]:
    return list(_jsonl_records(text, bad))


def _jsonl_records(text: str, bad: BadRecord | None) -> Iterator[Parsed]:
    """`iter_jsonl`, refusing a file with no line at all to read (good or bad)."""
    seen = 0

    def heard(line: int | str, reason: str) -> None:
        nonlocal seen
        seen += 1
        bad(line, reason)  # type: ignore[misc]

    for record in iter_jsonl(text, heard if bad is not None else None):
        seen += 1
        yield record
    if not seen:
        raise FormatError("no records")


def iter_jsonl(text: str, bad: BadRecord | None = None) -> Iterator[Parsed]:
    """A JSONL file's records one at a time: a file of ten thousand articles is never
    held as ten thousand records (nor as a list of its lines)."""
    start, lineno = 0, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start = text[start:end], end + 1
        lineno += 1
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"invalid JSON ({_json_problem(exc, line)})"
        except RecursionError:
            reason = _TOO_DEEP
        else:
            where = f"line {lineno}"
            record = _one_of_many(obj, where, line.encode("utf-8"), "jsonl", lineno, lineno, bad)
            if record is not None:
                yield record
            continue
        if bad is None:
            raise FormatError(f"line {lineno}: {reason}")
        bad(lineno, reason)


def _json_problem(exc: json.JSONDecodeError, line: str) -> str:
    """The parser's words with a column ("Unterminated string starting at" named none);
    a line that stops inside a record says so: a download or a copy cut the file short."""
    if exc.msg.startswith("Unterminated") or exc.pos >= len(line.rstrip()):
        return f"the record stops after column {len(line.rstrip())}: a truncated file?"
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
