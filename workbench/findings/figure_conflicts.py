"""Disputed figures: two sources' figures for one role in one story that differ.

A pair is an **update** when the reports are of different times (published on different
days, or either sentence says the figure changed: "rose to", "later died"), else a
**contradiction**: two reports that cannot both be right at the same time. Each pair is
scored by the calibrated model (`findings.score`) from the features below; why two figures
can both hold, and so are no dispute, is `figure_holds`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.findings.care import care_role
from workbench.findings.care_counts import care_pairs
from workbench.findings.figure_holds import (
    HARM_ROLES,
    both_hold,
    fell,
    named_alike,
    ranked_past,
    says_update,
)
from workbench.findings.figures import Figure
from workbench.findings.group_parts import inconsistent_parts
from workbench.findings.implied import course_apart, implied_wholes, implied_zeros
from workbench.findings.knowledge import (
    group_role,
    loose_roles,
    role_bounds,
    role_sums,
    uncompared_kinds,
)
from workbench.findings.later_acts import none_and_some
from workbench.findings.resplits import PartCounts, Ranks, part_counts, resplit
from workbench.findings.score import Model
from workbench.models import CONTRADICTION as CONTRADICTION
from workbench.models import RELATIONS as RELATIONS
from workbench.models import UPDATE as UPDATE


@dataclass(slots=True)
class FigurePair:
    a: Figure
    b: Figure
    relation: str
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    bound: bool = False
    """`a` is a part (those arrested) larger than `b`, its whole (the group)."""

    @property
    def same_day(self) -> bool | None:
        if self.a.published is None or self.b.published is None:
            return None
        return self.a.published == self.b.published


def role_class(role: str) -> str:
    """'harm' for a role of the sums (hit, killed, injured), 'bound' for another role with
    a bound (arrested, charged), else 'other' (involved, present, shots...): the classes
    differ in how often a reviewer confirms their disputes."""
    sums = role_sums()
    if role in sums or any(role in parts for parts in sums.values()):
        return "harm"
    if any(role in pair for pair in role_bounds()) and role != group_role():
        return "bound"
    return "other"


def features(a: Figure, b: Figure, cue: bool, covered: bool = False) -> dict[str, float]:
    """What the model reads of a pair, each in [0, 1]; `covered`: the smaller figure's
    own source counts at least the larger figure's people in some role (`_covered`)."""
    ta, tb = max(a.typical, 0.5), max(b.typical, 0.5)
    same_day = None if a.published is None or b.published is None else a.published == b.published
    return {
        "both_stated": float(not a.implicit and not b.implicit),
        "any_implicit": float(a.implicit or b.implicit),
        "any_hedged": float(a.hedged or b.hedged),
        "same_day": 0.5 if same_day is None else float(same_day),
        "update_cue": float(cue),
        "log_ratio": min(1.0, abs(math.log(ta / tb)) / math.log(10)),
        "zero_side": float(a.typical == 0 or b.typical == 0),
        "mentions": min(3, len(a.claims), len(b.claims)) / 3,
        "attributed": float(any(c.attribution for c in a.claims + b.claims)),
        "derived": float(a.derived or b.derived),
        "harm_role": float(a.role in HARM_ROLES),
        "place_or_date": 0.0,
        "bound": float(a.role != b.role),
        "implied": float(a.implied_from is not None or b.implied_from is not None),
        "bound_role": float(role_class(a.role) == "bound"),
        "other_role": float(role_class(a.role) == "other"),
        "covered": float(covered),
    }


def _covered(a: Figure, b: Figure, largest: dict[int, float]) -> bool:
    """The source of the smaller figure counts, in some role of the story, at least as
    many people as the larger figure: its smaller figure is then most likely a part (six
    of the victims at one hospital, the officer among those hurt), not a rival total."""
    small, large = sorted((a, b), key=lambda f: f.typical)
    return small.typical < large.typical and largest.get(small.witness, 0.0) >= large.typical


def _pair(
    a: Figure,
    b: Figure,
    model: Model,
    bound: bool = False,
    largest: dict | None = None,
    recalled: bool = False,
    told: PartCounts | None = None,
    ranks: Ranks | None = None,
) -> FigurePair | None:
    """The disputed pair of two figures, or None when both can hold. A whole smaller than
    another source's part is itself a part when its own source counts as many people as
    that part elsewhere ("two friends" shot, beside the same report's 49 dead)."""
    if both_hold(a, b, bound, recalled) is not None:
        return None
    if bound and (largest or {}).get(b.witness, 0.0) >= a.typical:
        return None
    days_differ = a.published is not None and b.published is not None and a.published != b.published
    changed = days_differ and not fell(a, b) and not resplit(a, b, told or {}, ranks or {})
    cue = says_update(a) or says_update(b)
    relation = (
        UPDATE if changed or cue or ranked_past(a, b) or none_and_some(a, b) else CONTRADICTION
    )
    covered = _covered(a, b, largest or {})
    pair = FigurePair(a, b, relation, features(a, b, cue, covered), bound=bound)
    pair.score = round(model.probability(pair.features), 3)
    return pair


def disputed(
    figures: list[Figure],
    model: Model,
    one_event: Callable[[Figure, Figure], bool] = lambda a, b: True,
    recalls: Callable[[Figure, Figure], bool] = lambda a, b: False,
    headline_tells: Callable[[Figure, str], bool] = lambda f, role: False,
    ranks: Ranks | None = None,
) -> list[FigurePair]:
    """Every pair of figures of one story and kind from two witnesses that cannot both hold:
    the same role with different values, or a part larger than its whole (`role_bounds`);
    `one_event` may say two sources of a story tell different events, `recalls` that their
    texts tell one scene and toll (no window of days parts them); `headline_tells` that a
    source's headline tells someone in a role, so no count of it is implied from the source."""
    grouped: dict[tuple, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    for figure in figures:
        grouped[(figure.story, figure.kind)][figure.role].append(figure)
    group = group_role()
    uncompared = uncompared_kinds()
    loose = loose_roles()
    pairs = []
    for (_story, kind), roles in grouped.items():
        if kind in uncompared:
            continue  # counted per offence and per defendant: a part as often as a total
        pages = {r: [f for f in fs if not f.caption] for r, fs in roles.items()}
        odd = inconsistent_parts(pages)  # a caption is no part of its page (`Figure.caption`)
        every_role, roles = (
            pages,
            {r: [f for f in fs if id(f) not in odd] for r, fs in roles.items()},
        )
        largest: dict[int, float] = {}
        told = part_counts(every_role)  # a part set aside still tells the victims known
        for role, members in roles.items():
            for f in members if role != group else []:
                if not f.caption:
                    largest[f.witness] = max(largest.get(f.witness, 0.0), f.typical)
        for role, members in roles.items():
            if role == group:
                continue  # the people a story is about: a whole, never a disputed figure
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if role in loose and not named_alike(a, b):
                        continue  # two groups, each report's own cut of the role
                    if a.witness != b.witness and a.typical != b.typical and one_event(a, b):
                        pairs.append(_pair(a, b, model, False, largest, recalls(a, b), told, ranks))
        for part_role, whole_role in role_bounds():
            for part in roles.get(part_role, []):
                for whole in roles.get(whole_role, []):
                    if part.witness != whole.witness and one_event(part, whole):
                        pairs.append(_pair(part, whole, model, True, largest, recalls(part, whole)))
        for one, other in care_pairs(every_role.get(care_role(), []), one_event):
            # a total set aside by its own parts still says the two reports' totals agree
            pairs.append(_pair(one, other, model, False, largest, recalls(one, other)))
        for hurt, hit in implied_wholes(
            {r: [f for f in fs if not f.caption] for r, fs in roles.items()}
        ):
            if one_event(hurt, hit):
                pairs.append(_pair(hurt, hit, model, False, largest, recalls(hurt, hit)))
        for zero, dead in implied_zeros(every_role):  # a part set aside still counts victims
            if headline_tells(zero, zero.role):
                continue  # "suspect held in fatal shooting": its silence on the dead is no zero
            if one_event(zero, dead) and not course_apart(zero, dead):
                pairs.append(_implied_pair(zero, dead, model))
    return _direct([p for p in pairs if p is not None])


def _direct(pairs: list[FigurePair]) -> list[FigurePair]:
    """A total added up from a source's parts set against another's whole says again what
    the part set against that whole says directly ("six injured" against "five hit"): the
    direct pair stays, the one through the sum goes."""
    bound = {(p.a.story, frozenset((p.a.witness, p.b.witness))) for p in pairs if p.bound}
    return [
        p
        for p in pairs
        if p.bound
        or not (p.a.derived or p.b.derived)
        or (p.a.story, frozenset((p.a.witness, p.b.witness))) not in bound
    ]


def _implied_pair(zero: Figure, dead: Figure, model: Model) -> FigurePair:
    """A source with people hurt and none dead, then one with some of them dead: an
    update (the hurt one is never the later report, `findings.implied`)."""
    cue = says_update(zero) or says_update(dead)
    pair = FigurePair(zero, dead, UPDATE, features(zero, dead, cue))
    pair.score = round(model.probability(pair.features), 3)
    return pair
