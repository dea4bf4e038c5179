"""What a page carries from elsewhere: an embed, not the page's own report of its day.

An outlet's page often embeds a video or a related post whose caption was written on another
day ("a shooting that killed 2 people and injured 10" under a video, on the first report and
on one months later alike). Told word for word by two of one outlet's pages dated on
different days, such a sentence is the outlet's, kept up to date on every page that shows
it: a count in it says nothing of what the page itself reported on its own day, so it is no
proof that the page also states another source's figure (`Figure.values`).

An embedded post (a tweet, its sentences said by its author's handle: `claims.tweets`) is
another report quoted whole, of its own hour ("#DEVELOPING: Four people shot", often before
the count the page's prose gives): its counts are no figure of the page's, its days
("tonight") no day of the page's.

A sentence a page shows twice word for word (a video's caption, in its player and beneath
it) is such an embed on one page: the outlet's report of an earlier hour, kept when the
page's prose was brought up to date ("Eleven people were injured" in the caption, "the
wounding of 13 people" in the prose). Its counts are a figure of their own
(`figures.Figure.caption`), never the page's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date

from workbench.models import Claim, Source

_TWEETED = re.compile(r"(?:^|\()@\w{1,15}\)? on Twitter$")
"""The attribution `claims.tweets.tweet_author` gives a sentence of an embedded tweet."""


def tweeted(claim: Claim) -> bool:
    """The claim is told in an embedded post, said by the post's author."""
    return bool(claim.attribution and _TWEETED.search(claim.attribution))


def _said(sentence: str) -> str:
    """A sentence's words, however its spaces and case were kept."""
    return " ".join(sentence.casefold().split())


def embedded_sentences(
    claims: Iterable[Claim],
    by_id: dict[int, Source],
    published_of: Callable[[Claim], date | None],
) -> frozenset[tuple[int, str]]:
    """(source, sentence) of the quantity claims whose sentence another page of the same
    outlet, dated on another day, tells word for word. Pages of no known outlet or day
    are never read as sharing an embed (a wire copy the same day is `independence`'s)."""
    pages: dict[tuple[str, str], set[tuple[int, date]]] = defaultdict(set)
    for claim in claims:
        source = by_id.get(claim.source_id)
        day = published_of(claim)
        if claim.kind != "quantity" or source is None or not source.outlet or day is None:
            continue
        pages[(source.outlet, _said(claim.sentence))].add((claim.source_id, day))
    found = set()
    for (_outlet, sentence), told in pages.items():
        if len({day for _, day in told}) < 2:
            continue
        found.update((source_id, sentence) for source_id, _ in told)
    return frozenset(found)


SHOWN_TWICE = ("a repeat of the paragraph before it", "a copy of its neighbour")
"""The cleaner's reasons for a paragraph it dropped as the page's second copy of another
(`ingest.doubles`): a caption shown in its player and beneath it, or a scraper's double."""


def shown_twice(claims: Iterable[Claim], by_id: dict[int, Source]) -> frozenset[tuple[int, str]]:
    """(source, sentence) of the quantity claims, not of a headline, whose sentence their
    page showed twice (the cleaner kept one copy and dropped the other)."""
    copies: dict[int, list[str]] = {}
    found = set()
    for claim in claims:
        source = by_id.get(claim.source_id)
        if claim.kind != "quantity" or claim.headline or source is None:
            continue
        if claim.source_id not in copies:
            copies[claim.source_id] = [
                _said(r.text) for r in source.removed if r.reason.startswith(SHOWN_TWICE)
            ]
        sentence = _said(claim.sentence)
        if sentence and any(sentence in copy for copy in copies[claim.source_id]):
            found.add((claim.source_id, sentence))
    return frozenset(found)


def is_embedded(claim: Claim, embedded: frozenset[tuple[int, str]]) -> bool:
    """The claim's sentence is one its page shares with a page of its outlet of another day."""
    return bool(embedded) and (claim.source_id, _said(claim.sentence)) in embedded
