"""A counted noun's plural, for saying a count back in words ("22–26 men", not "man").

Claims keep what they count as a lemma (`counted`: "man", "country"), which reads wrong
beside any number but one. The inverse of the lemmatisers' table of irregular plurals and
of their suffix rules; kept apart from them because nothing in extraction reads it.
"""

from __future__ import annotations

from workbench.claims.inflections import IRREGULAR_PLURALS

_PLURAL_OF = {
    singular: plural for plural, singular in IRREGULAR_PLURALS.items() if plural != singular
} | {"person": "people"}
"""Irregular plurals by their singular ("man" -> "men"); "person" counts as "people"."""

_SAME_IN_THE_PLURAL = frozenset(
    [
        "people",
        "police",
        "staff",
        "personnel",
        "crew",
        "cattle",
        "livestock",
        "aircraft",
        "sheep",
        "deer",
        "fish",
        "species",
        "series",
        "offspring",
    ]
)
"""Nouns a count leaves as they are: "27 people", "12 staff", "3 aircraft"."""

_NOT_COMPOUNDS = frozenset(["human", "german", "roman", "shaman", "talisman", "caiman", "ottoman"])
"""Words that end in "man" without being a compound of it: their plural is regular."""


def _compound_plural(word: str) -> str | None:
    """A compound whose last part is an irregular noun ("gunman", "policewoman",
    "grandchild") takes that part's plural ("gunmen", not "gunmans")."""
    lowered = word.casefold()
    if lowered in _NOT_COMPOUNDS:
        return None
    for singular, inflected in _PLURAL_OF.items():
        if lowered.endswith(singular) and len(lowered) > len(singular) + 2:
            return word[: len(word) - len(singular)] + inflected
    return None


def plural(noun: str) -> str:
    """The plural of a counted noun, its last word inflected ("police officer" ->
    "police officers"); a noun already plural, or one that does not change, as it is."""
    head, _, last = noun.rpartition(" ")
    lowered = last.casefold()
    if lowered in _PLURAL_OF:
        inflected = _PLURAL_OF[lowered]
    elif (compound := _compound_plural(last)) is not None:
        inflected = compound
    elif lowered in _SAME_IN_THE_PLURAL or lowered.endswith(("s", "men", "children")):
        inflected = last
    elif lowered.endswith("y") and lowered[-2:-1] not in ("", *"aeiou"):
        inflected = last[:-1] + "ies"
    elif lowered.endswith(("sh", "ch", "x", "z")):
        inflected = last + "es"
    else:
        inflected = last + "s"
    return f"{head} {inflected}" if head else inflected


def counted_for(noun: str, low: float | None, high: float | None) -> str:
    """The noun as a count of `low`–`high` says it: singular for one ("≥ 1 person"
    too: at least one), plural for any other number, a range, or none known."""
    return noun if low == 1 and high in (1, None) else plural(noun)
