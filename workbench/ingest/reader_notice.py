"""A page that is only the site talking to its reader: a sign-up or log-in box, a
verification notice, a newsletter form, a social site's help text. The scraper kept it and
lost the article.

News reports in the third person; these pages address "you" ("Your notification has been
saved.", "Please check your email ...", "When you tweet with a location, ...") or bid
the reader act on the site ("..., log in or create an account."), with at
most a few short labels and buttons between ("Just One More Thing...", "Submit here").
Known by that form, the same on one page as on ten thousand (a site's furniture known by
its repeats needs five pages of the site: `stories.bare`). A report's closing appeal ("If
you have information, call ...") or a quoted "you" leaves most of its sentences in the
third person, so no report is taken.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_READER = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'll|you'd)\b|^please\b", re.I)
_SITE_ACT = re.compile(
    r"^(?:to\s[^,]{1,80},\s*)?(?:(?:log|sign)\s(?:in|on|up)\b|create\san\saccount\b"
    r"|subscribe\b|register\b|click\b|tap\b)",
    re.I,
)
"""A bidding of the reader to act on the site, with no "you" to address them: an
imperative of logging in, signing up, subscribing, clicking, after at most a purpose
clause set before it ("To see more from ... on Facebook, log in or create an account.").
A report's subject comes first ("Officers found ..."; "To date, police have ...")."""
_SENTENCE = re.compile(r".+?(?:[.!?…]+[\"”’)]*(?=\s+[\"“(]?[A-Z0-9])|$)", re.DOTALL)
_LABEL_WORDS = 8
"""A line this short with no sentence of the reader's is a label or a button."""
_PAGE_WORDS = 150
"""A box is short; a longer page is left to the repeats."""
_SHARE = 2 / 3


def addresses_reader(sentence: str) -> bool:
    """The sentence speaks to "you" (or opens with "please"), outside its quotes."""
    return bool(_READER.search(_QUOTED.sub(" ", sentence).strip()))


def bids_reader(sentence: str) -> bool:
    """The sentence bids the reader act on the site (`_SITE_ACT`), outside its quotes."""
    return bool(_SITE_ACT.match(_QUOTED.sub(" ", sentence).strip()))


def sentences_of(para: str) -> list[str]:
    """A paragraph's sentences, as a box's are read (a full stop before a capital)."""
    return _SENTENCE.findall(para.strip())


def is_reader_notice_page(text: str) -> bool:
    """A short cleaned text whose sentences mostly address the reader, its other lines
    short labels: a site's box, not an article. A bidding without "you" (`_SITE_ACT`) is
    the reader's too, but with no "you" on the page it makes a box only when no other
    sentence is written as one (a short report's lines end in a full stop, a box's labels
    do not: "Storm closes the bridge. Sign up for our newsletter.")."""
    if not text.strip() or len(text.split()) > _PAGE_WORDS:
        return False
    addressed = bidding = other = told = 0
    for para in re.split(r"\n\s*\n", text):
        for sentence in sentences_of(para):
            if addresses_reader(sentence):
                addressed += 1
            elif bids_reader(sentence):
                bidding += 1
            elif len(sentence.split()) > _LABEL_WORDS:
                other += 1
            elif sentence.rstrip('"”’) ').endswith("."):
                told += 1
    if not addressed and told:
        return False
    reader = addressed + bidding
    return reader > 0 and reader >= _SHARE * (reader + other)
