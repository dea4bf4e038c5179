"""Loading articles into a store: the one entry point the command line and the benchmark share.

All or nothing: the whole command runs in one transaction, so a bad file (empty,
binary, unreadable, undated nonsense) stops it with `IngestError` and leaves the
database exactly as it was. Content already in the database is skipped by hash.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from workbench.ingest.clean import clean
from workbench.ingest.copies import METHOD, CopyIndex, fingerprint, unpack
from workbench.ingest.decode import DecodeError, decode, normalise
from workbench.ingest.formats import EXTENSIONS, FormatError, parse
from workbench.ingest.metadata import MetadataError, normalise_date, tidy
from workbench.ingest.sentences import split_sentences
from workbench.store import Store

_WORD = re.compile(r"\w+")


class IngestError(Exception):
    """Bad input, named: `str(error)` is `<file>: <reason>`."""

    def __init__(self, file: str, reason: str) -> None:
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


@dataclass(slots=True)
class Added:
    source_id: int
    file: str
    sentences: int
    words: int
    removed: int
    copy_of: int | None = None
    copy_score: float | None = None


@dataclass(slots=True)
class Skipped:
    file: str
    reason: str
    existing_id: int | None = None


@dataclass(slots=True)
class IngestReport:
    added: list[Added] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Files in a folder that are not an article format (images, .DS_Store...)."""
    claims: int | None = None
    conflicts: int | None = None

    @property
    def source_ids(self) -> list[int]:
        return [a.source_id for a in self.added]


# --- finding and reading the inputs ------------------------------------------------------


def expand_paths(paths: Iterable[str | Path], report: IngestReport | None = None) -> list[str]:
    """Files as named, folders walked (sorted, hidden entries skipped), `-` kept for stdin."""
    out: list[str] = []
    for raw in paths:
        name = str(raw)
        if name == "-":
            out.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = list(_walk(path, report))
            if not found:
                kinds = ", ".join(sorted(EXTENSIONS))
                raise IngestError(name, f"no readable articles in this folder (looked for {kinds})")
            out.extend(found)
        elif path.is_file():
            out.append(name)
        elif path.exists():
            raise IngestError(name, "not a regular file")
        else:
            raise IngestError(name, "no such file or directory")
    return out


def _walk(folder: Path, report: IngestReport | None) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in EXTENSIONS:
                yield os.path.join(root, name)
            elif report is not None:
                report.ignored.append(os.path.join(root, name))


def read_inputs(
    names: Iterable[str], meta: dict[str, str | None], stdin: BinaryIO | bytes | None
) -> Iterator[Input]:
    """Read each named input lazily, so ten thousand files never sit in memory at once."""
    for name in names:
        if name == "-":
            if stdin is None:
                raise IngestError("-", "no standard input to read")
            data = stdin if isinstance(stdin, bytes) else stdin.read()
            yield Input(name="-", data=data, path=None, meta=meta)
            continue
        try:
            data = Path(name).read_bytes()
        except PermissionError:
            raise IngestError(name, "permission denied") from None
        except OSError as exc:
            raise IngestError(name, f"cannot read ({exc.strerror or exc})") from None
        yield Input(name=Path(name).name, data=data, path=str(Path(name).resolve()), meta=meta)


# --- the load ---------------------------------------------------------------------------


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
    stdin: BinaryIO | bytes | None = None,
    progress: Callable[[str], None] | None = None,
    analyze: bool = True,
) -> IngestReport:
    """Ingest files, folders and `-` (stdin); the given metadata applies to every one."""
    report = IngestReport()
    try:
        published = normalise_date(published)
    except MetadataError as exc:
        raise IngestError("--published", str(exc)) from None
    names = expand_paths(paths, report)
    meta = {"outlet": outlet, "url": url, "published": published, "title": title}
    inputs = read_inputs(names, meta, stdin)
    return ingest_inputs(store, inputs, report=report, progress=progress, analyze=analyze)


def ingest_inputs(
    store: Store,
    inputs: Iterable[Input],
    *,
    report: IngestReport | None = None,
    progress: Callable[[str], None] | None = None,
    analyze: bool = True,
) -> IngestReport:
    """Decode, parse, clean, split and store each input, then analyse the new sources."""
    report = report or IngestReport()
    index: CopyIndex | None = None
    # Copy fingerprints of new sources (and of stored ones without), written in one batch.
    unsaved: list[tuple[int, bytes]] = []
    with store.transaction():
        for item in inputs:
            if progress:
                progress(item.name)
            try:
                decoded = decode(item.data)
                articles = parse(item.name, decoded.text, item.data)
            except (DecodeError, FormatError) as exc:
                raise IngestError(item.name, str(exc)) from None
            if decoded.warning:
                report.warnings.append(f"{item.name}: {decoded.warning}")
            for article in articles:
                file = item.name if article.record is None else f"{item.name}#{article.record}"
                digest = hashlib.sha256(article.raw).hexdigest()
                existing = store.source_by_hash(digest)
                if existing is not None:
                    report.skipped.append(
                        Skipped(file, f"already in the database as {existing.file}", existing.id)
                    )
                    continue
                if index is None:
                    index = _index_of(store, unsaved)
                report.added.append(_add(store, index, item, article, file, digest, unsaved))
        if unsaved:
            store.set_copy_fingerprints(METHOD, unsaved)
        if analyze and report.added:
            from workbench.pipeline import analyze as run_analysis

            summary = run_analysis(store, report.source_ids)
            report.claims, report.conflicts = summary.claims, summary.conflicts
    return report


def _add(
    store: Store,
    index: CopyIndex,
    item: Input,
    article,
    file: str,
    digest: str,
    unsaved: list[tuple[int, bytes]],
) -> Added:
    given = {k: v for k, v in item.meta.items() if v is not None}
    try:
        meta = tidy({**article.meta, **given})
    except MetadataError as exc:
        raise IngestError(file, str(exc)) from None
    cleaned = clean(normalise(article.text))
    if not cleaned.text:
        raise IngestError(file, "no article text (nothing left once page furniture is removed)")
    removed = [*article.removed, *cleaned.removed]
    words = len(_WORD.findall(cleaned.text))
    source_id = store.add_source(
        file=file,
        path=item.path,
        raw=article.raw,
        text=cleaned.text,
        content_hash=digest,
        format=article.format,
        removed=removed,
        word_count=words,
        **{k: meta.get(k) for k in ("outlet", "url", "published", "title")},
    )
    sentences = split_sentences(cleaned.text, source_id)
    store.add_sentences(source_id, sentences)
    prints = fingerprint(cleaned.paragraphs)
    match = index.find(cleaned.paragraphs, fingerprinted=prints)
    if match is not None:
        store.set_copy_of(source_id, match.source_id, match.score)
    index.add(source_id, cleaned.paragraphs, fingerprinted=prints)
    unsaved.append((source_id, prints.pack()))
    return Added(
        source_id=source_id,
        file=file,
        sentences=len(sentences),
        words=words,
        removed=len(removed),
        copy_of=match.source_id if match else None,
        copy_score=match.score if match else None,
    )


def _index_of(store: Store, unsaved: list[tuple[int, bytes]]) -> CopyIndex:
    """The copy index over what the database already holds, from the stored shingles (a
    source stored without them, or by another scheme, is fingerprinted once, now); texts
    are read only for the few sources a new article may copy."""
    index = CopyIndex(paragraphs_of=lambda sid: _paragraphs(store.source(sid).text))
    for source_id, shingles in store.copy_fingerprints(METHOD):
        if shingles is None:
            prints = fingerprint(_paragraphs(store.source(source_id).text))
            unsaved.append((source_id, prints.pack()))
            index.add_shingles(source_id, prints.shingles)
        else:
            index.add_shingles(source_id, unpack(shingles))
    return index


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")
