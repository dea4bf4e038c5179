"""An arrest or a charge for something else: "was arrested on an unrelated warrant", "is in
jail on unrelated charges", "was arrested in an unrelated case".

The labels' "Whose arrest" (tests/labelled/gva/README.md): a person arrested or held for
something else is no arrest of this incident (`this_incident: false`). The shape is the
clause's: the count's predicate (the verb above it, or the place of custody it holds: "in
jail on ...") has a reason, the object of a preposition that is a noun of a legal cause
(`REASONS`, a closed class), and every such reason is modified by "unrelated". A reason of
this event beside it ("on a robbery charge and an unrelated warrant") keeps the count this
incident's, and so does a reason whose own clause tells where it comes from ("unrelated
charges resulting from the homicide investigation": held on a charge of this
investigation, the README's own example). Such a count is read but marked `other_event`, as
an earlier shooting's count is, so no figure of this incident is set against it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from workbench.claims.date_clauses import _path_up, _top
from workbench.claims.datelines import parse_of
from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.claims.syntax import lemma
from workbench.models import Claim, Sentence
from workbench.parse import Parse

REASONS = frozenset(
    ("charge", "warrant", "case", "crime", "incident", "violation", "offense", "offence")
)
"""Nouns of what a person is held or charged for: the legal cause of an arrest."""
PREPOSITIONS = frozenset(("on", "for", "in", "with"))
"""Prepositions that give an arrest its reason ("arrested on", "held for", "charged with")."""
ROLES = frozenset(("arrested", "charged"))


def count_predicate(p: Parse, start: int, end: int) -> int | None:
    """The first verb above the head of the count at these sentence offsets (itself when
    it is one)."""
    top = _top(p, start, end)
    if top is None:
        return None
    return next((k for k in _path_up(p, top) if p.tags[k].startswith("VB")), None)


def reasons(
    p: Parse,
    predicates: Sequence[int],
    prepositions: frozenset[str] = PREPOSITIONS,
    nouns: frozenset[str] = REASONS,
) -> list[int]:
    """The reason nouns (`nouns`) a preposition of `prepositions` hangs on a predicate, or
    on the place it holds ("is in jail on unrelated charges"), with their conjuncts."""
    holders = [*predicates] + [
        o
        for v in predicates
        for c in p.children(v)
        if p.deps[c] == "prep"
        for o in p.children(c)
        if p.deps[o] == "pobj"
    ]
    found = []
    for holder in holders:
        for prep in p.children(holder):
            if p.deps[prep] != "prep" or p.lower(prep) not in prepositions:
                continue
            for obj in p.children(prep):
                if p.deps[obj] == "pobj" and lemma(p, obj) in nouns:
                    found.append(obj)
                    found += [c for c in p.children(obj) if p.deps[c] == "conj"]
    return found


def _unrelated(p: Parse, reason: int) -> bool:
    """The reason is modified by "unrelated" and tells no cause of its own (a participle
    clause: "resulting from the investigation")."""
    children = p.children(reason)
    return any(p.lower(c) == "unrelated" for c in children) and not any(
        p.deps[c] == "acl" for c in children
    )


def for_something_else(p: Parse, start: int, end: int) -> bool:
    """Whether the count at these sentence offsets is held or charged only for something
    else (the module's docstring)."""
    predicate = count_predicate(p, start, end)
    if predicate is None:
        return False
    found = reasons(p, [predicate])
    return bool(found) and all(_unrelated(p, r) for r in found)


def marked_unrelated_arrests(
    sentences: Sequence[Sentence], claims: list[Claim], parses: Mapping[str, Parse]
) -> list[Claim]:
    """The claims with each arrest or charge for something else marked `other_event`."""
    by_id = {s.id: s for s in sentences if "unrelated" in s.text.lower()}
    if not by_id:
        return claims
    out = []
    for c in claims:
        sentence = by_id.get(c.sentence_id)
        if c.kind == "quantity" and c.role in ROLES and not c.headline and sentence is not None:
            p = parse_of(sentence.text, parses)
            at = (c.start - sentence.start, c.end - sentence.start)
            if p is not None and for_something_else(p, *at):
                c = replace(c, value={**c.value, OTHER_EVENT_MARK: True})
        out.append(c)
    return out
