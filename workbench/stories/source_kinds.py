"""The kinds of event each source tells, read from the parses the claims cached.

Titling parses nothing and loads no model: a source's headline and opening were parsed when
its claims were read, and the acts the claims counted persons in ("4 shot") say the same
where the raw parse reads a noun. The parse's own reading is `event_kind`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from workbench.claims.roles import default as default_roles
from workbench.models import Source
from workbench.parse.batch import ParseCache
from workbench.parse.tree import Parse
from workbench.stories.event_kind import kinds_told
from workbench.stories.kind_tables import KindTable, kind_table
from workbench.stories.settings import Settings


def told_in_story(
    store: Any,
    sources: Sequence[Source],
    leads: Mapping[int, str],
    settings: Settings,
    kept: list[tuple[str, str]] | None = None,
) -> dict[int, frozenset[str] | None]:
    """The kinds of event each source's parsed headline and opening tell (None: nothing of
    them parsed, or a store that keeps no parses): what `stories.title_of` reads of them."""
    from workbench.claims.headline import headline_text

    if not hasattr(store, "cached_parses") or not hasattr(store, "opening_sentences"):
        return {}
    opening = {s.id: len(leads[s.id]) for s in sources}
    headings = {s.id: headline_text(s) for s in sources}
    openings = store.opening_sentences(opening)
    kinds, happening = settings.event_kinds, settings.happening_nouns
    told = told_by_sources(headings, openings, store, kinds, happening, kept)
    return with_counted_acts(told, store.opening_actions(opening), settings.event_kinds)


def told_by_sources(
    headings: Mapping[int, str | None],
    openings: Mapping[int, Sequence[str]],
    cache: ParseCache,
    kinds: KindTable,
    named: frozenset[str] = frozenset(),
    kept: list[tuple[str, str]] | None = None,
) -> dict[int, frozenset[str] | None]:
    """Per source, the kinds its heading's and opening's sentences tell, read from the
    parses the claims cached (`headings`: the headline as the extractor read it); None
    for a source none of whose sentences was parsed.

    What a source tells is kept in the parse cache once read, under a key of its sentences
    with their parses, the kinds, the titles' code and all a repair depends on
    (`kinds_key`), so a story titled again (a regroup, a new article in it) walks none of
    their parses again; the rest are read and kept with the repairs made to read them, in
    one write, or added to `kept` for the caller to write with its own."""
    from workbench.claims.datelines import parsed_text
    from workbench.parse import cached_parses
    from workbench.user_data import steady

    texts = {
        sid: [t for t in (headings.get(sid), *openings.get(sid, ())) if t]
        for sid in {*headings, *openings}
    }
    bodies = {t: parsed_text(t) for found in texts.values() for t in found}
    parsed = cached_parses(dict.fromkeys(bodies.values()), cache)
    with steady():  # the user's files looked at once, not once a word
        mark = kinds_mark(kinds, named)
        keys = {
            sid: kinds_key([(t, parsed.get(bodies[t], "")) for t in found], mark)
            for sid, found in texts.items()
        }
        kept_kinds = cache.cached_parses(keys.values()) if keys else {}
        told = {sid: _kinds_of(kept_kinds[k]) for sid, k in keys.items() if k in kept_kinds}
        missing = {sid: found for sid, found in texts.items() if sid not in told}
        if not missing:
            return told
        rows: list[tuple[str, str]] = []
        read = _read_now(missing, parsed, cache, kinds, named, rows)
    rows += [(keys[sid], _kinds_data(found)) for sid, found in read.items()]
    if kept is not None:
        kept += rows
    else:
        cache.save_parses(rows)
    return told | read


def _read_now(
    texts: Mapping[int, Sequence[str]],
    parsed: Mapping[str, str],
    cache: ParseCache,
    kinds: KindTable,
    named: frozenset[str],
    made: list[tuple[str, str]],
) -> dict[int, frozenset[str] | None]:
    """Per source, the kinds its sentences' parses (`parsed`: JSON by the text parsed)
    tell, as the claims' repairs left them (kept, else made now and added to `made`)."""
    from workbench.claims.datelines import parse_of, parsed_text
    from workbench.stories.repaired_parses import repaired_parses

    bodies = dict.fromkeys(parsed_text(t) for found in texts.values() for t in found)
    cached = {b: Parse.from_json(b, parsed[b]) for b in bodies if b in parsed}
    read = {
        sid: [p for t in found if (p := parse_of(t, cached)) is not None]
        for sid, found in texts.items()
    }
    # As the claims' repairs left them (kept in the cache): none is repaired again.
    repaired = iter(repaired_parses([p for found in read.values() for p in found], cache, made))
    told: dict[int, frozenset[str] | None] = {}
    for sid, found in read.items():
        parses = [next(repaired) for _ in found]
        told[sid] = (
            frozenset(kinds_told(parses, kinds, named=named, repair=False)) if parses else None
        )
    return told


def kinds_mark(kinds: KindTable, named: frozenset[str]) -> str:
    """What a source's kinds depend on beside its sentences: the titles' code, the kinds and
    the happening nouns, and all a repair does (`repair_mark`: the extractor, the model,
    the user's files)."""
    from workbench.stories.repaired_parses import repair_mark
    from workbench.versions import TITLES_VERSION

    return f"kinds\x1f{TITLES_VERSION}\x1f{_digest(kinds, named)}\x1f{repair_mark()}"


_DIGESTS: dict[tuple[int, int], tuple[KindTable, frozenset[str], str]] = {}
"""Each kinds table's digest, by the objects (held, so their ids are not reused): the
settings give the same objects while the user's files are unchanged."""


def _digest(kinds: KindTable, named: frozenset[str]) -> str:
    known = _DIGESTS.get((id(kinds), id(named)))
    if known is None:
        digest = hashlib.sha1(repr((kinds, sorted(named))).encode()).hexdigest()
        known = _DIGESTS[(id(kinds), id(named))] = (kinds, named, digest)
    return known[2]


def kinds_key(read: Sequence[tuple[str, str]], mark: str) -> str:
    """The cache key of what a source's sentences tell, each with its parse's JSON (empty:
    not parsed), so a sentence parsed since is read again: 20 hex digits, as a parse's."""
    return hashlib.sha1(
        "\x1e".join([mark, *(f"{t}\x1f{d}" for t, d in read)]).encode()
    ).hexdigest()[:20]


def _kinds_data(kinds: frozenset[str] | None) -> str:
    return json.dumps(None if kinds is None else sorted(kinds))


def _kinds_of(data: str) -> frozenset[str] | None:
    kinds = json.loads(data)
    return None if kinds is None else frozenset(kinds)


def with_counted_acts(
    told: Mapping[int, frozenset[str] | None],
    actions: Mapping[int, Sequence[str]],
    kinds: KindTable,
) -> dict[int, frozenset[str] | None]:
    """The kinds told, with those of the acts the claims counted persons in (their
    actions' base forms: "4 shot" is a count of four shot, as the claims' repairs of a
    headline read it, where the raw parse reads a noun)."""
    table = kind_table(kinds, default_roles())
    out = dict(told)
    for sid, acts in actions.items():
        found = {k for a in acts if (k := table.verbs.get(tuple(a.split())))}
        if found:
            out[sid] = (out.get(sid) or frozenset()) | found
    return out
