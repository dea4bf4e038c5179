"""Named places, found from the text's own cues rather than a gazetteer.

A capitalised name is a place when the sentence says so: a place noun around it ("the X
neighbourhood", "the district of X", "a slum of Y called X"), or a locative preposition
before it ("in X", "at X", "near X"). Months, weekdays, titles, languages and institutions
are not places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from workbench.claims.place_nesting import PART_ADJ, first_contains
from workbench.claims.scene_names import scenes
from workbench.claims.words import (
    DETERMINERS,
    MONTHS,
    PREPOSITIONS,
    STOP,
    TITLES,
    WEEKDAYS,
    WORD_RUN,
    finditer_at,
    fold_case,
    looks_like_verb,
    strip_possessive,
    words_of,
    wordset,
)

PLACE_TYPES = (
    "air force base|naval base|military base|air base|airbase|army base|base|refugee camp|"
    "camp|neighbourhood|neighborhood|neighbourhoods|neighborhoods|district|suburb|borough|"
    "township|town|city|village|province|state|region|county|municipality|slum|shantytown|"
    "barrio|favela|quarter|port|island|islands|valley|square|plaza|street|avenue|road|"
    "highway|bridge|airport|station|palace|prison|jail|stadium|hospital|market|park|"
    "mountain|mountains|river|lake|coast|beach|harbour|harbor|border crossing|crossing|"
    "enclave|compound|settlement|zone|commune|parish|governorate|prefecture|outpost|"
    "barracks|garrison|fort|fortress|mine|refinery|plant|factory|area"
)
_TYPES = sorted(PLACE_TYPES.split("|"), key=len, reverse=True)
_TYPE = "(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _TYPES) + ")"
_CAPWORD = r"[A-ZÀ-ÖØ-Þ](?:[\w’'-]|\.(?=[A-Za-z]))*"
_LINK = (
    r"(?:de|del|della|di|da|do|dos|das|du|des|la|las|los|le|el|al|van|von|der|den|bin|ibn"
    r"|y|e|of|the)"
)
NAME = rf"['‘“]?{_CAPWORD}(?:\s+(?:{_LINK}\s+)*{_CAPWORD})*['’”]?"
_ADJ = r"(?:[a-z][a-z-]+\s+){0,2}?"

_PART = (
    "central|downtown|northern|southern|eastern|western|northeastern|northwestern|"
    "southeastern|southwestern|northeast|northwest|southeast|southwest|north|south|east|west|"
    "rural|semi-rural|coastal|suburban|unincorporated"
)
_PREP = (
    "in|In|at|At|near|Near|outside|Outside|inside|across|Across|throughout|through|into|"
    "towards|toward|over|around"
)
_MOTION = (
    "fled|flee|fleeing|moved|moving|travelled|traveled|marched|returned|headed|"
    "flew|drove|deployed|sent|evacuated|arrived|relocated|transferred|retreated|"
    "advanced|came|went|walked|extradited|deported|expelled|exiled|shipped|airlifted|"
    "exports|imports|flights|trip|visit|journey|route|road|shipments"
)
# Cue patterns, most specific first; every one names groups 'name' and may name 'container'
# and 'type'.
CUES: list[re.Pattern[str]] = [
    # "a suburb of Lyon called Vaulx", "a district of the capital known as X"
    re.compile(
        rf"\b(?P<type>{_TYPE})\s+(?:of|in|outside|near)\s+(?P<container>{NAME}),?\s+"
        rf"(?:(?:commonly|locally|also)\s+)?(?:called|known\s+as|named)\s+(?P<name>{NAME})"
    ),
    # "the western Lyon district of Vaulx" / "the Vaulx district of Lyon"
    re.compile(rf"\b(?P<first>{NAME})\s+{_ADJ}(?P<type>{_TYPE})\s+of\s+(?P<second>{NAME})"),
    # "the poor neighborhood of Vaulx", "the city of Aleppo"
    re.compile(rf"\b(?P<type>{_TYPE})\s+of\s+(?P<name>{NAME})"),
    # "the Croix-Rousse neighborhood", "Fort Hood air base", "the Elysee presidential palace"
    re.compile(rf"(?P<name>{NAME})\s+{_ADJ}(?P<type>{_TYPE})\b(?![’']s)"),
    # "in Lyon", "near Fort Hood", "In Kabul, ..."
    re.compile(
        rf"(?:^|(?<=\s))(?P<prep>{_PREP}|as\s+far\s+(?:away\s+)?as)(?:(?<=utside)\s+of)?\s+"
        rf"(?:(?P<the>the)\s+)?(?:(?:{_PART})\s+)?(?P<name>{NAME})"
    ),
    # "fled to X", "moved from X": direction only after a verb of motion
    re.compile(rf"\b(?:{_MOTION})\s+(?:back\s+)?(?:to|from|towards)\s+(?:the\s+)?(?P<name>{NAME})"),
]
_TYPE_WORDS = frozenset(w for t in _TYPES for w in t.split())
# Cheap first looks, so the costly cues run only where they can match. Every cue but two
# begins with a whole word of a known list, so a sentence is tried only at those words:
# place nouns in any case, prepositions and verbs of motion as written.
_FIRST_TYPE_WORDS = frozenset(t.split()[0] for t in _TYPES)
_LAST_TYPE_WORDS = frozenset(t.split()[-1] for t in _TYPES)
_FIRST_WORDS = {4: frozenset([*_PREP.split("|"), "as"]), 5: frozenset(_MOTION.split("|"))}
_FIRST_WORDS_FOLDED = frozenset(w.lower() for words in _FIRST_WORDS.values() for w in words)
_WHEN = frozenset(
    [m.capitalize() for m in MONTHS]
    + [d.capitalize() for d in WEEKDAYS]
    + words_of("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
)
_NOT_PLACE = _WHEN | frozenset(
    words_of(
        "English Spanish French Arabic Portuguese Russian Chinese German Italian Japanese "
        "Korean Hindi Persian Farsi Turkish Hebrew Dutch Swahili Urdu Latin Greek"
    )
    + words_of(
        "Congress Parliament Senate Assembly Court Government Cabinet Council Ministry "
        "Twitter Facebook Instagram YouTube WhatsApp Telegram TikTok Reddit Google Internet "
        "Christmas Easter Ramadan Eid God Mass"
    )
    + words_of(
        "The A An This That These Those His Her Its Their Our My Your It He She They We I "
        "But And Or If When While After Before Since During Despite Although Though For"
    )
)
_PUBLISHING = re.compile(
    r"\b(?:published|appeared|printed|posted|reported|originally|first|wrote|writing)\s+$", re.I
)
# "in the X": a place when X ends with a geographic word ("the United States", "the Gaza Strip").
_GEO_TAIL = wordset(
    "states kingdom republic emirates islands strip bank east west north south gulf sea "
    "ocean coast alps andes balkans caribbean sahara amazon netherlands philippines "
    "territories highlands lowlands delta basin peninsula sea"
)


_AFTER_PLACE_OK = wordset(
    "last this next early late earlier later yesterday today tonight overnight"
)


def _modifies_next(after: str) -> bool:
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


@dataclass(slots=True)
class Place:
    start: int
    end: int
    value: dict[str, Any]
    cue_start: int


def _leading_preposition(name: str) -> int:
    """How many characters of a name are a preposition the name pattern let in ("Along
    the X river" at a sentence start, where every word is capitalised): 0 if none."""
    m = re.match(r"([A-Za-z]+)\s+(?:(?:the|The)\s+)?", name)
    if m and m.group(1).casefold() in PREPOSITIONS and len(name) > m.end():
        return m.end()
    return 0


def _without_day(name: str, span: tuple[int, int], text: str) -> tuple[str, tuple[int, int]]:
    """A name without the weekdays and months the name pattern ran on into ("in Dayton
    Saturday"), and its span without them."""
    words = name.split()
    kept = len(words)
    while kept > 1 and words[kept - 1].rstrip(".,") in _WHEN:
        kept -= 1
    if kept == len(words):
        return name, span
    last = list(re.finditer(r"\S+", text[span[0] : span[1]]))[kept - 1]
    return " ".join(words[:kept]), (span[0], span[0] + last.end())


def _clean_name(name: str) -> str:
    name = name.strip("'‘’“”\"")
    return strip_possessive(name)


def _split_type(name: str) -> tuple[str, str | None]:
    """'Fort Hood Air Base' -> ('Fort Hood', 'air base'): the name before the place nouns
    its capitalised tail ends with, and their type; but "Kansas City" is a city's whole
    name, so a capitalised "City" stays in it. The claim keeps the name whole ("Long
    Beach" is no beach called "Long"); the part before is what must look like a name."""
    words = name.split()
    tail: list[str] = []
    while len(words) > 1 and words[-1].casefold() in _TYPE_WORDS and words[-1] != "City":
        tail.insert(0, words.pop())
    if all(w.casefold() in _TYPE_WORDS for w in words):
        return name, None  # "Station Road" is a name, not a road called "Station"
    return " ".join(words), (" ".join(tail).casefold() if tail else None)


def _ok_name(name: str) -> bool:
    words = name.split()
    if not words or words[0] in _NOT_PLACE or words[0].rstrip(".").casefold() in TITLES:
        return False
    if all(w.casefold() in _TYPE_WORDS for w in words):
        return False
    if len(words) == 1 and words[0].casefold() in PART_ADJ:
        return False  # "near Northwest 17th Avenue": a direction, not a place
    if name.isupper() and len(words) > 3:
        return False  # a shouted headline fragment ("OFFICERS FIND ANOTHER BODY AT ...")
    return not any(w in _NOT_PLACE for w in words[-1:])


_DESTINATION = re.compile(
    r"\b(?:taken|transported|flown|rushed|airlifted|driven|brought|carried)\b[^,;]{0,80}"
    r"\bto\b[^,;]{0,60}$"
)
"""'taken to Mercy Medical Center in Toledo': where a victim went, not where it happened."""


_HELD = wordset("hospital prison jail station")
"""Place nouns of where victims are taken and suspects held: their town is not the event's."""
_NAMED_BEFORE = re.compile(rf"\S\s+(?:{_CAPWORD}\s+)*?(?P<last>{_CAPWORD})\s*$")


def _locates_a_name(before: str) -> bool:
    """'34th District Court in Romulus', 'a playground on Elm St. in Brandon': the town
    after "in" locates the named thing before it (a court, a hospital, a venue), so it is
    where that thing is, not where the sentence's event happened unless the thing is."""
    m = _NAMED_BEFORE.search(before)
    if m is None or m.group("last").rstrip(".") in _WHEN:
        return False
    kind = m.group("last").casefold()
    return kind not in _TYPE_WORDS or kind in _HELD  # "Elm Street in X": X is the town


_HOME = re.compile(
    rf"\b(?:in|at|outside|inside|near|from)\s+(?:his|her|their)\s+(?P<name>{NAME})"
    rf"(?:,\s+(?P<state>{NAME}))?\s+(?:home|house|apartment|residence|townhouse|duplex)\b"
)
"""A home's town before the word ("at his Dearborn Heights home", "in their Chubbuck, Idaho
home"): after a possessive pronoun, so never a family's name ("the Brown home")."""
_SIDE = re.compile(
    rf"(?P<name>{_CAPWORD}(?:\s+{_CAPWORD})*)['’]s\s+(?:far\s+)?(?:(?:north|south)?(?:east|west)"
    r"|north|south)(?:ern)?\s+side\b",
)
""""on Detroit's east side": the part of a city where it happened, so the city."""


def _cue(n: int, prep: str | None) -> str:
    """What told the place: a place noun, the preposition before it, or a verb of motion."""
    if n < 4:
        return "noun"
    if n == 5 or prep is None:
        return "motion"
    return " ".join(prep.casefold().split())


def _abbreviation(name: str, after: str) -> bool:
    last = name.split()[-1]
    return after.startswith(".") and len(last) <= 2 and last[:1].isupper()


def _norm_type(t: str | None) -> str | None:
    if t is None:
        return None
    t = " ".join(t.casefold().split())
    t = t.replace("neighbourhood", "neighborhood").replace("harbour", "harbor")
    t = {"airbase": "air base", "air force base": "air base"}.get(t, t)
    return t[:-1] if t.endswith(("hoods", "islands")) else t


def find_places(text: str, context: str = "") -> list[Place]:
    """Every cued place of one sentence; `context` (the whole source) settles which of
    two names is the container: the one the source mentions more often."""
    found: list[Place] = []
    has_type = False
    starts: dict[int, list[int]] = {0: [], 4: [], 5: []}  # cue 2 begins as cue 0 does
    for w in WORD_RUN.finditer(fold_case(text)):
        word = w.group()
        has_type = has_type or word in _LAST_TYPE_WORDS
        if word in _FIRST_TYPE_WORDS:
            starts[0].append(w.start())
        if word in _FIRST_WORDS_FOLDED:
            as_written = text[w.start() : w.end()]
            for n, words in _FIRST_WORDS.items():
                if as_written in words:
                    starts[n].append(w.start())

    def taken(s: int, e: int) -> bool:
        return any(s < p.end and p.start < e for p in found)

    for n, pattern in enumerate(CUES):
        if n < 4 and not has_type:
            continue  # the place-noun cues need a place noun
        if n in (1, 3):
            matches = pattern.finditer(text)
        else:
            matches = finditer_at(pattern, text, starts[0 if n == 2 else n])
        for m in matches:
            groups = m.groupdict()
            glued = None
            ptype = groups.get("type")
            container = groups.get("container")
            if n == 1:
                first, second = groups["first"], groups["second"]
                if strip_possessive(first) != first:
                    continue
                # Which is the place and which contains it? The more often named contains.
                span = (m.start("first"), m.end("second"))
                names = (_clean_name(first), _clean_name(second))
                if first_contains(text[: m.start()], *names, context or text):
                    name, container = second, first
                else:
                    name, container = first, second
            else:
                name = groups["name"]
                span = (m.start(), m.end())
                if n == 0:
                    before = text[: m.start("type")].split()
                    glued = bool(before) and before[-1][:1].isupper()
                    span = (m.start("name") if glued else m.start("type"), m.end("name"))
                elif n == 2:
                    span = (m.start("name"), m.end("name"))
                elif n == 3:
                    if strip_possessive(name) != name:
                        continue
                    span = (m.start("name"), m.end("type"))
                    if ptype[:1].isupper() and not text[m.end("name") : m.start("type")].strip():
                        glued = " ".join(ptype.split())  # "Pitt County", "Kansas City"
                        name = f"{name} {glued}"
                elif n >= 4:
                    # "in Columbus Tuesday": the day is the clause's, not the name's
                    name, span = _without_day(name, (m.start("name"), m.end("name")), text)
                    if _PUBLISHING.search(text[: m.start()]):
                        continue
                    if groups.get("the"):
                        tail = name.split()[-1].casefold()
                        if tail not in _GEO_TAIL and tail not in _TYPE_WORDS:
                            continue
                    after = text[span[1] :]
                    if strip_possessive(name) != name or re.match(r"[’']s\b", after):
                        continue  # "in Chavez's defense": a possessive, not a place
                    if _modifies_next(after):
                        continue  # "at National Guard troops": a modifier, not a place
            if n in (1, 3):
                between = text[m.end("first" if n == 1 else "name") : m.start("type")].split()
                if any(w.casefold() in STOP or looks_like_verb(w) for w in between):
                    continue  # "Officials evacuated the town": a clause, not a name
            cut = _leading_preposition(name)
            if cut:
                if text.startswith(name, span[0]):
                    span = (span[0] + cut, span[1])
                name = name[cut:]
            name = _clean_name(name)
            base = name  # the name before its place nouns: what must look like a name
            if n >= 3:
                if glued and glued != "City":
                    base = name.removesuffix(f" {glued}")
                base, extra = _split_type(base)
                ptype = f"{extra} {ptype}" if extra and ptype else (extra or ptype)
            if not _ok_name(base):
                continue
            if n == 0 and not _ok_name(_clean_name(container or "")):
                container = None
            start, end = span
            # Trim quotes and trailing dots the name pattern let in.
            while end > start and text[end - 1] in "'’”\".":
                end -= 1
            while start < end and text[start] in "'‘“\"":
                start += 1
            if taken(start, end):
                continue
            if _abbreviation(base, text[end:]):
                continue  # "at St. John Hospital": "St" is half a name, not a place
            value = {
                "name": name,
                "container": _clean_name(container) if container else None,
                "type": _norm_type(ptype),
                "cue": _cue(n, groups.get("prep")),
            }
            if n == 4 and _DESTINATION.search(text[: m.start()]):
                value["destination"] = True
            if n == 4 and _locates_a_name(text[: m.start()]):
                value["within"] = True
            found.append(Place(start, end, value, m.start()))
    for m in _SIDE.finditer(text):
        name = _clean_name(m.group("name"))
        if _ok_name(name) and not taken(m.start(), m.end("name")):
            value = {"name": name, "container": None, "type": "city", "cue": "owner"}
            found.append(Place(m.start(), m.end("name"), value, m.start()))
    for m in _HOME.finditer(text):  # "in their Roswell home": the town the home is in
        name = _clean_name(m.group("name"))
        if _ok_name(name) and name.split()[0] not in _NOT_PLACE and not taken(*m.span("name")):
            state = m.group("state")
            value = {"name": name, "container": state, "type": "city", "cue": "home"}
            found.append(Place(m.start("name"), m.end("name"), value, m.start()))
    for start, end, name in scenes(text):  # "the Orlando shooting"
        while len(name.split()) > 1 and name.split()[0] in _NOT_PLACE:  # "The Orlando"
            start += len(name) - len(name.split(None, 1)[1])
            name = name.split(None, 1)[1]
        name = _clean_name(re.sub(r"\bCo\.$", "County", name))
        base, kind = _split_type(name)
        if _ok_name(base) and not taken(start, end):
            value = {"name": name, "container": None, "type": kind, "cue": "scene"}
            found.append(Place(start, end, value, start))
    found.sort(key=lambda p: p.start)
    return found
