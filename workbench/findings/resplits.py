"""A later report that splits the same victims otherwise: a contradiction, not an update.

An update is a figure that changed between reports of different times. Where the first
report already counts the later report's number and tells those victims apart ("five
people were injured, four from gunshots and one from flying glass", or "four people
suffering gunshot wounds and a fifth person injured by flying glass"), "five people were
shot" weeks on is another split of the same people: both cannot be right, whatever the
days between. Where the later report tells its added victim by rank ("a sixth victim was
found days later"), the count grew, told so: an update (the labels' convention, "A later
report that splits the same victims otherwise").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from workbench.claims.rank_floors import rank_number
from workbench.findings.figures import Figure
from workbench.findings.knowledge import role_bounds
from workbench.models import Claim

PartCounts = dict[tuple[int, str], set[float]]
"""The numbers each witness states for each role of a story: (witness, role) -> values."""

Ranks = Mapping[tuple[int, str | None], frozenset[float]]
"""The ranks each source tells someone by, per role: (source, role) -> ranks."""

_WORD = re.compile(r"[a-z0-9]+")


def part_counts(roles: dict[str, list[Figure]]) -> PartCounts:
    """The numbers each witness of a story states for each role (no caption's)."""
    told: PartCounts = {}
    for role, members in roles.items():
        for f in members:
            if not f.caption:
                told.setdefault((f.witness, role), set()).update(f.stated_values)
    return told


def told_ranks(claims: Iterable[Claim]) -> Ranks:
    """The ranks each source tells someone by in its counts of a role ("A sixth victim ...
    was found days later", "a fifth person injured by flying glass")."""
    found: dict[tuple[int, str | None], set[float]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "quantity":
            ranks = (rank_number(w) for w in _WORD.findall(claim.text.casefold()))
            found[(claim.source_id, claim.role)].update(float(r) for r in ranks if r)
    return {key: frozenset(ranks) for key, ranks in found.items()}


def resplit(a: Figure, b: Figure, told: PartCounts, ranks: Ranks) -> bool:
    """The first report (of an earlier day) states the later figure's number for a part of
    the role, or tells a victim of a part by that rank: it knew as many victims and told
    them apart, so the later figure is no change over time. Not when the later report
    tells a victim of the role by that rank: the victim was added later, told so."""
    if a.role != b.role or a.published is None or b.published is None:
        return False
    first, later = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
    if later.implicit or first.published == later.published:
        return False
    parts = [p for p, whole in role_bounds() if whole == later.role]
    if any(later.typical in ranks.get((later.source, r), ()) for r in [later.role, *parts]):
        return False
    return any(
        later.typical in told.get((first.witness, p), ())
        or later.typical in ranks.get((first.source, p), ())
        for p in parts
    )
