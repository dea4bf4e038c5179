"""Counts of what the authorities did after the event: those arrested, those charged.

A first report says no one has been arrested, or that the gunman is sought; a later one,
hours or months on, that a man was arrested or charged. Such counts grow as the police act,
and each report tells them as of its own hour, so they are read apart from counts of the
harm (`knowledge.later_act_roles`): a zero told by the suspects still free is a ceiling; the
day a text gives an arrest is the arrest's, not the event's; two reports that tell one scene
are one event however far apart; none against some is an update, whatever the days; and an
outlet's page updated in place whose count changed tells that change.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from workbench.claims.roles import HARM_ROLES
from workbench.findings.alignment import names_tell_one_story
from workbench.findings.figures import Figure
from workbench.findings.knowledge import later_act_roles


def of_later_acts(figure: Figure) -> bool:
    return figure.role in later_act_roles()


def later_acts_alike(a: Figure, b: Figure) -> bool:
    """Two counts of one later act (arrests against arrests). A charge count against an
    arrest count (`role_bounds`) is read as before: a look-alike unless a text ties them."""
    return a.role == b.role and of_later_acts(a)


def two_cases(
    a: Figure,
    b: Figure,
    other_streets: bool,
    mine: frozenset[str],
    theirs: frozenset[str],
    crowded: bool,
) -> bool:
    """Two counts of later acts (arrests, charges) told by pages of two scenes: they place
    their events on other streets (`EventCheck.other_streets`: both name the streets of
    their scenes, none in common) and their names (people and places, the town left out:
    `mine`, `theirs`) tell two stories (`names_tell_one_story` at the bar of reports of one
    week: each names enough, they share too few). One city's two shootings of one day,
    each with its arrests and charges, tell a day, a town and a toll alike; a charge for
    the killing of one teen is no count about the killing of another. Either sign alone is
    too weak: one event's reports name other streets (the suspect's home, a cross street),
    and an arrest's report names the accused where the first report named the victim."""
    if not (other_streets and of_later_acts(a) and of_later_acts(b)):
        return False
    return not names_tell_one_story(mine, theirs, crowded, loose=True)


def tolls(figures: Iterable[Figure]) -> dict[int, dict[str, float]]:
    """Each source's counts of the harm (killed, injured, hit), by role: the toll an
    arrest's report recalls of the shooting it follows."""
    found: dict[int, dict[str, float]] = defaultdict(dict)
    for f in figures:
        if f.role in HARM_ROLES and f.kind == "persons" and not f.caption:
            found[f.source][f.role] = f.typical
    return found


def toll_alike(mine: dict[str, float], theirs: dict[str, float]) -> bool:
    """Both reports tell the same toll: as many dead and as many hurt (one not told is
    none), and some harm at all ("a man was killed" and "the killing of a 17-year-old":
    one dead each, no one hurt). With one scene, what ties an arrest's report naming the
    accused to a first report naming only the street. The scene alone does not, nor one
    dead in common where the other report also counts three wounded (two shootings of
    one night in one town, a student killed and a parking lot's one dead and three hurt)."""
    told = (mine.get("killed", 0), mine.get("injured", 0))
    return any(told) and told == (theirs.get("killed", 0), theirs.get("injured", 0))


RECALLED_AFTER_DAYS = 2
"""How many days after the first report a later one must be published to recall the scene
the first told: a report of the same hours tells its own night's news (two shootings of one
night in one town are told so), one days on that gives that day and town looks back on it."""


def first_then_held(a: Figure, b: Figure, mine: dict[str, float], theirs: dict[str, float]) -> bool:
    """A first report's none of a later act, then a report of some published days after
    it (`none_and_some`), told by two texts of one scene: the later report recalls the
    scene, so the tolls need not be told alike, only not disputed. An arrest's report
    often tells the shooting's day and town and no toll at all, or the dead and not the
    hurt (its count of those hurt is of its own hour); the dead both count must agree, and
    where neither tells a death, the hurt both count."""
    if not none_and_some(a, b) or not (a.published and b.published):
        return False
    zero, some = (a, b) if a.typical == 0 else (b, a)
    if (some.published - zero.published).days < RECALLED_AFTER_DAYS:  # type: ignore[operator]
        return False
    shared = [r for r in ("killed", "injured") if r in mine and r in theirs]
    if "killed" in shared:
        return mine["killed"] == theirs["killed"]
    return all(mine[r] == theirs[r] for r in shared)


WHOLE_WORDS = frozenset(("both", "all"))
"""Words that tell a count as every one of those it speaks of ("both suspects", "all three")."""


def one_held_then_all(a: Figure, b: Figure) -> bool:
    """One person held told by a singular mention ("A 14-year-old boy was arrested"), then
    a later report telling every suspect held by a word of the whole ("both suspects were
    in custody", "all three are in jail"): those held are told in full, so the count grew.
    A later count without such a word ("two juvenile males", "four people") may be another
    case's, a round-up's or a part, and a count dated to a day of its own a day's arrests:
    neither is read so."""
    if not later_acts_alike(a, b) or not (a.published and b.published):
        return False
    if a.published == b.published:
        return False
    first, later = (a, b) if a.published < b.published else (b, a)
    held_one = first.implicit and first.typical == 1 and not (first.care or first.derived)
    stated = not (later.implicit or later.derived or later.care or later.hedged)
    whole = any(_told_whole(c.text) for c in later.claims)
    return held_one and stated and whole and later.event_period is None and later.range.low > 1


def _told_whole(words: str) -> bool:
    first = words.split()[:1]
    return bool(first) and first[0].casefold() in WHOLE_WORDS


def zero_ceiling(figure: Figure, other: Figure) -> bool:
    """A zero of a later act read from singular mentions ("police are searching for the
    gunman", "a suspect is at large") in a report earlier than the other's: every suspect
    it tells of is still free, so nobody is held yet; a ceiling, unlike a singular mention's
    one. Told after another report's arrests, it may be a second suspect still sought
    beside one held, so it stays a floor."""
    early = figure.published and other.published and figure.published < other.published
    zero = figure.implicit and figure.range.high == 0
    return bool(early) and zero and later_acts_alike(figure, other)


def undated_acts(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """None against some of a later act: the day each text gives is the act's ("no arrests
    as of Monday", "turned himself in Friday"), not the event's, so the two days never date
    the reports to two events (nor do their publication days: `windowless_acts`).
    Two counts of some, each dated, may each be a day's acts (one arrest, then "three more"
    days on): those days still part them."""
    if not none_and_some(a, b):
        return a, b
    return dataclasses.replace(a, event_period=None), dataclasses.replace(b, event_period=None)


def windowless_acts(a: Figure, b: Figure) -> bool:
    """None of a later act against some: an arrest told months after "no arrests" is the
    case's own course (a suspect found half a year on), not two events told alike, so the
    reports' distance in days never parts them (`figure_holds.apart`'s window). What ties
    the two reports to one event is asked as of any pair weeks apart (`one_event`: names
    in common, or one scene and toll)."""
    return none_and_some(a, b)


def none_and_some(a: Figure, b: Figure) -> bool:
    """One report counts none of a later act, the other some: none yet, then some, the
    hours between two reports even of one day (on the labelled sets no report of an arrest
    count contradicts another of the same hour)."""
    low, high = sorted((a.typical, b.typical))
    return later_acts_alike(a, b) and low == 0 < high


def changed_copies(figures: list[Figure]) -> list[Figure]:
    """An outlet's page updated in place is stored as a copy of its first version (most of
    its text the same) and counts as that witness. A count of a later act it changed ("No
    arrests have been made", then "A man was arrested Tuesday") is the change the update
    tells, so that figure keeps its own witness, set against its original's. A figure the
    copy states alike, or of another role, stays its original's: a copy adds nothing."""
    original = {
        (f.story, f.witness, f.role, f.kind): f.typical
        for f in figures
        if f.source == f.witness and not f.caption
    }
    out = []
    for f in figures:
        if of_later_acts(f) and f.source != f.witness and not f.caption:
            value = original.get((f.story, f.witness, f.role, f.kind))
            if value is not None and value != f.typical:
                f = dataclasses.replace(f, witness=f.source)
        out.append(f)
    return out
