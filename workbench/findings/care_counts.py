"""Counts of those a verb of care reached, compared between reports whose totals agree.

Two reports may agree on how many were hurt and disagree on how many were taken to
hospital: "Five people were taken to Stanford Medical Center" against "All six were taken
to Stanford Hospital", both pages counting six injured. A count told by care is otherwise no
figure of its own (`care`: often a part of those hurt, "two of the five taken to hospital").
Where two sources' figures of the role are one value, each source's largest count told by
one verb of care ("take") is its report of how many that care reached, and two such counts
that differ dispute. Never set against a figure of the role, nor where the totals differ
(their own dispute says it), nor where the verbs differ ("treated at the scene" against
"taken to hospital" are two cares).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from workbench.findings.care import care_role
from workbench.findings.comparison import Range
from workbench.findings.figure_mentions import typical_value
from workbench.findings.figures import Figure
from workbench.models import Claim


def _largest(told: list[tuple[Claim, Range]]) -> tuple[Range, list[Claim]]:
    best = max(typical_value(r) for _, r in told)
    kept = [(c, r) for c, r in told if typical_value(r) == best]
    return kept[0][1], [c for c, _ in kept]


def _by_care(figure: Figure, verb: str) -> Figure:
    """The source's count of those `verb` reached, as a figure of the role."""
    found, claims = _largest(figure.care_told[verb])
    value = typical_value(found)
    return dataclasses.replace(
        figure,
        range=found,
        claims=claims,
        implicit=False,
        hedged=found.low != found.high,
        values={value},
        stated_values={value},
        tellers={value: frozenset(c.attribution for c in claims)},
        care=False,
        care_told={},
        care_verb=verb,
    )


def care_pairs(
    figures: list[Figure],
    comparable: Callable[[Figure, Figure], bool],
) -> list[tuple[Figure, Figure]]:
    """(one source's count by a verb of care, another's by the same verb) for each two
    sources of the care role whose figures agree and whose care counts do not;
    `comparable` says two sources may be compared at all (one event, two witnesses)."""
    role = care_role()
    pages = [
        f
        for f in figures
        if f.role == role and f.care_told and not (f.caption or f.derived or f.implicit)
    ]
    out = []
    for i, a in enumerate(pages):
        for b in pages[i + 1 :]:
            if a.witness == b.witness or a.typical != b.typical or not comparable(a, b):
                continue
            for verb in sorted(set(a.care_told) & set(b.care_told)):
                one, other = _by_care(a, verb), _by_care(b, verb)
                if one.typical != other.typical:
                    out.append((one, other))
    return out
