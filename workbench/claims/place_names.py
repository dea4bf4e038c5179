"""Whether a cued name looks like a place's name, and its cleaned form: the screens
`claims.places` runs on each name a cue matched (a weekday it ran on into, a preposition
it let in, a place noun its tail ends with, a title or a language that is no place).
"""

from __future__ import annotations

import re

from workbench.abbreviations import PLACE_PREFIXES
from workbench.claim_spans import alone_at
from workbench.claims.headline import sentence_case
from workbench.claims.place_cues import NOT_PLACE, TYPE_WORDS, WHEN
from workbench.claims.place_nesting import PART_ADJ
from workbench.claims.words import (
    DETERMINERS,
    PREPOSITIONS,
    STOP,
    TITLES,
    looks_like_verb,
    strip_possessive,
    wordset,
)

_AFTER_PLACE_OK = wordset(
    "last this next early late earlier later yesterday today tonight overnight"
)


def modifies_next(after: str) -> bool:
    """True when the name is followed by a common noun it qualifies ("Guard troops")."""
    nxt = re.match(r"\s+([a-z][\w-]*)", after)
    if not nxt:
        return False
    word = nxt.group(1)
    if word in STOP or word in _AFTER_PLACE_OK or looks_like_verb(word) or word.endswith("ly"):
        return False
    # "in Ingolstadt employs roughly 40,000": a verb, followed by its object.
    then = re.match(r"\s+[a-z][\w-]*\s+([\w-]+)", after)
    return not (
        then
        and (
            then.group(1).casefold() in DETERMINERS
            or then.group(1)[0].isdigit()
            or then.group(1).endswith("ly")
        )
    )


def leading_preposition(name: str) -> int:
    """How many characters of a name are a preposition the name pattern let in ("Along
    the X river" at a sentence start, where every word is capitalised): 0 if none."""
    m = re.match(r"([A-Za-z]+)\s+(?:(?:the|The)\s+)?", name)
    if m and m.group(1).casefold() in PREPOSITIONS and len(name) > m.end():
        return m.end()
    return 0


def without_day(name: str, span: tuple[int, int], text: str) -> tuple[str, tuple[int, int]]:
    """A name without the weekdays and months the name pattern ran on into ("in Dayton
    Saturday"), and its span without them."""
    words = name.split()
    kept = len(words)
    while kept > 1 and words[kept - 1].rstrip(".,") in WHEN:
        kept -= 1
    if kept == len(words):
        return name, span
    last = list(re.finditer(r"\S+", text[span[0] : span[1]]))[kept - 1]
    return " ".join(words[:kept]), (span[0], span[0] + last.end())


def clean_name(name: str) -> str:
    name = name.strip("'‘’“”\"")
    return strip_possessive(name)


def split_type(name: str) -> tuple[str, str | None]:
    """'Fort Hood Air Base' -> ('Fort Hood', 'air base'): the name before the place nouns
    its capitalised tail ends with, and their type; but "Kansas City" is a city's whole
    name, so a capitalised "City" stays in it. The claim keeps the name whole ("Long
    Beach" is no beach called "Long"); the part before is what must look like a name."""
    words = name.split()
    tail: list[str] = []
    while len(words) > 1 and words[-1].casefold() in TYPE_WORDS and words[-1] != "City":
        tail.insert(0, words.pop())
    if all(w.casefold() in TYPE_WORDS for w in words):
        return name, None  # "Station Road" is a name, not a road called "Station"
    return " ".join(words), (" ".join(tail).casefold() if tail else None)


def common_word(name: str, text: str) -> bool:
    """A one-word name the text writes in lower case and never capitalised after a
    lower-case word inside a sentence: an ordinary word a headline's capitals or a
    sentence's start made look like a name ("Shooting death of ...", "Fatal shooting
    of ..."); a town is written capitalised wherever it stands ("in Mobile" beside "a
    mobile home")."""
    words = name.split()
    if len(words) != 1 or not words[0].isalpha():
        return False
    word = words[0]
    if alone_at(text, word.lower(), joiners="’'-") < 0:
        return False
    after_lower = re.compile(rf"(?<![\w’'-])[a-z][\w’'-]*,?\s+{re.escape(word)}\b")
    return not any(after_lower.search(line) for line in _written_as_prose(text))


def _written_as_prose(text: str) -> list[str]:
    """The lines of a text but those in Title Case (a headline the page repeats above its
    story: "Victim of Accidental Shooting Flown to ..."), whose capitals say nothing of a
    word being a name, so they cannot vouch for one."""
    return [line for line in text.split("\n") if sentence_case(line) == line]


def ordinary_word(value: dict, context: str) -> bool:
    """A place claim's bare name or agency's the article writes as an ordinary word
    (`common_word`: "Shooting", the "Office" of "Sheriff’s Office"); not a name written
    inside a place ("Southeast, D.C."), which that place vouches for."""
    if value.get("type") not in (None, "agency"):
        return False
    if value.get("container") or value.get("written_in"):
        return False
    return common_word(value.get("name") or "", context)


_NAMED_AREA = frozenset(("County", "Parish"))
"""Jurisdiction words written after their own name ("Park County", "Lake County"): the
name before them is the area's, though it is a place noun too."""
_NO_AREA_NAME = frozenset(("county", "parish", "state", "city", "town", "village"))


def named_jurisdiction(name: str) -> bool:
    """A county or a parish named by a capitalised place noun ("in Park County", "Lake
    County deputies"): a name of place nouns only, yet a jurisdiction's own name."""
    words = name.split()
    return (
        len(words) == 2
        and words[1] in _NAMED_AREA
        and words[0][:1].isupper()
        and words[0].casefold() not in _NO_AREA_NAME
    )


def ok_name(name: str) -> bool:
    words = name.split()
    if not words or words[0] in NOT_PLACE or words[0].rstrip(".").casefold() in TITLES:
        return False
    if all(w.casefold() in TYPE_WORDS for w in words):
        return False
    if len(words) == 1 and words[0].casefold() in PART_ADJ:
        return False  # "near Northwest 17th Avenue": a direction, not a place
    if name.isupper() and len(words) > 3:
        return False  # a shouted headline fragment ("OFFICERS FIND ANOTHER BODY AT ...")
    return not any(w in NOT_PLACE for w in words[-1:])


PREFIX_ABBREVIATIONS = PLACE_PREFIXES
"""Abbreviated words a place's name opens with or holds (Saint, Sainte, Fort, Mount:
"St. Louis", "Sault Ste. Marie", "Ft. Myers", "Mt. Vernon"): a name never ends on one."""
_NAME_GOES_ON = re.compile(r"\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")


def abbreviation(name: str, after: str) -> bool:
    """Whether the name ends on an abbreviation, half a name ("at St. John Hospital")."""
    last = name.split()[-1]
    if not after.startswith(".") or not last[:1].isupper():
        return False
    return len(last) <= 2 or last.casefold() in PREFIX_ABBREVIATIONS


def name_read_on(name: str, after_name: str, next_text: str) -> tuple[str, int] | None:
    """The whole name of one that ends on an abbreviation of `PREFIX_ABBREVIATIONS`, and
    how many characters of its sentence it gains: the name goes on after the full stop
    ("in Sault Ste. Marie on Friday"), or in the next sentence when the splitter cut it
    there ("... in Sault Ste." then "Marie. Police said"); None when no name follows."""
    if name.split()[-1].casefold() not in PREFIX_ABBREVIATIONS:
        return None
    cut = after_name.strip() == "."
    more = _NAME_GOES_ON.match(next_text if cut else after_name, 0 if cut else 1)
    if more is None:
        return None
    return f"{name}. {more.group(1)}", (1 if cut else more.end())


def norm_type(t: str | None) -> str | None:
    if t is None:
        return None
    t = " ".join(t.casefold().split())
    t = t.replace("neighbourhood", "neighborhood").replace("harbour", "harbor")
    t = {"airbase": "air base", "air force base": "air base"}.get(t, t)
    return t[:-1] if t.endswith(("hoods", "islands")) else t
