"""Named places, found from the text's own cues rather than a gazetteer.

A capitalised name is a place when the sentence says so: a place noun around it ("the X
neighbourhood", "the district of X", "a slum of Y called X"), or a locative preposition
before it ("in X", "at X", "near X"). Months, weekdays, titles, languages and institutions
are not places.

The cue patterns and the words that are never places live in `place_cues`, the screens a
matched name goes through (a weekday it ran on into, a title, a place noun at its tail) in
`place_names`; this module applies them to a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from workbench.claims.place_containment import known
from workbench.claims.place_cues import (
    CAPWORD,
    COMMUNITY,
    CUES,
    DEMONYM,
    FIRST_TYPE_WORDS,
    FIRST_WORDS,
    FIRST_WORDS_FOLDED,
    GEO_TAIL,
    HOME,
    LAST_TYPE_WORDS,
    NEAR_OF,
    NOT_PLACE,
    PUBLISHING,
    SIDE,
    TYPE_WORDS,
    WHEN,
)
from workbench.claims.place_names import (
    abbreviation,
    clean_name,
    leading_preposition,
    modifies_next,
    name_read_on,
    named_jurisdiction,
    norm_type,
    ok_name,
    split_type,
    without_day,
)
from workbench.claims.place_nesting import first_contains
from workbench.claims.scene_names import scenes
from workbench.claims.street_places import STREET_WORD, find_streets
from workbench.claims.words import (
    STOP,
    WORD_RUN,
    finditer_at,
    fold_case,
    looks_like_verb,
    strip_possessive,
    wordset,
)

_HEADLINE_TOWN_CUES = frozenset(("in", "near", "outside", "at"))
_POSTAL = re.compile(r"[A-Z]{2}")
"""Two capitals, a postal code's shape ("in NC woods"): a state, not a headline's town."""


@dataclass(slots=True)
class Place:
    start: int
    end: int
    value: dict[str, Any]
    cue_start: int


_DESTINATION = re.compile(
    r"\b(?:taken|transported|flown|rushed|airlifted|driven|brought|carried)\b[^,;]{0,80}"
    r"\bto\b(?![^,;]*\b(?:after|following|before|during|when|while|since|because)\b)"
    r"[^,;]{0,60}$"
)
"""'taken to Mercy Medical Center in Toledo': where a victim went, not where it happened;
but a phrase of time or cause after the destination opens an adjunct of its own, whose
place is the event's ("rushed to the hospital after a shooting in Florence")."""


_HELD = wordset("hospital prison jail station")
"""Place nouns of where victims are taken and suspects held: their town is not the event's."""
_NAMED_BEFORE = re.compile(rf"\S\s+(?:{CAPWORD}\s+)*?(?P<last>{CAPWORD})\s*$")


_ADDRESS = re.compile(rf"(?:\b(?i:block)\s+of|\b\d+)\s+(?:{CAPWORD}\s+)*?{CAPWORD}\s*$")
"""A street written as an address ("the 4900 block of Appaloosa Trail", "at 212 Oak
Drive"): the block or the house number says the name is a street, whatever its last word."""


def _locates_a_name(before: str) -> bool:
    """'34th District Court in Romulus', 'a playground on Elm St. in Brandon': the town
    after "in" locates the named thing before it (a court, a hospital, a venue), so it is
    where that thing is, not where the sentence's event happened unless the thing is. A
    street's town is the event's ("in the 4900 block of Appaloosa Trail in Norcross"):
    the address is where it happened."""
    m = _NAMED_BEFORE.search(before)
    if m is None or m.group("last").rstrip(".") in WHEN or _ADDRESS.search(before):
        return False
    if STREET_WORD.fullmatch(m.group("last")):
        return False  # "on Clarke Blvd. in Shreveport": the street's town is the event's
    kind = m.group("last").casefold()
    return kind not in TYPE_WORDS or kind in _HELD  # "Elm Street in X": X is the town


OWNER_INSIDE = re.compile(r"['’]s\s+(?=[A-Z])")
"""A possessive inside a place's name: its owner contains it ("Seattle’s Capitol Hill
neighborhood" is Capitol Hill, in Seattle)."""
AFTER_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,2}\.\s*$")
"""A name right after an abbreviated word ("St. Luke’s Magic Valley"): the name goes on
before it, so its possessive is inside an institution's name, not an owner."""


_DISTRICT_AFTER = re.compile(r",\s*D\.C\.")
"""A place written "X, D.C.", as a town with its state: the District contains it."""
_NUMBERED = re.compile(
    r"\s+\d+[A-Za-z]?\b(?![,.]\d)"
    r"(?=\s*(?:$|[,.;:)]|(?:and|or|in|inside|at|near|on|to|toward|from|between|where)\b))"
)
"""A number right after a name that ends its phrase ("in Terminal 2.", "near Interstate 94
and Cadieux", "at Gate 5B on Friday"): the name counts things of a kind, no town does;
never a count that goes on ("In Dayton 3 people were shot")."""
_PHONE_AFTER = re.compile(r"\s*,?\s+at\s+(?:\(\d{3}\)\s*|1?-?\d{3}[-.])[\dA-Z]{3}")
"""A name right before "at" and a telephone number ("through Crime Stoppers at 888-TIPS",
"or Crime Stoppers of Cuyahoga County at (216) 252-7463"): a line or an office to call,
not a place."""
_OFFICE_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)")
"""A capitalised word right after a district's name ("the Reno County District Attorney",
"Missoula District Court", "Senior Deputy District Attorney"): the district is part of the
name of an office or a court it serves, not a place anything happened in."""
_WRITTEN_IN = re.compile(
    rf",\s+(?P<container>{CAPWORD}(?:\s+{CAPWORD}){{0,2}})\.?"
    r"(?=\s*(?:[.;:!?)”\"]|$)|,\s+[a-z]|\s+(?P<next>[a-z]+)\b)"
)
"""A place written with the place that contains it after a comma ("in Bloomfield, New
Jersey bar", "in East Flatbush, Brooklyn.", "in Dayton, Ohio, on Monday"): the second
name ends its clause or a lower-case word follows it; never a verb ("in Dayton, Smith
said") nor a day ("in Dayton, Friday night"), and never a list ("in Dayton, Kettering
and Oakwood")."""


def _written_container(text: str, end: int) -> str | None:
    """The container written after a comma right after a place's name (`_WRITTEN_IN`)."""
    m = _WRITTEN_IN.match(text, end)
    after = m and m.group("next")
    if m is None or (after and (looks_like_verb(after) or after in ("and", "or"))):
        return None
    name = clean_name(m.group("container"))
    words = name.split()
    if words[0] in NOT_PLACE or words[0] in WHEN or any(looks_like_verb(w.lower()) for w in words):
        return None  # "in Head, Expected to Survive": a Title Case headline's verb
    return name if ok_name(name) else None


_DISTANCE = re.compile(
    r"\b(?:(?:miles?|kilometers?|kilometres?|km|minutes?|blocks?)"
    r"|(?:located|situated|based|lies|sits)(?:\s+(?:just|directly|about))?)\s*$",
    re.I,
)


def _landmark(prep: str, name: str, before: str) -> bool:
    """A bearing that locates something by a landmark rather than in a town: after a
    distance ("Gastonia, about 22 miles west of Charlotte": another town, far off), for
    a named thing's site ("the Tool Police Department, located south of Dallas"), or from
    a named feature ("just east of Lake Phalen")."""
    if " ".join(prep.casefold().split()) not in NEAR_OF:
        return False
    return bool(_DISTANCE.search(before)) or any(w.casefold() in TYPE_WORDS for w in name.split())


def _serves_an_office(ptype: str, text: str, end: int) -> bool:
    """A district's name that runs on into another capitalised word, no day's
    (`_OFFICE_AFTER`)."""
    after = _OFFICE_AFTER.match(text, end)
    return ptype.casefold() == "district" and after is not None and after["word"] not in WHEN


def _cue(n: int, prep: str | None) -> str:
    """What told the place: a place noun, the preposition before it, or a verb of motion."""
    if n < 4:
        return "noun"
    if n == 5 or prep is None:
        return "motion"
    return " ".join(prep.casefold().split())


def find_places(
    text: str, context: str = "", next_text: str = "", headline: bool = False
) -> list[Place]:
    """Every cued place of one sentence; `context` (the whole source) settles which of
    two names is the container: the one the source mentions more often; `next_text` (the
    text right after the sentence) ends a name the splitter cut at its abbreviation.
    `headline`: the sentence is a title, whose words drop their articles, so a name right
    after "in", "near", "outside" or "at" is a town even before a noun ("in Dundalk
    domestic dispute", "at Pomona restaurant"), as a running text's "in a Dundalk dispute"
    would not be (after "at" it weighs as a spot: "at Pulse nightclub" names a venue as
    often); before a noun of harm it stays the scene ("in Riverton mass shooting",
    `scene_names`)."""
    found: list[Place] = []
    has_type = False
    starts: dict[int, list[int]] = {0: [], 4: [], 5: []}  # cue 2 begins as cue 0 does
    scene_starts = {start for start, _, _ in scenes(text)} if headline else set()
    for w in WORD_RUN.finditer(fold_case(text)):
        word = w.group()
        has_type = has_type or word in LAST_TYPE_WORDS
        if word in FIRST_TYPE_WORDS:
            starts[0].append(w.start())
        if word in FIRST_WORDS_FOLDED:
            as_written = text[w.start() : w.end()]
            for n, words in FIRST_WORDS.items():
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
                names = (clean_name(first), clean_name(second))
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
                    if _serves_an_office(ptype, text, m.end("type")):
                        continue
                    if ptype[:1].isupper() and not text[m.end("name") : m.start("type")].strip():
                        glued = " ".join(ptype.split())  # "Pitt County", "Kansas City"
                        name = f"{name} {glued}"
                    owned = OWNER_INSIDE.search(name)
                    if owned and not AFTER_ABBREVIATION.search(text, 0, m.start("name")):
                        # "Seattle’s Capitol Hill neighborhood"; never "St. Luke’s X"
                        owner = clean_name(name[: owned.start()])
                        container = owner if ok_name(owner) else None
                        span = (span[0] + owned.end(), span[1])
                        name = name[owned.end() :]
                elif n >= 4:
                    # "in Columbus Tuesday": the day is the clause's, not the name's
                    name, span = without_day(name, (m.start("name"), m.end("name")), text)
                    if PUBLISHING.search(text[: m.start()]):
                        continue
                    if _landmark(groups.get("prep") or "", name, text[: m.start()]):
                        continue
                    if groups.get("the"):
                        tail = name.split()[-1].casefold()
                        if tail not in GEO_TAIL and tail not in TYPE_WORDS and not known(name):
                            continue  # "in the Bronx": a name the containment table holds
                    after = text[span[1] :]
                    if strip_possessive(name) != name or re.match(r"[’']s\b", after):
                        continue  # "in Chavez's defense": a possessive, not a place
                    if _NUMBERED.match(after):
                        continue  # "in Terminal 2", "near Interstate 94": a numbered thing
                    bare = (
                        headline
                        and (groups.get("prep") or "").casefold() in _HEADLINE_TOWN_CUES
                        and not groups.get("the")
                        and not _POSTAL.fullmatch(name)
                        and span[0] not in scene_starts  # "in Riverton mass shooting"
                    )
                    if modifies_next(after) and not bare:
                        continue  # "at National Guard troops": a modifier, not a place
            if n in (1, 3):
                between = text[m.end("first" if n == 1 else "name") : m.start("type")].split()
                if any(w.casefold() in STOP or looks_like_verb(w) for w in between):
                    continue  # "Officials evacuated the town": a clause, not a name
            cut = leading_preposition(name)
            if cut:
                if text.startswith(name, span[0]):
                    span = (span[0] + cut, span[1])
                name = name[cut:]
            name = clean_name(name)
            base = name  # the name before its place nouns: what must look like a name
            if n >= 3:
                if glued and glued != "City":
                    base = name.removesuffix(f" {glued}")
                base, extra = split_type(base)
                ptype = f"{extra} {ptype}" if extra and ptype else (extra or ptype)
            if not ok_name(base) and not named_jurisdiction(name):
                continue
            if n == 0 and not ok_name(clean_name(container or "")):
                container = None
            start, end = span
            # Trim quotes and trailing dots the name pattern let in.
            while end > start and text[end - 1] in "'’”\".":
                end -= 1
            while start < end and text[start] in "'‘“\"":
                start += 1
            if taken(start, end) or _PHONE_AFTER.match(text, end):
                continue
            if abbreviation(base, text[end:]):
                whole = name_read_on(name, text[end:], next_text)
                if whole is None or taken(start, end + whole[1]):
                    continue  # "at St. John Hospital": "St" is half a name, not a place
                name, end = whole[0], end + whole[1]  # "in Sault Ste. Marie": read whole
            if container is None and _DISTRICT_AFTER.match(text, end):
                container = "D.C."  # "in Southeast, D.C.": the District is its city
            value = {
                "name": name,
                "container": clean_name(container) if container else None,
                "type": norm_type(ptype),
                "cue": _cue(n, groups.get("prep")),
            }
            if value["type"] is None and STREET_WORD.fullmatch(name.split()[-1]):
                value["type"] = "street"  # "near Elm Drive": a street, never a town
            written_in = _written_container(text, end) if n == 4 and container is None else None
            if written_in:
                value["written_in"] = written_in  # never a `container`: a state, mostly
            if n == 4 and _DESTINATION.search(text[: m.start()]):
                value["destination"] = True
            if n == 4 and _locates_a_name(text[: m.start()]):
                value["within"] = True
            found.append(Place(start, end, value, m.start()))
    for m in SIDE.finditer(text):
        name = clean_name(m.group("name"))
        if ok_name(name) and not taken(m.start(), m.end("name")):
            value = {"name": name, "container": None, "type": "city", "cue": "owner"}
            found.append(Place(m.start(), m.end("name"), value, m.start()))
    for m in COMMUNITY.finditer(text):  # "in the Salem community"
        name = clean_name(m.group("name"))
        if ok_name(name) and not DEMONYM.search(name) and not taken(*m.span("name")):
            value = {"name": name, "container": None, "type": "city", "cue": "in"}
            found.append(Place(m.start("name"), m.end("name"), value, m.start()))
    for m in HOME.finditer(text):  # "in their Roswell home": the town the home is in
        name = clean_name(m.group("name"))
        if ok_name(name) and name.split()[0] not in NOT_PLACE and not taken(*m.span("name")):
            state = m.group("state")
            value = {"name": name, "container": state, "type": "city", "cue": "home"}
            found.append(Place(m.start("name"), m.end("name"), value, m.start()))
    for start, end, name in scenes(text):  # "the Orlando shooting"
        if not headline and text[end:].lstrip()[:1].isupper():
            continue  # "charged with Negligent Homicide": a charge's capitals, no scene
        while len(name.split()) > 1 and name.split()[0] in NOT_PLACE:  # "The Orlando"
            start += len(name) - len(name.split(None, 1)[1])
            name = name.split(None, 1)[1]
        name = clean_name(re.sub(r"\bCo\.$", "County", name))
        base, kind = split_type(name)
        if ok_name(base) and not taken(start, end):
            value = {"name": name, "container": None, "type": kind, "cue": "scene"}
            found.append(Place(start, end, value, start))
    for start, end, name, cue in find_streets(text):  # "on Clarke Blvd.": a street
        if not taken(start, end):
            value = {"name": name, "container": None, "type": "street", "cue": cue}
            if _DESTINATION.search(text[:start]):
                value["destination"] = True
            found.append(Place(start, end, value, start))
    found.sort(key=lambda p: p.start)
    return found
