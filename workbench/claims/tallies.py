"""Counts of a tally to date: "the city's 22nd homicide", "the 12th person shot and killed
by officers this year". A rank told again (a definite article or an owner) of a death, or
of a person in a role over a period, says how many there have been in all, this event's
the last: a count of that many in the role, of more events than this one (marked `tally`,
so no figure of the event is compared with it). "A second victim" is this event's
(`rank_floors`); "the second victim" only orders them."""

from __future__ import annotations

from workbench.claims.event_nouns import possessive
from workbench.claims.mention_record import Mention, mention_span
from workbench.claims.rank_floors import noun_rank, rank_number
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.syntax import lemma, position
from workbench.parse import Parse

TALLY_MARK = "tally"
"""The value's key saying a count is a tally of several events (`parsed.syntax_claims`)."""
PERIOD_NOUNS = frozenset(("year", "month", "decade"))
"""Nouns of a period a tally runs over ("this year", "of the month")."""


def _told_again(p: Parse, k: int) -> bool:
    """ "the 22nd homicide", "the city's 22nd": definite; not "his second murder" (what one
    person did, not a place's tally)."""
    det = p.child(k, "det")
    return (det is not None and p.lower(det) == "the") or any(
        possessive(p, c) and p.tags[c] != "PRP$" for c in p.children(k)
    )


def _over_a_period(p: Parse, k: int) -> bool:
    """The noun's clause names a period ("this year", "in 2016")."""
    lo, hi = p.subtree(p.heads[k])
    return any(lemma(p, t) in PERIOD_NOUNS or _year(p, t) for t in range(lo, hi + 1))


def _year(p: Parse, t: int) -> bool:
    return p.tags[t] == "CD" and p.lower(t).isdigit() and len(p.lower(t)) == 4


def _death_noun(p: Parse, k: int, roles: Roles) -> bool:
    """ "the 22nd homicide": a noun of a death, modified by nothing but its rank (a
    "multiple-victim homicide" ranks events of several dead)."""
    if roles.nouns.get(lemma(p, k)) != "killed":
        return False
    return not any(
        p.deps[c] == "compound" or (p.deps[c] == "amod" and rank_number(p.lower(c)) is None)
        for c in p.children(k)
        if c < k
    )


def _first_of_a_period(p: Parse, k: int, roles: Roles) -> int | None:
    """ "the city's first homicide of the year", "the first homicide investigated ... in
    2017": a first death over a period is a tally of one (this event may be it); "the
    first victim" with no period only orders the dead of one event."""
    first = any(c < k and rank_number(p.lower(c)) == 1 for c in p.children(k))
    return 1 if first and _death_noun(p, k, roles) and _over_a_period(p, k) else None


def plural_tally(p: Parse, nominal: int | None, roles: Roles) -> bool:
    """ "three suicides at the jail last year", "“seven or eight” homicides for the year":
    a number of deaths each an event of its own (a plural noun of a death: homicides,
    suicides), over a period the clause names, counts several events: a tally, not this
    event's dead ("the two homicides" of one night stay this event's)."""
    if nominal is None or p.tags[nominal] != "NNS":
        return False
    return roles.nouns.get(lemma(p, nominal)) == "killed" and _over_a_period(p, nominal)


def tally_counts(p: Parse, roles: Roles) -> list[Mention]:
    """Each rank of a tally the sentence tells: a count of the rank in its role."""
    found = []
    for k in range(len(p)):
        if p.tags[k] != "NN":
            continue
        rank = noun_rank(p, k) or _first_of_a_period(p, k, roles)
        if rank is None or not _told_again(p, k):
            continue
        if _death_noun(p, k, roles):
            role = "killed"
        elif lemma(p, k) in roles.singular_persons and _over_a_period(p, k):
            role = position(p, k, roles).role
        else:
            continue
        if role not in HARM_ROLES:
            continue
        start, end = mention_span(p, k)
        why = f"a tally to date, by its rank: “{p.text[start:end]}” (of more events than this)"
        found.append(Mention(start, end, rank, role, why, False, None))
    return found
