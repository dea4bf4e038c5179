"""One input made ready to store, with no database lock held: decoded, parsed, checked,
cleaned, split into sentences, fingerprinted and (optionally) its claims extracted.

Everything slow about an article happens here, so the transaction that stores it only
inserts rows and a reviewer in another terminal never waits behind an extractor.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from workbench.config import DEFAULT_MAX_BYTES
from workbench.ingest.clean import clean
from workbench.ingest.copies import Fingerprint, fingerprint
from workbench.ingest.decode import DecodeError, decode, normalise
from workbench.ingest.formats import FormatError, Parsed, iter_parse
from workbench.ingest.furniture import redirect_target
from workbench.ingest.metadata import MetadataError, replaced_own, replaced_warning, tidy
from workbench.ingest.sentences import split_sentences
from workbench.models import Claim, Removed, Sentence, Source

_WORD = re.compile(r"\w+")


def readable_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (which Python carries as lone
    surrogates, and SQLite and the terminal refuse) written as `\\xff`."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class IngestError(Exception):
    """Bad input, named: `str(error)` is `<file>: <reason>`."""

    def __init__(self, file: str, reason: str) -> None:
        # `-` is the command line's word for standard input: "error: -: empty file" after
        # `workbench ingest -` with nothing piped in read as a garbled line (walk33)
        file = "stdin" if file == "-" else readable_name(file)
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


@dataclass(slots=True)
class Input:
    """One file's bytes and the metadata the user gave for it (None: not given)."""

    name: str
    data: bytes
    path: str | None = None
    meta: dict[str, str | None] = field(default_factory=dict)
    refused: str | None = None
    """Why the file could not even be read (too big, unreadable), when bad inputs are
    skipped rather than refused: `prepare` then tells `skip` and gives no article."""
    label: str | None = None
    """What lists call its articles when not `name` (standard input's: `name` is "-")."""
    by_title: bool = False
    """Each article goes by its headline where it has one (standard input not named by the
    user: "-" said nothing in `conflicts` and the app, walk38), else by `label`."""


Skip = Callable[[str, str], None]
"""Hears an input or record passed over as bad (`file` or `file:line`, the reason)."""


@dataclass(slots=True)
class Prepared:
    """An article ready to insert; claims (if extracted) carry sentence indexes as ids."""

    file: str
    path: str | None
    parsed: Parsed
    digest: str
    meta: dict[str, str | None]
    text: str
    paragraphs: list[str]
    removed: list[Removed]
    words: int
    sentences: list[Sentence]
    prints: Fingerprint | None = None
    claims: list[Claim] | None = None


def prepare(
    item: Input,
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    date_order: str | None = None,
    full: bool = True,
    warn: Callable[[str], None] | None = None,
    skip: Skip | None = None,
) -> Iterator[Prepared]:
    """The articles of one input; raises `IngestError` for the first bad one, or with
    `skip` tells it each bad record (or the bad file) and goes on with the rest.

    With `full` off only what can fail is done (the check pass before anything is written).
    `warn` hears what the reader had to guess (an encoding detected, bytes replaced).
    """
    try:
        if item.refused is not None:
            raise IngestError(item.name, item.refused)
        try:
            decoded = decode(item.data)
        except DecodeError as exc:
            raise IngestError(item.name, str(exc)) from None
    except IngestError as exc:
        if skip is None:
            raise
        skip(exc.file, exc.reason)
        return
    if decoded.warning and warn is not None:
        warn(f"{item.name}: {decoded.warning}")
    given = {k: v for k, v in item.meta.items() if v is not None}
    replaced, articles = [], 0
    for article in _articles(item, decoded.text, skip):
        try:
            prepared = _prepared(item, article, max_bytes, date_order, full)
        except IngestError as exc:
            if article.line is None:
                if skip is None:
                    raise
                skip(exc.file, exc.reason)
                continue
            _bad_record(item, skip)(article.line, exc.reason)
            continue
        articles += 1
        if given:
            replaced.append(replaced_own(article.meta, given, date_order=date_order))
        yield prepared
    # An option replaces what the file says of itself: said, one line for the file.
    told = replaced_warning(item.name, given, replaced, articles) if given else None
    if told and warn is not None:
        warn(told)


def _bad_record(item: Input, skip: Skip | None) -> Callable[[int, str], None]:
    """What meets a bad record: `skip` hears it, else it refuses the load; either way
    named `file:line`, the place an editor or grep opens (a record's own name,
    `file#N`, counts records, not lines)."""

    def bad(line: int | str, reason: str) -> None:
        if skip is None:
            raise IngestError(f"{item.name}:{line}", reason)
        skip(f"{item.name}:{line}", reason)

    return bad


def _prepared(
    item: Input, article: Parsed, max_bytes: int | None, date_order: str | None, full: bool
) -> Prepared:
    """One article checked (size, metadata, text left once cleaned) and made ready."""
    file = item.name if article.record is None else f"{item.name}#{article.record}"
    if max_bytes is not None and len(article.raw) > max_bytes:
        raise IngestError(
            file,
            f"article is {len(article.raw):,} bytes, over the limit of {max_bytes:,} "
            "(raise it with --max-bytes)",
        )
    given = {k: v for k, v in item.meta.items() if v is not None}
    try:
        meta = tidy({**article.meta, **given}, date_order=date_order)
    except MetadataError as exc:
        raise IngestError(file, str(exc)) from None
    derived = derive(article, full=full)
    if not derived.text:
        # A scraper's empty record is not the cleaning's doing: say which it was.
        why = "its text is empty" if not article.text.strip() else None
        why = "the page holds only its title" if _only_its_title(article) else why
        why = why or "nothing left once page furniture is removed"
        raise IngestError(file, f"no article text ({why})")
    target = redirect_target(derived.text)
    if target is not None:
        raise IngestError(file, f"no article text (a redirect page to {target})")
    return Prepared(
        file=_stored_name(item, article, meta) or file,
        path=item.path,
        parsed=article,
        digest=hashlib.sha256(article.raw).hexdigest(),
        meta=meta,
        text=derived.text,
        paragraphs=derived.paragraphs,
        removed=derived.removed,
        words=derived.words,
        sentences=derived.sentences,
        prints=derived.prints,
    )


NAME_CELLS = 60
"""The most of a headline an article named by it keeps (lists cut it further)."""


def _stored_name(item: Input, article: Parsed, meta: dict[str, str | None]) -> str | None:
    """What lists call an article read from an input with a `label` (None: its file's
    name): its headline when the input goes `by_title`, else the label (`#N` for a
    record). Errors still name the input as the user typed it ("stdin: empty file")."""
    if item.label is None:
        return None
    title = " ".join((meta.get("title") or "").split())
    if item.by_title and title:
        return title if len(title) <= NAME_CELLS else title[: NAME_CELLS - 1].rstrip() + "…"
    return item.label if article.record is None else f"{item.label}#{article.record}"


@dataclass(slots=True)
class Derived:
    """What the cleaner makes of an article's text: derived data, made again when the
    cleaner changes (`ingest.reclean`)."""

    text: str
    paragraphs: list[str]
    removed: list[Removed]
    words: int
    sentences: list[Sentence] = field(default_factory=list)
    prints: Fingerprint | None = None


def _only_its_title(article: Parsed) -> bool:
    """A saved page whose only text is its `<title>` (a script-built page, saved before it
    ran): the reader keeps a title out of the text, so the refusal says where the text
    went (walk31)."""
    return article.format == "html" and not article.text.strip() and bool(article.meta.get("title"))


def derive(article: Parsed, *, full: bool = True) -> Derived:
    """The article's cleaned text, what cleaning removed and its word count; with `full`,
    its sentences and copy fingerprint too. The one path for a new article and for one
    a former cleaner stored."""
    cleaned = clean(normalise(article.text))
    derived = Derived(
        text=cleaned.text,
        paragraphs=cleaned.paragraphs,
        removed=[*article.removed, *cleaned.removed],
        words=len(_WORD.findall(cleaned.text)),
    )
    if full and cleaned.text:
        derived.sentences = split_sentences(cleaned.text)
        derived.prints = fingerprint(cleaned.paragraphs)
    return derived


def _articles(item: Input, text: str, skip: Skip | None = None) -> Iterator[Parsed]:
    """The input's articles as it is read (a JSONL file record by record); a bad record
    or file refuses the load, or with `skip` is told to it and passed over."""
    try:
        yield from iter_parse(item.name, text, item.data, _bad_record(item, skip))
    except FormatError as exc:
        if skip is None:
            raise IngestError(item.name, str(exc)) from None
        skip(item.name, str(exc))


def extraction_job(prepared: Prepared) -> tuple[Source, list[Sentence]]:
    """What the extractor needs of an article before it has an id: sentence ids stand for
    sentence indexes (claim ids depend on the content, not on database ids)."""
    source = Source(
        id=0,
        file=prepared.file,
        text=prepared.text,
        content_hash=prepared.digest,
        **{k: prepared.meta.get(k) for k in ("outlet", "url", "published", "title")},
    )
    return source, [replace(s, id=s.index) for s in prepared.sentences]
