"""A story's readable title, made from its articles: "shooting · Elmira · 2016-06-05".

The event's kind is the kind most of the articles' headings and leads tell happened, as the
parse of their sentences reads it (`event_kind`: "a film shot on location" tells no
shooting), by their words only where nothing of them was parsed; the place is the town the
articles' openings name most often (a name given as a town somewhere in the database,
"Wichita" of "Wichita police" too; a unit, "Metro police", a "Gang Unit", never is; shown as
a page writes it, not as the extractor cased a dateline's capitals), else the town their
texts name most often, else the place the openings name most often (never a state, nor the
nation, nor a brand's name run together: "AngelOne", nor an agency of no town, "Fire" of
"the Fire Department", nor a word a line cased as a heading capitalises after a preposition,
"No One In Custody"), else the town the headings name (capitalised words the database types
as a town: a page that lost its article keeps only its heading); the date is the day the
first article says the event happened, else the day it was published.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from datetime import timedelta

from workbench.claims.datelines import AGENCY_NOUNS
from workbench.claims.place_containment import as_named
from workbench.stories.address import names_its_site
from workbench.stories.lookup import day_of
from workbench.stories.settings import Settings
from workbench.stories.title_towns import (
    COMPASS,
    TOWN_KINDS,
    WIDE_KINDS,
    heading_town,
    town_names,
)
from workbench.stories.title_towns import DANGLING as _DANGLING
from workbench.stories.title_towns import SEPARATOR as _SEPARATOR
from workbench.stories.title_towns import name_key as _key
from workbench.stories.title_towns import wider as _wider
from workbench.vocabulary import fold, words

EVENT_DATE_DAYS = 7
"""A date the text gives this many days or fewer before publication may be the event's."""
PLACE_WORDS = 6
"""A place's name of more words is a list run together (a page's menu of police
districts read as one name), never a story's place."""
KIND_SHARE = 2
"""A kind earlier in the data's order (the way of a harm, "shooting", before its outcome,
"death") names the story when at least one in this many of the most told kind's articles
tell it: an article that says a man died after being shot, beside one that says only that
he died, tells a shooting."""
HEADING_WORDS = 8
"""A title made from a heading keeps this many of its words at most."""
_SITE = re.compile(r"\b[\w-]+\.(?:com|net|org|gov|edu|info|biz|tv|fm|us)\b", re.I)
"""A web address ("Stats.com" of a page's credit line "at Stats.com"): a site, no place."""
_COMPOUND = re.compile(r"[a-z]{3}[A-Z]")
"""Words run together inside one name, a capital after a lower-case word ("AngelOne",
"CareFlight"): a brand's or a service's name; a town's inner capital follows a prefix of
one or two letters ("McAllen", "DeKalb", "LaGrange")."""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place claim of an article, as a title reads it."""

    name: str
    kind: str | None
    """The claim's type ("city", "street", "agency"...)."""
    cue: str | None
    opening: bool
    """Within the article's opening (the lead)."""
    text: str = ""
    """The claim's words as the article writes them ("Long Beach" of name "Long")."""


def _as_written(mention: PlaceMention) -> str:
    """The name with the type the text capitalises after it ("Long Beach", "Pitt County",
    "Cedar Avenue"): a claim read before the extractor kept the whole name (EXTRACTOR
    83) has "Long" of type beach, and "Long" alone names another place or none."""
    if not mention.kind or not mention.text:
        return mention.name
    size = len(mention.name.split()) + len(mention.kind.split())
    if words(mention.name)[-len(mention.kind.split()) :] == words(mention.kind):
        return mention.name  # already whole
    tail = mention.text.split()[-size:]
    whole = f"{mention.name} {mention.kind}"
    named = _key(" ".join(tail)) == _key(whole) and all(w[:1].isupper() for w in tail)
    return " ".join(tail) if named else mention.name  # "a Charlotte neighborhood": Charlotte


def _agency_town(name: str) -> str:
    """The town an agency's name holds ("Brookfield Police" -> "Brookfield")."""
    kept = name.split()
    while len(kept) > 1 and fold(kept[-1]) in AGENCY_NOUNS:
        kept.pop()
    return " ".join(kept)


def _agency(mention: PlaceMention) -> bool:
    """Whether the place is read from an agency's name ("Wichita police", "Metro police",
    "the Gang Unit", "Brookfield Police")."""
    last = fold(mention.name.split()[-1]) if mention.name.split() else ""
    return mention.cue == "agency" or last in AGENCY_NOUNS


@dataclass(slots=True)
class TitleMaterial:
    """What one article contributes to its story's title."""

    heading: str
    lead: str
    published: str | None
    places: list[PlaceMention] = field(default_factory=list)
    """The places it names, in text order."""
    event_dates: list[str] = field(default_factory=list)
    """Days (ISO) its text says something happened."""
    told: frozenset[str] | None = None
    """The kinds of event its parsed heading and opening tell (`event_kind.kinds_told`);
    None when none of them was parsed: its words are read instead."""
    address: str | None = None
    """The page's address (URL): a heading it spells is the site's name (`told_heading`)."""


def event_kind(materials: Sequence[TitleMaterial], settings: Settings) -> str | None:
    """The kind of event most articles tell in their heading or lead: as the parse reads
    them, else (nothing of them parsed: a page that lost its article) as words."""
    votes: Counter[str] = Counter()
    for material in materials:
        if material.told is not None:
            votes.update(material.told)
        else:
            votes.update(_kinds_in(f"{material.heading} {material.lead}", settings))
    if not votes:
        return None
    rank = {kind: i for i, (kind, _) in enumerate(settings.event_kinds)}
    most = max(votes.values())
    return min((k for k in votes if votes[k] * KIND_SHARE >= most), key=lambda k: rank[k])


def _kinds_in(text: str, settings: Settings) -> set[str]:
    tokens = words(text)
    grams = {tuple(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1)}
    return {kind for kind, phrases in settings.event_kinds if any(p in grams for p in phrases)}


def _place(materials: Sequence[TitleMaterial], towns: Set[str]) -> str | None:
    """The town the openings name most often, else the place they name most often, else
    the town the texts name most often by its name (`_tier`). A town is a name the story
    or the database (`towns`) gives as one, not only through an agency: "Wichita police"
    is Wichita's when Wichita is named so somewhere, while "Metro", a "Gang Unit" are
    never named as towns. A state is no story's place."""
    named = towns | town_names(
        (m.name, m.kind, m.cue) for material in materials for m in material.places
    )
    counts: list[Counter[str]] = [Counter(), Counter(), Counter()]
    first: dict[tuple[int, str], int] = {}
    shown: dict[str, str] = {}
    recased: dict[str, bool] = {}  # the shown name cased by the extractor, not by a page
    for material in materials:
        seen: set[tuple[int, str]] = set()
        cut = _cut_short(material.places, named)
        for i, mention in enumerate(material.places):
            name = _shown(mention)
            key = _key(name)
            if not key or _wider(key, mention.kind) or len(key.split()) > PLACE_WORDS:
                continue
            if i in cut or set(key.split()) <= COMPASS:
                continue
            if _SITE.search(name) or _COMPOUND.search(name):
                continue
            if _agency(mention) and set(key.split()) <= AGENCY_NOUNS:
                continue  # "Fire" of "the Fire Department": an agency of no town
            tier = _tier(mention, key in named)
            if tier is None or (tier and _capitals_of_a_heading(mention, material.lead)):
                continue
            if _cased_by_a_heading(mention, material.lead):
                continue
            if key not in shown or _recased(shown[key], recased.get(key)):
                shown[key] = name.strip()
                recased[key] = _read_from_capitals(mention)
            if (tier, key) in seen:
                continue
            seen.add((tier, key))
            counts[tier][key] += 1
            first.setdefault((tier, key), len(first))
    for i, tier in enumerate(counts):
        if tier:
            return shown[min(tier, key=lambda k: (-tier[k], first[i, k]))]
    return None


def _recased(shown: str, from_capitals: bool | None) -> bool:
    """Whether a name shown so far gives way to the same name as another mention writes it:
    one in capitals ("LONG BEACH"), or one the extractor cased from a page's capitals (a
    dateline's "MCKEESPORT" named "Mckeesport"), where a page writes "McKeesport"."""
    return shown.isupper() or bool(from_capitals)


def _read_from_capitals(mention: PlaceMention) -> bool:
    """Whether the mention's name is cased by the extractor from words the page writes in
    capitals only (a dateline): its inner capitals ("McKeesport", "DeKalb") are lost."""
    return bool(mention.text) and mention.text.isupper() and not mention.name.isupper()


def _shown(mention: PlaceMention) -> str:
    """The name a title would show: an agency's town, else the name as written; a name
    the place table knows as another's ("Philly", "NYC") as that place's."""
    name = _agency_town(mention.name) if _agency(mention) else _as_written(mention)
    return as_named(name) or name


def _cut_short(mentions: Sequence[PlaceMention], towns: Set[str]) -> set[int]:
    """The agencies (by index) whose town, no town's name (`towns`), is the first words
    of another agency's town the same article names: the longer name read once more
    cut short ("Port" of "Port St. Lucie police" beside "Port St. Lucie", "Little" beside
    "Little Rock"). A town's name stays ("Fresno" beside "Fresno County")."""
    keys = [_key(_shown(m)) if _agency(m) else "" for m in mentions]
    return {
        i
        for i, key in enumerate(keys)
        if key and key not in towns and any(k.startswith(f"{key} ") for k in keys)
    }


def _tier(mention: PlaceMention, named: bool) -> int | None:
    """0: a town the opening names; 1: another place it names (an agency's name, "Omaha
    police", a street); 2: a town the text names later, by its name ("Pitt County")."""
    if mention.opening:
        return 0 if named else 1
    return 2 if _town(mention) else None


def _capitals_of_a_heading(mention: PlaceMention, lead: str) -> bool:
    """Whether a scene's name ("the Orlando shooting": the capitalised words before a
    noun of harm) is capitalised for its position, not as a name: written before a
    capitalised noun ("Fatal Shooting", "Another Shooting": a heading capitalises every
    word), or one word opening its sentence or line ("Fatal shooting in Greenhaven")."""
    if mention.cue != "scene" or not mention.text:
        return False
    at = lead.find(mention.text)
    if at < 0:
        return False
    after = lead[at + len(mention.text) :].split()[:1]
    if after and after[0][:1].isupper():
        return True
    before = lead[:at].rstrip(" \t")
    opens = not before or before[-1] in '.!?:\n"“'
    return opens and len(mention.text.split()) == 1


_CUED = frozenset(("in", "at", "near", "outside", "into", "inside"))
"""Cues a place claim reads after a preposition ("in Custody" of "No One In Custody")."""


def _cased_by_a_heading(mention: PlaceMention, lead: str) -> bool:
    """Whether a place read after a preposition is only a capitalised word of a line cased
    as a heading ("Motive Unknown; No One In Custody"): wherever the opening writes it, the
    preposition before it is capitalised inside its line, which prose never writes ("in
    Custody"). A heading's town is named so in the prose too ("in New Roads, deputies
    say"), and stays."""
    if mention.cue not in _CUED or not mention.text:
        return False
    found = [m.start() for m in re.finditer(re.escape(mention.text), lead)]
    return bool(found) and all(_after_a_capital_cue(lead[:at], mention.cue) for at in found)


def _after_a_capital_cue(before: str, cue: str) -> bool:
    """Whether the text ends on the cue's word capitalised, not opening its sentence."""
    said = before.rstrip(" \t").split(" ")
    if len(said) < 2 or fold(said[-1]) != cue.split()[0]:
        return False
    return said[-1][:1].isupper() and not said[-2].endswith((".", "!", "?", ":", "\n"))


def _town(mention: PlaceMention) -> bool:
    """Whether the mention itself names a town or county by its name: a dateline, "X's
    east side", "X County", "Star Township" (not "in X": "in Building 197"; nor "one city
    official")."""
    if mention.cue in ("dateline", "owner"):
        return True
    named_so = words(mention.name)[-1:] == words(mention.kind or "")[-1:]
    return mention.cue != "agency" and mention.kind in TOWN_KINDS | WIDE_KINDS and named_so


def _date(materials: Sequence[TitleMaterial]) -> str | None:
    dated = sorted((m for m in materials if day_of(m.published)), key=lambda m: m.published)
    if not dated:
        return None
    first = dated[0]
    published = day_of(first.published)
    assert published is not None
    days = Counter(
        d
        for text in first.event_dates
        if (d := day_of(text)) and published - timedelta(days=EVENT_DATE_DAYS) <= d <= published
    )
    if days:
        return max(days, key=lambda d: (days[d], d)).isoformat()
    return published.isoformat()


def story_title(
    materials: Sequence[TitleMaterial],
    settings: Settings,
    towns: Set[str] = frozenset(),
    typed_towns: Set[str] = frozenset(),
) -> str:
    """Kind · place · date, as far as the articles tell; the first heading otherwise
    (`towns`: the names the database gives as towns, see `town_names`; `typed_towns`:
    those it types so, which a heading's words may name, see `heading_town`)."""
    kind, place = event_kind(materials, settings), _place(materials, towns)
    if kind and not place:  # with no kind the heading is the title, its town in it
        place = heading_town(materials, typed_towns)
    parts = [p for p in (kind, place) if p]
    when = _date(materials)
    if not parts:
        parts = [heading_title(told_heading(materials)) or "untitled"]
    return " · ".join([*parts, *([when] if when else [])])


def told_heading(materials: Sequence[TitleMaterial]) -> str:
    """The first heading that is not its page's masthead (`address.names_its_site`: the
    site's or an account's name its address spells, "NBC12" of a log-in wall's page at
    .../NBC12News/posts/..., "TSA on Twitter"), else none: a story whose pages tell no
    event by their headings is untitled, not titled by its site."""
    return next(
        (
            m.heading.strip()
            for m in materials
            if m.heading.strip() and not names_its_site(m.heading, m.address)
        ),
        "",
    )


def heading_title(heading: str) -> str:
    """A heading as a title: without the site's or the author's name set after it
    ("... - KSLA News 12", "... « CBS Chicago"), at most `HEADING_WORDS` words, and when
    cut, not left hanging on a function word ("peace walk in") but marked as cut."""
    parts = _SEPARATOR.split(heading.strip())
    head = parts[0] if len(parts[0].split()) >= 3 else heading.strip()
    kept = head.split()
    if len(kept) <= HEADING_WORDS:
        return head
    kept = kept[:HEADING_WORDS]
    while len(kept) > 1 and fold(kept[-1]).strip(",;:") in _DANGLING:
        kept.pop()
    return " ".join(kept).rstrip(",;:") + "…"
