"""Parse many sentences at once, reading and filling a per-sentence cache.

The cache is keyed by a hash of the sentence and the model's name and version, so a
re-analysis (a better extractor, a re-ingest of the same text) parses nothing again, and a
new model parses everything again. The cache lives wherever the caller keeps it (the
database, through `store.parses`); this module only needs two methods of it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Protocol

from workbench.parse.matmul import single_thread
from workbench.parse.model import model_id, nlp
from workbench.parse.tree import Parse

BATCH_SIZE = 256
"""Sentences per `nlp.pipe` batch: large enough to fill the model's matrices."""
BATCH_CHARS = 256 * 160
"""Characters per batch at most: 256 sentences of a typical news length."""


class ParseCache(Protocol):
    def cached_parses(self, keys: Iterable[str]) -> Mapping[str, str]: ...

    def save_parses(self, rows: Iterable[tuple[str, str]]) -> None: ...


SHOUT_SHARE = 0.8
"""Of a sentence's letters, the share in capitals above which it is shouted."""
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_REFERENCE_MARK = re.compile(r"(?<=[\w.!?\"”’)\]])\[\d{1,3}\]")


def parse_form(text: str) -> str:
    """The text the parser reads: a sentence written in capitals (a broadcast transcript)
    in sentence case, since the small model reads every capitalised word as a proper noun
    ("FIVE PEOPLE SHOT" parses as a name); any other sentence as it is. An encyclopedia's
    reference marks glued to a word ("were injured.[1]") are blanked: the tokenizer would
    read "injured.[1" as one word. Offsets stay the same (a case change that would move
    them leaves the text alone).

    Asked several times per sentence: most sentences are ruled out by a count of their
    ASCII lower-case letters alone (more than a fifth of the characters are more than a
    fifth of the letters), in C, before any per-letter test."""
    if "[" in text:
        text = _REFERENCE_MARK.sub(lambda m: " " * len(m.group(0)), text)
    if 5 * sum(map(text.count, _ASCII_LOWER)) > len(text):
        return text
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < SHOUT_SHARE * len(letters):
        return text
    lowered = text.lower()
    first = next(i for i, c in enumerate(lowered) if c.isalpha())
    cased = lowered[:first] + lowered[first].upper() + lowered[first + 1 :]
    return cased if len(cased) == len(text) else text


def parse_key(text: str, model: str | None = None) -> str:
    """The cache key of a sentence for a model: 20 hex digits of a SHA-1 of the text the
    parser reads (a shouted sentence's key changed with its sentence-cased parse)."""
    material = f"{model or model_id()}\x1f{parse_form(text)}".encode()
    return hashlib.sha1(material).hexdigest()[:20]


def parse_texts(texts: Iterable[str]) -> list[Parse]:
    """Parse sentences in batches; the result is in the order given."""
    model = nlp()
    with single_thread():
        return [
            Parse.from_doc(doc)
            for batch in batches(texts)
            for doc in model.pipe([parse_form(t) for t in batch], batch_size=len(batch))
        ]


def batches(texts: Iterable[str]) -> Iterator[list[str]]:
    """Runs of at most BATCH_SIZE sentences and BATCH_CHARS characters (a single longer
    sentence alone): the parser's memory grows with the tokens of a batch, and 256
    sentences cut at 1,000 characters (a run-on line) took 800 MB where 256 news
    sentences take a tenth of it."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (len(batch) >= BATCH_SIZE or size + len(text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def parse_all(texts: Iterable[str], cache: ParseCache | None = None) -> dict[str, Parse]:
    """Every distinct sentence's parse, taken from the cache where it is there."""
    wanted = list(dict.fromkeys(texts))
    if not wanted:
        return {}
    if cache is None:
        return dict(zip(wanted, parse_texts(wanted), strict=True))
    model = model_id()
    keys = {text: parse_key(text, model) for text in wanted}
    cached = cache.cached_parses(keys.values())
    found: dict[str, Parse] = {}
    missing = []
    for text in wanted:
        data = cached.get(keys[text])
        if data is None:
            missing.append(text)
        else:
            found[text] = Parse.from_json(parse_form(text), data)
    if missing:
        parsed = parse_texts(missing)
        cache.save_parses((keys[t], p.to_json()) for t, p in zip(missing, parsed, strict=True))
        found.update(zip(missing, parsed, strict=True))
    return found


def cached_parses(texts: Iterable[str], cache: ParseCache) -> dict[str, str]:
    """The cached parse (JSON) of each of these sentences that has one, by sentence."""
    model = model_id()
    keys = {text: parse_key(text, model) for text in dict.fromkeys(texts)}
    found = cache.cached_parses(keys.values())
    return {text: found[key] for text, key in keys.items() if key in found}


def parse_missing(
    texts: Iterable[str], cached: Mapping[str, str]
) -> tuple[dict[str, Parse], list[tuple[str, str]]]:
    """Every sentence's parse, from `cached` (sentence -> JSON) or parsed now; and the
    cache rows (key, JSON) of the ones parsed now."""
    wanted = list(dict.fromkeys(texts))
    found = {t: Parse.from_json(parse_form(t), cached[t]) for t in wanted if t in cached}
    missing = [t for t in wanted if t not in cached]
    if not missing:
        return found, []
    model = model_id()
    parsed = parse_texts(missing)
    found.update(zip(missing, parsed, strict=True))
    rows = [(parse_key(t, model), p.to_json()) for t, p in zip(missing, parsed, strict=True)]
    return found, rows
