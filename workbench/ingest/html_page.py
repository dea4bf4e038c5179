"""The saved-HTML reader: the article's text from the longest <article> or <main>, page
furniture (navigation, share bars, scripts) logged as removed, metadata from <meta> tags
and <title> (metadata only: a page without <article> or <main> once kept its title as the
text's first paragraph, and the headline was read twice)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from workbench.ingest.parsed import Parsed, pick_meta
from workbench.models import Removed


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SKIP_TAGS = _set(
    "script style noscript template nav header footer aside form button svg iframe select "
    "figure figcaption menu dialog object canvas video audio"
)
_BLOCK_TAGS = _set(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article main br tr td th dd dt pre "
    "table hr body address center"
)
_VOID_TAGS = _set("br img meta link hr input area base col embed source track wbr")
_INVISIBLE_TAGS = _set("script style noscript template svg object canvas video audio")
_BOILERPLATE = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|footer|sidebar|share|sharing|social|related|"
    r"comments?|advert\w*|ads?|promo\w*|newsletter|subscribe|cookie\w*|breadcrumbs?|"
    r"paywall|popup|modal|masthead|toolbar|byline-share|recommend\w*)($|[\s_-])",
    re.IGNORECASE,
)


def _describe(tag: str, attrs: dict[str, str]) -> str:
    """How a skipped element is named in the removal log: its tag, or its telling class."""
    for key in ("class", "id"):
        match = _BOILERPLATE.search(attrs.get(key, ""))
        if match and tag not in _SKIP_TAGS:
            return f"{tag}.{match.group(2).lower()}"
    return tag


class _ArticleParser(HTMLParser):
    """Collects the text of each region (whole page, each <article>, <main>) and the metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
        self.skip = 0
        self.regions: dict[str, list[list[str]]] = {"page": [[]]}
        self.open_regions: list[str] = ["page"]
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] | None = None
        self.h1: str | None = None
        self.h1_parts: list[str] | None = None
        self.articles = 0
        self.removed: list[Removed] = []
        self._skipped_text: list[str] = []
        self._skipped_what = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("url", a["href"])
        elif tag == "time" and a.get("datetime") and not self.skip:
            self.meta.setdefault("time", a["datetime"])
        elif tag == "title" and not self.skip:  # not an <svg> icon's name
            self.title_parts = []
        elif tag in _BLOCK_TAGS and self.title_parts is not None:
            self._end_title()  # an unclosed <title> ends where the page's blocks begin
        if tag in _VOID_TAGS:
            if tag in ("br", "hr"):
                self._break()
            return
        skipped = tag in _SKIP_TAGS or bool(
            _BOILERPLATE.search(a.get("class", "")) or _BOILERPLATE.search(a.get("id", ""))
        )
        skipped = skipped or a.get("aria-hidden") == "true" or "hidden" in a
        if tag in ("body", "html") or (tag in ("article", "main") and not self.skip):
            skipped = False
        self.stack.append((tag, skipped))
        if skipped:
            if not self.skip:
                self._skipped_what = _describe(tag, a)
            self.skip += 1
        if tag in ("article", "main") and not self.skip:
            name = f"{tag}{self.articles}"
            self.articles += 1
            self.regions[name] = [[]]
            self.open_regions.append(name)
        if tag == "h1" and not self.skip and self.h1 is None:
            self.h1_parts = []
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self._end_title()
        if tag == "h1" and self.h1_parts is not None:
            self.h1 = " ".join("".join(self.h1_parts).split())
            self.h1_parts = None
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skipped = self.stack.pop()
            if skipped:
                self.skip -= 1
                if not self.skip:
                    self._close_skipped()
            closes_region = open_tag in ("article", "main") and len(self.open_regions) > 1
            if closes_region and self.open_regions[-1].startswith(open_tag):
                self.open_regions.pop()
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return  # the page's name, not its text
        if self.skip:
            self._skipped_text.append(data)
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        for name in self.open_regions:
            self.regions[name][-1].append(data)

    def _end_title(self) -> None:
        if self.title_parts is not None:
            self.meta.setdefault("html_title", " ".join("".join(self.title_parts).split()))
        self.title_parts = None

    def _close_skipped(self) -> None:
        text = " ".join("".join(self._skipped_text).split())
        self._skipped_text = []
        if text and self._skipped_what not in _INVISIBLE_TAGS:
            self.removed.append(Removed(text, f"page furniture ({self._skipped_what})"))

    def _break(self) -> None:
        for name in self.open_regions:
            if self.regions[name][-1]:
                self.regions[name].append([])

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "").strip()
        if not content:
            return
        wanted = {
            "og:site_name": "outlet",
            "application-name": "outlet",
            "og:title": "title",
            "twitter:title": "title",
            "og:url": "url",
            "article:published_time": "published",
            "datepublished": "published",
            "date": "published",
            "pubdate": "published",
            "publish-date": "published",
            "dc.date": "published",
        }
        if key in wanted:
            self.meta.setdefault(wanted[key], content)

    def paragraphs(self, region: str) -> list[str]:
        return [p for p in (" ".join("".join(b).split()) for b in self.regions[region]) if p]


def read_html(text: str, raw: bytes) -> Parsed:
    parser = _ArticleParser()
    parser.feed(text)
    parser.close()
    # The longest <article> (or <main>) is the story; the whole page is the fallback.
    regions = [r for r in parser.regions if r != "page"]
    best = "page"
    if regions:
        best = max(regions, key=lambda r: sum(len(p) for p in parser.paragraphs(r)))
        if not parser.paragraphs(best):
            best = "page"
    paragraphs = parser.paragraphs(best)
    meta = dict(parser.meta)
    meta.setdefault("published", meta.pop("time", None) or "")
    meta.setdefault("title", parser.h1 or meta.get("html_title") or "")
    return Parsed(
        text="\n\n".join(paragraphs),
        raw=raw,
        format="html",
        meta=pick_meta(meta),
        removed=parser.removed,
    )
