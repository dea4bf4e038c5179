"""Figure mentions: how one source's mentions of a role are read before they make its figure.

`figures.figures` reduces each source to one figure per role: the largest count it states.
These are the readings of single mentions that choose among them (a count the text says,
one told as an earlier report, one read from a wound), that widen the chosen one (the rest
of those told, one more told as an addition, a person described anew) and the event's days
a mention states. Kept apart from the reduction itself, so that each reads in one place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date

from workbench.claim_spans import claim_at
from workbench.claims import roles
from workbench.claims.additions import ADDED_MARK
from workbench.claims.others import is_remainder
from workbench.claims.roles import HARM_ROLES
from workbench.findings.claim_views import period
from workbench.findings.comparison import Range
from workbench.findings.knowledge import earlier_report_cues, role_sums
from workbench.models import Claim
from workbench.vocabulary import fold

PLAUSIBLE_YEARS = 20
"""A stated event date further back than this before the report is a misread (a house
number read as a year: "1522 State St."), not when the counted thing happened."""


def stated_period(claims: Iterable[Claim], published: date | None) -> tuple[date, date] | None:
    """The event's days when a mention's own text states them (not the publication's): of
    the mentions of the figure's value in the article's body, the first that is dated ("a
    Nov. 2016 shooting that left six injured" beside "six people were injured"). A
    headline's day is none of its own words: it takes the day the text gives its event
    (`claims.headline.dated_as_the_text`), which on a page of other things (a list of other
    stories' captions: "May 9 arrests at ...") is theirs, and would part the headline's
    count from every report of its own event."""
    for claim in claims:
        if claim.headline or claim.event_date_basis != "text" or not claim.event_date:
            continue
        found = period(str(claim.event_date))
        if found and published and published.year - found[0].year > PLAUSIBLE_YEARS:
            continue
        return found
    return None


def said(claim: Claim) -> bool:
    """Stated by the text: a number, or the whole of a group it names part by part ("two
    children and their father": three, the parts being said), but not a count read from a
    singular mention or derived from other counts."""
    if claim.implicit:
        return False
    group = claim.group or {}
    return not claim.derived or (group.get("parts") is not None and group.get("part") is None)


def harm_sentences(claims: list[Claim]) -> set[tuple[int, str]]:
    """Each source's sentences that count the harmed (killed, injured, hit: the roles of
    the sums). A count of people with no role told in one is of the harmed or of those
    beside them (victims named again, their kin, the deputies who came), not the story's
    group that those arrested are among (on the whole corpus every such bound was so)."""
    sums = role_sums()
    harm = set(sums) | {r for parts in sums.values() for r in parts}
    return {(c.source_id, c.sentence) for c in claims if c.kind == "quantity" and c.role in harm}


def told_as_all(claim: Claim) -> bool:
    """A bare number told with "all" ("All four were said to be in stable condition"):
    the whole of the group the text told before, by the words themselves, so it names
    what it counts as much as "four people" would."""
    text = claim.text.strip()
    if not text or not text.split()[0].isalnum():
        return False
    told = re.search(rf"\ball(?: of)?(?: the)? {re.escape(text)}\b", claim.sentence, re.I)
    return told is not None


def by_wound(claim: Claim) -> bool:
    """An injured count read from a wound the people have ("six victims with gunshot
    wounds"): injured only because the article does not tell them dead, so a count told
    as the role ("Five people were wounded") is the source's figure before it."""
    return claim.role == "injured" and bool(claim.value.get("wound"))


def told_as_earlier(claim: Claim) -> bool:
    """A count told as what was reported before ("The initial report was that eight people
    had been shot", the headline saying five): the article tells it to correct it, so its
    other count of the role is its figure (`knowledge.earlier_report_cues`)."""
    return earlier_report_cues().search(claim.sentence) is not None


def rest_of_those_told(
    claim: Claim,
    members: list[tuple[Claim, Range]],
    told_roles: dict[tuple[int, str], set[str | None]],
) -> bool:
    """ "Two others were wounded", after a sentence that told one person wounded, or after
    that person in its own sentence ("a man was taken to hospital, and two others were also
    hurt"): a remainder of a harm whose source told someone of the role before
    it counts the rest beside them. Not when its own sentence counts another harm
    ("killing five and wounding six others": the others of the dead)."""
    if claim.role not in HARM_ROLES or not is_remainder(claim):
        return False
    if told_roles.get((claim.source_id, claim.sentence), set()) - {claim.role}:
        return False
    return any(c.implicit and c.start < claim.start for c, _r in members)


_PER_ITEM = re.compile(r"^\W*(?:(?:for\s+)?each|apiece|per)\b", re.I)


def told_per_item(claim: Claim) -> bool:
    """A measure told for each of several things ("a $500,000 bond for each count", "$20
    apiece", "$5 per share"): a rate, never a total another source's amount can dispute
    ("$1 million bond" for the two counts)."""
    at = claim_at(claim)
    return at >= 0 and bool(_PER_ITEM.match(claim.sentence[at + len(claim.text) :]))


def one_more_told(best: Claim, members: list[tuple[Claim, Range]]) -> bool:
    """A singular mention after the stated figure, in a sentence of its own told as an
    addition ("Five were killed ...", then "Her unborn child also died"): the figure may
    leave that one out, so the source tells its count or one more (`Figure.one_more`).
    Only where the additive adverb is of the mention's own clause (`claims.additions`): "his
    body was found with three other men who were also shot" adds the other men, not him."""
    return not best.implicit and any(
        c.implicit
        and r.low == r.high == 1
        and c.start > best.start
        and c.sentence != best.sentence
        and c.value.get(ADDED_MARK)
        for c, r in members
    )


def described_anew(members: list[tuple[Claim, Range]]) -> bool:
    """A singular mention of the role's noun qualified by words that an earlier bare one of
    the text did not have ("The suspect is in custody", then "The female suspect who was
    captured"): a qualifier coming after the bare noun sets a person apart from another,
    so the mentions may tell two people, not one. Not a qualifier that tells what the
    person underwent (a word of the roles data: "the injured teen" after "The teen") or an
    age ("the 17-year-old"): those describe the one told before. (A first mention
    described and later ones bare, "a 25-year-old man", then "the man", is how a text
    tells one person.) A headline's bare noun is no earlier mention: a headline drops
    what qualifies."""
    told = roles.default().words
    bare: set[str] = set()
    for claim, _range in sorted(members, key=lambda m: m[0].start):
        noun = fold(str((claim.counted or {}).get("noun") or ""))
        words = [w for w in fold(claim.text).split() if w not in _ARTICLES]
        if not (claim.implicit and noun and words and words[-1] == noun) or claim.headline:
            continue
        if len(words) == 1:
            bare.add(noun)
        elif noun in bare and not any(w in told or _has_digit(w) for w in words[:-1]):
            return True
    return False


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


_ARTICLES = frozenset({"a", "an", "the"})


def and_one_before(r: Range) -> Range:
    """The remainder's people and at least the one told before them."""
    return Range(r.low + 1, math.inf, r.dimension, f"{r.shown} and one before", r.vague)


def typical_value(r: Range) -> float:
    return r.low if math.isinf(r.high) else r.typical
