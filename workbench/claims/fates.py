"""What the article tells of a person's fate, read across its sentences.

A named person the article counts injured and, elsewhere, killed died of the harm:
"Kelley was taken to a hospital in critical condition" early in a report and "Kelley died
on Sunday" later are one person in two states: the injured count is an earlier state, not a
second victim. Only a name (capitalised words, the same in both claims) is matched: "the
man" in a round-up of shootings is many men. A wound a person has is read injured, unless
the article's dead are all whom it tells of (`wounds_of_the_dead`), or its paragraph's are
(`wounds_of_the_dead_nearby`).
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.claims.aid_given import AIDED
from workbench.claims.mention_kinds import DEATH_NOUN_MARK
from workbench.claims.others import OTHERS_MARK
from workbench.claims.predicates import WOUND_HIT_MARK
from workbench.claims.rites import RITE_MARK
from workbench.claims.roles import HARM_ROLES
from workbench.claims.survival import RELEASED, SURVIVAL_MARK
from workbench.claims.tallies import TALLY_MARK
from workbench.claims.told_dead import ABSENCE_MARK
from workbench.models import Claim

NOT_NAMES = frozenset(("the", "a", "an", "he", "she", "his", "her", "another", "one"))


def _name(text: str) -> str | None:
    words = text.split()
    if not words or words[0].casefold() in NOT_NAMES:
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words).casefold()


def without_earlier_states(claims: list[Claim]) -> list[Claim]:
    """The claims without an implicit injured count of a name the article counts killed."""
    dead = {
        name
        for c in claims
        if c.kind == "quantity" and c.role == "killed" and c.implicit
        for name in [_name(c.text)]
        if name is not None
    }
    if not dead:
        return claims
    return [
        c
        for c in claims
        if not (
            c.kind == "quantity" and c.role == "injured" and c.implicit and _name(c.text) in dead
        )
    ]


def _counts(claim: Claim, role: str) -> bool:
    return claim.kind == "quantity" and claim.role == role and bool(claim.value.get("high"))


def wounds_of_the_dead(claims: list[Claim]) -> list[Claim]:
    """ "Officers found a teen with gunshot wounds. He was pronounced dead": a wound a person
    has reads injured (one who has it lived), unless the article tells of the dead and of
    no one who lived but by such a wound; then the wound is the dead's, and hit (the
    labels' convention). A group's wounds may be some of its dead's ("four victims
    suffering from gunshot wounds", two of whom died): where the article counts dead
    persons, they are hit; a death told only by an event's noun ("the killing", "an August
    murder still unsolved") names no one of the group, so a group's wounds stay injured
    beside it (a single wound-bearer may still be that death's). The injured count goes;
    the hit count on its words stays. Where it tells of dead, no wound's hit is only a
    survivor's (`WOUND_HIT_MARK` comes off), but for a group named as others ("six others
    with gunshot wounds"): told apart from the dead, its wounds are the survivors'
    (`OTHERS_MARK`), and for a count its clause tells alive (`_alive_by_its_clause`)."""
    if not any(_counts(c, "killed") for c in claims):
        return claims
    persons = any(_counts(c, "killed") and not c.value.get(DEATH_NOUN_MARK) for c in claims)
    kept = {(c.start, c.end) for c in claims if _alive_by_its_clause(c)}
    if not persons:  # a group's wounds stay its survivors'
        kept |= {(c.start, c.end) for c in claims if c.value.get("high") != 1}
    for c in claims:  # a wound may be the dead's: its hit is then a count of its own
        if not c.value.get(OTHERS_MARK) and (c.start, c.end) not in kept:
            c.value.pop(WOUND_HIT_MARK, None)
    lived = any(_counts(c, "injured") and not c.value.get("wound") for c in claims)
    hits = {(c.start, c.end): c for c in claims if c.kind == "quantity" and c.role == "hit"}
    out = []
    for c in claims:
        wound = c.kind == "quantity" and c.role == "injured" and c.value.get("wound")
        wound = wound and not c.value.get(OTHERS_MARK)
        group = c.value.get("high") != 1
        if wound and (not lived or group) and (persons or not group):
            if (c.start, c.end) in hits:  # the second role is the count now
                hits[(c.start, c.end)].value.pop(WOUND_HIT_MARK, None)
                continue
            c.role = "hit"
        out.append(c)
    return out


def wounds_of_the_dead_nearby(claims: list[Claim], paragraph_of: Mapping[int, int]) -> list[Claim]:
    """`wounds_of_the_dead` again, one paragraph at a time: "Officers found a man with a
    gunshot wound. X was pronounced dead" inside one paragraph tells the wound the dead's
    even where the article tells survivors elsewhere (a round-up, a list of incidents:
    each item its own paragraph). The paragraph's own dead and living decide, as the
    article's do; a paragraph that tells no one dead changes nothing."""
    by_paragraph: dict[int, list[Claim]] = {}
    for c in claims:
        if not c.headline and c.sentence_id in paragraph_of:
            by_paragraph.setdefault(paragraph_of[c.sentence_id], []).append(c)
    kept = {id(c) for c in claims}
    for near in by_paragraph.values():
        after = wounds_of_the_dead(near)
        kept -= {id(c) for c in near} - {id(c) for c in after}
    return [c for c in claims if id(c) in kept]


def _alive_by_its_clause(c: Claim) -> bool:
    """An injured count its clause tells alive (in care, in a condition, recovering, a
    wound told not fatal: "remains in critical condition with gunshot wounds", "took a
    woman with gunshot wounds to the hospital"), not by the wound alone: the wound's hit
    beside it is that survivor's, never the dead's, whatever dead the article counts."""
    return c.kind == "quantity" and c.role == "injured" and not c.value.get("wound")


def _harm_told(c: Claim) -> bool:
    """A count of this incident's harm (not a survivor's state, not a tally to date)."""
    return (
        c.kind == "quantity"
        and c.role in HARM_ROLES
        and not c.value.get(SURVIVAL_MARK)
        and not c.value.get(TALLY_MARK)
    )


def survivors_of_a_harm(claims: list[Claim]) -> list[Claim]:
    """The claims without the survivors' states no earlier count of harm explains: "he is
    OK" counts one injured only after the article (its headline first) told of someone
    shot, hurt or killed; "those three will be okay" counts three only after a count of
    harm of three or more (three people in a crashed car are not told hurt); "one of them
    was released" only after a count in care or hurt (one released from custody is not);
    "tending to the victim" only after a count of someone shot or hurt, not of the dead
    alone (a person tended who died is no survivor: `aid_given`)."""
    told = [c for c in claims if _harm_told(c)]
    return [
        c
        for c in claims
        if not c.value.get(SURVIVAL_MARK) or (_explained(c, told) and _aid_stands(c, claims))
    ]


def _head_word(text: str) -> str:
    words = text.casefold().split()
    return words[-1].strip(".,;:'’\"") if words else ""


def _aid_stands(c: Claim, claims: list[Claim]) -> bool:
    """First aid tells a survivor (`aid_given`) unless the article tells the one tended
    dead ("the teenager who was shot to death" ... "tended to the teenager": the same
    noun or name counted killed 1), or the same sentence counts that person in care
    already ("placed a tourniquet on the man's leg before he was taken to a hospital":
    care told twice, one count)."""
    if c.value.get(SURVIVAL_MARK) != AIDED:
        return True
    head = _head_word(c.text)
    for o in claims:
        if o is c or o.kind != "quantity":
            continue
        if o.role == "killed" and o.value.get("low") == 1 and _head_word(o.text) == head:
            return False
        same = o.sentence_id == c.sentence_id and not o.headline and not c.headline
        if same and o.role == "injured" and not o.value.get(SURVIVAL_MARK):
            return False
    return True


def _explained(c: Claim, told: list[Claim]) -> bool:
    """A harm told before the survivor's state (in the headline, or earlier in the text),
    of as many persons at least as the state counts."""
    before = [h for h in told if h.headline or h.start < c.start]
    if c.value.get(SURVIVAL_MARK) == RELEASED:  # released from care: after someone in care
        before = [h for h in before if h.role == "injured"]
    if c.value.get(SURVIVAL_MARK) == AIDED:  # first aid: after someone hurt who may have lived
        before = [h for h in before if h.role in ("injured", "hit")]
    many = c.value.get("low", 1)
    return bool(before) and (many <= 1 or any(h.value.get("low", 0) >= many for h in before))


def deaths_of_one(
    claims: list[Claim], paragraph_of: Mapping[int, int] | None = None
) -> list[Claim]:
    """The claims without the deaths told only by a noun ("after the killing") where the
    article counts more than one dead (there the noun names an event of many, and tells no
    number: the labels' convention), or where it counts no harm by any other count (a
    death named in passing, "after the death in 2013 of a president", is no harm the
    article reports). A noun whose own paragraph counts one person dead and no more is
    kept (`_paragraphs_of_one_dead`): on a round-up or a list of cases ("X was pronounced
    dead at the scene. ... information on this murder") the paragraph is the incident. Not
    a loss ("their loss", `losses`): the bereaved tell of whomever they mourn, often no one
    the paragraph counts ("a loss for the whole community")."""
    told = [c for c in claims if _harm_told(c) and not c.value.get(DEATH_NOUN_MARK)]
    dead = (c.value.get("high") or 0 for c in told if c.role == "killed")
    if told and max(dead, default=0) <= 1:
        return claims
    ones = _paragraphs_of_one_dead(told, paragraph_of or {})
    return [
        c
        for c in claims
        if not c.value.get(DEATH_NOUN_MARK)
        or ((paragraph_of or {}).get(c.sentence_id, -1) in ones and _head_word(c.text) != LOSS)
    ]


LOSS = "loss"
"""The noun of the bereaved (`losses`), kept out of the paragraph's reading."""


def _paragraphs_of_one_dead(told: list[Claim], paragraph_of: Mapping[int, int]) -> set[int]:
    """The paragraphs that count exactly one person dead (a killed count of one, no larger
    one), by counts other than a death noun, in the text (not the headline)."""
    most: dict[int, float] = {}
    for c in told:
        if c.role == "killed" and not c.headline and c.sentence_id in paragraph_of:
            at = paragraph_of[c.sentence_id]
            most[at] = max(most.get(at, 0), c.value.get("high") or 0)
    return {at for at, high in most.items() if high == 1}


TOLD_APART = (RITE_MARK, ABSENCE_MARK)
"""The marks of a death read only from what surrounds it (a rite, an absence, an owned
killer): said of deaths outside the harm an article reports as well."""


def _death_counted(c: Claim) -> bool:
    return _harm_told(c) and c.role == "killed" and not any(c.value.get(m) for m in TOLD_APART)


def deaths_told_apart(claims: list[Claim]) -> list[Claim]:
    """The claims without the deaths told only by a rite or an absence ("his funeral", "my
    son is gone") in an article that tells no one dead by another count: there the rite or
    the absence is of a death outside the harm it reports."""
    if any(_death_counted(c) for c in claims):
        return claims
    return [c for c in claims if not any(c.value.get(m) for m in TOLD_APART)]
