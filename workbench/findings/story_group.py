"""Whether a count of people with no role is told as a group others are drawn from.

A part (those arrested) cannot outnumber its whole (the people the story is about), but a
bare count of people with no role is seldom that whole: on the corpus every such bound was
false ("313 alleged participants" against "Two loud pops", "A third person" against "Two
girls"). A count is the story's group only when its sentence tells it as one: a
collective noun's members ("a group of around two dozen men", "a crowd of 300 people"),
the whole of a partitive ("two of the 27 people", "among the 40 guests"), or people told
where they were ("12 people were inside"). The findings hold no parse of the sentence, so
this reads the words beside the stored span, as the extractor's frames do.
"""

from __future__ import annotations

from workbench.claim_spans import claim_at
from workbench.claims.frames import GROUP_NOUNS
from workbench.claims.hedges import HEDGE_BEFORE_RE
from workbench.claims.numbers import TENS, UNITS
from workbench.claims.words import words_of, wordset
from workbench.models import Claim

COLLECTIVE_NOUNS = GROUP_NOUNS - wordset(
    "total number numbers tally figure figures count toll majority minority share handful wave"
)
"""Nouns whose members are people gathered ("a group of", "a crowd of"), not a tally."""
_QUANTIFIERS = wordset("some most all many several none each both few one")
_SET_DETERMINERS = wordset("the those these")
_BE = wordset("was were are is")
_WHERE = wordset("at in inside outside on near present gathered")


def _words(text: str) -> list[str]:
    return [w.strip(",.;:()\"“”'‘’").casefold() for w in words_of(text)]


def _counts(word: str) -> bool:
    return word.isdigit() or word in UNITS or word in TENS or word in _QUANTIFIERS


def _collective(before: list[str]) -> bool:
    """ "a group of [around] N": the count names a collective noun's members."""
    return len(before) >= 2 and before[-1] == "of" and before[-2] in COLLECTIVE_NOUNS


def _partitive_whole(before: list[str]) -> bool:
    """ "two of the N", "among the N": the count is the set a part is taken from."""
    if before and before[-1] == "among":
        return True
    if len(before) < 2 or before[-1] not in _SET_DETERMINERS:
        return False
    if before[-2] == "among":
        return True
    return len(before) >= 3 and before[-2] == "of" and _counts(before[-3])


def _placed(after: list[str]) -> bool:
    """ "N people were at the party": the people told by where they were."""
    return len(after) >= 2 and after[0] in _BE and after[1] in _WHERE


def told_as_group(claim: Claim) -> bool:
    """The count is told as a group its sentence draws others from (module docstring)."""
    at = claim_at(claim)
    if at < 0:
        return False
    head = claim.sentence[:at]
    hedge = HEDGE_BEFORE_RE.search(head)
    before = _words(head[: hedge.start()] if hedge else head)
    after = _words(claim.sentence[at + len(claim.text) :])
    return _collective(before) or _partitive_whole(before) or _placed(after)
