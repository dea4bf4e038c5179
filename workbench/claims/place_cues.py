"""The cue patterns of a named place: the place nouns, the prepositions and verbs of motion
that tell a capitalised name is a place, and the words that never are one.

Kept apart from `claims.places` (which applies them to a sentence) so the patterns read as
data beside the code that reads them.
"""

from __future__ import annotations

import re

from workbench.claims.words import MONTHS, WEEKDAYS, words_of, wordset

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
TYPES = sorted(PLACE_TYPES.split("|"), key=len, reverse=True)
TYPE = "(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in TYPES) + ")"
CAPWORD = r"[A-ZÀ-ÖØ-Þ](?:[\w’'-]|\.(?=[A-Za-z]))*"
_LINK = (
    r"(?:de|del|della|di|da|do|dos|das|du|des|la|las|los|le|el|al|van|von|der|den|bin|ibn"
    r"|y|e|of|the)"
)
NAME = rf"['‘“]?{CAPWORD}(?:\s+(?:{_LINK}\s+)*{CAPWORD})*['’”]?"
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
_BEARING = (
    "north|south|east|west|northeast|northwest|southeast|southwest|"
    "North|South|East|West|Northeast|Northwest|Southeast|Southwest"
)
"""A bearing before "of" ("west of Pittsboro", "just north of Benton"): a spot near a
town, which the reports and the labels give as that town (as "near Rutherfordton"), and so
is a spot "on the outskirts of Atwater"."""
NEAR_OF = frozenset([*(f"{b.casefold()} of" for b in _BEARING.split("|")), "outskirts of"])
"""The cues (`places._cue`) of a spot told by its bearing from a town, or on its edge."""
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
        rf"\b(?P<type>{TYPE})\s+(?:of|in|outside|near)\s+(?P<container>{NAME}),?\s+"
        rf"(?:(?:commonly|locally|also)\s+)?(?:called|known\s+as|named)\s+(?P<name>{NAME})"
    ),
    # "the western Lyon district of Vaulx" / "the Vaulx district of Lyon"
    re.compile(rf"\b(?P<first>{NAME})\s+{_ADJ}(?P<type>{TYPE})\s+of\s+(?P<second>{NAME})"),
    # "the poor neighborhood of Vaulx", "the city of Aleppo"
    re.compile(rf"\b(?P<type>{TYPE})\s+of\s+(?P<name>{NAME})"),
    # "the Croix-Rousse neighborhood", "Fort Hood air base", "the Elysee presidential palace"
    re.compile(rf"(?P<name>{NAME})\s+{_ADJ}(?P<type>{TYPE})\b(?![’']s)"),
    # "in Lyon", "near Fort Hood", "In Kabul, ..."
    re.compile(
        rf"(?:^|(?<=\s))(?P<prep>{_PREP}|as\s+far\s+(?:away\s+)?as|(?:{_BEARING}|outskirts)\s+of)"
        rf"(?:(?<=utside)\s+of)?\s+"
        rf"(?:(?P<the>the)\s+)?(?:(?:{_PART})\s+)?(?P<name>{NAME})"
    ),
    # "fled to X", "moved from X": direction only after a verb of motion
    re.compile(rf"\b(?:{_MOTION})\s+(?:back\s+)?(?:to|from|towards)\s+(?:the\s+)?(?P<name>{NAME})"),
]
TYPE_WORDS = frozenset(w for t in TYPES for w in t.split())
# Cheap first looks, so the costly cues run only where they can match. Every cue but two
# begins with a whole word of a known list, so a sentence is tried only at those words:
# place nouns in any case, prepositions and verbs of motion as written.
FIRST_TYPE_WORDS = frozenset(t.split()[0] for t in TYPES)
LAST_TYPE_WORDS = frozenset(t.split()[-1] for t in TYPES)
FIRST_WORDS = {
    4: frozenset([*_PREP.split("|"), *_BEARING.split("|"), "as", "outskirts"]),
    5: frozenset(_MOTION.split("|")),
}
FIRST_WORDS_FOLDED = frozenset(w.lower() for words in FIRST_WORDS.values() for w in words)
WHEN = frozenset(
    [m.capitalize() for m in MONTHS]
    + [d.capitalize() for d in WEEKDAYS]
    + words_of("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
)
NOT_PLACE = WHEN | frozenset(
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
        "Him Them Me Us "
        "But And Or If When While After Before Since During Despite Although Though For"
    )
)
PUBLISHING = re.compile(
    r"\b(?:published|appeared|printed|posted|reported|originally|first|wrote|writing)\s+$", re.I
)
# "in the X": a place when X ends with a geographic word ("the United States", "the Gaza Strip").
GEO_TAIL = wordset(
    "states kingdom republic emirates islands strip bank east west north south gulf sea "
    "ocean coast alps andes balkans caribbean sahara amazon netherlands philippines "
    "territories highlands lowlands delta basin peninsula sea"
)

_VENUES = "home|house|apartment|residence|townhouse|duplex|bar|tavern|pub|barbershop|park|lot"
"""Buildings and grounds a town's name qualifies; not those a brand names as often ("a
Walgreens store", "a Motel 6"), nor a party a feast names ("a Halloween party")."""
HOME = re.compile(
    rf"\b(?:in|at|outside|inside|near|from|of|into|behind)\s+"
    rf"(?:his|her|their|an?\s+(?:(?:{_PART})\s+)?)\s*(?P<name>{NAME})"
    rf"(?:,\s+(?P<state>{NAME}))?\s+(?:(?!family\b)[a-z]+\s+)?(?:{_VENUES})\b"
)
"""A home's or a venue's town before the word ("at his Dearborn Heights home", "in their
Chubbuck, Idaho home", "in an east Elmira apartment", "outside a Tampa hookah bar", "the
rear of a Detroit barbershop"): the place the event's own building stands in, after a
possessive pronoun or an indefinite article, so never a family's or an owner's name ("the
Brown home"); a person the name qualifies ("a Toledo man") is a hometown, no venue."""
COMMUNITY = re.compile(rf"\b(?:in|near|of)\s+the\s+(?P<name>{NAME})\s+community\b")
"""A community named as where people live ("in the Salem community"): a place too small
to be a town of its own, which the reports and the labels give as the place; never a
people's own ("the Hispanic community", `DEMONYM`)."""
DEMONYM = re.compile(r"(?:an|ans|ese|ish|ic|i)$")
"""The endings of a people's or a faith's name ("Hispanic", "Somali", "Jewish", "Korean")."""
SIDE = re.compile(
    rf"(?P<name>{CAPWORD}(?:\s+{CAPWORD})*)['’]s\s+(?:far\s+)?(?:(?:north|south)?(?:east|west)"
    r"|north|south)(?:ern)?\s+side\b",
)
""""on Detroit's east side": the part of a city where it happened, so the city."""
