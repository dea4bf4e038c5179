"""'On the city's west side': the city a report already named, read as a place mention.

Local reports name their city once (a dateline, "Detroit police", "a Detroit man") and
then say "the city's west side" or "in the city" where the event happened. The phrase
names no place by itself; it refers back to the last city named before it, so it votes
for that city where the event's place is weighed (`event_place`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench import vocabulary
from workbench.models import Claim

_ANAPHOR = re.compile(
    r"\b(?:the\s+city['’]s|(?:in|across|throughout)\s+the\s+city\b(?!\s+(?:of|council)\b))",
    re.I,
)
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_BEFORE_PERSON = re.compile(
    rf"\b[Aa]n?\s+(?:\d+-year-old\s+)?(?P<name>{_NAME})\s+(?P<noun>[a-z]+)\b"
)
""""a Detroit man", "a 45-year-old Flint woman": a town named as where people live."""


def _people_towns(claim: Claim, vocab: vocabulary.Vocabulary) -> list[tuple[int, str]]:
    """(offset in the source, name) of the towns a sentence names before a noun of persons."""
    at = claim.start - max(claim.sentence.find(claim.text), 0)
    return [
        (at + m.start("name"), m.group("name"))
        for m in _BEFORE_PERSON.finditer(claim.sentence)
        if vocab.counted_class(m.group("noun")) == "persons"
    ]


def city_mentions(claims: Sequence[Claim], towns: Sequence[Claim]) -> list[Claim]:
    """A place mention for each "the city's" / "in the city" of the claims' sentences,
    named after the last town mentioned before it (`towns`: the town-level place claims),
    or before any, a town named as where people live."""
    vocab = vocabulary.default()  # once a call: outside `steady()` each asks the user's files
    by_sentence: dict[int | None, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        by_sentence.setdefault(claim.sentence_id, claim)
    named = sorted(
        [(t.start, t.value.get("name") or "") for t in towns]
        + [found for c in by_sentence.values() for found in _people_towns(c, vocab)]
    )
    found: list[Claim] = []
    for claim in by_sentence.values():
        m = _ANAPHOR.search(claim.sentence)
        if m is None:
            continue
        at = claim.start - max(claim.sentence.find(claim.text), 0) + m.start()
        before = [name for start, name in named if start < at and name]
        if not before:
            continue
        value = {"name": before[-1], "container": None, "type": "city", "cue": "anaphor"}
        found.append(replace(claim, kind="place", text=m.group(), start=at, value=value))
    return found
