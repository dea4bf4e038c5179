"""Which named speaker a pronoun speaker stands for: the nearest one before it that can be
what the pronoun names.

"he", "she" and "I" name one person: not a body told by a plural noun ("the armed forces",
"officials") or by police (the word takes a plural verb: "police say"); "they", "it" and
the rest may name any speaker. Nothing finer is known of a speaker than its words (no gender,
no entity type), so a person's name agrees with "he" and "she", and so does a singular noun
in the pronoun's own paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.claims.words import wordset

_ONE_PERSON = wordset("he she i")
_PLURAL_BODIES = wordset("police")
"""A body named by a noun that is plural without an -s (it takes "say", not "says")."""


def _one_person(speaker: str, near: bool) -> bool:
    """Whether the speaker may be one person: a name (its last word capitalised), or, in the
    pronoun's own paragraph, a singular noun ("the chief", "a neighbour"); a paragraph away a
    singular noun is as often a body ("the government") as a person, so only a name is."""
    words = speaker.split(" told ")[0].split()
    last = words[-1].strip(".,’'") if words else ""
    if last.casefold() in _PLURAL_BODIES:
        return False
    if last[:1].isupper():
        return True
    return near and not last.endswith("s")


def antecedent(pronoun: str, named: Sequence[tuple[str, bool]]) -> str | None:
    """The nearest of the speakers named so far (`named`: each with whether it is in the
    pronoun's paragraph, in page order) that the pronoun can stand for."""
    one = pronoun.casefold() in _ONE_PERSON
    return next((who for who, near in reversed(named) if not one or _one_person(who, near)), None)
