"""Another story's headline standing between two paragraphs of the article.

News sites set links to their other stories inside the article's text ("Man charged in
the shooting of a baby-sitter" between two paragraphs of a report on another shooting);
a scraper keeps them as lines of the text, and their counts and names become the
article's. Such a line is marked by its place and its grammar, never by its words:

- it stands alone between two paragraphs of prose: the one before ends a sentence, the
  one after begins one with a word, and it neither ends a sentence nor runs on;
- it is written as a headline: a kicker label in capitals ("RELATED:", "WATCH |"), the
  capitalised words of a title, or headline grammar, which leaves out the articles and
  the forms of "be" and "have" that every sentence of prose needs ("Man charged with
  murder", not "A man was charged with murder").

A subhead passes the same tests and goes too: it carries no claim of its own. A sentence
that lost its full stop keeps its articles and verbs, and stays. So do the lines of a
list or a log, which a headline's grammar does not make one: a name in capitals
(a wanted notice), a name ending in its age ("Jane Doe, 46 years old"), a time of day or
a calendar date, an entry set off by a dash ("Greenfield, Feb. 24", "Sunday at 2 a.m.",
"Clarke Boulevard shooting - two injured").
"""

from __future__ import annotations

import re

_MIN_WORDS, _MAX_WORDS = 3, 20
ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")
"""A line that ends as a sentence does (its stop, then any closing quote or bracket)."""
# Anything that closes or continues a line: a sentence, a quotation, a lead-in, a list.
_OPEN_END = re.compile(r"[.!?…:;,\"'”’)\]–—-]$")
_STARTS_SENTENCE = re.compile(r"^[\"'“‘(]?[A-Z0-9]")
# A paragraph opening on a figure may be the rest of a sentence broken before it
# ("... Coroner Jo-Ann Farmer says" / "8-year-old ... was shot").
_STARTS_WITH_A_WORD = re.compile(r"^[\"'“‘(]?[A-Z]")
_KICKER = re.compile(r"^([A-Z][A-Z' ]{1,30}?)\s*[:|]\s+\S")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What headline grammar drops and prose keeps: the articles (not one that begins a name,
# "the Bronx"; not the "a" of "a.m."), "be", perfect "have", and "said" (a headline's
# speakers say, in the present).
_PROSE = re.compile(
    r"\b(?i:(?:a|an|the)(?!\.)(?-i:(?!\s+[A-Z]))|is|are|was|were|be|been|being|am|has|have"
    r"|had|said)\b"
)
# A list's entry ("Clarke Boulevard shooting - two injured"), not a headline.
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}:\d\d\b", re.IGNORECASE)
_DATE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    re.IGNORECASE,
)
_ENDS_IN_AGE = re.compile(r",\s*\d{1,3}(?:\s*years?[\s-]old)?$")
# A title capitalises its verbs; prose leaves them small ("... are the police").
_SMALL_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_TITLE_SHARE = 0.8
_TITLE_MIN_LONG = 3


def _title_cased(line: str) -> bool:
    """Most of its longer words capitalised, as a title is."""
    long = [w for w in _WORD.findall(line) if len(w) > 3]
    if len(long) < _TITLE_MIN_LONG or _SMALL_VERB.search(line):
        return False
    return sum(w[0].isupper() for w in long) >= _TITLE_SHARE * len(long)


def headline_shaped(line: str) -> bool:
    """A line written as a headline: a kicker label, title capitals or headline grammar."""
    if not _MIN_WORDS <= len(line.split()) <= _MAX_WORDS:
        return False
    if _OPEN_END.search(line) or not _STARTS_SENTENCE.match(line):
        return False
    if _KICKER.match(line):
        return True
    if line.upper() == line or _ENDS_IN_AGE.search(line):
        return False
    if _CLOCK.search(line) or _DATE.search(line) or _SPACED_DASH.search(line):
        return False
    return _title_cased(line) or not _PROSE.search(line)


def between_paragraphs(before: str, line: str, after: str) -> bool:
    """A headline-shaped line with a finished sentence before it and a new one after."""
    return (
        bool(ENDS_SENTENCE.search(before))
        and bool(_STARTS_WITH_A_WORD.match(after))
        and headline_shaped(line)
    )
