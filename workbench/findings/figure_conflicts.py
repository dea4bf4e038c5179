"""Disputed figures: two sources' figures for one role in one story that differ.

A pair is an **update** when the reports are of different times (published on different
days, or either sentence says the figure changed: "rose to", "later died"), else a
**contradiction**: two reports that cannot both be right at the same time. Each pair is
scored by the calibrated model (`findings.score`) from the features below.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench import vocabulary
from workbench.claims.roles import default as roles_default
from workbench.findings.figure_relations import (
    disjoint,
    exceeds,
    one_floor,
    owned_before,
    owned_by_both,
)
from workbench.findings.figures import Figure
from workbench.findings.group_parts import inconsistent_parts
from workbench.findings.implied import implied_wholes, implied_zeros
from workbench.findings.knowledge import (
    group_role,
    growing_roles,
    loose_roles,
    perpetrator_classes,
    role_bounds,
    role_sums,
    uncompared_kinds,
    update_cues,
)
from workbench.findings.score import Model
from workbench.models import Claim

CONTRADICTION, UPDATE = "contradiction", "update"
RELATIONS = (CONTRADICTION, UPDATE)
HARM_ROLES = frozenset({"killed", "injured", "hit"})
"""Roles whose counts a first report often gets wrong and a later one corrects."""


def _bound_only(figure: Figure) -> bool:
    """Read from mentions, parts or care, the figure says "at least", never what changed."""
    return figure.implicit or figure.care or (figure.derived and math.isinf(figure.range.high))


def _says_update(figure: Figure) -> bool:
    return any(update_cues().search(c.sentence) for c in figure.claims)


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


UPDATE_WINDOW_DAYS = 60
"""Reports of one story's figures further apart than this are taken for two events told
alike (a story that wrongly joined them), unless the figure is about a lasting state; past
a week the two sources must also share more of their names (`one_event`). Measured on
1,100 mixed real articles (the first 400 of the corpus and a pool of 300 incidents outside
the labels): stories joined two incidents of one city 20, 341 and 900 days apart; at 60
days with the names rule none of them is listed, while one incident's arrest reported 18
days after "no arrests" is (at 14 days it was dropped)."""
RETROSPECT_DAYS = 7
"""A figure the text dates to a month or a year that ended this long before both reports
were published ("last year", "in February"), set against one the text does not date, tells
of an earlier event: news reports what just happened. A day named that long before is
the event's own, told again in a follow-up ("the Nov. 22 shooting")."""


def _apart(a: Figure, b: Figure, windowless: bool) -> bool:
    """The two figures are of two different events: the text dates them to periods that
    do not meet (a day's slack), or one to a month or year long past while the other is of
    the reports' own days, or the reports are too far apart to tell one event's changes
    (unless `windowless`: a lasting state's figure, or texts that tell one scene and toll,
    `EventCheck.recalls`)."""
    pa, pb = a.event_period, b.event_period
    if pa and pb and ((pa[0] - pb[1]).days > 1 or (pb[0] - pa[1]).days > 1):
        return True
    if a.published is None or b.published is None:
        return False
    stated = pa or pb
    coarse = stated is not None and stated[0] != stated[1] and not (pa and pb)
    if coarse and (min(a.published, b.published) - stated[1]).days > RETROSPECT_DAYS:
        return True
    return not windowless and abs((a.published - b.published).days) > UPDATE_WINDOW_DAYS


FOLLOW_UP_DAYS = 7
"""A report published this many days or more after another is a follow-up (an arrest's,
a charge's), no longer the first news of the event."""


def _follow_up(a: Figure, b: Figure) -> bool:
    """One report is a follow-up of the other: published over `FOLLOW_UP_DAYS` later."""
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) > FOLLOW_UP_DAYS


def _fell(a: Figure, b: Figure) -> bool:
    """The later report's figure is smaller, for a role whose count never falls ("one
    victim died", then "nobody's dead"): not a change in the world but a correction."""
    if a.role != b.role or a.role not in growing_roles() or not (a.published and b.published):
        return False
    first, later = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
    return first.published != later.published and later.range.high < first.range.low


def _named_more_later(a: Figure, b: Figure) -> bool:
    """A later report counts past the first by rank ("a second body was found", "a fourth
    suspect": at least N, a floor). Singular mentions added up ("his father and his
    brother" beside another day's "an unidentified woman") name whom each report saw, not
    more than there were: on dev_d and the judged pool all four such flags were false."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    first, later = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
    return later.typical > first.typical and math.isinf(later.range.high)


def _named_fewer_later(a: Figure, b: Figure) -> bool:
    """A later report names fewer people than the earlier one named ("Stafford", months
    after "Stafford and Greenhouse" were arrested): each name is one of them, and a
    follow-up speaks of whom its story is about, not of how many there were."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    first, later = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
    return later.typical < first.typical


def _ranked_past(a: Figure, b: Figure) -> bool:
    """The larger figure counts by rank ("a second body was found", "a fourth suspect"): the
    rank says the count grew past an earlier one, so the smaller is that earlier state, an
    update even when both were published the same day."""
    small, large = sorted((a, b), key=lambda f: f.typical)
    return small.typical < large.typical and any(_by_rank(c) for c in large.claims)


def _by_rank(claim: Claim) -> bool:
    """A count read from an ordinal: implicit (no number stated), yet a floor of two or more
    (a singular mention is exactly one)."""
    value = claim.value
    return claim.implicit and value.get("high") is None and float(value.get("low") or 0) >= 2


def _one_beside_parts(a: Figure, b: Figure, bound: bool) -> bool:
    """A whole of one set against another source's parts (or against their sum): "one
    victim is in critical condition" names a person, one of those hurt more often than
    all of them, so as a whole it proves at least one, like a singular mention."""
    if bound:
        return b.typical == 1
    return any(x.derived and not y.derived and y.typical == 1 for x, y in ((a, b), (b, a)))


_INCLUDING = re.compile(r"\bincluding\s+(?:the\s+|a\s+|one\s+)?([a-z-]+)", re.IGNORECASE)


def _own_nouns(figure: Figure) -> set[str]:
    """The nouns its mentions count that the roles data counts in its role ("suspect" of
    the involved; not "people" read into the role from "opened fire")."""
    own = roles_default().counted_nouns
    nouns = {str((c.counted or {}).get("noun") or "").casefold() for c in figure.claims}
    return {n for n in nouns if own.get(n) == figure.role}


def named_alike(a: Figure, b: Figure) -> bool:
    """Two counts of a loose role (`loose_roles`: the involved, those present) count one
    group: both name one of the role's own nouns. Each report cuts that role its own way
    ("one suspect" beside "four people" shot at, two marshals beside four officers
    involved, "thousands" beside "about 300 people" there): on the judged pool every such
    dispute, ten, was a false alarm."""
    return bool(_own_nouns(a) & _own_nouns(b))


def _with_perpetrator(figure: Figure) -> bool:
    """The figure's count takes in who did the harm ("5 dead, including gunman"): the
    vocabulary's class of the word after an "including" that follows the count's own
    words is a perpetrator's. One before them is another count's ("Six were killed,
    including the suspect, and four were injured": the four are victims)."""
    vocab, classes = vocabulary.default(), perpetrator_classes()
    return any(
        vocab.role(m.group(1)) in classes
        for c in figure.claims
        for m in _INCLUDING.finditer(c.sentence, max(c.sentence.find(c.text), 0) + len(c.text))
    )


def _perpetrator_counted(a: Figure, b: Figure) -> bool:
    """One report counts the gunman among the dead, the other only his victims: the first
    is one more, and both hold ("four dead, including gunman" and "three people killed")."""
    small, large = sorted((a, b), key=lambda f: f.typical)
    return large.typical - small.typical == 1 and _with_perpetrator(large)


def both_hold(a: Figure, b: Figure, bound: bool = False, recalled: bool = False) -> str | None:
    """Why the two figures can both hold (and so are no dispute), or None when they cannot.
    A short reason, for a bench tracing a pair it expected. `recalled`: their texts tell
    one scene and toll (no window parts them)."""
    lasting = isinstance(a.story, tuple) and a.story[0] == "thread"
    if _apart(a, b, windowless=lasting or recalled):
        return "apart: dated to different events, or reports too far apart"
    days_differ = a.published is not None and b.published is not None and a.published != b.published
    if days_differ and (a.derived or b.derived or (bound and a.role in HARM_ROLES)):
        # Over days the dead are counted again among the wounded, and a total added up
        # from parts mixes two moments: only reports of one day pin a part in its whole.
        return "days differ and a figure is derived or a part"
    cue = _says_update(a) or _says_update(b)
    if a.role == b.role and a.role in HARM_ROLES and _perpetrator_counted(a, b):
        return "one counts the gunman among them, the other only his victims"
    if a.role in HARM_ROLES and _one_beside_parts(a, b, bound):
        return "a count of one set against parts: one of them"
    if bound:
        if not exceeds(a, b):
            return "the part fits in its whole"
    elif a.implicit and b.implicit and a.role in HARM_ROLES and not _named_more_later(a, b):
        # Each read from singular mentions ("a man was shot"): a report tells of one victim
        # or two without naming every one, so each proves at least its own; only a later
        # report naming more ("a second body was found") tells of a change (those charged,
        # by contrast, are named in full).
        return "both read from singular mentions: lower bounds"
    elif a.implicit and b.implicit and _named_fewer_later(a, b):
        return "a later report names fewer of them: whom it speaks of"
    elif not disjoint(a, b):
        if not days_differ or _bound_only(a) or _bound_only(b):
            return "ranges meet"  # "at least 3" and "5" the same day: both can hold
        if one_floor(a, b):
            return "two floors of one number"
        if not (math.isinf(a.range.high) or math.isinf(b.range.high)):
            # "about 18" and "15 to 18" days apart: nothing says the figure changed; only
            # a floor ("at least one") a later report goes past tells a change.
            return "ranges meet and neither is a floor"
    elif not cue and (
        owned_before(a, b) if _follow_up(a, b) else owned_by_both(a, b, stated_only=days_differ)
    ):
        return "each source also states the other's figure: one counts a part"
    return None


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
) -> FigurePair | None:
    """The disputed pair of two figures, or None when both can hold. A whole smaller than
    another source's part is itself a part when its own source counts as many people as
    that part elsewhere ("two friends" shot, beside the same report's 49 dead)."""
    if both_hold(a, b, bound, recalled) is not None:
        return None
    if bound and (largest or {}).get(b.witness, 0.0) >= a.typical:
        return None
    days_differ = a.published is not None and b.published is not None and a.published != b.published
    cue = _says_update(a) or _says_update(b)
    relation = (
        UPDATE if (days_differ and not _fell(a, b)) or cue or _ranked_past(a, b) else CONTRADICTION
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
) -> list[FigurePair]:
    """Every pair of figures of one story and kind from two witnesses that cannot both hold:
    the same role with different values, or a part larger than its whole (`role_bounds`);
    `one_event` may say two sources of a story tell different events, `recalls` that their
    texts tell one scene and toll (no window of days parts them)."""
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
        odd = inconsistent_parts(roles)
        every_role, roles = (
            roles,
            {r: [f for f in fs if id(f) not in odd] for r, fs in roles.items()},
        )
        largest: dict[int, float] = {}
        for role, members in roles.items():
            for f in members if role != group else []:
                largest[f.witness] = max(largest.get(f.witness, 0.0), f.typical)
        for role, members in roles.items():
            if role == group:
                continue  # the people a story is about: a whole, never a disputed figure
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if role in loose and not named_alike(a, b):
                        continue  # two groups, each report's own cut of the role
                    if a.witness != b.witness and a.typical != b.typical and one_event(a, b):
                        pairs.append(_pair(a, b, model, False, largest, recalls(a, b)))
        for part_role, whole_role in role_bounds():
            for part in roles.get(part_role, []):
                for whole in roles.get(whole_role, []):
                    if part.witness != whole.witness and one_event(part, whole):
                        pairs.append(_pair(part, whole, model, True, largest, recalls(part, whole)))
        for hurt, hit in implied_wholes(roles):
            if one_event(hurt, hit):
                pairs.append(_pair(hurt, hit, model, False, largest, recalls(hurt, hit)))
        for zero, dead in implied_zeros(every_role):  # a part set aside still counts victims
            if one_event(zero, dead) and not _apart(zero, dead, windowless=False):
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
    cue = _says_update(zero) or _says_update(dead)
    pair = FigurePair(zero, dead, UPDATE, features(zero, dead, cue))
    pair.score = round(model.probability(pair.features), 3)
    return pair
