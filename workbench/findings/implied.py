"""Counts a report implies without stating them: every victim it tells of is still alive.

A first report that a child was "critically hurt" counts nobody killed at that time; a later
one that says the child died updates the dead from 0 to 1. Reports seldom say "no one died",
so a source that tells of people hurt and of nobody dead is read as 0 of the growing part
(`growing_roles`: the dead) only against a source that tells of the same group: as many
victims in all (its dead and its hurt) as the first counts hurt ("12 killed" beside "40
hurt" are two groups of one blast, not one group that died), the first counting no more
people hit than hurt, and the first not the later report (a later report that has them
alive again would tell a correction, which a silence does not prove). Likewise a source
that tells of people hurt, nobody dead and no count of all hit counts its hurt as every
victim: against a report no earlier of more people hit and nobody dead, the victims rose.
A source that counts people hit and neither its hurt nor its dead stands so too, against a
report published on a later day only (`_shot_only`). A report whose headline tells someone
in the growing role ("Suspect held in fatal shooting", "Woman killed outside store":
`headline_tells`) tells of a death, whatever its counted mentions miss, so no zero of that
role is implied from it (`figure_conflicts`).
"""

from __future__ import annotations

import dataclasses
import math
import re

from workbench import vocabulary
from workbench.claims.care_words import predicate_words
from workbench.claims.event_nouns import ORDINAL
from workbench.claims.roles import default as roles_default
from workbench.findings.care import in_care
from workbench.findings.comparison import Range
from workbench.findings.figure_holds import apart
from workbench.findings.figures import Figure
from workbench.findings.knowledge import growing_roles, perpetrator_classes, role_sums
from workbench.vocabulary import words


def headline_tells(title: str, role: str) -> bool:
    """A word of the headline says its people are in `role` by their state or the manner of
    their harm (the roles data's `states` and `adverbs` of the role: "fatal", "killed",
    "fatally"); a hyphenated word is one word, so "non-fatal" is none of them. The
    headline tells the article's own event: a word there is no aside about another."""
    roles = roles_default()
    return any(
        roles.states.get(word) == role or roles.adverbs.get(word) == role for word in words(title)
    )


def _not_later(first: Figure, then: Figure) -> bool:
    if first.published is None or then.published is None:
        return False
    return first.published <= then.published


def _stated(figure: Figure | None) -> Figure | None:
    """The figure when its source states a number, not only singular mentions."""
    return figure if figure is not None and not figure.implicit else None


def _told_dying(dead: Figure) -> bool:
    """The death is told by the victim's dying ("the 2-year-old has died", "he died", "did
    not survive": the roles data's `undergo` and `denied` verbs of the role): such a report
    tells of one person hurt, then dead, so its own singular mentions of someone hurt ("the
    boy had been taken to hospital") are that person again, not one more victim. A death
    read from other words ("the nearly lifeless body", "to harm or kill another person")
    may be someone else's, so the hurt told beside it still count."""
    roles = roles_default()
    verbs = {
        p[0] for table in (roles.undergo, roles.denied) for p, r in table.items() if r == dead.role
    }
    return any(verbs.intersection(predicate_words(claim)) for claim in dead.claims)


def care_then_dying(zero: Figure, dead: Figure) -> bool:
    """One person's course told by two reports: the first tells its hurt in care or a
    condition ("critically hurt", "rushed to the hospital": `care.in_care`), the other,
    no earlier, its dead dying (`_told_dying`: "dies after", "was pronounced dead"), not
    killed outright. A fact two reports share for an implied zero's gate: a victim hurt in
    one report and another killed outright in the other, of one town, is common; a victim
    in care, then dying, is the first one's course."""
    return (
        zero.implied_from is not None
        and dead.role in growing_roles()
        and any(in_care(c) for c in zero.claims)
        and _told_dying(dead)
        and _not_later(zero, dead)
    )


def course_apart(zero: Figure, dead: Figure) -> bool:
    """Whether an implied zero and the other's dead are of two events (`apart`), where the
    dead's own text dates them by their dying: a death told by dying ("died around 6 a.m.
    Nov. 20", `_told_dying`) on a day after the one the first report dates its hurt to is
    that victim's course, not another event, so only reports too far apart to tell one
    event's changes part them."""
    hurt_days, dead_days = zero.event_period, dead.event_period
    if hurt_days and dead_days and dead_days[0] > hurt_days[1] and _told_dying(dead):
        return not _not_later(zero, dead) or apart(
            dataclasses.replace(zero, event_period=None),
            dataclasses.replace(dead, event_period=None),
            windowless=False,
        )
    return apart(zero, dead, windowless=False)


def _tells_of_perpetrator(figure: Figure) -> bool:
    """One of its mentions counts one who did the harm (the vocabulary's class of its noun
    is a perpetrator's: "the suspect", "the gunman")."""
    vocab, classes = vocabulary.default(), perpetrator_classes()
    nouns = (str((c.counted or {}).get("noun") or "") for c in figure.claims)
    return any(vocab.role(n) in classes for n in nouns if n)


_ANOTHER = re.compile(rf"\b(?:another|other|(?!first\b)(?:{ORDINAL.pattern}))\b", re.I)
"""Words that tell a person apart from one told before: "another", "the other", a rank
past the first ("a second victim", "the third man")."""


def _told_as_another(figure: Figure) -> bool:
    """One of its singular mentions tells a person apart from one told before, by its own
    words ("A second victim, an 18-year-old friend, was hit in the leg"):
    someone besides the dead, whoever the other mentions are."""
    return any(claim.implicit and _ANOTHER.search(claim.text) for claim in figure.claims)


def _dead_told_again(dead: Figure, still_hurt: Figure | None) -> bool:
    """The report's singular mentions of someone hurt are its dead person again
    (`_told_dying`), unless they tell of one who did the harm and its dead of none (a
    wounded suspect beside someone else's death is one more person, so a report telling
    only of the suspect hurt is not a report of that death's victim still alive), or tell
    their person apart from one told before (`_told_as_another`)."""
    if not _told_dying(dead):
        return False
    if still_hurt is not None and _told_as_another(still_hurt):
        return False
    return (
        still_hurt is None or not _tells_of_perpetrator(still_hurt) or _tells_of_perpetrator(dead)
    )


def _victims(dead: Figure, still_hurt: Figure | None, all_hit: Figure | None) -> float:
    """How many victims a report tells: its dead and its still hurt, or its count of all
    hit when larger. A report that tells its dead dying (`_dead_told_again`) and states its
    own count of all hit counts that many: its stated hurt are then the same people before
    they died ("One person is in the hospital after being shot", then "UPDATE: the teen has
    died", one person shot), as its own total says."""
    if _dead_told_again(dead, still_hurt):
        still_hurt, all_hit = _stated(still_hurt), _stated(all_hit)
        if all_hit is not None and not all_hit.derived:
            return max(all_hit.range.low, dead.range.low)
    victims = dead.range.low + (still_hurt.range.low if still_hurt else 0.0)
    return max(victims, all_hit.range.low if all_hit else 0.0)


def _zero(hurt: Figure, role: str) -> Figure:
    """`hurt`'s source read as counting none of `role` (the same claims, value 0)."""
    dimension = hurt.range.dimension
    return dataclasses.replace(
        hurt,
        role=role,
        range=Range(0.0, 0.0, dimension, "0"),
        implicit=False,
        hedged=False,
        values={0.0},
        stated_values=set(),
        derived=False,
        implied_from=hurt.role,
        implied_count=hurt.typical,
    )


def _earlier(first: Figure, then: Figure) -> bool:
    """`first` was published on a day before `then`'s (not the same day: two pages of one
    day may be of one hour, and a page that names the victims without their fate asserts
    nothing of it)."""
    if first.published is None or then.published is None:
        return False
    return first.published < then.published


def _shot_only(side: dict[str, Figure], whole: str, grown: str) -> Figure | None:
    """A source that counts people hit and neither its hurt nor its dead ("A boy was shot
    Friday morning", "Child shot"): as of its hour it tells every victim shot and none
    dead, so its hit stand for its hurt against a report published on a later day
    (`_earlier`). Not a count it added up from parts, nor one told by care alone."""
    hit = side.get(whole)
    if hit is None or grown in side or hit.derived or hit.care:
        return None
    return hit


def implied_zeros(roles: dict[str, list[Figure]]) -> list[tuple[Figure, Figure]]:
    """(implied zero, the other source's figure) for each pair of sources of one story
    where the first tells only of people hurt and the other of some of them dead."""
    out = []
    growing = growing_roles()
    for whole, parts in role_sums().items():
        for grown in (p for p in parts if p in growing):
            others = [p for p in parts if p != grown]
            if len(others) != 1:
                continue
            hurt_role = others[0]
            by_source: dict[int, dict[str, Figure]] = {}
            for role in (whole, grown, hurt_role):
                for figure in roles.get(role, []):
                    by_source.setdefault(figure.source, {})[role] = figure
            for hurt_side in by_source.values():
                shot_only = hurt_role not in hurt_side
                hurt = hurt_side.get(hurt_role) or _shot_only(hurt_side, whole, grown)
                if hurt is None or grown in hurt_side or math.isinf(hurt.range.high):
                    continue
                hit = hurt_side.get(whole)
                if hit is not None and hit.typical > hurt.typical:
                    continue  # more hit than hurt: the rest may be dead, unsaid
                for other_side in by_source.values():
                    dead = other_side.get(grown)
                    if dead is None or dead.witness == hurt.witness or dead.typical < 1:
                        continue
                    victims = _victims(dead, other_side.get(hurt_role), other_side.get(whole))
                    if victims != hurt.range.low or not _not_later(hurt, dead):
                        continue
                    if shot_only and not _earlier(hurt, dead):
                        continue  # a bare count of the hit asserts no one's survival that day
                    out.append((_zero(hurt, grown), dead))
    return out


def _as_whole(hurt: Figure, role: str) -> Figure:
    """`hurt`'s source read as counting its hurt as every one of `role` (the same claims)."""
    return dataclasses.replace(
        hurt,
        role=role,
        stated_values=set(),
        implied_from=hurt.role,
        implied_count=hurt.typical,
    )


def implied_wholes(roles: dict[str, list[Figure]]) -> list[tuple[Figure, Figure]]:
    """(hurt read as all hit, the other source's hit) for each pair of sources of one story
    where the first tells of people hurt and of nobody dead nor a count of all hit, and the
    other, no earlier, of more people hit and of nobody dead: each tells every victim alive,
    so their counts of the victims differ ("four injured", then "five shot", none fatally)."""
    out = []
    growing = growing_roles()
    for whole, parts in role_sums().items():
        grown = [p for p in parts if p in growing]
        others = [p for p in parts if p not in growing]
        if len(grown) != 1 or len(others) != 1:
            continue
        by_source: dict[int, dict[str, Figure]] = {}
        for role in (whole, grown[0], others[0]):
            for figure in roles.get(role, []):
                by_source.setdefault(figure.source, {})[role] = figure
        for hurt_side in by_source.values():
            hurt = _stated(hurt_side.get(others[0]))
            if hurt is None or hurt.care or math.isinf(hurt.range.high):
                continue
            told = hurt_side.get(whole)
            if grown[0] in hurt_side or (told is not None and not told.derived):
                continue  # a sum of its hurt alone is no count of all hit
            for other_side in by_source.values():
                hit = _stated(other_side.get(whole))
                if hit is None or hit.derived or hit.witness == hurt.witness:
                    continue
                if grown[0] in other_side or hit.range.low <= hurt.range.high:
                    continue
                if _not_later(hurt, hit):
                    out.append((_as_whole(hurt, whole), hit))
    return out
