"""A place named as the scene of the event: "the Orlando shooting", "a Dayton homicide".

Reporters name an event by its place as often as they say "in": the name right before a
noun of harm (the roles data's nouns of killing, wounding and shooting, plural or not) is
where that harm happened. The nouns come from the roles data, so a user who adds a role
noun adds a scene. A person's name in the same position ("the Smith killing") is told
apart where the event's place is weighed: a name the article uses for a person is no place.
"""

from __future__ import annotations

import re
from functools import cache

from workbench.claims import roles as roles_data
from workbench.claims.roles import HARM_ROLES
from workbench.claims.words import STOP, looks_like_verb

_NAME_WORD = r"[A-Z][a-z’'.-]+"
_BETWEEN = r"(?:(?P<between>[a-z]+)\s+)?"
"""One lower-case word may stand between the place and the harm ("the Wilkinsburg mass
shooting", "a fatal Orlando club shooting"): a word that qualifies the harm, never a
function word or a verb ("accused Jones of killing", "Smith was killing")."""


@cache
def _pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+{_BETWEEN}"
        rf"(?i:(?:{alternatives})s?)\b(?![’'])"
    )


def scenes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name given as the scene of a harm in a sentence."""
    roles = roles_data.default()
    nouns = frozenset(n for n, role in roles.nouns.items() if role in HARM_ROLES)
    if not nouns:
        return []
    return [
        (m.start("name"), m.end("name"), m.group("name"))
        for m in _pattern(nouns).finditer(text)
        if not m.group("name").endswith(("’s", "'s"))  # "Aaron’s death": whose, not where
        and _qualifies(m.group("between"))
    ]


def _qualifies(word: str | None) -> bool:
    """No word between, or one that can qualify the harm noun after it."""
    if word is None:
        return True
    return word not in STOP and not looks_like_verb(word)
