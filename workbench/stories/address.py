"""What a page's address (URL) tells of the page: whether its heading is only the name of
its site or of an account on it.

A page's address names its site in its host ("twitter.com") and often an account or a
section in a path part of one word ("/NBC12News/posts/...", "/TSA/status/..."); a headline
or a person's name is spelled in a part of words joined by hyphens ("/obituaries/ann-
kessling/"). A page whose heading is all names its address spells so (a social site's
log-in wall titled "NBC12", "TSA on Twitter") is titled by its masthead, not its event;
so is one whose heading names an account on the site its host spells ("Ann Kessling on
Chirper" at chirper.example/AnnK/...) or the site with its motto ("Kesslingpedia, the
encyclopedia of crimes").
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from workbench.vocabulary import fold

_JOINED = re.compile(r"[-_+]+")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.I)


def names_its_site(heading: str, url: str | None) -> bool:
    """Whether every word of a heading (function words aside) is spelled in its page's
    address outside a slug: in the site's host or in a path part of one word naming an
    account or a section ("NBC12" at social.example/NBC12News/posts/..., "TSA on Twitter"
    at twitter.com/TSA/status/...); a part of words joined by hyphens spells a headline
    or a person's name ("/obituaries/ann-kessling/"); or a heading naming an account on
    the site its host names, or the site with its motto (`_an_account_on`,
    `_with_its_motto`). Such a heading is the page's masthead, the name of its site or
    its account, not a headline of the event."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = parts.hostname or ""
    if _an_account_on(heading, host) or _with_its_motto(heading, host):
        return True
    named = _words(heading)
    if not named:
        return False
    spelled = [host]
    for part in unquote(parts.path).split("/"):
        if len([t for t in _JOINED.split(_EXTENSION.sub("", part)) if t]) == 1:
            spelled.append(part)  # words joined by hyphens spell a headline or a name
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(p)) for p in spelled)
    return all(w in folded for w in named)


def _words(text: str) -> list[str]:
    """The text's words, folded, function words aside."""
    return [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _FUNCTION]


def _spelled_by(text: str, host: str) -> bool:
    """Whether the text's words (function words aside, one at least), run together, are
    a label of the host ("Daily Mirror" of dailymirror.example; not "Broadway" of
    broadwayworld.example, a street a headline may end on)."""
    named = "".join(_words(text))
    return bool(named) and named in fold(host).split(".")


def _an_account_on(heading: str, host: str) -> bool:
    """Whether the heading is "<an account> on <the site>", the site one its host spells:
    how a social site names an account's page, whatever the account's handle in the
    path ("Ann Kessling on Chirper" at chirper.example/AnnK/status/...)."""
    account, on, site = heading.strip().rpartition(" on ")
    return bool(on and account.strip()) and _spelled_by(site, host)


def _with_its_motto(heading: str, host: str) -> bool:
    """Whether the heading is the site's name its host spells, then its motto set after a
    comma as a noun phrase ("Kesslingpedia, the encyclopedia of crimes" at
    kesslingpedia.example): the name of a site, as a page of any of its events heads it."""
    name, comma, motto = heading.strip().partition(",")
    return bool(comma) and _MOTTO.match(motto.strip()) is not None and _spelled_by(name, host)


_MOTTO = re.compile(r"(?:the|a|an)\s+\w", re.IGNORECASE)
"""A motto set after a site's name: a noun phrase ("the free encyclopedia")."""
_FUNCTION = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"))
"""Words a site's or an account's page name joins its names with ("TSA on Twitter")."""
