"""A remainder named with "other" takes the role of the count it is the rest of, and one
more victim the role of those before it.

"Four people were shot. One died at the scene. The three others were not attending the
party": "the three others" has no verb of harm, yet they are the rest of a group already
put in a role; the nearest count before it in a role of harm (its own sentence or the few
before) gives it that role, and the claim says so (`role_from`). So does a victim told as
one more ("Two men were killed. The sheriff has not named the third victim"): a victim noun
says hit, the count before it says which harm the victims suffered (killed).
"""

from __future__ import annotations

from dataclasses import replace

from workbench.claims.counts import HARM_ON_NOUN, THE_OTHER_MARK
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.models import Claim
from workbench.parse import Parse

OTHER_NOUNS = frozenset(("other", "others"))
ONE_OF_MARK = "one_of"
"""Set in the value of one of a group of victims its clause puts in no role ("one of the
victims was 15", `partitives`): a part of the group, in the role the article tells them."""
OTHERS_MARK = "others"
"""Set in the value of a count of wounded named as others ("six others with gunshot
wounds"): told apart from those counted before, so not the dead's (`fates`)."""


def named_as_others(p: Parse, noun: int | None) -> bool:
    """ "six others", "five other victims", "the other three victims": a group named as the
    rest of those counted before it."""
    if noun is None:
        return False
    return p.lower(noun) in OTHER_NOUNS or any(
        p.deps[c] == "amod" and p.lower(c) == "other" for c in p.children(noun)
    )


REACH = 3
"""Sentences back a remainder may look for the count it is the rest of."""


def is_remainder(claim: Claim) -> bool:
    """A count of "others" ("seven others", "the three others"): its noun is "other"."""
    noun = (claim.counted or {}).get("noun") or claim.value.get("counted")
    return noun in OTHER_NOUNS


def _one_more(claim: Claim) -> bool:
    """ "the identity of the third victim", "another victim": hit only as a victim told as
    one more after others (`mentions.one_more`), so in the role of the count before it."""
    return bool(claim.value.get("one_more")) and claim.role == "hit"


def _denied(claim: Claim, roles: Roles) -> bool:
    """ "the three others were not hurt": a negated verb of a role denies it, where "were
    not attending" denies nothing of the harm."""
    verb = claim.value.get("predicate")
    if not claim.value.get("negated") or not verb:
        return False
    key = tuple(str(verb).split())
    said = {roles.acted_on.get(key), roles.undergo.get(key), roles.states.get(key[0])}
    return not said.isdisjoint(HARM_ROLES)


def roles_from_context(claims: list[Claim], roles: Roles) -> None:
    """Give each role-less remainder, and each victim told as one more, the role of the
    nearest harm count before it."""
    order = sorted((c for c in claims if c.kind == "quantity"), key=lambda c: (c.start, c.end))
    sentence_index: dict[int | None, int] = {}
    for c in order:
        sentence_index.setdefault(c.sentence_id, len(sentence_index))
    for i, claim in enumerate(order):
        rest = claim.role is None and is_remainder(claim) and not _denied(claim, roles)
        if not (rest or _one_more(claim)):
            continue
        here = sentence_index[claim.sentence_id]
        before = next(
            (
                c
                for c in reversed(order[:i])
                if c.role in HARM_ROLES and not (c.group or {}).get("part") is not None
            ),
            None,
        )
        if before is None or here - sentence_index[before.sentence_id] > REACH:
            continue
        group = _whole_of(claim, order[:i], sentence_index, here) if rest else None
        if group is not None:
            whole, role = group
            claim.role = role
            lived = "" if role == whole.role else ", its dead told apart: those who lived"
            claim.value["role_from"] = f"the rest of “{whole.text}” ({whole.role}){lived}"
            continue
        if claim.value.get(THE_OTHER_MARK):
            continue  # "the other two" of no group the page counted in a harm
        said = "the rest of" if rest else "one more after"
        claim.role = before.role
        claim.value["role_from"] = f"{said} “{before.text}” ({before.role})"


def _whole_of(
    rest: Claim, before: list[Claim], sentence_index: dict[int | None, int], here: int
) -> tuple[Claim, str] | None:
    """The group a remainder is the rest of, and the role the rest take: the nearest exact
    count of more persons in a harm before it (in reach, no part itself), its role; of a
    group told hit whose parts told between it and the rest are its dead, and add up with
    the rest to it ("Five were shot. One died. The other four ..."), the rest are those who
    lived: injured."""
    n = rest.value.get("low")
    if n is None or n != rest.value.get("high"):
        return None
    for j in range(len(before) - 1, -1, -1):
        c = before[j]
        if here - sentence_index[c.sentence_id] > REACH:
            return None
        low = c.value.get("low")
        if c.role not in HARM_ROLES and c.sentence_id == rest.sentence_id and _persons(c):
            return None  # "one of the three suspects, and the other two remain at large"
        if c.role not in HARM_ROLES or low != c.value.get("high") or not low or low <= n:
            continue
        if (c.group or {}).get("part") is not None or c.value.get("derived"):
            continue
        parts = [p for p in before[j + 1 :] if p.role in HARM_ROLES]
        told = sum(p.value.get("low") or 0 for p in parts)
        if c.role == "hit" and parts and all(p.role == "killed" for p in parts):
            return c, "injured" if told + n == low else "hit"
        return c, c.role
    return None


def without_lone_ranks(claims: list[Claim]) -> list[Claim]:
    """A victim only named as one more ("the name of the third victim") counts where the
    count before it puts the victims in a harm of their own (killed, injured); beside none,
    or beside those hit, it tells nothing new ("the condition of the second victim")."""
    return [
        c
        for c in claims
        if not (c.value.get("one_more") and (c.role == "hit" or not c.value.get("role_from")))
    ]


VICTIM_ROLE_FROM = "counts victims"
"""`role_from` of a count whose only role is its noun's: "four victims" (hit)."""


def victims_of_the_dead(claims: list[Claim]) -> None:
    """A count of victims that no verb puts in a role ("all four victims", "his five
    victims") says hit by its noun alone; where the article counts as many dead ("killed
    four"), the victims are those dead: killed (a victim noun in a context of deaths). One
    of the victims (`ONE_OF_MARK`: "one of the victims was 15") is one of the dead where the
    article counts dead and no one hurt (all died), whatever their number."""
    told = [c for c in claims if c.kind == "quantity" and not c.value.get("tally")]
    dead = {c.value.get("low") for c in told if c.role == "killed" and _exact(c)}
    all_died = bool(dead) and not any(c.role == "injured" for c in told)
    for c in claims:
        part = bool(c.value.get(ONE_OF_MARK))
        if (
            c.kind == "quantity"
            and c.role == "hit"
            and c.value.get("role_from") == VICTIM_ROLE_FROM
            and _exact(c)
            and (all_died if part else c.value.get("low") in dead)
        ):
            c.role = "killed"
            c.value["role_from"] = (
                "one of the victims, where the article counts only dead"
                if part
                else f"victims, as many as the article counts dead ({c.value['low']})"
            )


def _persons(c: Claim) -> bool:
    return (c.counted or {}).get("class") == "persons"


def _exact(c: Claim) -> bool:
    return c.value.get("low") == c.value.get("high")


SURVIVORS_HIT_MARK = "survivors_hit"
NEWCOMER_MARK = "newcomer"
"""One more victim told by a noun of no harm ("a fifth victim was found",
`mention_record.Mention.newcomer`)."""
NAMED_VICTIMS = ("the victim named", "the victims named")
"""The role_from of the persons a victims noun is said to be ("the victims were two men
and a woman", `syntax`)."""
"""Set in the value of the hit beside a count of victims read injured among survivors
(`victims_of_survivors`): the injured are the hit who survived, one mention, derived (the
labels count it once, injured; the finder and the archive's hit still see it)."""


def victims_of_survivors(claims: list[Claim]) -> list[Claim]:
    """A count of victims that no verb puts in a role ("three of the victims are male",
    "all five victims were under 21") says hit by its noun alone; where the article counts
    injured and no dead, every victim it tells of lived, and where it counts dead, victims
    as many as it counts injured, and as no dead or hit, are those who lived ("the other
    three victims" beside "three wounded"): injured (a numbered victims noun in a context
    of survivors, as `victims_of_the_dead` reads one in a context of deaths), and hit
    beside it, derived (`SURVIVORS_HIT_MARK`). Not a noun that tells the harm itself
    ("three shooting victims", `event_nouns.harm_on_noun`), nor a headline's (its terse noun is
    the harm's)."""
    told = [c for c in claims if c.kind == "quantity" and not c.value.get("tally")]
    exact = [c for c in told if c.value.get("high") and c.value.get("low") == c.value.get("high")]
    hurt = {c.value["low"] for c in exact if c.role == "injured"}
    dead = any(c.role == "killed" and c.value.get("high") for c in told)
    hurt_roles = ("injured",) if dead else ("injured", "hit")  # no dead: every victim lived
    if not any(c.role in hurt_roles and c.value.get("high") for c in told):
        return claims
    hits = []
    for c in told:
        bare = c.value.get("role_from") == VICTIM_ROLE_FROM and not c.value.get(HARM_ON_NOUN)
        if c.role != "hit" or not (bare or _victim_told(c)) or c.headline:
            continue
        if dead and (not bare or not _as_many_as_the_hurt(c, exact, hurt)):
            continue
        hits.append(replace(c, value={**c.value, SURVIVORS_HIT_MARK: True}))
        c.role = "injured"
        c.value["role_from"] = "victims, where the article counts them among the injured"
    return claims + hits + _sums_of(hits, told)


def _victim_told(c: Claim) -> bool:
    """One more victim by a noun of no harm ("a fifth victim was found"), or the persons a
    victims noun is said to be ("the victims were two men and a woman"): hit by the noun
    alone, as a bare victims count."""
    return bool(c.value.get(NEWCOMER_MARK)) or c.value.get("role_from") in NAMED_VICTIMS


def _sums_of(hits: list[Claim], told: list[Claim]) -> list[Claim]:
    """The sum of named victims' parts ("two men and two juveniles", derived from its
    parts) takes the parts' new role, its hit derived beside it as theirs."""
    moved = [h for h in hits if h.value.get("role_from") in NAMED_VICTIMS]
    out = []
    for c in told:
        if (
            c.role != "hit"
            or c.value.get("role_from")
            or not any(
                h.sentence_id == c.sentence_id and c.start <= h.start and h.end <= c.end
                for h in moved
            )
        ):
            continue
        out.append(replace(c, value={**c.value, SURVIVORS_HIT_MARK: True}))
        c.role = "injured"
    return out


def _as_many_as_the_hurt(c: Claim, exact: list[Claim], hurt: set) -> bool:
    """Victims as many as a count of injured, and as no other count of dead or hit."""
    n = c.value.get("low")
    if n not in hurt or n != c.value.get("high"):
        return False
    hurt_spans = {_span(o) for o in exact if o.role == "injured"}
    others = (o for o in exact if o is not c and o.role in ("killed", "hit"))
    # a hit told of the same words as an injured count is that count's ("Three ... were
    # taken to a hospital": injured, the hit derived), no other group
    return all(o.value["low"] != n or _span(o) in hurt_spans for o in others)


def _span(c: Claim) -> tuple:
    return (c.sentence_id, c.start, c.end)
