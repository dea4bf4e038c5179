"""Care given by anyone: first aid to a hurt person tells a survivor, whoever gives it.

"Another man was tending to the victim", "a neighbor rushed to the boy's aid", "officers
rendered aid to the driver", "applied pressure to a wound on his chest", "placed a
tourniquet on the man's leg": the labels count the one tended injured 1, as the hospital
rule's "is being treated", when the article does not tell that person died (the written
convention "Care given by anyone", tests/labelled/gva/README.md). The shape is the
clause's: a person who receives what one of a closed class of predicates gives, through
"to" or "on", namely a verb of tending (`care.aid_verbs`: "tend to"), or a noun of first
aid (`care.aid_nouns`: aid, pressure, a tourniquet, a bandage) that a verb gives or that
carries the "to" itself; or the owner of "aid" ("came to her aid"); or the owner of the
body part or the wound such aid is given to ("pressure to a wound on his chest", "the leg
of X"). Not counted, by the same convention: CPR (it tells no sign of life, so it is no
word of the class), first aid with no person ("began first aid"), the wound or the leg
with no owner, a purpose ("came to tend to him"), an aid negated or only meant. Read as a
survivor's state (`survival.survival_state`): counted only after the article told of
someone hurt who may have lived (`fates.survivors_of_a_harm`).
"""

from __future__ import annotations

from workbench.claims.event_nouns import possessive
from workbench.claims.predicates import intended
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import hypothetical, lemma, negated, unasserted
from workbench.parse import Parse

AIDED = "given aid"
"""The survivor's state an aid tells (the `why` of its count, and its survival mark)."""
RECEIVING = frozenset(("to", "on"))
"""The prepositions that name whom, or what of theirs, an aid reaches."""
OF_THE_HURT = frozenset(("on", "near", "to", "of", "in"))
"""The prepositions by which a wound or a body part names where it is, or whose it is
("a wound on the leg of X", "the wound near the bridge of his nose")."""

BLOWS_TOO = frozenset(("pressure",))
"""A noun of aid that also tells a blow or a hold when it reaches a person or a body part
("applying pressure to her neck with his forearm"): aid only when it reaches a wound."""


def _giver(p: Parse, prep: int, roles: Roles) -> tuple[int, int | None] | None:
    """The verb (or, with none, the noun) that gives the aid a "to"/"on" at prep names the
    receiver of, and the noun of aid (None for a verb of tending): a verb of tending with
    its "to", a noun of aid the preposition hangs on ("a tourniquet to the leg", "first aid
    to X"), or a verb whose object is a noun of aid ("rendered aid to X", "applied pressure
    to ...")."""
    word, above = p.lower(prep), p.heads[prep]
    if p.deps[prep] != "prep" or word not in RECEIVING or above == prep:
        return None
    if p.is_verb(above) and word == "to" and lemma(p, above) in roles.aid_verbs:
        return above, None
    if p.is_noun(above) and lemma(p, above) in roles.aid_nouns:
        verb = p.heads[above]
        return (verb if verb != above and p.is_verb(verb) else above), above
    if p.is_verb(above):
        aid = next(
            (
                c
                for c in p.children(above)
                if p.deps[c] == "dobj" and lemma(p, c) in roles.aid_nouns
            ),
            None,
        )
        return (above, aid) if aid is not None else None
    return None


def _given(p: Parse, v: int, roles: Roles) -> bool:
    """The aid is told as given: not negated, not a purpose ("came to tend to him"), not
    only meant ("tried to render aid"), not a question or a condition."""
    if not p.is_verb(v):
        return True  # a noun of aid with no verb ("first aid to X was ...")
    if negated(p, v) or hypothetical(p, v) or unasserted(p, v) or intended(p, v, roles):
        return False
    purpose = p.deps[v] == "advcl" and any(p.tags[c] == "TO" for c in p.children(v))
    return not purpose


def _hurt_thing_of(p: Parse, k: int, roles: Roles) -> int:
    """Up from a person's token to the wound or body part of theirs an aid may reach: "his"
    -> "forehead" -> "the left side (of his forehead)" -> "a wound (on the left side)"; "X"
    -> "the leg (of X)"; the token itself when what it owns is no wound or body part."""
    hurt = roles.body_parts | roles.wound_nouns
    at = p.heads[k] if possessive(p, k) and p.heads[k] != k else k
    for _ in range(4):
        prep = p.heads[at]
        if p.deps[at] != "pobj" or p.lower(prep) not in OF_THE_HURT:
            break
        up = p.heads[prep]
        if up == prep or not p.is_noun(up) or lemma(p, up) not in hurt:
            break
        at = up
    return at if at == k or lemma(p, at) in hurt else k


def aid_received(p: Parse, k: int, roles: Roles) -> str | None:
    """`AIDED` when the person at k receives first aid: the object of its "to"/"on", or
    the owner of the wound or the body part that is ("pressure to his wound"), or of the
    aid itself ("rushed to the boy's aid"); else None."""
    if p.is_plural(k) or p.lower(k) in ("their", "its", "our", "your"):
        return None  # a plural with no number carries no count
    head = p.heads[k]
    if possessive(p, k) and head != k and lemma(p, head) in roles.aid_nouns:
        # "came to her aid": the owner of the aid is its receiver
        prep = p.heads[head]
        if p.deps[head] == "pobj" and p.lower(prep) == "to" and _given(p, p.heads[prep], roles):
            return AIDED
        return None
    at = _hurt_thing_of(p, k, roles)
    if p.deps[at] != "pobj":
        return None
    found = _giver(p, p.heads[at], roles)
    if found is None or not _given(p, found[0], roles):
        return None
    aid = found[1]
    if aid is not None and lemma(p, aid) in BLOWS_TOO and lemma(p, at) not in roles.wound_nouns:
        return None  # "applying pressure to her neck with his forearm": a blow, maybe
    return AIDED
