"""Conflicts on real news: the hand-labelled gva incidents against a ratchet, and no conflict
between two different incidents when many are loaded into one database.

Reads the articles from `../shared/corpora/gva/` (skipped with the reason when absent) and the
labels from `tests/labelled/gva/`. The floors and ceilings are the levels reached; a change
may tighten them, never loosen them. Every flag, judged: `python bench/quality_conflicts.py -v`.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import gva  # noqa: E402
import quality_conflicts  # noqa: E402

pytestmark = pytest.mark.skipif(
    not gva.available(), reason=f"the real-news corpus is not at {gva.CORPUS}"
)

# The ratchet: the levels reached on the labelled incidents.
CEILINGS = {
    ("dev", "false_alarms"): 1,
    ("dev", "lookalikes_flagged"): 1,
    ("dev", "shown_false_alarms"): 1,
    ("dev-all", "false_alarms"): 6,
    ("dev-all", "lookalikes_flagged"): 3,
}
"""False alarms were 0 of 6 until grouping joined reports by event day and place (b6edc47)
and claims changed (EXTRACTOR_VERSION 34); the ceiling was loosened to 4 to let finder 10
land (4 of 11). Finder 11 lists 2 of 9 (a year quoted from an earlier attack against the
story's year, both long past when published; 'a miracle nobody' dead against a 'she' the
extractor read as killed from 'passed'): the ceiling comes back down to 2. Not to 0: both
need work outside the comparison (the extractor's roles, dates of earlier events). Also for
the default list (`shown`: the flags at or above the model's threshold). Lower them as they
go. Found: 7 on main before finder 10, 9 with it and with finder 11; 10 with finder 12 on
stories d325c56 (451338's reports joined). Finder 14: 1 of 9 (a year naming an earlier
attack, 'the 2009 mass shooting', no longer set against 'the 2014 post shooting'): the
ceilings come down to 1. EXTRACTOR 52 (a transitive 'passed' no longer read as a death) and
finder 16: 0 of 8, the ceilings come down to 0. EXTRACTOR 61 with 566168's missed update
labelled: found 11 of 17, relations right 7. Finder 44 (634889's four injured against three
shot, no longer set aside by its own source's "One" of them): 12 of 17, relations right 8.
Finder 51 (441681's "second body", read from singular mentions, no longer a statement of the
other's one dead): 13 of 17. Every development set together (`dev-all`, from finder 51):
16 of 28 found, relations right 11, 6 false alarms (of 19 flags; 18 at finder 52-53), no
look-alike of 137 (finder 53 at EXTRACTOR 95: "five other victims" a remainder again).
Finder 57 (a follow-up weeks on that recalls the first news's day, place and toll: dev_h
699303's five shot, then six two months later): 17 of 31 found at EXTRACTOR 100-101,
relations right 12, 6 false alarms of 19 flags, no look-alike of 144. Ingest's gallery
cleaning read each caption once (585d55b): 451338's capitolhillseattle "four" no longer
joined its dispute (the finder's story names are those said twice; the doubled captions
said them twice): 16 of 31, dev 12 of 17. Since the gallery's counters and buttons alone go
and its captions stay: 17 of 31 again, dev 13 of 17. EXTRACTOR 106 (the act's own clause's
day) dates 566168's detroitnews "declared brain-dead" report by the death's day (27 May, not
the shooting's 25th): grouping starts a second story of the thread with it and the next day's
report, and the update 'still in the hospital' -> 'Oldham's death' is compared no more: dev
12 of 17, relations right 7; 16 of 31, 11 (lowered for that, at EXTRACTOR 110 / finder 58).
EXTRACTOR 112: a death told after a harm in a clause of its own ("who was shot in the head
..., was declared brain-dead Friday") is no act's day; that report is dated by the earliest
day near it again and the update is found: dev 13 of 17, relations right 8; 17 of 31, 12.
(The day it now gets, 25 May, is right but is told of another child in the same article:
the text never dates this shooting.) EXTRACTOR 117 (event19: places from
a scene with a word before its harm noun, "the Wilkinsburg mass shooting", and from a title's
agency and tagline): in 519541 the false alarm "Two others" (triblive) against "three people"
now has wpxi's report among the latter's sources and meets a labelled look-alike pair:
dev-all look-alikes 0 -> 1, false alarms 5 -> 4, of the same 20 flags (6 not real before
and after); the ceiling is 1 until "Two others" is read as the remainder it is. Finder 61
(conflicts19: "Two others were wounded" after one told wounded is at least three) and
EXTRACTOR 124: 19 flags, 5 false alarms, no look-alike of 144: the ceilings come down to 5
and 0. EXTRACTOR 152 (event20: a date that qualifies a noun situates it: 519541's "the March 9
cookout" no longer the charges' day): 18 flags, 4 false alarms; finder 63 (a group told
with others beside the other's people, "five adults and an unborn child" against "five
adults"): 17 flags, 3 false alarms: the ceiling comes down to 3. EXTRACTOR 232 and finder
72 (conflicts21: a text of two times, 699303's "a Nov., 2016 shooting that left six
injured" dated by its own mention and its day): 18 flags, 3 false alarms, found 18 of 31,
relations right 13. Finder 77 (conflicts22b: one more told after a figure as an addition,
519541's "the unborn child also died" after the list of five, may be left out of it): 17
flags, 2 false alarms: the ceiling comes down to 2. Finder 79 (conflicts23: a later report
stating the first's figure beside its own tells the change on any other day; a text naming
its several events as known is a round-up): 699303's hit 5 then 6 the next day found, 17
flags, 2 false alarms, found 19 of 31. dev_n joined (twenty-fourth session): 18 flags, found
20 of 35, relations right 14; finder 81 (a whole read from singular mentions is no ceiling
for "eight others" or "Both victims" of its own source): 501233's wesh eight injured set
against orlandosentinel's nine, found 21 of 35, relations right 15. Finder 86-87
(conflicts24b: a quarter its text places in a town is one scene with that town; "All four"
is a figure as a named count is): 501233's wesh eight against orlandosentinel's ten
months on, found 22 of 35, relations right 16. Finder 88 (conflicts25: a second victim told
apart from the dead adds up for the implied zero; no hedge on a singular mention): 778743's
"Both victims" then the boy dead, found 24 of 35, relations right 17; finder 89 (story names
from prose, not title-cased lines): dev_n 807509's update, which rested on a station's button
both pages carried, is no longer found: 23 of 35, relations right 16. Finder 110
(conflicts28: a sentence an outlet shows word for word on its pages of two days, a video's
caption, is no proof that a page also states another's figure): 501233's first
orlandosentinel nine against its later ten found, 24 of 35, relations right 17. Finder 120
(conflicts30: a scene's plural shootings its text tells as one event there are no round-up):
501233's June page, "4 arrested in <club> fatal shootings", compared again, its ten injured
against wesh's eight and the first orlandosentinel page's nine found, 26 of 35. dev_u and
dev_v joined (thirty-first session's start; labels only, re-based): dev_v's three false flags
and one flagged look-alike, read untuned, come in with it: dev-all false alarms 2 -> 5,
look-alikes 0 -> 1 of 173, found 26 of 39 (dev_v's four real pairs all missed). Finder
130 (a clock told without its half of the day, "2:46" in a quote, may be the afternoon's
"2:48 p.m.") and 131 (the hit read beside survivors are some of the hit where their source
tells of dead: "the two victims" beside the boy killed): dev_v's two judged-false flags go,
dev-all false alarms 5 -> 3 (22 flags, 19 real). Finder 132 (a caption its page showed
twice that counts other than the page's prose is the outlet's report of an earlier hour:
dev_v 482771's video caption "Eleven people were injured" against the later pages' 13, an
update): found 28 of 39, relations right 18 (23 flags, 20 real). Finder 145 (one victim's
course, in care then dying, is a fact shared at the implied zero's gate: dev_n 807509's
walk-in "going to survive" then the death at that hospital) and 146 (two reports agreeing on
six hurt disagree on how many were taken to hospital: dev_v 486056's five against six): found
30 of 39, relations right 20 (25 flags, 22 real). The arrested and charged roles labelled
on the 86 incidents of dev, dev_h, dev_n, dev_v and dev_x (arrests33, thirty-third session:
`roles_read`), so their flags there are judged, not counted apart: re-based for the labels,
finder 146 and EXTRACTOR 601 unchanged: dev 13 flags, 12 real, one a look-alike (805967's
"three children ... in state custody" read as arrested against "No arrests": the ceilings of
dev's false alarms and look-alikes go up from 0 to 1), found 15 of 28, relations right 10;
dev-all 33 flags, 29 real, 2 false, 2 look-alikes (4 false alarms, look-alikes 2 of 206),
found 37 of 75, relations right 27 (arrests 5 of 32 found, charges 2 of 4). Finder 155
(recall33: a page stripped to its headline's claims is judged on the facts of the claims it
keeps: dev 693186's furniture page "dies after", its playlist's other day no longer its
event's) and 156 (no dev change): dev found 16 of 28, relations right 11 (14 flags, 13
real); dev-all found 38 of 75, relations right 28 (34 flags, 30 real). With 2 arrest pairs
labelled more (47) and EXTRACTOR 630 (arrests33: arrests told without a number), at finder
150 (main c68bfcf): dev 16 flags, 15 real, found 19 of 28, relations right 13; dev-all 37
flags, 33 real, found 45 of 77 (arrests 13 of 34), relations right 30, false alarms 4,
look-alikes 2; at finder 156 (main e99b159): dev 17 flags, 16 real, found 20 of 28, relations
right 14; dev-all 38 flags, 34 real, found 46 of 77, relations right 31, false alarms 4,
look-alikes 2: the floors are raised to those. Finder 171 (arrests34: counts of arrests over
time, `findings.later_acts`): dev 18 flags, 17 real, found 21 of 28, relations right 15;
dev-all 41 flags, 37 real, found 49 of 77 (arrests 16 of 34), relations right 35, false
alarms 4, look-alikes 2: the floors are raised to those. Finder 201 (finder35: a later
report's figure that the first report already counts in a part is another split, a
contradiction, `findings.resplits`): dev 451338's seattletimes hit pair listed as the
contradiction its label says; dev 19 flags, 18 real, relations right 16; dev-all 42 flags,
38 real, found 49 of 77, relations right 36: raised. Finder 210 and EXTRACTOR 740
(arrests35, measured before finder 201 joined it: an arrest's report tied to the first by
scene and toll, 338580's update found): dev-all found 49 -> 50 of 77 (arrests 17 of 34),
false alarms 4, look-alikes 2: the dev-all found floor is raised to 50.
Finder 311 (land36, recall35's 230: a day told of the event itself, "It occurred on
Monday", compared with another such day): one more real flag, a date whose labelled event
days differ (dev_e 737891): a floor of real date flags, 1.
Finder 321-322 and EXTRACTOR 840-841 (recall36: a warrant's person sought, a guardian's custody
no arrest, none against some of a later act never parted by the window, "initially said" an
earlier report; measured before finder 311 joined them): dev 19 flags, all real, found 24 of
28, relations right 17, no false alarm (805967's children in state custody no longer set
against "No arrests"); dev-all 45 flags, 42 real, found 55 of 77 (arrests 22 of 34),
relations right 40, false alarms 3, look-alikes 1: floors raised and ceilings lowered to those.
Finder 330 (dev_ae in dev-all, 83 real pairs): a list against one of them told alone, a
later report's ranked death: found 60 of 83, relations right 42, false alarms 3, look-alikes 1.
dev_af and dev_ag joined dev-all (86 real pairs, 230 look-alikes: found 60, no floor moved).
Finder 340-341 with EXTRACTOR 880 (a rank through a compound noun, a later rank past an
earlier floor, same-day pages dating their story's event days apart): dev_ag's three arrest
updates and its date disagreement found, 63 of 86, relations right 43, two real date flags.
dev_ah and dev_ai joined dev-all (87 real pairs, 233 look-alikes: found 63, no floor moved).
Finder 350-351 with EXTRACTOR 910 (finder39: a suspect's state told by its clause, custody by
its place, a first report's zero tied to an arrest's report recalling its scene days on, one
held then "both suspects"): 66 of 87, relations right 46, false alarms 3, look-alikes 1.
labels39ak's nine dev_v pairs and dev_aj/dev_ak joined dev-all (98 real pairs, 243 look-alikes:
found 67). Finder 360-361 with EXTRACTOR 930 (finder40: a borough nests in its city by the
packaged table, a follow-up months on recalls the event by its month, place and toll, custody
denied of every suspect is 0 arrested): 70 of 98, relations right 48, false alarms 3,
look-alikes 1. labels40am's 34 earlier-vs-later pairs and dev_am's 3 joined dev-all (135 real
pairs, 249 look-alikes: found 72, no floor moved). Finder 370-371 (finder41: a first report of
people shot, none hurt or dead told, counts none dead against a later day's report; the implied
figure's gate counts one day's scene facts, a street, an age there, a clock time): 80 of 135,
relations right 50, false alarms 3, look-alikes 1.
Re-based because pair labels changed, no finder change (pairs42, forty-second session; the
labels README's "One comparison, one entry" and "A page stands for its own latest figure"):
two real pairs that were one disagreement listed twice (dev 579786's hit 5/6 beside its injured
5/6; dev 441681's second hit 4/5 of the same pages), both found, are one each now; dev 365153's
update resting on a figure its own title supersedes (not found) is gone; dev 451338's killed
1/0, a death reported at the scene and denied on the same page, found, is a look-alike now, so
its flag (score .825, shown) counts as a look-alike and a false alarm. Same finder (FINDER 371,
EXTRACTOR 953), dev_ao in dev-all: dev 24 -> 21 of 44 -> 40, relations right 17 -> 16, false
alarms and look-alikes flagged 0 -> 1 (shown 0 -> 1); dev-all 80 -> 77 of 139 -> 135, relations
right 50 -> 49, false alarms 3 -> 4, look-alikes flagged 1 -> 2 (of 256 -> 251): floors and
ceilings re-based to those. Then (pairs42's fourth batch, the same rules): dev_v 482771's two
updates from a page's video caption ("eleven injured" under its own thirteen) against two later
pages' thirteen are look-alikes, both found by one flag (score .603, shown), and an arrest update
by an ordinal's total is added (not found): dev_v 10 -> 8 found of 26 -> 25, its flag a
look-alike; dev-all 77 -> 75 found of 135 -> 134, relations right 49 -> 48, false alarms 4 -> 5,
look-alikes flagged 2 -> 3: re-based to those.
EXTRACTOR 982 (finder42: a first report's zero of arrests and charges in more shapes, the
finder unchanged): dev_ao's two updates found (2 flags, both real, relations right), every other
set's flags identical (`quality_conflicts.py --split all` at main 7a1964e and the branch, the
labels then: dev-all 80 -> 82 found, relations 50 -> 52); on the labels now, dev-all 75 -> 77,
relations right 48 -> 50.
Re-based because the scorer changed, not the finder (finder43, forty-third session;
`conflict_judging.matches`, `same_comparison`): a flag finds a labelled pair of its own role
only, or of a role counting the same people (those hit against those hurt or those killed:
the labels' "One comparison, one entry"); before, a flag of any role whose two values were a
pair's counted it found. FINDER 371, EXTRACTOR 982, dev_ap and dev_aq in dev-all: dev
unchanged; dev-all found 77 -> 74 (dev_n 778743's three survivors' updates, 2 then 1, were
found only by killed flags), relations right 50 -> 49, false alarms 5 -> 6 (a validation
flag that matched only a pair of another role), look-alikes flagged 3: re-based to those.
Strictly by the flag's own role (hit not joined to hurt or killed) dev-all would read 73
found, 51 real of 59 flags.
EXTRACTOR 1071 (finder44: an arrest for something else, "in jail on unrelated charges", is
another case's, `claims.unrelated_arrests`): dev_v 482771's later page no longer counts that
one person as its arrest, so its "arrested a second person" (2) stands: three arrest updates
found (0 then 2 twice, 1 then 2), 2 flags, both real; measured on main 6504e8cf (EXTRACTOR
1021) with the change alone, dev_ar and dev_as in dev-all: dev-all 59 -> 61 flags, 53 -> 55
real, found 74 -> 77 of 136, relations right 49 -> 51, false alarms 6, look-alikes 3 of 268:
floors raised (clauses44's 1050, landed meanwhile, was not measured here with it).
"""
FLOORS = {
    ("dev", "found_real"): 21,
    ("dev", "relation_right"): 16,
    ("dev-all", "found_real"): 77,
    ("dev-all", "relation_right"): 51,
    ("dev-all", "date_real"): 2,
}
MIXED_ARTICLES = 400
"""Articles of many incidents loaded into one database for the cross-incident check."""
ACROSS_INCIDENTS = 0
"""Conflicts pairing two incidents there: the goal, reached. A ratchet: never raise it."""


@cache
def figures(split: str) -> dict:
    report = quality_conflicts.run(split)
    report["false_alarms"] = report["flags"] - round((report["precision"] or 0) * report["flags"])
    report["shown_false_alarms"] = report["shown"]["false_alarms"]
    report["date_real"] = report["by_kind"].get("date:real", 0)
    return report


@pytest.mark.parametrize(("split", "figure"), sorted(CEILINGS))
def test_false_alarms_stay_at_or_below_the_ratchet(split, figure):
    got = figures(split)[figure]
    assert got <= CEILINGS[(split, figure)], f"{split} {figure}: {got}"


@pytest.mark.parametrize(("split", "figure"), sorted(FLOORS))
def test_real_disagreements_found_stay_at_or_above_the_ratchet(split, figure):
    got = figures(split)[figure]
    assert got >= FLOORS[(split, figure)], f"{split} {figure}: {got}"


def test_conflicts_pairing_two_different_incidents_stay_at_or_below_the_ratchet():
    found = quality_conflicts.cross_incident(MIXED_ARTICLES)
    assert found["articles"] == MIXED_ARTICLES
    assert found["across_incidents"] <= ACROSS_INCIDENTS, found
