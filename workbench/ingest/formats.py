"""Readers for the article formats: plain text, Markdown, saved HTML, JSON and JSONL.

Each reader turns decoded text into one or more `Parsed` articles: the article's own
text (paragraphs separated by blank lines), the metadata the file itself carries, and
the byte-exact raw form of that article. Junk inside the text is `clean`'s job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import PurePath

from workbench.models import Removed

FIELDS = ("outlet", "url", "published", "title")
# Names other tools use for our fields; the first of ours is what we store.
_ALIASES = {
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "publication"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate"),
    "title": ("title", "headline"),
}
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


class FormatError(ValueError):
    """The file is text but not a readable article in its format; the message says why."""


@dataclass(slots=True)
class Parsed:
    text: str
    raw: bytes
    format: str
    meta: dict[str, str | None] = field(default_factory=dict)
    record: int | None = None
    """1-based position of the record in a JSON array or JSONL file."""
    removed: list[Removed] = field(default_factory=list)


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


def iter_parse(name: str, text: str, raw: bytes) -> Iterator[Parsed]:
    """`parse`, one article at a time where the format allows (JSONL); a format error may
    then come after the first articles."""
    if detect_format(name, text) == "jsonl":
        found = False
        for found, record in enumerate(iter_jsonl(text), 1):  # noqa: B007
            yield record
        if not found:
            raise FormatError("no records")
        return
    yield from parse(name, text, raw)


def parse(name: str, text: str, raw: bytes, fmt: str | None = None) -> list[Parsed]:
    """Read one decoded file into its articles."""
    fmt = fmt or detect_format(name, text)
    if fmt == "text":
        return [Parsed(text=text, raw=raw, format="text")]
    if fmt == "markdown":
        return [_markdown(text, raw)]
    if fmt == "html":
        return [_html(text, raw)]
    if fmt == "json":
        return _json(text, raw)
    if fmt == "jsonl":
        return _jsonl(text)
    raise FormatError(f"unknown format {fmt!r}")  # pragma: no cover


# --- metadata -------------------------------------------------------------------------


def pick_meta(record: dict[str, object]) -> dict[str, str | None]:
    """Our four fields from a record that may use other tools' names for them."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    meta: dict[str, str | None] = {}
    for name, aliases in _ALIASES.items():
        for alias in aliases:
            value = lowered.get(alias)
            if isinstance(value, str | int | float) and str(value).strip():
                meta[name] = str(value).strip()
                break
    return meta


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


# --- HTML -------------------------------------------------------------------------------


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SKIP_TAGS = _set(
    "script style noscript template nav header footer aside form button svg iframe select "
    "figure figcaption menu dialog object canvas video audio"
)
_BLOCK_TAGS = _set(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article main br tr td th dd dt pre "
    "table hr body address center"
)
_VOID_TAGS = _set("br img meta link hr input area base col embed source track wbr")
_INVISIBLE_TAGS = _set("script style noscript template svg object canvas video audio")
_BOILERPLATE = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|footer|sidebar|share|sharing|social|related|"
    r"comments?|advert\w*|ads?|promo\w*|newsletter|subscribe|cookie\w*|breadcrumbs?|"
    r"paywall|popup|modal|masthead|toolbar|byline-share|recommend\w*)($|[\s_-])",
    re.IGNORECASE,
)


def _describe(tag: str, attrs: dict[str, str]) -> str:
    """How a skipped element is named in the removal log: its tag, or its telling class."""
    for key in ("class", "id"):
        match = _BOILERPLATE.search(attrs.get(key, ""))
        if match and tag not in _SKIP_TAGS:
            return f"{tag}.{match.group(2).lower()}"
    return tag


class _ArticleParser(HTMLParser):
    """Collects the text of each region (whole page, each <article>, <main>) and the metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
        self.skip = 0
        self.regions: dict[str, list[list[str]]] = {"page": [[]]}
        self.open_regions: list[str] = ["page"]
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.h1: str | None = None
        self.h1_parts: list[str] | None = None
        self.articles = 0
        self.removed: list[Removed] = []
        self._skipped_text: list[str] = []
        self._skipped_what = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("url", a["href"])
        elif tag == "time" and a.get("datetime") and not self.skip:
            self.meta.setdefault("time", a["datetime"])
        elif tag == "title":
            self.title_parts = []
        if tag in _VOID_TAGS:
            if tag in ("br", "hr"):
                self._break()
            return
        skipped = tag in _SKIP_TAGS or bool(
            _BOILERPLATE.search(a.get("class", "")) or _BOILERPLATE.search(a.get("id", ""))
        )
        skipped = skipped or a.get("aria-hidden") == "true" or "hidden" in a
        if tag in ("body", "html") or (tag in ("article", "main") and not self.skip):
            skipped = False
        self.stack.append((tag, skipped))
        if skipped:
            if not self.skip:
                self._skipped_what = _describe(tag, a)
            self.skip += 1
        if tag in ("article", "main") and not self.skip:
            name = f"{tag}{self.articles}"
            self.articles += 1
            self.regions[name] = [[]]
            self.open_regions.append(name)
        if tag == "h1" and not self.skip and self.h1 is None:
            self.h1_parts = []
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.meta.setdefault("html_title", " ".join("".join(self.title_parts).split()))
            self.title_parts = None
        if tag == "h1" and self.h1_parts is not None:
            self.h1 = " ".join("".join(self.h1_parts).split())
            self.h1_parts = None
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skipped = self.stack.pop()
            if skipped:
                self.skip -= 1
                if not self.skip:
                    self._close_skipped()
            closes_region = open_tag in ("article", "main") and len(self.open_regions) > 1
            if closes_region and self.open_regions[-1].startswith(open_tag):
                self.open_regions.pop()
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.skip:
            self._skipped_text.append(data)
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        for name in self.open_regions:
            self.regions[name][-1].append(data)

    def _close_skipped(self) -> None:
        text = " ".join("".join(self._skipped_text).split())
        self._skipped_text = []
        if text and self._skipped_what not in _INVISIBLE_TAGS:
            self.removed.append(Removed(text, f"page furniture ({self._skipped_what})"))

    def _break(self) -> None:
        for name in self.open_regions:
            if self.regions[name][-1]:
                self.regions[name].append([])

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "").strip()
        if not content:
            return
        wanted = {
            "og:site_name": "outlet",
            "application-name": "outlet",
            "og:title": "title",
            "twitter:title": "title",
            "og:url": "url",
            "article:published_time": "published",
            "datepublished": "published",
            "date": "published",
            "pubdate": "published",
            "publish-date": "published",
            "dc.date": "published",
        }
        if key in wanted:
            self.meta.setdefault(wanted[key], content)

    def paragraphs(self, region: str) -> list[str]:
        return [p for p in (" ".join("".join(b).split()) for b in self.regions[region]) if p]


def _html(text: str, raw: bytes) -> Parsed:
    parser = _ArticleParser()
    parser.feed(text)
    parser.close()
    # The longest <article> (or <main>) is the story; the whole page is the fallback.
    regions = [r for r in parser.regions if r != "page"]
    best = "page"
    if regions:
        best = max(regions, key=lambda r: sum(len(p) for p in parser.paragraphs(r)))
        if not parser.paragraphs(best):
            best = "page"
    paragraphs = parser.paragraphs(best)
    meta = dict(parser.meta)
    meta.setdefault("published", meta.pop("time", None) or "")
    meta.setdefault("title", parser.h1 or meta.get("html_title") or "")
    return Parsed(
        text="\n\n".join(paragraphs),
        raw=raw,
        format="html",
        meta=pick_meta(meta),
        removed=parser.removed,
    )


# --- JSON and JSONL ---------------------------------------------------------------------


def _record(obj: object, where: str, raw: bytes, fmt: str, number: int | None) -> Parsed:
    if not isinstance(obj, dict):
        raise FormatError(f"{where}: expected an object with a `text` field")
    lowered = {str(k).lower(): v for k, v in obj.items()}
    text = next((lowered[k] for k in _TEXT_KEYS if isinstance(lowered.get(k), str)), None)
    if text is None:
        raise FormatError(f"{where}: no `text` field")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Parsed(text=text, raw=raw, format=fmt, meta=pick_meta(obj), record=number)


def _json(text: str, raw: bytes) -> list[Parsed]:
    decoder = json.JSONDecoder()
    stripped = text.lstrip("\ufeff \t\n")
    if not stripped.startswith("["):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise FormatError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        except RecursionError:
            raise FormatError(_TOO_DEEP) from None
        return [_record(obj, "the JSON object", raw, "json", None)]
    # Walk the array element by element so each record keeps its own exact raw text.
    records: list[Parsed] = []
    pos = 1
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
            raise FormatError(f"record {len(records) + 1}: {_TOO_DEEP}") from None
        number = len(records) + 1
        piece = stripped[pos:end].encode("utf-8")
        records.append(_record(obj, f"record {number}", piece, "json", number))
        pos = ws.match(stripped, end).end()
        if pos < len(stripped) and stripped[pos] == ",":
            pos += 1
        elif pos >= len(stripped) or stripped[pos] != "]":
            raise FormatError(f"invalid JSON after record {number}: expected ',' or ']'")
    if not records:
        raise FormatError("empty JSON array: no articles")
    return records


def _jsonl(text: str) -> list[Parsed]:
    records = list(iter_jsonl(text))
    if not records:
        raise FormatError("no records")
    return records


def iter_jsonl(text: str) -> Iterator[Parsed]:
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
            raise FormatError(f"line {lineno}: invalid JSON ({exc.msg})") from exc
        except RecursionError:
            raise FormatError(f"line {lineno}: {_TOO_DEEP}") from None
        yield _record(obj, f"line {lineno}", line.encode("utf-8"), "jsonl", lineno)
