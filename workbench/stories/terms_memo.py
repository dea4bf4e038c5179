"""What an article's terms hold, read once a tuple of terms.

Grouping weighs an article against each story it is offered (dozens, each with its own
members and places) with the same tuple of terms; the rules that read its names
(`names`, `people`) scanned every term again at each offer. A reading kept by the tuple's
identity (the tuple itself held, so its id cannot be reused) is made once an article.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

KEPT = 16
"""Readings kept per function: an article's own terms and the few tuples made from them
(less its towns, less its places) are asked in turn."""

T = TypeVar("T")


def read_once(read: Callable[..., T]) -> Callable[..., T]:
    """`read(terms, *args)` made once per tuple of terms and arguments (hashable); terms
    given as a list are read each time. What it returns must not be changed by the caller
    (frozensets, tuples)."""
    memo: dict[tuple[Any, ...], tuple[tuple[str, ...], T]] = {}

    @wraps(read)
    def once(terms, *args):
        if not isinstance(terms, tuple):
            return read(terms, *args)
        key = (id(terms), *args)
        found = memo.get(key)
        if found is not None and found[0] is terms:
            return found[1]
        out = read(terms, *args)
        if len(memo) >= KEPT:
            memo.clear()
        memo[key] = (terms, out)
        return out

    return once


@read_once
def name_words(terms: tuple[str, ...]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(index, words) of every name token among the terms: of a person named with an age
    ("a_ana_ruiz") or of any name ("n_hale_street"), one word too ("n_miami")."""
    return tuple(
        (i, tuple(term[2:].split("_")))
        for i, term in enumerate(terms)
        if term.startswith(("a_", "n_"))
    )


@read_once
def name_prefixes(terms: tuple[str, ...]) -> dict[tuple[str, ...], tuple[int, ...]]:
    """The indices of the name tokens under each of their words' prefixes, the empty one
    too ("n_san_francisco_police" under (), ("san",), ("san", "francisco"), ...): which names
    begin with a town is then a lookup per town, at each of an article's offers."""
    found: dict[tuple[str, ...], list[int]] = {}
    for i, words in name_words(terms):
        for size in range(len(words) + 1):
            found.setdefault(words[:size], []).append(i)
    return {prefix: tuple(indices) for prefix, indices in found.items()}


@read_once
def without_indices(terms: tuple[str, ...], dropped: frozenset[int]) -> tuple[str, ...]:
    """The terms but those at the dropped indices: an article's offers mostly drop the same
    ones (its places' names, its towns')."""
    return tuple(term for i, term in enumerate(terms) if i not in dropped)
