"""The claims' repaired parses, kept beside the parse cache so titles repair nothing again.

Titling reads the kinds of event a source's headline and opening tell from their parses as
the claims read them, after the claims' repairs (`claims.parsed.repaired_parse`): about a
quarter of a millisecond a sentence, and every one of those sentences was repaired once
already when its claims were extracted. The extractor's workers hand back each repair they
made (`claims.parsed.repairs_kept`) as a row of the parse cache under a key of its own:
the parse's text, the model, the extractor and the user's roles and vocabulary files (a
change to any of them reads as a miss, and the sentence is repaired again). A repair that
changed nothing (most: 965 of 15,973 openings changed in the real corpus) is stored empty
and read as the parse itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from workbench.parse.batch import ParseCache
from workbench.parse.tree import Parse

UNCHANGED = ""
"""A repaired row's data when no repair applied: the parse stands as cached."""


def repair_mark() -> str:
    """What a repair's result depends on besides the parse: the extractor's code and the
    user's roles and vocabulary files (their stamps, as their caches are keyed)."""
    from workbench.claims.roles import ROLES_ENV
    from workbench.parse.model import model_id
    from workbench.user_data import user_file_stamp
    from workbench.versions import EXTRACTOR_VERSION
    from workbench.vocabulary import VOCABULARY_ENV

    roles = user_file_stamp(ROLES_ENV, "roles.json")
    words = user_file_stamp(VOCABULARY_ENV, "vocabulary.json")
    return f"repaired\x1f{EXTRACTOR_VERSION}\x1f{model_id()}\x1f{roles!r}\x1f{words!r}"


def repaired_key(text: str, mark: str) -> str:
    """The cache key of a parse's repaired form: 20 hex digits of a SHA-1 of the mark and
    the text the parse holds (a raw parse's key, `parse.parse_key`, has no such prefix)."""
    return hashlib.sha1(f"{mark}\x1f{text}".encode()).hexdigest()[:20]


def repaired_rows(repairs: Iterable[tuple[Parse, Parse]]) -> list[tuple[str, str]]:
    """The cache rows of repairs made (`claims.parsed.repairs_kept`), one per text."""
    mark = repair_mark()
    rows = {
        repaired_key(read.text, mark): UNCHANGED if fixed is read else fixed.to_json()
        for read, fixed in repairs
    }
    return list(rows.items())


def repaired_parses(
    parses: Iterable[Parse], cache: ParseCache, made: list[tuple[str, str]] | None = None
) -> list[Parse]:
    """Each parse as the claims' repairs leave it: read from the cache where the claims
    kept it, else repaired now (a database extracted before repairs were kept, a changed
    roles file); `made` gets the cache rows of those repaired now, for the caller to keep
    (one transaction with what it writes)."""
    from workbench.claims.parsed import repaired_parse
    from workbench.claims.roles import default as default_roles

    parses = list(parses)
    mark = repair_mark()
    keys = [repaired_key(p.text, mark) for p in parses]
    found: Mapping[str, str] = cache.cached_parses(dict.fromkeys(keys)) if parses else {}
    roles = default_roles()
    out = []
    for p, key in zip(parses, keys, strict=True):
        data = found.get(key)
        if data is None:
            fixed = repaired_parse(p, roles)
            out.append(fixed)
            if made is not None:
                made.append((key, UNCHANGED if fixed is p else fixed.to_json()))
        else:
            out.append(p if data == UNCHANGED else Parse.from_json(p.text, data))
    return out
