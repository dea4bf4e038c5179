"""What a page's address (URL) tells of the page: whether its heading is only the name of
its site or of an account on it.

A page's address names its site in its host ("twitter.com") and often an account or a
section in a path part of one word ("/NBC12News/posts/...", "/TSA/status/..."); a headline
or a person's name is spelled in a part of words joined by hyphens ("/obituaries/ann-
kessling/"). A page whose heading is all names its address spells so (a social site's
log-in wall titled "NBC12", "TSA on Twitter") is titled by its masthead, not its event.
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
    or a person's name ("/obituaries/ann-kessling/"). Such a heading is the page's
    masthead, the name of its site or its account, not a headline of the event."""
    named = [w for w in re.findall(r"[a-z0-9]+", fold(heading)) if w not in _FUNCTION]
    if not named or not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    spelled = [parts.hostname or ""]
    for part in unquote(parts.path).split("/"):
        if len([t for t in _JOINED.split(_EXTENSION.sub("", part)) if t]) == 1:
            spelled.append(part)  # words joined by hyphens spell a headline or a name
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(p)) for p in spelled)
    return all(w in folded for w in named)


_FUNCTION = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"))
"""Words a site's or an account's page name joins its names with ("TSA on Twitter")."""
