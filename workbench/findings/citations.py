"""Whom a source cites, in the words a reviewer reads: each distinct teller once.

An attribution may itself name several tellers ("police and witnesses"); set beside
another claim's "police" it would read "citing police and police and witnesses". The
tellers are read as the conjuncts of each attribution, kept once each (case aside) in the
order first named, and listed again as one phrase. An attribution that tells whom the teller
spoke to ("police told CBS2", `claims.attribution`) cites the teller: "citing police told
CBS2" reads as a clause torn from its sentence, and the outlet told is the reporting one.
A teller that opened its sentence keeps the sentence's capital ("The owner of the bar said
..."); in "citing The owner of the bar" it reads as a name, so a determiner before a common
noun is lowered for display ("citing the owner of the bar"); "The Detroit News" keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CONJUNCTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_TOLD = re.compile(r"(?:^|\s+)(?:(?:\w+ly|earlier|later|also|then)\s+)?told\b.*$", re.IGNORECASE)
"""Whom the teller spoke to, to the attribution's end ("... told The Detroit News", "...
earlier told the Reflector")."""
DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that")
)
"""The closed class of words that open a noun phrase (articles, possessive and
demonstrative determiners): capitalized only by where the sentence began."""


def tellers(attributions: Iterable[str | None]) -> list[str]:
    """The distinct tellers the attributions name, in the order first named."""
    seen: dict[str, str] = {}
    for attribution in attributions:
        for name in _CONJUNCTS.split(_TOLD.sub("", attribution or "")):
            if name.strip():
                seen.setdefault(" ".join(name.split()).casefold(), _mid_sentence(name.split()))
    return list(seen.values())


def _mid_sentence(words: list[str]) -> str:
    """The teller as it reads inside a sentence: a capitalized determiner before a word in
    lower case ("The owner", "His mother") lowered; a name's ("The Detroit News") kept."""
    if len(words) > 1 and words[0].casefold() in DETERMINERS and words[1][:1].islower():
        words = [words[0].lower(), *words[1:]]
    return " ".join(words)


def listed(names: list[str]) -> str:
    """The names as one phrase: "a", "a and b", "a, b and c"."""
    if len(names) < 3:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def citing(label: str, attributions: Iterable[str | None]) -> str:
    """An outlet with everyone it cites: "a.com, citing police and witnesses"."""
    names = tellers(attributions)
    return f"{label}, citing {listed(names)}" if names else label
