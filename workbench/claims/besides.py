"""Whom a count of "others" leaves out: the people its article told just before it.

"One man was killed and five others were shot": the five are those hit besides the dead
man, some of the six hit, never their whole. "Two were killed and four others were
injured": the four are every one hurt, since the dead are no one hurt. So a remainder (its
noun "others", or "other" before its noun: "five other victims", "injuring four other
people") is beside the people counted before it in its own sentence, else in the nearest
sentence before (`REACH`); each of those is read by the fate its words tell (dead, hurt, or
only hit), and the remainder is a part of its role when one of them is in that role too
(`BESIDES_MARK` keeps their fates; `leaves_out_its_own`).
"""

from __future__ import annotations

from workbench.claim_spans import claim_at
from workbench.claims.other_events import OTHER_EVENT_MARK
from workbench.claims.others import is_remainder
from workbench.claims.roles import HARM_ROLES
from workbench.claims.tallies import TALLY_MARK
from workbench.models import Claim

BESIDES_MARK = "besides"
"""Set in the value of a remainder: the fates of the people told just before it
("killed", "injured", "hit"), whom it leaves out."""
REACH = 2
"""Sentences back a remainder looks for the people it is beside."""
SHARED = {
    "hit": frozenset(("killed", "injured", "hit")),
    "injured": frozenset(("injured", "hit")),
    "killed": frozenset(("killed", "hit")),
}
"""For a remainder's role, the fates of people that role may count too: those hit take in
the dead and the hurt; a person told only as hit may be one of the hurt or of the dead."""


def _told_beside(c: Claim) -> bool:
    """ "five others", "five other victims", "injuring four other people": the count's noun
    is "other", or "other" stands in its words or just after them, before the noun."""
    if is_remainder(c):
        return True
    if c.implicit:
        return False
    at = claim_at(c)
    after = c.sentence[at + len(c.text) :].split()[:1] if at >= 0 else []
    return "other" in [*c.text.casefold().split()[1:], *(w.casefold() for w in after)]


def _people(c: Claim) -> bool:
    """A count of this event's people in a harm role, told in the text (not the title)."""
    return (
        c.kind == "quantity"
        and c.role in HARM_ROLES
        and not c.headline
        and not c.derived
        and not c.value.get(TALLY_MARK)
        and not c.value.get(OTHER_EVENT_MARK)
        and bool(c.value.get("high"))
    )


def _fates(told: list[Claim]) -> set[str]:
    """Each person's fate, by the words that count them: dead if a count of theirs says
    killed, hurt if one says injured, else only hit."""
    by_span: dict[tuple, set[str]] = {}
    for c in told:
        by_span.setdefault((c.sentence_id, c.start, c.end), set()).add(str(c.role))
    return {
        "killed" if "killed" in roles else "injured" if "injured" in roles else "hit"
        for roles in by_span.values()
    }


def people_besides(claims: list[Claim]) -> list[Claim]:
    """Mark each remainder with the fates of the people told just before it. Runs on one
    article's claims."""
    order = sorted((c for c in claims if _people(c)), key=lambda c: (c.start, c.end))
    sentences: dict[int | None, int] = {}
    for c in order:
        sentences.setdefault(c.sentence_id, len(sentences))
    for i, claim in enumerate(order):
        if not _told_beside(claim):
            continue
        here = sentences[claim.sentence_id]
        before = [
            c for c in order[:i] if c.end <= claim.start and c.sentence_id != claim.sentence_id
        ]
        own = [c for c in order[:i] if c.sentence_id == claim.sentence_id and c.end <= claim.start]
        if not own and before:
            last = sentences[before[-1].sentence_id]
            own = (
                [c for c in before if sentences[c.sentence_id] == last]
                if here - last <= REACH
                else []
            )
        fates = _fates(own)
        if fates:
            claim.value[BESIDES_MARK] = sorted(fates)
    return claims


def leaves_out_its_own(claim: Claim) -> bool:
    """A remainder beside people its own role counts too ("five others were shot" after
    one killed): some of the role's people, never all of them."""
    fates = claim.value.get(BESIDES_MARK) or ()
    return bool(SHARED.get(str(claim.role), frozenset()).intersection(fates))
