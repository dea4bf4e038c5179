"""Figures: what each independent source says a count is, per story and role.

A report states the count of one role (killed, injured, arrested, recognising...) several
times: in the title, in the lead, and again as parts ("two of them were taken to hospital")
or as a singular mention of one person ("the man died at the scene"). Comparing every such
mention with every mention of another source sets parts against wholes. So each source is
first reduced to its figure for the role: the largest count it states explicitly (a total
is never smaller than its parts), or, when it states none, the count read from singular
mentions. Two sources are then compared figure against figure, and a source that also
states the other's figure somewhere does not dispute it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date

from workbench.claims.roles import HARM_ROLES
from workbench.findings.care import care_verb, told_by_care
from workbench.findings.comparison import Range, quantity_range
from workbench.findings.embeds import is_embedded
from workbench.findings.figure_mentions import (
    and_one_before,
    by_wound,
    described_anew,
    harm_sentences,
    one_more_told,
    rest_of_those_told,
    said,
    stated_period,
    told_as_all,
    told_as_earlier,
    told_per_item,
    typical_value,
)
from workbench.findings.knowledge import group_role, role_sums, uncompared_kinds
from workbench.findings.own_counts import (
    counted_with_others,
    one_mention_floor,
    own_members,
    zero_gainsaid,
)
from workbench.findings.part_mentions import (
    is_part,
    sources_telling_dead,
    survivors_beside_dead,
    tied_to_whole,
    told_as_others,
    told_of_another,
)
from workbench.findings.story_group import told_as_group
from workbench.models import Claim
from workbench.vocabulary import Vocabulary


@dataclass(slots=True)
class Figure:
    """One source's figure for one role in one story."""

    story: Hashable
    witness: int
    role: str
    kind: str
    """What is counted: "persons", a known class, or "<dimension>:<noun>" for a measure."""
    range: Range
    claims: list[Claim]
    """The mentions that state this figure, in text order."""
    implicit: bool
    """Read only from singular mentions ("a man was shot"), no number stated."""
    hedged: bool
    """Stated with a bound or an approximation ("at least 3", "about 20")."""
    values: set[float] = field(default_factory=set)
    """Every figure the source gives for the role, parts included."""
    stated_values: set[float] = field(default_factory=set)
    """Those it states as numbers (not read from singular mentions nor added up)."""
    tellers: dict[float, frozenset[str | None]] = field(default_factory=dict)
    """Whom the source cites for each of its values (None: no one)."""
    published: date | None = None
    derived: bool = False
    event_period: tuple[date, date] | None = None
    """The days the text gives for the event the figure counts: a day, a month ("In
    February") or a year ("last year"); None when it states none."""
    implied_from: str | None = None
    """The role whose figure implies this one (0 killed read from people only hurt:
    `findings.implied`); None when the source states it."""
    implied_count: float | None = None
    """How many of `implied_from` the source tells of (the 1 of "injured 1, none killed")."""
    care: bool = False
    """Every mention of it is told by its people's care or condition ("two are in critical
    condition": `findings.care`) or as the people of something else the sentence speaks of
    (`told_of_another`): at least those, often a part of the role."""
    one_more: bool = False
    """The source tells one more after its figure, as an addition ("also died",
    `figure_mentions.one_more_told`): it may leave that one out of its count."""
    care_told: dict[str, list[tuple[Claim, Range]]] = field(default_factory=dict)
    """Its stated counts told by a verb of care, by the verb ("Five people were taken to
    hospital": "take"): compared only with another's by the same verb (`care_counts`)."""
    care_verb: str | None = None
    """A count of those one verb of care reached, not of the role (`care_counts`)."""
    caption: bool = False
    """Read from a caption its page showed twice (`embeds.shown_twice`) that counts other
    than the page: the outlet's report of an earlier hour, dated at the event its page
    tells; never set against its own page, nor one of the page's parts or sums."""

    @property
    def typical(self) -> float:
        return self.range.typical

    @property
    def claim(self) -> Claim:
        return self.claims[0]

    @property
    def source(self) -> int:
        return self.claims[0].source_id


PERSON_CLASSES = frozenset({"persons"})
"""Classes whose members can be killed, hurt or arrested; unknown nouns ("teens") join them."""


def what_kind(claim: Claim, dimension: str, known_classes: frozenset[str]) -> str:
    """What a figure counts, for grouping: people, a known class, or a measure of a noun.

    Counts of people are grouped together, since reports name the same people in many
    ways ("five teens", "five victims"); a noun the vocabulary does not know is taken for
    people too. A measure (money, time) is compared only with one of the same noun.
    """
    counted = claim.counted or {}
    if dimension != "count":
        noun = str(counted.get("noun") or claim.value.get("counted") or "")
        return f"{dimension}:{noun.casefold()}"
    cls = str(counted.get("class") or "")
    return cls if cls in known_classes and cls not in PERSON_CLASSES else "persons"


def _nothing_named(kind: str, vocab: Vocabulary) -> bool:
    """A measure names no noun, or only its unit ("46 years", "10 miles south"): of what?
    A career, a sentence, an age, a distance from some town; on the judged pool every
    such flag was a false alarm."""
    noun = kind.split(":", 1)[1]
    return not noun or vocab.unit(noun) is not None


def figures(
    claims: Iterable[Claim],
    witness_of: Callable[[Claim], int],
    story_of: Callable[[Claim], Hashable],
    published_of: Callable[[Claim], date | None],
    vocab: Vocabulary,
    counts: Callable[[Claim], bool] = lambda c: True,
    embedded: frozenset[tuple[int, str]] = frozenset(),
    captions: frozenset[tuple[int, str]] = frozenset(),
) -> list[Figure]:
    """Each source's figure per story, role and kind, from the claims `counts` accepts.

    A copy keeps a figure of its own when it changed one (its witness is its original's,
    so the two are never set against each other). `embedded`: (source, sentence) of an
    outlet's embeds (`embeds`), kept out of the values a source also states; `captions`:
    (source, sentence) of the captions a page shows twice, each source's own figures.
    """
    # The findings data's uncompared classes are known too: "shot three times" (class
    # "time", which the vocabulary does not list) was a count of people, and two outlets'
    # "three" read as "times group: three ... agree".
    known_classes = frozenset(vocab.counted.values()) | uncompared_kinds()
    grouped: dict[tuple, list[tuple[Claim, Range]]] = defaultdict(list)
    group = group_role()
    claims = list(claims)
    harmed = harm_sentences(claims)
    dead = sources_telling_dead(claims)
    told_roles: dict[tuple[int, str], set[str | None]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "quantity" and claim.role in HARM_ROLES:
            told_roles[(claim.source_id, claim.sentence)].add(claim.role)
    tied: dict[tuple, list[tuple[Claim, Range]]] = defaultdict(list)
    for claim in claims:
        part = claim.kind == "quantity" and is_part(claim)
        if claim.kind != "quantity" or (part and not tied_to_whole(claim)) or not counts(claim):
            continue
        if survivors_beside_dead(claim, dead):
            continue
        found = quantity_range(claim, vocab)
        if found is None:
            continue
        kind = what_kind(claim, found.dimension, known_classes)
        if found.dimension != "count" and (_nothing_named(kind, vocab) or told_per_item(claim)):
            continue  # a measure of nothing named, or a rate, cannot be set against another
        role = claim.role
        if role is None:
            if kind != "persons" or found.vague or claim.implicit or found.high == 0:
                continue  # a group is some people, stated: not "several", "a man", "no one"
            if (claim.source_id, claim.sentence) in harmed or not told_as_group(claim):
                continue  # beside the harmed ("in addition to these two children, a boy
                # was shot") or never told as a group ("Three men fled"): no whole
            role = group  # people the story is about, doing whatever it tells
        key = (story_of(claim), claim.source_id, role, kind, False)
        if part:
            tied[key].append((claim, found))  # no figure: a value the source states, a care
            continue
        grouped[key].append((claim, found))
        if is_embedded(claim, captions):  # the page's, and a figure of the caption's own
            grouped[(*key[:4], True)].append((claim, found))
    event_days = _event_days(claims)
    out = []
    for (story, source, role, kind, caption), members in grouped.items():
        parts = tied.get((story, source, role, kind, caption), [])
        witness = witness_of(members[0][0])
        members.sort(key=lambda m: (m[0].source_id, m[0].start))
        stated = [m for m in members if said(m[0])]
        stated = [m for m in stated if not told_as_earlier(m[0])] or stated
        if zero_gainsaid(stated, members):
            continue
        exact = [m for m in stated if not m[1].vague]  # "27", before "dozens"
        # A mention that names what it counts ("50 people were killed") before a bare
        # number, which may have taken the role of a clause beside it ("; another 53 were
        # injured"): the largest count is a total only when it is of the role.
        named = [m for m in exact if (m[0].counted or {}).get("noun") or told_as_all(m[0])]
        pool = named or exact or stated or [m for m in members if not m[0].derived] or members
        pool = [m for m in pool if not by_wound(m[0])] or pool
        best = max(pool, key=lambda m: (typical_value(m[1]), -m[0].start))
        if (floor := one_mention_floor(best, members)) is not best:
            best, pool, stated = floor, [floor], []
        same = [m[0] for m in pool if typical_value(m[1]) == typical_value(best[1])]
        if rest_of_those_told(best[0], members, told_roles):
            best = (best[0], and_one_before(best[1]))
        implicit = not stated and all(m[0].implicit for m in pool)
        own = [m for m in members + parts if not is_embedded(m[0], embedded)]
        if implicit and described_anew(members):  # at least those told, no ceiling
            best = (best[0], Range(best[1].low, math.inf, best[1].dimension, best[1].shown))
        out.append(
            Figure(
                story=story,
                witness=witness,
                role=role,
                kind=kind,
                range=best[1],
                claims=same,
                implicit=implicit,
                hedged=any(not math.isclose(m[1].low, m[1].high) for m in pool if m[0] in same),
                values={typical_value(best[1])} | {typical_value(r) for _, r in own},
                stated_values={typical_value(r) for c, r in [*own, best] if said(c)},
                tellers=_tellers(members),
                published=_caption_day(published_of(best[0]), event_days.get(source))
                if caption
                else published_of(best[0]),
                derived=all(m[0].derived and not said(m[0]) for m in pool),
                event_period=stated_period(
                    [
                        best[0],
                        *same,
                        *(c for c, r in members if typical_value(r) == typical_value(best[1])),
                    ],
                    published_of(best[0]),
                ),
                care=all(told_by_care(c) or told_of_another(c) for c in same),
                one_more=one_more_told(best[0], members),
                care_told=_care_told(members + parts),
                caption=caption,
            )
        )
    out = _told_anew(_parts_counted_again(out, grouped))
    out += _sums([f for f in out if not f.caption])
    out.sort(key=lambda f: (str(f.story), f.role, f.source))
    return out


def _parts_counted_again(found: list[Figure], grouped: dict[tuple, list]) -> list[Figure]:
    """A part's figure that adds its source's other parts to a smaller count of its own
    (`own_counts.counted_with_others`: the hurt taken to hospital with their dead) is either
    count: the source's own words leave open whether its dead are among them, so another
    source's count of either is no dispute."""
    by_key = {(f.story, f.source, f.role, f.kind, f.caption): f for f in found}
    fixes = []
    for f in found:
        if f.implicit or f.derived:
            continue

        def figure_of(role: str, f: Figure = f) -> float | None:
            other = by_key.get((f.story, f.source, role, f.kind, f.caption))
            return other.typical if other is not None and not other.implicit else None

        rest = counted_with_others(f.role, f.typical, f.stated_values, figure_of)
        members = grouped[(f.story, f.source, f.role, f.kind, f.caption)]
        if rest is not None and (claims := own_members(members, rest)):
            found_range = next(r for c, r in members if c is claims[0])
            fixes.append((f, found_range, claims))
    for f, smaller, claims in fixes:
        shown = f"{smaller.shown} or {f.range.shown}"
        f.range = Range(smaller.low, f.range.high, f.range.dimension, shown)
        f.claims = sorted({id(c): c for c in [*claims, *f.claims]}.values(), key=lambda c: c.start)
        f.hedged = True
    return found


def _told_anew(found: list[Figure]) -> list[Figure]:
    """The pages' figures, and their captions' where a caption's count is not its page's:
    the figure the outlet told at another hour."""
    pages = {(f.story, f.source, f.role, f.kind): f.typical for f in found if not f.caption}
    return [
        f
        for f in found
        if not f.caption or pages.get((f.story, f.source, f.role, f.kind)) != f.typical
    ]


def _care_told(members: list[tuple[Claim, Range]]) -> dict[str, list[tuple[Claim, Range]]]:
    """The stated counts among `members` told by a verb of care, by the verb; not those
    told as others beside people told before ("The two other victims were taken to ..."
    beside three treated at another hospital): a part of the care's people."""
    told: dict[str, list[tuple[Claim, Range]]] = defaultdict(list)
    for claim, found in members:
        if told_as_others(claim):
            continue  # "The two other victims were taken to ...": those beside the ones told
        verb = care_verb(claim) if said(claim) and not found.vague else None
        if verb is not None:
            told[verb].append((claim, found))
    return dict(told)


def _event_days(claims: list[Claim]) -> dict[int, date]:
    """Each source's earliest day its text tells a count's event on."""
    days: dict[int, date] = {}
    for claim in claims:
        if claim.kind == "quantity" and claim.event_date and claim.event_date_basis == "text":
            try:
                day = date.fromisoformat(str(claim.event_date)[:10])
            except ValueError:
                continue
            days[claim.source_id] = min(day, days.get(claim.source_id, day))
    return days


def _caption_day(published: date | None, event_day: date | None) -> date | None:
    """A caption's day: the event's its page tells, when before the page's own."""
    if published is None or event_day is None:
        return published
    return min(published, event_day)


def _sums(found: list[Figure]) -> list[Figure]:
    """Figures a source gives only through its parts: people hit from killed + injured.

    The sum is exact when the source states every part, else a lower bound; a source that
    states the whole itself keeps its own figure (and the sum joins its values).
    """
    by_key = {(f.story, f.source, f.role, f.kind): f for f in found}
    derived = []
    for whole, parts in role_sums().items():
        for (story, source, role, kind), figure in list(by_key.items()):
            if role not in parts or (story, source, whole, kind) in by_key:
                continue
            members = [by_key.get((story, source, p, kind)) for p in parts]
            # Singular mentions may name one person twice ("wounded", then "died"): only
            # stated counts add up.
            present = [m for m in members if m is not None and not m.implicit]
            if not present:
                continue
            if present[0] is not figure:
                continue  # built once per source, from its first part present
            low = sum(m.range.low for m in present)
            exact = len(present) == len(parts) and all(
                not math.isinf(m.range.high) for m in present
            )
            high = sum(m.range.high for m in present) if exact else math.inf
            claims = [c for m in present for c in m.claims]
            shown = " + ".join(m.range.shown for m in present)
            derived.append(
                Figure(
                    story=story,
                    witness=figure.witness,
                    role=whole,
                    kind=kind,
                    range=Range(low, high, figure.range.dimension, shown),
                    claims=claims,
                    implicit=all(m.implicit for m in present),
                    hedged=not exact or any(m.hedged for m in present),
                    values={low},
                    published=figure.published,
                    derived=True,
                )
            )
    for figure in derived:
        by_key[(figure.story, figure.source, figure.role, figure.kind)] = figure
    return derived


def _tellers(members: list[tuple[Claim, Range]]) -> dict[float, frozenset[str | None]]:
    told: dict[float, set[str | None]] = defaultdict(set)
    for claim, found in members:
        told[typical_value(found)].add(claim.attribution)
    return {value: frozenset(who) for value, who in told.items()}
