"""A singular count's record and its words: the `Mention`, its span, the claims it may not overlap.

Shared by every reader of counts no number states (`mentions.py`, `word_counts.py`,
`partitives.py`, `ordinals.py`, ...): each makes `Mention`s over the words that tell the
person, never over a span already read as a count.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.claims.roles import IMPLICIT_ROLES
from workbench.claims.syntax import Position
from workbench.parse import Parse

_MENTION_DEPS = frozenset(("det", "amod", "compound", "poss", "nmod", "nummod", "npadvmod"))


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    value: int
    role: str
    why: str
    implicit: bool
    noun: str | None
    also: str | None = None
    """A second role the clause gives it ("shot and wounded": injured, and hit)."""
    undated: bool = False
    """Told only by a noun of its end ("the news of her death") or a list naming a group's
    members: its sentence's date is of what followed (the news, a charge, the naming), no
    clue to the event's (`event.event_of`)."""
    wound: bool = False
    """Injured for a wound the person has (`Position.wound`)."""
    one_more: bool = False
    """Hit only as one more victim ("the third victim"): the article's earlier count may
    tell the role the others are in (`others.roles_from_context`)."""
    apart: bool = False
    """One of a group told apart by a clause of its own ("a man who was shot ... and a
    woman who ..."): counted inside the group's span, beside it."""
    also_wound: bool = False
    """The second role is a survivor's wound's hit (`Position.also_wound`)."""
    also_joined: bool = False
    """The second role is the hit of a verb joined to the outcome (`Position.also_joined`)."""
    survival: bool | str = False
    """Injured only by a survivor's state ("he is alive"): counted where the article told of
    a harm before it (`fates.survivors_of_a_harm`)."""
    death_noun: bool = False
    """Killed only by a noun of one death ("after the killing"): counted where the article
    tells of no more than one dead (`fates.deaths_of_one`)."""
    rite: bool = False
    """Killed only by a rite of one person ("his funeral"): counted where the article tells
    of a death by another count (`rites.rites_of_the_dead`)."""
    absence: bool = False
    """Killed only by an absence or an owned killer ("my son is gone"): counted where the
    article tells of a death by another count (`fates.deaths_told_apart`)."""
    victims: bool = False
    """Counted only as a list of members of a group of victims (`group_lists`)."""
    deadly_event: bool = False
    """Killed only by an event told deadly ("the fatal shooting"): dropped where its
    sentence counts a person in a harm (`deadly_events.deadly_told_once`)."""
    part: bool = False
    """One of a group its noun alone puts in a role ("one of the victims was 15"): a part, not
    a total (`included.PART_MARK`), in the role the article tells its victims
    (`others.victims_of_the_dead`)."""
    newcomer: bool = False
    """Hit only as one more victim, by a noun that tells no harm ("a fifth victim was
    found"): injured where the article counts survivors and no dead
    (`others.victims_of_survivors`)."""


def mention_span(p: Parse, m: int) -> tuple[int, int]:
    """The mention's own words: its determiner and modifiers up to the noun."""
    lo = m
    for c in p.children(m):
        if c < m and p.deps[c] in _MENTION_DEPS:
            lo = min(lo, p.subtree(c)[0])
    return p.starts[lo], p.ends[m]


def clipped(p: Parse, start: int, noun: int, end: int, taken: list[tuple[int, int]]) -> int | None:
    """The mention's start once the claims before its noun are cut off ("TAMPA - Tampa
    resident Ana Ruiz": the dateline is a place); None when a claim covers the noun. A
    claim after the noun, inside a list's span ("Ana, 25, was killed in the March 9
    shooting, along with ...; Joe, 35"), is passed over: the persons are the list's."""
    for s, e in taken:
        if start < e and s < end and s <= noun:
            if e > noun:
                return None
            start = e
    k = p.token_at(start)  # then past the dash or comma that followed the cut claim
    while k is not None and k < len(p) and not p.word(k)[:1].isalnum() and p.starts[k] < noun:
        k += 1
    return start if k is None or k >= len(p) else max(start, p.starts[k])


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a span overlaps one already read as a count (a mention never counts twice)."""
    return any(start < e and s < end for s, e in taken)


def counts_one_in_role(where: Position) -> bool:
    """A mention counts only in a role an implicit count may have, and never when its
    predicate is negated ("no one was hurt" is a stated zero, read elsewhere)."""
    return where.role in IMPLICIT_ROLES and not (where.predicate and where.predicate.negated)
