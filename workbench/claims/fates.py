"""A named person the article counts injured and, elsewhere, killed died of the harm.

"Kelley was taken to a hospital in critical condition" early in a report and "Kelley died
on Sunday" later are one person in two states: the injured count is an earlier state, not a
second victim. Only a name (capitalised words, the same in both claims) is matched: "the
man" in a round-up of shootings is many men.
"""

from __future__ import annotations

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
