"""Tokens with offsets and the small closed-class vocabulary every extractor shares.

Only general English function words and news vocabulary live here, never names from a
particular corpus, so the extractors behave the same on text nobody has seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from workbench.claims.inflections import BRITISH, IRREGULAR, prefixed_irregular, restore_e


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string, which reads better in lists."""
    return frozenset(text.split())


def words_of(text: str) -> list[str]:
    return text.split()


WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


class Token(NamedTuple):
    """A word or a punctuation mark with its offsets; a named tuple because every sentence
    makes dozens, and a tuple is the cheapest immutable record to build."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


# Besides case, `re.IGNORECASE` takes these for ASCII letters (checked over all of Unicode).
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
WORD_RUN = re.compile(r"\w+")


_WEB_ADDRESS = re.compile(
    r"(?i:[a-z][a-z0-9+.-]*://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?"
)


def is_web_address(word: str) -> bool:
    """A link ("http://t.co/Fq...", "www.x.org", "nbc10.com/news"): a word of the page,
    never a person, a place or a thing counted, whatever the tagger calls it."""
    # Every form the pattern takes has a dot or a scheme's colon: most words are ruled out
    # before it runs (asked of every token a mention may be).
    return ("." in word or ":" in word) and _WEB_ADDRESS.fullmatch(word) is not None


def fold_case(text: str) -> str:
    """Lower case, character for character, such that an ASCII word is found in it exactly
    where a case-insensitive pattern finds it: a cheap first look before the pattern."""
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_FOLD)
    return text.lower()


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only `starts` (ascending, and every place a match can
    begin): a long alternation tried at every character is what makes a pattern slow."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            end = m.end()


def strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


DETERMINERS = wordset(
    "a an the this that these those his her its their our my your some any each every "
    "all both no another other such"
)
PREPOSITIONS = wordset(
    "in on at near from to into onto of by for with without about against across around "
    "through throughout during after before since until over under between among amid "
    "outside inside within toward towards via per behind beyond along off upon"
)
AUXILIARIES = wordset(
    "is are was were be been being am have has had having do does did will would shall "
    "should can could may might must not n't also reportedly allegedly still already now "
    "then later initially subsequently eventually apparently all both each just only "
    "never ever since yet so too"
)
PRONOUNS = wordset(
    "i me we us you he him she her it they them who whom which what this that these those "
    "one someone somebody anyone everyone nobody"
)
CONJUNCTIONS = wordset(
    "and or but nor yet so because while whereas although though if as than when where "
    "whether unless once"
)
STOP = DETERMINERS | PREPOSITIONS | AUXILIARIES | PRONOUNS | CONJUNCTIONS

TITLES = wordset(
    "mr mrs ms miss dr prof sir dame lord lady president vice-president prime minister "
    "gen general col colonel maj major capt captain lt lieutenant sgt sergeant adm admiral "
    "sen senator rep representative gov governor mayor judge justice king queen prince "
    "princess sheikh rev father pope chancellor secretary chairman chairwoman ceo "
    "commander chief deputy ambassador officer"
)

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAYS = words_of("monday tuesday wednesday thursday friday saturday sunday")
# Words of the calendar and the clock: they say when, never what is counted.
CALENDAR_WORDS = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *(d + "s" for d in WEEKDAYS),
        *words_of(
            "jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow "
            "tonight morning afternoon evening night noon midnight overnight weekend"
        ),
    ]
)
# Words that make the next calendar word a date: "last Monday", "early Tuesday".
CALENDAR_QUALIFIERS = wordset("last next this early late earlier later on")

# Verbs whose past is their base form, so no suffix shows them ("men ... put out the call").
BARE_PAST = wordset("put set cut hit hurt let quit shut spread")
# Adverbial particles of phrasal verbs ("rounded up", "walked off the job").
PARTICLES = wordset("up down out off away back")
# Prepositions that make a fixed phrase with a bare noun ("taken into custody").
PHRASE_PREPOSITIONS = wordset("into to under in")

# Nouns in -ing that name an event or a thing: lemmatised as nouns ("uprising", not
# "uprise"); `verb_lemma` reads them as verbs where the sentence uses them so.
ING_NOUNS = wordset(
    "uprising meeting shooting bombing killing building wedding hearing gathering "
    "stabbing kidnapping shelling looting rioting fighting beating sitting landing"
)


@lru_cache(maxsize=1 << 16)  # news repeats its words; a pure function of one word
def lemma(word: str) -> str:
    """A small suffix lemmatiser for verbs and nouns: detained -> detain, countries -> country."""
    w = strip_possessive(word.casefold())
    if w in ING_NOUNS:
        return w
    if w.endswith("ings") and w[:-1] in ING_NOUNS:
        return w[:-1]
    return verb_lemma(w)


@lru_cache(maxsize=1 << 16)
def verb_lemma(word: str) -> str:
    """`lemma`, reading an -ing noun as the verb it comes from ("were killing" -> kill)."""
    w = strip_possessive(word.casefold())
    w = BRITISH.get(w, w)
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) <= 3:
        return w
    if (base := prefixed_irregular(w)) is not None:
        return base
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("eed") or w.endswith("ss"):
        return w
    if len(w) == 5 and w.endswith("ying") and w[0] not in "aeiou":
        return w[0] + "ie"  # a one-syllable verb in -ie: lying, dying, tying
    if w.endswith("ed"):
        return BRITISH.get(restore_e(w[:-2]), restore_e(w[:-2]))
    if w.endswith("ing") and len(w) > 5:
        return BRITISH.get(restore_e(w[:-3]), restore_e(w[:-3]))
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith(("us", "is", "ss", "os")):
        return w
    if w.endswith("s"):
        return BRITISH.get(w[:-1], w[:-1])
    return w


@lru_cache(maxsize=1 << 16)
def looks_like_verb(word: str) -> bool:
    """A past participle, an -ing form or a known irregular form (no tagger, so a guess)."""
    w = word.casefold()
    if (
        w in IRREGULAR
        and IRREGULAR[w] != w
        and w
        not in (
            "men",
            "women",
            "children",
            "feet",
            "teeth",
            "mice",
            "crises",
            "forces",
            "troops",
            "arms",
        )
    ):
        return True
    if len(w) > 4 and w.endswith("ed") and not w.endswith(("hundred", "eed")):
        return True
    return len(w) > 5 and w.endswith("ing") and w not in NOT_VERBS_ING


NOT_VERBS_ING = wordset(
    "morning evening building ceiling wedding during something nothing anything "
    "everything king ring spring string wing bring thing sibling clothing"
)
