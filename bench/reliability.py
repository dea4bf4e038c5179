"""How often a flag of a given score is confirmed, said with its sample size.

A reliability table drawn from a few dozen flags is mostly noise, so each band carries its
count and a 90% Wilson interval; and the scores of the fitting examples are taken out of
fold (each incident scored by a model fitted without it), since a model scored on its own
training flags looks better calibrated than it is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Z90 = 1.645


def wilson(confirmed: int, total: int, z: float = Z90) -> tuple[float, float]:
    """The Wilson score interval of a share confirmed (90% by default)."""
    if total == 0:
        return 0.0, 1.0
    p = confirmed / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(slots=True)
class Band:
    low: float
    high: float
    flags: int
    confirmed: int

    @property
    def share(self) -> float | None:
        return self.confirmed / self.flags if self.flags else None

    def row(self) -> str:
        if not self.flags:
            return f"| {self.low:.1f}-{self.high:.1f} | 0 | 0 | - | - |"
        lo, hi = wilson(self.confirmed, self.flags)
        return (
            f"| {self.low:.1f}-{self.high:.1f} | {self.flags} | {self.confirmed} | "
            f"{self.share:.2f} | {lo:.2f}-{hi:.2f} |"
        )


HEADER = [
    "| score band | flags | confirmed | share confirmed | 90% interval |",
    "|---|---:|---:|---:|---|",
]


def bands(scores: Sequence[float], labels: Sequence[int], bins: int = 5) -> list[Band]:
    out = []
    for i in range(bins):
        low, high = i / bins, (i + 1) / bins
        inside = [
            y
            for s, y in zip(scores, labels, strict=True)
            if low <= s < high or (i == bins - 1 and s == 1)
        ]
        out.append(Band(low, high, len(inside), sum(inside)))
    return out


def brier(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Mean squared gap between score and outcome (0 is perfect; always 0.5 scores 0.25)."""
    return sum((s - y) ** 2 for s, y in zip(scores, labels, strict=True)) / max(1, len(labels))
