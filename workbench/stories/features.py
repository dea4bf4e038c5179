"""What an article says about which event it reports: the text its story is matched on.

An article's story shows in its headline and first paragraphs (what happened, where, to
whom) and in the names it repeats; the rest of the text drifts into background that many
unrelated stories share. So the matching text is the title, the lead and the names, with
each name kept whole as one token ("n_eddie_holmes"), so that a name two stories share is
one rare token rather than two common words. When the page opens on something else (a
video playlist, the weather), the lead is followed by the opening of the text under it
that takes up the headline's words (`from_the_headline`); teasers of other stories it
opens on, each given twice, are left out (`teaser_spans`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from workbench.stories.people import PREFIX, aged_mentions
from workbench.vocabulary import fold, words

LEAD_WORDS = 80
HEADLINE_WORDS = 4
"""A title of fewer words is a site's or a section's name more often than a headline."""
"""How much of the text opens the story: about the first two paragraphs of a news piece."""

_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\s+(?:(?:de|del|la|da|van|von|al|bin)\s+)?[A-ZÀ-ÖØ-Þ][\w’'\-]*)*"
)
_BREAK = re.compile(r"(?<=[.!?:;\"”])\s+|\n+|\s[—–-]\s")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_NAMES = frozenset(
    words(
        """a an and as at but by for from he her his how i if in it its mr mrs ms dr on or our
    she so some that the their then there these they this those to we what when where which
    while who why with yet after before during over under according police update updated
    breaking video photos watch read more related click share copyright
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec"""
    )
)


@dataclass(frozen=True, slots=True)
class StoryText:
    """One article as grouping sees it."""

    source_id: int
    published: str | None
    heading: str
    """The title, else the first sentence: what the article says happened."""
    lead: str
    names: tuple[str, ...]
    """Normalised names, as often as the article mentions them."""
    people: tuple[str, ...] = ()
    """The names given with an age (see people.py): the event's own people."""

    def document(self) -> str:
        """The text the vectoriser reads: heading twice (it names the event), lead, names
        (each whole, and a person's surname alone, as later mentions shorten it), and
        the event's people once more, as tokens of their own."""
        tokens = " ".join(name_tokens(self.names))
        people = " ".join(PREFIX + t[2:] for t in name_tokens(self.people) if "_" in t[2:])
        return f"{self.heading}\n{self.heading}\n{self.lead}\n{tokens}\n{people}"


_TITLES = frozenset(
    words(
        """president mr mrs ms dr gov governor sen senator rep officer sgt sergeant lt
    lieutenant chief judge det detective sheriff deputy mayor minister general gen
    capt captain prof professor rev reverend"""
    )
)


def name_tokens(names: tuple[str, ...] | list[str]) -> list[str]:
    """One token per name ("n_ana_ruiz_vela"), titles and a possessive dropped, plus the
    last word of a longer name ("n_vela")."""
    out = []
    for name in names:
        parts = name.split()
        if parts and parts[-1] == "s":
            parts = parts[:-1]
        while parts and parts[0] in _TITLES:
            parts = parts[1:]
        if not parts:
            continue
        out.append("n_" + "_".join(parts))
        if len(parts) > 1:
            out.append("n_" + parts[-1])
    return out


def lead_of(text: str, size: int = LEAD_WORDS) -> str:
    """The first `size` words of the text, cut at a word boundary."""
    for count, match in enumerate(re.finditer(r"\S+", text), 1):
        if count >= size:
            return text[: match.end()]
    return text


def _headline_words(title: str | None) -> set[str]:
    return {w for w in _TOKEN.findall(fold(title or "")) if len(w) >= 4}


def from_the_headline(text: str, title: str | None) -> str:
    """The text from its first paragraph that uses a word of the headline (of four letters
    or more), or the whole text when the first does or none does. A page often opens on a
    widget that changes with the day (a video playlist, the weather, a poll) and so is not
    furniture by its repeats; the article under it takes up its headline's words."""
    wanted = _headline_words(title)
    if not wanted:
        return text
    parts = paragraphs(text)
    for index, part in enumerate(parts):
        if not wanted.isdisjoint(_TOKEN.findall(fold(part))):
            return "\n\n".join(parts[index:]) if index else text
    return text


def article_lost(text: str, title: str | None) -> bool:
    """Whether no paragraph of the text takes up a word of its headline (of four letters
    or more): the scraper kept the page's widgets (a video playlist, the weather, tornado
    watches, a sign-in box, an FCC notice) and lost the article. Such text is no furniture
    by its repeats when the widget changes daily, yet it says nothing of the event: the
    headline is all the page tells of it."""
    if len((title or "").split()) < HEADLINE_WORDS:
        return False  # a site's or a section's name ("American Press"), not a headline
    wanted = _headline_words(title)
    return bool(wanted) and all(
        wanted.isdisjoint(_TOKEN.findall(fold(part)))
        for part in paragraphs(text)
        if not _CLIP.match(part)
    )


_CLIP = re.compile(r"\s*\d{1,2}:\d{2}\s+(?![ap]\.?m\b)[A-Z0-9'\"‘“]")
"""A playlist's entry: a clip's running time, then its title ("2:55 Boy rescued from
attic"). A page of them took up its headline's "shooting" from another clip's title
("Fairway police investigate shooting death") and was read as an article, its event day
another clip's ("May 9 arrests at ...")."""


_INITIAL = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w’'\-]+)\s+[A-Z]\.\s+(?=[A-ZÀ-ÖØ-Þ][\w’'\-])")


def without_initials(text: str) -> str:
    """The text with a middle initial taken out of each name ("Jacory J. Wesley" reads
    "Jacory Wesley"): its full stop would end the sentence at the initial and leave the
    surname a lone capitalised word, and one report gives the initial, the next not."""
    return _INITIAL.sub(r"\1 ", text)


def names_in(text: str) -> list[str]:
    """Proper names: runs of capitalised words that are not function or calendar words,
    skipping a lone capitalised word that opens a sentence ("Police said")."""
    found = []
    for part in _BREAK.split(without_initials(text)):
        for match in _NAME.finditer(part):
            kept = [w for w in match.group(0).split() if fold(w).strip("'’") not in _NOT_NAMES]
            if not kept:
                continue
            if match.start() == 0 and len(kept) == 1 and len(match.group(0).split()) == 1:
                continue
            name = " ".join(_TOKEN.findall(fold(" ".join(kept))))
            if len(name) > 1:
                found.append(name)
    return found


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """Where (start, end) the page gives the teasers it opens on: two or more distinct
    paragraphs before its first one told once, each given word for word again (a widget
    of other stories: a heading, then the heading with its blurb). An article that repeats
    its own lead (a summary box, a caption) opens on one such paragraph, not two, and
    its captions name the names its text does."""
    lines: list[tuple[str, tuple[int, int]]] = []
    for match in re.finditer(r"[^\n]+", text):
        line = " ".join(match.group(0).split())
        if line:
            lines.append((line, match.span()))
    told = Counter(line for line, _span in lines)
    opening: set[str] = set()
    for line, _span in lines:
        if told[line] < 2:
            break
        opening.add(line)
    if len(opening) < 2:
        return []
    # The article's own captions repeat too, but name its people and places; a teaser of
    # another story names none of them.
    named = {n for line, _span in lines if line not in opening for n in names_in(line)}
    others = {line for line in opening if named and named.isdisjoint(names_in(line))}
    return [span for line, span in lines if line in others]


def without_teasers(text: str) -> str:
    """The text minus the teasers of other stories it opens on (`teaser_spans`)."""
    spans = teaser_spans(text)
    if not spans:
        return text
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    return "".join([*kept, text[at:]])


@lru_cache(maxsize=1 << 12)
def paragraph_key(paragraph: str) -> str:
    """A paragraph's shape: its words without names and numbers, whatever its spacing and
    case. Page furniture repeats with only a name or a time changed ("Get email
    notifications on <a reporter> daily!"); a news paragraph differs in more than that.
    Kept per paragraph: grouping asks it of each page three times (ahead, and bare pages
    twice)."""
    tokens = paragraph.split()
    kept = [t for i, t in enumerate(tokens) if i == 0 or not (t[:1].isupper() or t[:1].isdigit())]
    return hashlib.sha1(" ".join(fold(" ".join(kept)).split()).encode("utf-8")).hexdigest()[:16]


def paragraph_keys(text: str, title: str | None = None) -> set[str]:
    """The keys of the text's paragraphs and of its title's parts (see title_parts)."""
    return {paragraph_key(p) for p in paragraphs(text)} | {
        title_part_key(p) for p in title_parts(title)
    }


_TITLE_SEPARATOR = re.compile(r"\s+[-|–—]\s+|\s*\|\s*")


def title_parts(title: str | None) -> list[str]:
    """A title's parts: "<headline> - <site> | <slogan>" has three."""
    return [p for p in _TITLE_SEPARATOR.split(title or "") if p.strip()]


def title_part_key(part: str) -> str:
    """A title part word for word (case and spacing aside): an outlet's name and slogan
    ride on every one of its titles ("... - WXYZ-TV: City, News, Weather & Sports") and,
    as the heading counts twice, would make any two of its pages alike."""
    folded = " ".join(fold(part).split())
    return "t" + hashlib.sha1(folded.encode("utf-8")).hexdigest()[:15]


def title_without_furniture(title: str | None, furniture: Collection[str]) -> str:
    """The title minus the parts many articles' titles carry."""
    if not title or not furniture:
        return title or ""
    return " - ".join(p.strip() for p in title_parts(title) if title_part_key(p) not in furniture)


def without_furniture(text: str, furniture: Collection[str]) -> str:
    """The text minus the paragraphs many unrelated articles carry word for word (sign-in
    prompts, newsletter offers, video playlists): they say nothing about the story."""
    if not furniture:
        return text
    return "\n\n".join(p for p in paragraphs(text) if paragraph_key(p) not in furniture)


def story_text(
    source_id: int,
    text: str,
    title: str | None,
    published: str | None,
    furniture: Collection[str] = (),
) -> StoryText:
    """The matching text of one article (without the paragraphs in `furniture`, nor the
    teasers of other stories it opens on: `teaser_spans`)."""
    text = without_furniture(without_teasers(text), furniture)
    title = title_without_furniture(title, furniture)
    if article_lost(text, title):
        text = ""  # matched on its headline alone (its widgets would match other pages')
    lead = lead_of(text)
    body = from_the_headline(text, title)
    if body is not text:
        lead = f"{lead}\n{lead_of(body)}"
    heading = heading_of(title, lead)
    counts = Counter(names_in(text))
    if title:
        counts.update(names_in(title))
    names = tuple(n for n, k in sorted(counts.items()) for _ in range(k))
    people = sorted(
        {n for m in aged_mentions(without_initials(text)) for n in names_in(m) if " " in n}
    )
    return StoryText(source_id, published, heading, lead, names, tuple(people))


def heading_of(title: str | None, lead: str) -> str:
    """The title, or for an article without one the first sentence of its lead."""
    return (title or "").strip() or (_BREAK.split(lead.strip(), maxsplit=1) or [""])[0]
