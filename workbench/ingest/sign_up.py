"""A site's sign-up box left inside an article: a newsletter's, an alert service's or a
subscription's offer, set as a paragraph of its own between the report's.

A page that is nothing but such a box is `reader_notice`'s (no article text); here the
article is there and the box sits in it ("Get Breaking News First Receive News, Politics,
and Entertainment Headlines Each Morning. Sign Up"; "Sign up for our newsletter and have
the top headlines ... delivered right to your inbox."). Known by its form, as the page's
is, never by a site's words: the paragraph bids the reader act on the site (sign up, log
in, subscribe, register, click or tap: at a sentence's start, or after a comma, a dash or
"or" in a sentence that addresses the reader), and every other sentence in it addresses
the reader too or is one of the box's labels (a line of a few words with no full stop,
or set in headline case). A report's appeal ("If you have information, call ...") bids
no act on the site and stays; a sentence told in the third person ("Police urged
residents to sign up for alerts.") stays, and keeps its paragraph; so does a paragraph
that quotes anyone (a box quotes no one, and a speaker's name can read as a bid:
'"..." Register said.').
"""

from __future__ import annotations

import re

from workbench.ingest.reader_notice import addresses_reader, bids_reader, sentences_of

_ACT_IN_CLAUSE = re.compile(
    r"(?:[,;:—–]\s*|\bor\s+)(?:(?:log|sign)\s?(?:in|on|up)\b|create\san\saccount\b"
    r"|subscribe\b|register\b|click\b|tap\b)",
    re.I,
)
"""The site's act bidden after a clause's start inside a sentence ("Get breaking news
sent to your inbox — click here to sign up.")."""
_QUOTE = re.compile(r"[\"“”]")
_LABEL_WORDS = 8
"""A line this short and with no full stop is a label or a button ("Sign Up!" is a bid)."""
_BOX_WORDS = 80
"""A box is short; a longer paragraph is the article's."""
_HEADLINE_SHARE = 0.8


def _headline_case(sentence: str) -> bool:
    """Most words capitalised, as a box's title is set ("Get Breaking News First")."""
    words = [w for w in sentence.split() if w[0].isalpha()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= _HEADLINE_SHARE * len(words)


def _is_label(sentence: str) -> bool:
    short = len(sentence.split()) <= _LABEL_WORDS and not sentence.rstrip('"”’) ').endswith(".")
    return short or _headline_case(sentence)


def is_sign_up_box(para: str) -> bool:
    """A paragraph that bids the reader act on the site, all else in it addressed to the
    reader or a label of the box."""
    if len(para.split()) > _BOX_WORDS or _QUOTE.search(para):
        return False
    bids = False
    for sentence in sentences_of(para):
        addressed = addresses_reader(sentence)
        if bids_reader(sentence) or (addressed and _ACT_IN_CLAUSE.search(sentence)):
            bids = True
        elif not addressed and not _is_label(sentence):
            return False
    return bids
