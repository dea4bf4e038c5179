"""The people of an event: the names an article gives with an age, identifies, or says
were shot, charged or sentenced.

News names the people an event happened to, or who did it, with their age ("Ana Ruiz
Vela, 34, of ...", "the 34-year-old Ana Ruiz Vela"), as identified ("police identified
the victim as Ana Ruiz Vela"), or as the one shot, charged, sentenced; it names its
spokespeople, reporters, officials and streets otherwise. So such a name is the event's
own, and two reports weeks apart that share one (a trial, a funeral, an arrest) report
one event, though they share few other words. A token of its own ("a_ana_ruiz_vela")
keeps it apart from the names anyone may mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from workbench.claims.place_cues import LAST_TYPE_WORDS

_AGE = r"(?:1[01]\d|\d{1,2})"
_NAMED = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]*)+"
_AGED = (
    re.compile(rf"(?P<name>{_NAMED}),\s+(?:age\s+|aged\s+)?{_AGE}\s*(?:,|\.|;|\)|\s+and\b)"),
    re.compile(rf"(?P<name>{_NAMED})\s+\({_AGE}\)"),
    re.compile(rf"\b{_AGE}-year-old\s+(?P<name>{_NAMED})"),
    # "police identified the victim as Ana Ruiz": how a report names the event's people.
    re.compile(rf"\bidentified\s+(?:[a-z]+\s+){{0,3}}?as\s+(?P<name>{_NAMED})"),
    # "Ana Ruiz was shot", "... was charged": what the event did to its people.
    re.compile(
        rf"(?P<name>{_NAMED})\s+(?:was|has been|had been)\s+(?:fatally\s+)?"
        r"(?:shot|killed|wounded|injured|arrested|charged|sentenced|convicted|indicted)\b"
    ),
)
PREFIX = "a_"


def without_places(terms: Sequence[str], places: Iterable[str]) -> tuple[str, ...]:
    """The terms less the name tokens ("a_grays_ferry", "n_hale_street") that name a
    place: one the articles' place claims name (folded, "grays ferry") begins with their
    words, or their last word is a place's type ("street", "county"). "Grays Ferry, 4,"
    reads as a person named with an age; a place's other events share it."""
    names = _name_tokens(terms)
    dropped = {i for i, words in names if words[-1] in LAST_TYPE_WORDS}
    untyped = [(i, words) for i, words in names if i not in dropped]
    if untyped:
        dropped |= _naming_places(untyped, places)
    if not dropped:
        return tuple(terms)
    return tuple(term for i, term in enumerate(terms) if i not in dropped)


_last_read: list = [None, ()]
"""The last article's terms and their name tokens: an article is weighed against each
story offered with the same terms and other places."""


def _name_tokens(terms: Sequence[str]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(index, words) of the name tokens among the terms, read once a tuple of terms."""
    if terms is _last_read[0]:
        return _last_read[1]
    found = tuple(
        (i, tuple(term[2:].split("_")))
        for i, term in enumerate(terms)
        if term.startswith((PREFIX, "n_")) and "_" in term[2:]
    )
    if isinstance(terms, tuple):
        _last_read[:] = [terms, found]
    return found


def _naming_places(names: list[tuple[int, tuple[str, ...]]], places: Iterable[str]) -> set[int]:
    """The indices of the names whose words begin a place's: the database's places (a
    frozenset, asked again and again) through their runs of first words made once; a
    pair's few places (a new set each pair) each split and compared."""
    if isinstance(places, frozenset):
        starts = _place_starts(places)
        return {i for i, words in names if words in starts}
    split = [place.split() for place in places]
    return {i for i, words in names if any(tuple(s[: len(words)]) == words for s in split)}


@lru_cache(maxsize=4)
def _place_starts(places: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Every run of first words of the places: a name token names a place when it is one.
    Made once for the database's places (thousands, asked for each offer a page that lost
    its article weighs: splitting them at each ask was most of a regrouping's time)."""
    return frozenset(
        tuple(words[:k]) for words in map(str.split, places) for k in range(1, len(words) + 1)
    )


def aged_mentions(text: str) -> list[str]:
    """The names given with an age, as written (one entry a mention; features.story_text
    normalises them as it does every name)."""
    return [m.group("name") for pattern in _AGED for m in pattern.finditer(text)]


def shares_a_person(
    terms: Sequence[str],
    members: Iterable[Sequence[str]],
    placed_users: Callable[[str], int],
    settings,
) -> bool:
    """Whether a person one side names with an age (the victim, the accused) is named by
    the other (the terms of one story's articles), and the placed articles naming them
    are the story's (at least `settings.name_share` of them): a trial's report months on
    names its accused with his age where the first reports named him bare, or the
    reverse. Articles not placed yet (the sentencing's, a year on) do not count against
    the name, as they would in its document frequency (`names.shares_a_name`)."""
    aged = {t[len(PREFIX) :] for t in terms if t.startswith(PREFIX)}
    named = {t[2:] for t in terms if t.startswith("n_") and "_" in t[2:]}
    if not aged and not named:
        return False
    shared: Counter[str] = Counter()
    for member in members:
        theirs = set(member)
        shared.update(
            x
            for x in aged | named
            if (x in aged and "n_" + x in theirs) or (x in named and PREFIX + x in theirs)
        )
    return any(
        count >= settings.name_share * max(1, placed_users("n_" + name))
        for name, count in shared.items()
    )


def mostly_theirs(terms: Sequence[str], members: Iterable[Sequence[str]]) -> bool:
    """Whether half at least of the people the article names with an age are named by
    these members (one story's articles), with an age or bare: a hearing's report names
    the story's victim and accused; a report of another event that recalls earlier ones
    ("Ana Ruiz, 3, was killed in October") names its own people besides."""
    aged = {t[len(PREFIX) :] for t in terms if t.startswith(PREFIX)}
    theirs = {t[2:] for member in members for t in member if t.startswith((PREFIX, "n_"))}
    return 2 * len(aged & theirs) >= len(aged)
