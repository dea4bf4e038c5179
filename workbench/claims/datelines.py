"""Datelines and agencies: where a local report says its event happened without "in".

"SAN ANTONIO -", "ALBUQUERQUE, N.M. —", "North Las Vegas (KTNV) -" open a paragraph with
the place the report is filed from, which for local news is the event's city. "Wichita
police", "the Orlando Police Department" name the city whose agency handles the event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from workbench.claims.captions import caption_start
from workbench.claims.places import Place
from workbench.claims.words import TITLES, WORD_RUN, fold_case, wordset
from workbench.parse import Parse

_UPPER = r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}"
_TITLE = r"[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,3}"
_STATE = r"[A-Z][A-Za-z]*\.?(?: ?[A-Z][a-z]*\.?)?"
DATELINE_RE = re.compile(
    rf"^(?:(?P<upper>{_UPPER})|(?P<title>{_TITLE}))"
    rf"(?:,\s(?P<state>{_STATE}))?"
    r"(?P<outlet>\s?\([^)\n]{1,40}\))?"
    r"(?:\s?(?:--|-|—|–|>>)(?:\s|$)|\s?[—–](?=[A-Z])|(?<=\))\s(?=[A-Z][a-z]))"
)
"""A dateline: a town in capitals or with its state or outlet, then a dash, before the
report's first words or alone on its line ("ANCHORAGE –", the report in the next paragraph);
a long dash may touch the first word ("BRIDGEPORT—A woman", "INDIANAPOLIS –Metro police")."""
_COUNTIES = frozenset(("county", "parish"))
"""The last word of a dateline that names a county ("GREENE COUNTY, Ala. -"), not a town."""
SPELLED = {"twp.": "Township", "twp": "Township", "ft.": "Fort", "mt.": "Mount", "co.": "County"}
"""Abbreviated place words of datelines ("BERLIN TWP., Ohio"), spelled as the place's name;
"Ripley Co." is "Ripley County" wherever it is written."""
AGENCY_NOUNS = wordset(
    "police sheriff department fire officials authorities dispatch coroner prosecutor "
    "prosecutors detectives officers deputies"
)
OWNED = wordset("side neighborhood neighbourhood city")
_NAME_WORD = re.compile(r"[A-Z][A-Za-z.'’-]*")
_BEFORE_NOUN = re.compile(r"(?=\b[A-Z][\w.'’]*\W+(\w+))")
"""Each capitalised word and the word after it (overlapping: "Kansas City police")."""
_OWNER = re.compile(r"\b[A-Z][\w.-]*['’]")
_NO_PROSE = re.compile(r"(?=.*\w)(?!.*\b[a-z]).*", re.S)
"""What follows a credit line's or a heading's dash: a name or capitals and no lowercase
word, where a dateline opens the report's first sentence ("BRIDGEPORT - It was chaos.")."""
_NOT_A_PLACE = wordset(
    "UPDATE UPDATED PHOTO PHOTOS VIDEO VIDEOS WATCH BREAKING LIVE EXCLUSIVE AP BUY"
)


def dateline(text: str) -> Place | None:
    """The dateline opening a paragraph, if any."""
    m = DATELINE_RE.match(text)
    if m is None:
        return None
    name = m.group("upper") or m.group("title")
    if m.group("title") and not (m.group("state") or m.group("outlet")):
        return None  # "Man shot - police": a mixed-case opener needs a state or an outlet
    if text[m.end() - 2] == ")" and not (m.group("upper") and m.group("outlet")):
        return None  # no dash: only "EUTAW, Ala. (AP) Authorities say" is one
    if any(w.strip(".") in _NOT_A_PLACE for w in name.split()) or len(name) < 3:
        return None
    if not (m.group("state") or m.group("outlet")) and _NO_PROSE.fullmatch(text, m.end()):
        return None  # "WJAX - Jacksonville", "CRIMESTOPPERS - CRIME OF THE WEEK": a credit line
    shown = name.title() if name.isupper() else name
    shown = " ".join(SPELLED.get(w.casefold(), w) for w in shown.split())
    state = (m.group("state") or "").strip() or None
    kind = "county" if shown.split()[-1].casefold() in _COUNTIES else "city"
    value = {"name": shown, "container": state, "type": kind, "dateline": True, "cue": "dateline"}
    return Place(m.start(), m.start() + len(name), value, m.start())


def cut_dateline(text: str, after: str) -> Place | None:
    """A dateline the sentence splitter cut at its state's full stop ("MABLETON, Ga." then
    "(AP) — A Hiram man ..."): read with the text after it, kept if it ends in this one."""
    m = DATELINE_RE.match(text + after)
    if m is None or m.group("state") is None or m.end("state") != len(text):
        return None  # only a cut at the state's own full stop ("DANNIKA --" is no dateline)
    return dateline(text + after)


def parsed_text(text: str) -> str:
    """The part of a sentence the parser is given: the text after a gallery's furniture
    (`captions`) and the dateline that opens it. Left in, the small model reads the
    dateline as a noun phrase and hangs the lead's first count on it ("SPRINGFIELD, Ill. -
    Three men were shot": "Three" an apposition of the city, the count of no clause)."""
    text = text[caption_start(text) :]
    m = DATELINE_RE.match(text)
    if m is None or m.end() >= len(text) or dateline(text) is None:
        return text
    return text[m.end() :]


def body_start(text: str) -> int:
    """Where the words the parser is given begin: nothing before is a claim's."""
    return len(text) - len(parsed_text(text))


def parse_of(text: str, parses: Mapping[str, Parse]) -> Parse | None:
    """The parse of a whole sentence from the parse of its `parsed_text`: the dateline's
    words have no tokens, the rest keep their offsets into the whole sentence."""
    body = parsed_text(text)
    p = parses.get(body)
    if p is None or body == text:
        return p
    shift = len(text) - len(body)
    starts = [s + shift for s in p.starts]
    return Parse(text, starts, [e + shift for e in p.ends], p.tags, p.deps, p.heads)


def may_name_agency(text: str) -> bool:
    """Whether `agency_places` could find a place here, from the text alone: a capitalised
    word right before an agency noun ("Wichita police", "Winston-Salem police"), or a
    capitalised possessive with an owned noun after it ("Detroit's east side"). A sentence
    with neither but an agency noun is parsed in vain (about 560 of the 12,175 parses of
    the first 1,000 real articles)."""
    found = (m.group(1) for m in _BEFORE_NOUN.finditer(text))
    if not AGENCY_NOUNS.isdisjoint(word.casefold() for word in found):
        return True
    owner = _OWNER.search(text)
    return owner is not None and not OWNED.isdisjoint(
        WORD_RUN.findall(fold_case(text[owner.end() :]))
    )


_TOWN_WORD = re.compile(r"[A-Z][a-z]+")


def _written_as_name(word: str, context: str) -> bool:
    """The article writes the word as a name: never in lower case, and capitalised at
    least once inside a sentence (after a word wholly in lower case, or a comma), where only
    a name is; "Responding officers", "Several deputies" are capitalised at a sentence start
    only, and "responding" is written in lower case elsewhere; "School officials" is
    capitalised inside a sentence only within a longer name ("Bunker Hill High School")."""
    if re.search(rf"\b{re.escape(word.lower())}\b", context):
        return False
    return re.search(rf"(?:\b[a-z]+|,) {re.escape(word)}\b", context) is not None


def _misread_name(p: Parse, k: int, context: str) -> bool:
    """A town the small model tags as an adjective or a common noun of the agency ("Raleigh
    police said", "call Meridian police": JJ, amod; "Chattanooga police are investigating":
    NN, compound): a capitalised word the article writes as a name."""
    return (
        bool(context)
        and p.deps[k] in ("amod", "compound")
        and p.lower(p.heads[k]) in AGENCY_NOUNS
        and _TOWN_WORD.fullmatch(p.text[p.starts[k] : p.ends[k]]) is not None
        and _written_as_name(p.text[p.starts[k] : p.ends[k]], context)
    )


_PROPER = frozenset(("NNP", "NNPS"))
"""A proper noun, singular or plural ("Council Bluffs Police", "Grand Rapids police")."""


def agency_places(p: Parse, context: str = "") -> list[Place]:
    """Proper names compounded with an agency ("Wichita police", "Orlando Police
    Department") or owning a place ("Detroit's east side"): the city of the event.
    `context`: the article's text, which tells a town the parser read as an adjective
    (`_misread_name`)."""
    found: list[Place] = []
    for k in range(len(p)):
        proper = p.tags[k] in _PROPER
        misread = not proper and _misread_name(p, k, context)
        if not misread and (not proper or p.deps[k] not in ("compound", "poss")):
            continue
        head = p.heads[k]
        # "Orlando Police Department", "Albuquerque Police Chief Eden": the compound chain
        # may pass through the agency's noun on its way to the head.
        through = _through_agency(p, k, head)
        if p.deps[k] == "compound" and p.lower(head) not in AGENCY_NOUNS and not through:
            continue
        if p.lower(head) == "department" and head + 1 < len(p) and p.lower(head + 1) == "of":
            continue  # "Texas Department of Public Safety": a state's, not a town's
        if p.deps[k] == "poss" and p.lower(head) not in OWNED:
            continue
        lo = k
        while lo > 0 and p.tags[lo - 1] in _PROPER and p.heads[lo - 1] in (k, head, lo):
            lo -= 1  # "San Antonio Police": "San" hangs on "Antonio", the word after it
        start, end = p.starts[lo], p.ends[k]
        name = p.text[start:end]
        if name.split()[0] in ("Police", "Sheriff", "County", "State"):
            continue
        if fold_case(name.split()[-1]) in TITLES:
            continue  # "Senior Deputy Prosecutor Charles Sergis": a person's title
        if any(w.strip(".()").upper() in _NOT_A_PLACE for w in name.split()):
            continue  # "Buy Photo Detroit Police": page furniture glued to the name
        if not all(_NAME_WORD.fullmatch(w) for w in name.split()):
            continue  # "(KDKA/AP)- Police say": an outlet's credit, not a name
        agency = misread or p.deps[k] == "compound"
        kind, cue = ("agency", "agency") if agency else ("city", "owner")
        value = {"name": name, "container": None, "type": kind, "cue": cue}
        found.append(Place(start, end, value, start))
    return _first_of_runs(found, p.text)


def _through_agency(p: Parse, k: int, head: int) -> bool:
    """An agency's noun on the compound chain from `k` to its head, every word between a
    compound ("Orlando Police Department", "Dickinson Police Department Capt. Cianni",
    "Indianapolis Metropolitan Police Department Officer Hamer": the name hangs on the
    person's title, the agency's nouns between)."""
    between = range(k + 1, head)
    return any(p.lower(j) in AGENCY_NOUNS for j in between) and all(
        p.deps[j] == "compound" and k < p.heads[j] <= head for j in between
    )


def _first_of_runs(found: list[Place], text: str) -> list[Place]:
    """Of names written one right after the other ("Indianapolis Metropolitan Police"), the
    first: the town, the words after it the agency's own name ("Metropolitan"), no place."""
    kept: list[Place] = []
    for place in sorted(found, key=lambda q: q.start):
        run_on = any(q.end < place.start and not text[q.end : place.start].strip() for q in kept)
        if not run_on:
            kept.append(place)
    return kept
