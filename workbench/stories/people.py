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

from workbench.stories.terms_memo import name_words, read_once, without_indices

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
    typed, untyped = _typed_names(terms)
    dropped = typed | _naming_places(untyped, places) if untyped else typed
    if not dropped:
        return tuple(terms)
    return without_indices(terms, dropped)


@read_once
def _typed_names(
    terms: Sequence[str],
) -> tuple[frozenset[int], tuple[tuple[int, tuple[str, ...]], ...]]:
    """The indices of the name tokens whose last word is a place's type, and the others."""
    # At need: the claims package loads dateparser, which reading a page's paragraphs
    # (`features`, for the pages' marks) never needs.
    from workbench.claims.place_cues import LAST_TYPE_WORDS

    names = [(i, words) for i, words in name_words(terms) if len(words) > 1]
    typed = frozenset(i for i, words in names if words[-1] in LAST_TYPE_WORDS)
    return typed, tuple((i, words) for i, words in names if i not in typed)


def _naming_places(
    names: Sequence[tuple[int, tuple[str, ...]]], places: Iterable[str]
) -> frozenset[int]:
    """The indices of the names whose words begin a place's: the database's places (a
    frozenset, asked again and again) through their runs of first words made once; a
    pair's few places (a new set each pair) through each place's runs, made once a place."""
    if isinstance(places, frozenset):
        starts = _place_starts(places)
    else:
        starts = frozenset().union(*map(_runs, places))
    return frozenset(i for i, words in names if words in starts)


@lru_cache(maxsize=4)
def _place_starts(places: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Every run of first words of the places: a name token names a place when it is one.
    Made once for the database's places (thousands, asked for each offer a page that lost
    its article weighs: splitting them at each ask was most of a regrouping's time)."""
    return frozenset(
        tuple(words[:k]) for words in map(str.split, places) for k in range(1, len(words) + 1)
    )


@lru_cache(maxsize=4096)
def _runs(place: str) -> frozenset[tuple[str, ...]]:
    """The runs of first words of one place ("grays ferry": "grays", "grays ferry")."""
    words = place.split()
    return frozenset(tuple(words[:k]) for k in range(1, len(words) + 1))


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
    sought = _their_tokens(terms)
    if not sought:
        return False
    shared: Counter[str] = Counter()
    for member in members:
        # A person counts once a member, named there with an age or bare.
        shared.update({token[2:] for token in sought.intersection(member)})
    return any(
        count >= settings.name_share * max(1, placed_users("n_" + name))
        for name, count in shared.items()
    )


@read_once
def _their_tokens(terms: Sequence[str]) -> frozenset[str]:
    """The tokens another article names this one's people by: bare ("n_") for those this
    one names with an age, with an age ("a_") for those it names bare."""
    aged = {t[len(PREFIX) :] for t in terms if t.startswith(PREFIX)}
    named = {t[2:] for t in terms if t.startswith("n_") and "_" in t[2:]}
    return frozenset({"n_" + x for x in aged} | {PREFIX + x for x in named})


def mostly_theirs(terms: Sequence[str], members: Iterable[Sequence[str]]) -> bool:
    """Whether half at least of the people the article names with an age are named by
    these members (one story's articles), with an age or bare: a hearing's report names
    the story's victim and accused; a report of another event that recalls earlier ones
    ("Ana Ruiz, 3, was killed in October") names its own people besides."""
    aged = {t[len(PREFIX) :] for t in terms if t.startswith(PREFIX)}
    theirs = {t[2:] for member in members for t in member if t.startswith((PREFIX, "n_"))}
    return 2 * len(aged & theirs) >= len(aged)
