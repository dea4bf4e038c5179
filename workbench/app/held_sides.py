"""A source's bound beside its own figure inside it: one side of a conflict, not two.

A finding carries every mention of each figure it sets against another: one page's "At
least 13 people are dead" and its "Thirteen people are dead" are two mentions of one
figure. Grouped by value they made two sides, and the list read "≥ 13 (at least) killed ≠
13 killed", a dispute between two words of one page that can both be true (walk37, 1,000
dev articles). A side whose count is a bound or a range (at least, more than, up to,
about, 10-12) holds a side's single figure that lies inside it; when every source of the
bound also states that figure, the bound is that figure told loosely, and its mentions join
the figure's side. A bound some other source gives alone stays a side of its own: whether
it differs is the finder's to say, and an update ("at least one", then "three") is one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from workbench import vocabulary

APPROXIMATE = 0.1
"""How far "about N" reaches either side of N (at least 1), as the finder reads it."""


class SideLike(Protocol):
    value: str
    sources: list[str]
    claims: list[Any]
    role: str | None


S = TypeVar("S", bound=SideLike)


def count_span(value: Mapping[str, Any]) -> tuple[float, float] | None:
    """The counts a claim's value allows: its low and high, a hedge's meaning applied
    ("at least 13" up to no end, "up to 8" from none, "about 20" a tenth either side)."""
    low, high = value.get("low"), value.get("high", value.get("low"))
    if low is None and high is None:
        return None
    low_n = float(low) if low is not None else 0.0
    high_n = float(high) if high is not None else math.inf
    meaning = vocabulary.default().hedge(value.get("hedge"))
    if meaning == "at_least":
        high_n = math.inf
    elif meaning == "at_most":
        low_n = 0.0
    elif meaning == "approximate" and low_n == high_n:
        spread = max(abs(low_n) * APPROXIMATE, 1.0)
        low_n, high_n = low_n - spread, high_n + spread
    return low_n, high_n


def _spans(side: SideLike) -> list[tuple[float, float]] | None:
    """Each count of a side's claims, or None when one is no count."""
    spans = [count_span(c.value) if c.kind == "quantity" else None for c in side.claims]
    return None if any(s is None for s in spans) else spans  # type: ignore[return-value]


def _point(side: SideLike) -> float | None:
    """The one figure a side states exactly, if it does."""
    spans = _spans(side)
    if not spans or any(low != high for low, high in spans):
        return None
    return spans[0][0] if len({low for low, _ in spans}) == 1 else None


def _holds(bound: SideLike, figure: SideLike) -> bool:
    """`bound` is no exact figure, every span of it holds `figure`'s one count, and every
    source of `bound` states that figure too."""
    point, spans = _point(figure), _spans(bound)
    if point is None or not spans or _point(bound) is not None or bound.role != figure.role:
        return False
    inside = all(low <= point <= high for low, high in spans)
    return inside and set(bound.sources) <= set(figure.sources)


def join_held(sides: list[S]) -> list[S]:
    """The sides with each bound that its own sources' figure lies in folded into that
    figure's side (the module's docstring says why); the order of the rest kept."""
    kept: list[S] = []
    for side in sides:
        if any(_holds(side, other) for other in sides if other is not side):
            continue
        kept.append(side)
    if len(kept) < 2:
        return sides  # never fold a finding into one side
    for side in sides:
        if any(side is k for k in kept):
            continue
        figure = next(other for other in kept if _holds(side, other))
        figure.claims.extend(side.claims)
    return kept
