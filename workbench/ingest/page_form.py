"""Pages known to hold no article text by their form alone, on any database.

A scraper that lost the article keeps whatever stood in its place: a video playlist
(`furniture.is_playlist_page`), the site talking to its reader (`reader_notice`), and two
more forms met in real news:

- a counter alone: the page's whole text is one line that opens with "N of M" and makes
  no sentence ("3 of 3 Premium Clicks used this month": a paywall's meter, 7 pages of the
  real-news corpus and no other page). A report's line with a count is a sentence, or
  says more;
- no English prose: a short page in which another language's function words (its
  articles, pronouns, prepositions, auxiliaries: spaCy's stop words of that language)
  outnumber English's is in that language, a social site's log-in wall most often ("Para
  ver mais ... no Facebook, entre ou crie uma conta."). The tool reads English only: it
  reads nothing there, and the page's headline is all it has. On the real-news corpus
  (pages of 8-150 words) it finds the two such walls and nothing else: English prose is a
  third of English's function words, and the page with fewest, two headlines, has none of
  another language's.

- teasers: a short page (at most 150 words) whose every paragraph opens with another
  story's headline in headline case, five capitalised words or more with a capitalised
  function word among them ("Best Places To See Indie Rock In DetroitDetroit has ...",
  "5 Biggest Surprises In The NHL In 2016-17 SeasonEven though ..."), glued to its blurb:
  a site's box of its other stories. On the real-news corpus less held-out and fresh it
  finds the CBS Local teaser pages (lines 1063, 1207, 1406, 2733, 2852), a web archive's
  calendar banner left alone (line 1722, "Apr MAY Jun 20 2015 ..."), and nothing else.

Such a page is marked "no article text" as a sign-up box is (`stories.bare.bare_pages`):
its headline's claims alone count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from runpy import run_path

from workbench.ingest.furniture import is_playlist_page
from workbench.ingest.reader_notice import is_reader_notice_page

_COUNTER_LINE = re.compile(r"^\(?\d+\s+of\s+\d+\)?(?:\s+[^\s.!?]+){0,8}$", re.IGNORECASE)
"""A counter, then at most a few words and no sentence end."""

_CLOSED_CLASSES = """
a an the this that these those my your his her its our their i you he she it we they me
him us them who which what of in on at to for from with by about into over after before
under between through and or but if than not is are was were be been being am has have
had do does did will would can could shall should may might must there here when where
while
"""
_ENGLISH = frozenset(_CLOSED_CLASSES.split())
"""English's closed classes (a short screen before spaCy's longer lists are loaded)."""
_OTHERS = ("es", "pt", "fr", "de", "it", "nl")
"""The languages of the log-in walls and notices a scraper meets on English news sites."""
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_WORDS = 8
"""Fewer words than this prove nothing about a language (a name, a label)."""
_MAX_WORDS = 150
"""A longer page is a page of another language's news: left as it comes."""
_SCREEN = 0.2
"""Below this share of `_ENGLISH`, a page is read against the other languages' lists."""


def is_counter_page(text: str) -> bool:
    """A page whose whole text is one counter line ("3 of 3 ... used this month")."""
    return bool(_COUNTER_LINE.match(text.strip()))


def is_not_english(text: str) -> bool:
    """A short page in which another language's function words outnumber English's."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if sum(w in _ENGLISH for w in words) >= _SCREEN * len(words):
        return False
    english, others = _stop_words()
    ours = sum(w in english for w in words)
    return any(sum(w in theirs for w in words) > ours for theirs in others)


@cache
def _stop_words() -> tuple[frozenset[str], list[frozenset[str]]]:
    """spaCy's stop words of English and of `_OTHERS` (loaded at need: spaCy's import
    costs about a second)."""
    lists = [_spacy_stop_words(code) for code in ("en", *_OTHERS)]
    return frozenset(lists[0]), [frozenset(s) for s in lists[1:]]


def _spacy_stop_words(code: str) -> set[str]:
    """A language's `STOP_WORDS` run from its own file: importing the module would import
    its language package first, and French's tokenizer exceptions alone cost 3 CPU s."""
    # The package's folder found without importing it: `find_spec("spacy.lang")` imports
    # spaCy itself (1-2 CPU s, 10 s on a loaded machine), which the app then paid for
    # before its first dialog could read the database (walk35).
    spacy = find_spec("spacy")
    assert spacy is not None and spacy.submodule_search_locations
    folder = Path(next(iter(spacy.submodule_search_locations))) / "lang"
    return run_path(str(folder / code / "stop_words.py"))["STOP_WORDS"]


_HEAD_WORD = re.compile(r"[\d'’]*[A-Z][\w'’.-]*|\d[\d,.-]*")
_TEASER_RUN = 5
"""Words in headline case that open a teaser (a report's own sentence starts with a name
or two, seldom five capitalised words running)."""
_TEASER_PAGE_WORDS = 150


def _opens_with_headline(para: str) -> bool:
    """Whether a paragraph opens with a headline in headline case: at least
    `_TEASER_RUN` capitalised words in a row, a capitalised function word among them after
    the first ("Best Places To See ...", "5 Biggest Surprises In The ..."), then more."""
    words = para.split()
    run = 0
    while run < len(words) and _HEAD_WORD.fullmatch(words[run]):
        run += 1
    if run < _TEASER_RUN or run == len(words):
        return False
    return any(w.lower() in _ENGLISH for w in words[1:run])


def is_teaser_page(text: str) -> bool:
    """A short page whose every paragraph opens with another story's headline in headline
    case, glued to its blurb ("Best Places To See Indie Rock In DetroitDetroit has ..."):
    a box of teasers the scraper kept in place of the article."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if not paras or len(text.split()) > _TEASER_PAGE_WORDS:
        return False
    return all(_opens_with_headline(p) for p in paras)


FURNITURE_ONLY = "no article text: site furniture only"
"""Why a page is marked when nothing in its form tells more: its every paragraph is the
site's furniture, known by its repeats on the site's other pages (`stories.bare`), or no
text was left once the cleaner removed the furniture."""

NOT_ENGLISH = "not English: the tool reads English only"
"""A page in another language was said to be "site furniture only", which a user who gave
a Spanish article read as wrong about their file (walk38): it is not read, that is all."""


_FORMS: tuple[tuple[Callable[[str], bool], str], ...] = (
    (is_not_english, NOT_ENGLISH),
    (is_playlist_page, "no article text: a video playlist"),
    (is_reader_notice_page, "no article text: the site's notice to its reader"),
    (is_counter_page, "no article text: a paywall's counter"),
    (is_teaser_page, "no article text: other stories' teasers"),
)
"""Each form a page with no article text takes, and what its mark says, tried in turn."""


def no_article_form(text: str) -> str | None:
    """Why a cleaned text is, by its form, no article (None: it may be one): empty (a page
    a newer cleaner found to be furniture only), no English prose, a playlist, the site
    talking to its reader, a counter alone, or other stories' teasers. The words go with
    the page's mark wherever it is shown (`ingest`, `sources`, the app)."""
    if not text.strip():
        return FURNITURE_ONLY
    return next((reason for form, reason in _FORMS if form(text)), None)


def has_no_article_form(text: str) -> bool:
    """Whether a cleaned text is, by its form, no article (`no_article_form`)."""
    return no_article_form(text) is not None


def no_article_reason(text: str) -> str:
    """What the mark of a page with no article text says of it (`stories.no_article_text`
    marked it): its form's reason, else site furniture known by its repeats."""
    return no_article_form(text) or FURNITURE_ONLY
