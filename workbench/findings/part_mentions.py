"""Mentions that count a part of a group, never its total.

A report counts the people of a role more than once: the whole ("five people were shot")
and parts of it ("two of them", "three others", "no one else"). A source's figure is its
largest stated total, so the parts are told apart first, from the words of the mention
and those just beside it.
"""

from __future__ import annotations

import re

from workbench.claim_spans import claim_at
from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.claims.others import SURVIVORS_HIT_MARK
from workbench.claims.part_ties import TIES_TO_WHOLE, is_tied_part
from workbench.findings.knowledge import later_act_roles, role_sums
from workbench.models import Claim

_PARTITIVE = re.compile(
    r"\bof\s+(?:the|them|those|these|us|his|her|their|its|our|my|your|whom|which)\b", re.I
)
_ANAPHOR = re.compile(r"\b(?:they|them|we|us)\b", re.I)
_PARTITIVE_AFTER = re.compile(_PARTITIVE.pattern.replace(r"\bof", r"^\s*of"), re.I)
"""The partitive told just after the count's words ("Both" of "Both of them were shot in
the arm", "both" of "both of her legs"): the parse left it out of the span."""
_ALL_OF = re.compile(r"\ball\s*$", re.I)
_OTHER_ONES = re.compile(r"\b(?:others?|another)\b", re.I)
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


def is_part(claim: Claim) -> bool:
    """A part of a group, never a total: marked so by the extractor, a partitive ("one of
    the victims", "two of them", or just after its words: "Both of them"; but "All four of
    the shooting victims" names the whole, `_all_of`), a count of a pronoun ("they were
    both") whose group was named before, or a remainder ("two others", "the other six",
    "five other victims") of a role that adds up others (people hit: "one killed and two
    others shot" counts two of three hit; while "two killed and four others injured" states
    every one injured) or of a later act ("two more men were also arrested" beside the
    one named, "the other two suspects"), or nobody besides those named ("no one else was
    hurt": none of the others, not none at all; "no major injuries": none of the so told,
    `_modified_zero`)."""
    if is_tied_part(claim):
        return True  # a group's member, or tied to its article's whole (`claims.part_ties`)
    if claim.value.get("part_of") is not None:
        return not _all_of(claim)  # the extractor's partitive, unless "All four of the ..."
    if claim.implicit:
        return False
    if _word_after(claim) == "else" or _modified_zero(claim):
        return True
    told = f"{_word_before(claim)} {claim.text} {_word_after(claim)}"  # "five other victims"
    if (claim.role in role_sums() or claim.role in later_act_roles()) and _OTHERS.search(told):
        return True
    if _ANAPHOR.search(claim.text) or claim.text.strip().casefold() == "both":
        return True  # "they", "Both are in custody": the people named before, maybe a part
    return _partitive(claim) and not _all_of(claim)


def tied_to_whole(claim: Claim) -> bool:
    """A part its claims tie to its article's whole (`claims.part_ties`: a listing, a
    mention, a count in care), no group's member: never a figure, yet a value its source
    states (another report's figure equal to it counts the part: `owned_by_both`) and, told
    by a verb of care, the count of those that care reached, which another report's count
    by the same care may dispute (`care_counts`: a part against a part of one description)."""
    return (claim.group or {}).get("tie") in TIES_TO_WHOLE


def _partitive(claim: Claim) -> bool:
    """The count is of a group told with "of" ("two of the victims"), in its own words or
    just after them ("Both" of "Both of them were shot in the arm")."""
    if _PARTITIVE.search(claim.text):
        return True
    at = claim_at(claim)
    return at >= 0 and bool(_PARTITIVE_AFTER.match(claim.sentence[at + len(claim.text) :]))


def _all_of(claim: Claim) -> bool:
    """ "All four of the shooting victims": "all" before the partitive names the whole
    group, not a part of it."""
    words = claim.text.split()
    if words and words[0].casefold() == "all":
        return True
    at = claim_at(claim)
    return at > 0 and bool(_ALL_OF.search(claim.sentence[:at]))


def told_as_others(claim: Claim) -> bool:
    """The count's words, or the word either side, tell the rest beside people told
    before ("two others", "the two other victims were taken to Atlanta Medical Center",
    beside three treated at another hospital). Not "more" or "additional": "Four more
    were released" adds to those released before, a count of the same care."""
    return bool(_OTHER_ONES.search(f"{_word_before(claim)} {claim.text} {_word_after(claim)}"))


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


def sources_telling_dead(claims: list[Claim]) -> frozenset[int]:
    """The sources that count someone of this event dead (a tally to date is other events')."""
    return frozenset(
        c.source_id
        for c in claims
        if c.kind == "quantity"
        and c.role == "killed"
        and (c.value.get("high") or 0) > 0
        and not c.value.get("tally")
        and not c.value.get(OTHER_EVENT_MARK)
    )


def survivors_beside_dead(claim: Claim, dead: frozenset[int]) -> bool:
    """The hit the extractor reads beside victims it counts among the injured (its
    `SURVIVORS_HIT_MARK`) are those who lived: where their source tells of dead too ("Hurt
    was with the two victims" beside the boy killed), they are some of those hit, never
    their total, which the source gives by its dead and injured (`figures._sums`)."""
    return bool(claim.role == "hit" and claim.value.get(SURVIVORS_HIT_MARK)) and (
        claim.source_id in dead
    )
