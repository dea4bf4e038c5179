"""A later report's ranked death: "Second victim dies" after a first report of one dead.

The claims count a ranked person in a harm role as one (`claims.rank_floors`): victims are
ranked whatever each one's fate, and a page's "a second man was wounded" says nothing of
the dead. Across the reports of one story the rank can say more. Where a report published
after another tells of a victim ranked N dead ("Second teen victim ... dies", "a third
victim has died") and the earlier report counts N - 1 dead among at least N people harmed,
the one ranked N is one of those the first report saw hurt, now dead: the later report
tells at least N dead, a count that grew (an update, `figure_holds.ranked_past`), though
its own mention is of one person.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import defaultdict

from workbench.claims.rank_floors import floor_value, rank_number
from workbench.findings.comparison import Range
from workbench.findings.figures import Figure
from workbench.models import Claim

_WORD = re.compile(r"[a-z0-9]+")
_FIRST_TOLD = frozenset({"a", "an"})


def death_rank(claim: Claim) -> int | None:
    """The rank of 2 or more a mention of one dead opens with, told for the first time
    ("Second teen victim", "a third victim"; not "the second victim", told again)."""
    if claim.role != "killed" or not claim.implicit or claim.value.get("low") != 1:
        return None
    return opening_rank(claim.text)


def opening_rank(text: str) -> int | None:
    """The rank of 2 or more a person's words open with, after "a" or nothing ("Second
    teen victim", "a third victim"; none for "the second victim")."""
    words = _WORD.findall(text.casefold())
    if words and words[0] in _FIRST_TOLD:
        words = words[1:]
    rank = rank_number(words[0]) if len(words) >= 2 else None
    return rank if rank is not None and rank >= 2 else None


def _harmed(figures: list[Figure]) -> dict[int, dict[str, float]]:
    """Each source's killed and hit figures (people), by role."""
    out: dict[int, dict[str, float]] = defaultdict(dict)
    for f in figures:
        if f.kind == "persons" and f.role in ("killed", "hit") and not f.caption:
            out[f.source][f.role] = max(out[f.source].get(f.role, 0.0), f.typical)
    return out


def _saw_hurt(first: dict[str, float], rank: int) -> bool:
    """An earlier report of `rank - 1` dead among at least `rank` harmed."""
    return first.get("killed") == rank - 1 and first.get("hit", 0.0) >= rank


def ranked_deaths(figures: list[Figure]) -> list[Figure]:
    """Each killed figure of one ranked death, told after a report that saw the victim
    hurt, read as at least its rank (the module's docstring says why); the rest as they
    are."""
    harmed = _harmed(figures)
    out = []
    for f in figures:
        ranks = [r for r in map(death_rank, f.claims) if r is not None]
        if f.typical == 1 and ranks and f.published is not None:
            rank = max(ranks)
            earlier = {
                g.source
                for g in figures
                if g.story == f.story
                and g.witness != f.witness
                and g.published is not None
                and g.published < f.published
            }
            if any(_saw_hurt(harmed.get(s, {}), rank) for s in earlier):
                f = _as_floor(f, rank)
        out.append(f)
    return out


def _as_floor(figure: Figure, rank: int) -> Figure:
    """The figure as at least `rank`, its ranked mention a floor as a rank's is."""
    claims = [
        dataclasses.replace(c, value=floor_value({**c.value, "low": rank}))
        if death_rank(c) == rank
        else c
        for c in figure.claims
    ]
    shown = f"at least {rank}"
    value_range = Range(float(rank), math.inf, figure.range.dimension, shown)
    return dataclasses.replace(figure, range=value_range, claims=claims)
