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
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date

from workbench.claim_spans import claim_at
from workbench.claims.hedges import HEDGES
from workbench.findings.care import told_by_care
from workbench.findings.claim_views import period
from workbench.findings.comparison import Range, quantity_range
from workbench.findings.knowledge import group_role, role_sums, uncompared_kinds
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

    @property
    def typical(self) -> float:
        return self.range.typical

    @property
    def claim(self) -> Claim:
        return self.claims[0]

    @property
    def source(self) -> int:
        return self.claims[0].source_id


_PARTITIVE = re.compile(
    r"\bof\s+(?:the|them|those|these|us|his|her|their|its|our|my|your|whom|which)\b", re.I
)
_ANAPHOR = re.compile(r"\b(?:they|them|we|us)\b", re.I)
_OTHERS = re.compile(r"\b(?:others?|another|additional)\b|\w\s+more\b(?!\s+than)", re.I)


def _word_before(claim: Claim) -> str:
    """The sentence's word just before the claim's span ("the other six victims")."""
    at = claim_at(claim)
    before = claim.sentence[:at].split() if at > 0 else []
    return before[-1] if before else ""


def _word_after(claim: Claim) -> str:
    at = claim_at(claim)
    after = claim.sentence[at + len(claim.text) :].split() if at >= 0 else []
    return after[0].strip(",.;:").casefold() if after else ""


def _part(claim: Claim) -> bool:
    """A part of a group, never a total: marked so by the extractor, a partitive ("one of
    the victims", "two of them"), a count of a pronoun ("they were both") whose group was
    named before, or a remainder ("two others", "the other six", "five other victims") of a
    role that adds up others (people hit: "one killed and two others shot" counts two of
    three hit; while "two killed and four others injured" states every one injured), or
    nobody besides those named ("no one else was hurt": none of the others, not none at
    all; "no major injuries": none of the so told, `_modified_zero`)."""
    group = claim.group or {}
    if claim.value.get("part_of") is not None or group.get("part") is not None:
        return True
    if claim.implicit:
        return False
    if _word_after(claim) == "else" or _modified_zero(claim):
        return True
    told = f"{_word_before(claim)} {claim.text} {_word_after(claim)}"  # "five other victims"
    if claim.role in role_sums() and _OTHERS.search(told):
        return True
    return bool(_PARTITIVE.search(claim.text) or _ANAPHOR.search(claim.text))


def _modified_zero(claim: Claim) -> bool:
    """A zero whose noun a word qualifies ("no major injuries", "no serious injuries", "no
    further arrests"): none of those so qualified, which says nothing of the rest ("minor
    injuries" may well hold beside it). A list ("no deaths or injuries") is no qualifier."""
    said = claim.text.casefold().split()
    if claim.value.get("high") != 0 or len(said) < 3 or said[0] != "no" or "," in claim.text:
        return False
    return not {"and", "or", "nor"} & set(said)


def told_of_another(claim: Claim) -> bool:
    """The count's people are told "of" a noun the sentence speaks of, their state written
    after them ("the identities of three victims killed", the claims' `of_noun`): those whose
    identities are known so far may be some of the killed, so the count proves at least
    them (on the judged pool, three named of five dead)."""
    return bool(claim.value.get("of_noun"))


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


PLAUSIBLE_YEARS = 20
"""A stated event date further back than this before the report is a misread (a house
number read as a year: "1522 State St."), not when the counted thing happened."""


def _stated_period(claim: Claim, published: date | None) -> tuple[date, date] | None:
    """The event's days when the claim's own sentence states them (not the publication's)."""
    if claim.event_date_basis != "text" or not claim.event_date:
        return None
    found = period(str(claim.event_date))
    if found and published and published.year - found[0].year > PLAUSIBLE_YEARS:
        return None
    return found


def _said(claim: Claim) -> bool:
    """Stated by the text: a number, or the whole of a group it names part by part ("two
    children and their father": three, the parts being said), but not a count read from a
    singular mention or derived from other counts."""
    if claim.implicit:
        return False
    group = claim.group or {}
    return not claim.derived or (group.get("parts") is not None and group.get("part") is None)


def _harm_sentences(claims: list[Claim]) -> set[tuple[int, str]]:
    """Each source's sentences that count the harmed (killed, injured, hit: the roles of
    the sums). A count of people with no role told in one is of the harmed or of those
    beside them (victims named again, their kin, the deputies who came), not the story's
    group that those arrested are among (on the whole corpus every such bound was so)."""
    sums = role_sums()
    harm = set(sums) | {r for parts in sums.values() for r in parts}
    return {(c.source_id, c.sentence) for c in claims if c.kind == "quantity" and c.role in harm}


def _typical(r: Range) -> float:
    return r.low if math.isinf(r.high) else r.typical


def figures(
    claims: Iterable[Claim],
    witness_of: Callable[[Claim], int],
    story_of: Callable[[Claim], Hashable],
    published_of: Callable[[Claim], date | None],
    vocab: Vocabulary,
    counts: Callable[[Claim], bool] = lambda c: True,
) -> list[Figure]:
    """Each source's figure per story, role and kind, from the claims `counts` accepts.

    A copy keeps a figure of its own when it changed one (its witness is its original's,
    so the two are never set against each other).
    """
    # The findings data's uncompared classes are known too: "shot three times" (class
    # "time", which the vocabulary does not list) was a count of people, and two outlets'
    # "three" read as "times group: three ... agree".
    known_classes = frozenset(vocab.counted.values()) | uncompared_kinds()
    grouped: dict[tuple, list[tuple[Claim, Range]]] = defaultdict(list)
    group = group_role()
    claims = list(claims)
    harmed = _harm_sentences(claims)
    for claim in claims:
        if claim.kind != "quantity" or _part(claim) or not counts(claim):
            continue
        found = quantity_range(claim, vocab)
        if found is None:
            continue
        kind = what_kind(claim, found.dimension, known_classes)
        if found.dimension != "count" and _nothing_named(kind, vocab):
            continue  # a measure of nothing named cannot be set against another
        role = claim.role
        if role is None:
            if kind != "persons" or found.vague or claim.implicit or found.high == 0:
                continue  # a group is some people, stated: not "several", "a man", "no one"
            if (claim.source_id, claim.sentence) in harmed or not told_as_group(claim):
                continue  # beside the harmed ("in addition to these two children, a boy
                # was shot") or never told as a group ("Three men fled"): no whole
            role = group  # people the story is about, doing whatever it tells
        key = (story_of(claim), claim.source_id, role, kind)
        grouped[key].append((claim, found))
    out = []
    for (story, _source, role, kind), members in grouped.items():
        witness = witness_of(members[0][0])
        members.sort(key=lambda m: (m[0].source_id, m[0].start))
        stated = [m for m in members if _said(m[0])]
        exact = [m for m in stated if not m[1].vague]  # "27", before "dozens"
        # A mention that names what it counts ("50 people were killed") before a bare
        # number, which may have taken the role of a clause beside it ("; another 53 were
        # injured"): the largest count is a total only when it is of the role.
        named = [m for m in exact if (m[0].counted or {}).get("noun")]
        pool = named or exact or stated or [m for m in members if not m[0].derived] or members
        best = max(pool, key=lambda m: (_typical(m[1]), -m[0].start))
        same = [m[0] for m in pool if _typical(m[1]) == _typical(best[1])]
        out.append(
            Figure(
                story=story,
                witness=witness,
                role=role,
                kind=kind,
                range=best[1],
                claims=same,
                implicit=not stated and all(m[0].implicit for m in pool),
                hedged=any(not math.isclose(m[1].low, m[1].high) for m in pool if m[0] in same),
                values={_typical(r) for _, r in members},
                stated_values={_typical(r) for c, r in members if _said(c)},
                tellers=_tellers(members),
                published=published_of(best[0]),
                derived=all(m[0].derived and not _said(m[0]) for m in pool),
                event_period=_stated_period(best[0], published_of(best[0])),
                care=all(told_by_care(c) or told_of_another(c) for c in same),
            )
        )
    out += _sums(out)
    out.sort(key=lambda f: (str(f.story), f.role, f.source))
    return out


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


def bounds(figure: Figure, other: Figure) -> tuple[float, float]:
    """The figure's range as set against the other's.

    A singular mention ("a man was shot") proves at least one: against a stated figure it
    is a lower bound, never a rival total; against another source's singular mentions it
    is what that source tells. So does a count told by care or condition (`care`) against
    a count told by the harm.
    """
    if figure.implicit and not other.implicit:
        return figure.range.low, math.inf
    if figure.care and not (other.care or other.implicit):
        return figure.range.low, math.inf  # "two in critical condition" of "five hurt"
    return figure.range.low, figure.range.high


def disjoint(a: Figure, b: Figure) -> bool:
    """The two figures cannot both hold: their ranges do not meet."""
    (a0, a1), (b0, b1) = bounds(a, b), bounds(b, a)
    eps = 1e-9
    return a1 + eps < b0 or b1 + eps < a0


def exceeds(part: Figure, whole: Figure) -> bool:
    """The part's figure is larger than the whole can hold."""
    return bounds(part, whole)[0] > bounds(whole, part)[1] + 1e-9


def _tellers(members: list[tuple[Claim, Range]]) -> dict[float, frozenset[str | None]]:
    told: dict[float, set[str | None]] = defaultdict(set)
    for claim, found in members:
        told[_typical(found)].add(claim.attribution)
    return {value: frozenset(who) for value, who in told.items()}


def _owns(figure: Figure, value: float, stated_only: bool) -> bool:
    """The source states `value` for the role too, and not only as another teller's count
    beside its own (a hospital's nine, then "the sheriff announced seven"): a source
    citing two tellers for two counts reports their dispute, not a part of its figure."""
    # A figure read from singular mentions ("a body", then "a second body") is their sum:
    # its pieces are no statement of a rival's total.
    if value not in (figure.stated_values if stated_only or figure.implicit else figure.values):
        return False
    own, other = figure.tellers.get(figure.typical, frozenset()), figure.tellers.get(value)
    if other is None or None in other or not own - {None}:
        return True
    return bool(own & other)


def owned_by_both(a: Figure, b: Figure, stated_only: bool = False) -> bool:
    """One source also states the other's figure somewhere: a part, not a dispute.
    `stated_only`: only as a number; a later report that recounts "the baby died" (one,
    from a singular mention) before its new total still tells a change."""
    return _owns(a, b.typical, stated_only) or _owns(b, a.typical, stated_only)


def floor_said(figure: Figure) -> float:
    """The number a floor's words state: "more than 50" is read as at least 51 (a count past
    50), yet says 50, as "at least 50" does; a later "more than 50" goes past no earlier
    "at least 50"."""
    hedge = str(figure.claim.value.get("hedge") or "").casefold()
    step = HEDGES.get(hedge) == "above" and figure.range.dimension == "count"
    return figure.range.low - 1 if step and figure.range.low >= 1 else figure.range.low


def one_floor(a: Figure, b: Figure) -> bool:
    """Both figures are floors and their words state one number ("At least 50 rounds",
    "More than 50 rounds"): both hold, and neither tells a change."""
    floors = math.isinf(a.range.high) and math.isinf(b.range.high)
    return floors and floor_said(a) == floor_said(b)
