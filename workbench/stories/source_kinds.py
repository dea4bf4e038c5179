"""The kinds of event each source tells, read from the parses the claims cached.

Titling parses nothing and loads no model: a source's headline and opening were parsed when
its claims were read, and the acts the claims counted persons in ("4 shot") say the same
where the raw parse reads a noun. The parse's own reading is `event_kind`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.claims.roles import default as default_roles
from workbench.parse.batch import ParseCache
from workbench.parse.tree import Parse
from workbench.stories.event_kind import kinds_told
from workbench.stories.kind_tables import KindTable, kind_table


def told_by_sources(
    headings: Mapping[int, str | None],
    openings: Mapping[int, Sequence[str]],
    cache: ParseCache,
    kinds: KindTable,
    named: frozenset[str] = frozenset(),
) -> dict[int, frozenset[str] | None]:
    """Per source, the kinds its heading's and opening's sentences tell, read from the
    parses the claims cached (`headings`: the headline as the extractor read it); None
    for a source none of whose sentences was parsed."""
    from workbench.claims.datelines import parse_of, parsed_text
    from workbench.parse import cached_parses
    from workbench.stories.repaired_parses import repaired_parses
    from workbench.user_data import steady

    texts = {
        sid: [t for t in (headings.get(sid), *openings.get(sid, ())) if t]
        for sid in {*headings, *openings}
    }
    bodies = list(dict.fromkeys(parsed_text(t) for found in texts.values() for t in found))
    cached = {b: Parse.from_json(b, d) for b, d in cached_parses(bodies, cache).items()}
    read = {
        sid: [p for t in found if (p := parse_of(t, cached)) is not None]
        for sid, found in texts.items()
    }
    told: dict[int, frozenset[str] | None] = {}
    with steady():  # the user's files looked at once, not once a word
        # As the claims' repairs left them (kept in the cache): none is repaired again.
        repaired = iter(repaired_parses([p for found in read.values() for p in found], cache))
        for sid, found in read.items():
            parses = [next(repaired) for _ in found]
            told[sid] = (
                frozenset(kinds_told(parses, kinds, named=named, repair=False)) if parses else None
            )
    return told


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
