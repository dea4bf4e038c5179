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

Such a page is marked "no article text" as a sign-up box is (`stories.bare.bare_pages`):
its headline's claims alone count.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module

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
    lists = [import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS for code in ("en", *_OTHERS)]
    return frozenset(lists[0]), [frozenset(s) for s in lists[1:]]


def has_no_article_form(text: str) -> bool:
    """Whether a cleaned text is, by its form, no article: empty (a page a newer cleaner
    found to be furniture only), a playlist, the site talking to its reader, a counter
    alone, or no English prose."""
    return (
        not text.strip()
        or is_playlist_page(text)
        or is_reader_notice_page(text)
        or is_counter_page(text)
        or is_not_english(text)
    )
