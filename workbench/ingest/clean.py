"""Scraper junk and page furniture out, every sentence of the article kept.

The rules are general (banners, footers, share lines, image credits, a trailing block
that only repeats earlier lines) and each removal is recorded as `Removed(text,
reason)` so a reviewer can audit what the tool threw away. The result is the article as
paragraphs separated by one blank line, with no line breaks inside a paragraph.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz

from workbench.ingest.breaks import join_markup_breaks, space_glued_sentences
from workbench.ingest.closing_links import closing_link_box
from workbench.ingest.coverage_note import is_coverage_note
from workbench.ingest.doubles import repeats_the_last, scrapers_copy
from workbench.ingest.furniture import (
    is_bare_time_stamp,
    is_button_states,
    is_code_line,
    is_contact_line,
    is_copyright_notice,
    is_link_line,
    is_player_control,
    is_related_links,
    is_time_stamp_line,
    without_copyright_notice,
)
from workbench.ingest.gallery import without_gallery_controls
from workbench.ingest.headlines import ENDS_SENTENCE, between_paragraphs
from workbench.ingest.lone_labels import is_closing_title, lone_label
from workbench.models import Removed

CLEANER_VERSION = 24
"""Changes whenever what ingest derives from an article's raw bytes changes: cleaning
(this module, `furniture`, `gallery`, `headlines`, `breaks`, `closing_links`,
`doubles`, `lone_labels`, `coverage_note`), the
readers of Markdown and HTML, sentence splitting. A database cleaned by an older one is
cleaned again by `workbench analyze` (`ingest.reclean`); the raw bytes are never touched."""


@dataclass(slots=True)
class Cleaned:
    text: str
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)


# --- layout -----------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A terminal's escape sequences (colours, cursor moves, a window title) and the other C0
# controls but tab and line breaks: text copied from a terminal or a tool's coloured output
# kept "[31m" and "[0m" as words once the escape character was shown escaped, and "[0m"
# was read as a count of 0 m (walk of gva records 201-300, an article with colour codes).
_TERMINAL = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[ -/]*[0-~])?"
    r"|[\x00-\x08\x0e-\x1f\x7f]"
)


_LINE_END = re.compile(r"[.!?:;…\"”’)\]]$")


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a text, whatever its layout.

    Blank lines always separate paragraphs. Inside a block, a hard-wrapped text (most
    lines of similar, moderate length) has its lines joined; otherwise, as in scraped
    text with one paragraph per line, each line is a paragraph.
    """
    blocks = [b.split("\n") for b in re.split(r"\n[ \t\u00a0]*\n", text)]
    lines = [ln for b in blocks for ln in b if ln.strip()]
    wrapped = False
    if len(lines) >= 3 and any(len(b) > 1 for b in blocks):
        lengths = sorted(len(ln.rstrip()) for ln in lines)
        p90 = lengths[int(0.9 * (len(lengths) - 1))]
        pairs = [(a, b) for blk in blocks for a, b in pairwise(blk) if a.strip() and b.strip()]
        mid_sentence = sum(1 for a, _ in pairs if not _LINE_END.search(a.rstrip()))
        lower_next = sum(1 for _, b in pairs if b.strip()[:1].islower())
        # Wrapping breaks lines mid-sentence, so many lines go on in lowercase.
        wrapped = (
            p90 <= 100
            and statistics.median(lengths) >= 30
            and mid_sentence >= 0.5 * len(pairs)
            and lower_next >= 0.3 * len(pairs)
        )
    out: list[str] = []
    for block in blocks:
        parts = [" ".join(ln.strip() for ln in block)] if wrapped else _join_broken(block)
        for part in parts:
            part = _SPACES.sub(" ", _INVISIBLE.sub("", _TERMINAL.sub("", part))).strip()
            if part:
                out.append(part)
    return out if wrapped else join_markup_breaks(out, _whole_paragraph_junk)


def _join_broken(lines: list[str]) -> list[str]:
    """Re-join a sentence broken over two lines: no closing mark, then a lowercase start."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if (
            out
            and stripped[:1].islower()
            and out[-1].strip()
            and not _LINE_END.search(out[-1].rstrip())
            and not _whole_paragraph_junk(stripped)
            and not _whole_paragraph_junk(out[-1].strip())
        ):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line)
    return out


# --- rules on whole paragraphs ----------------------------------------------------------

_BANNER = re.compile(
    r"content is protected|right[- ]click (?:is )?disabled|(?:copying|copy) (?:is )?"
    r"(?:not allowed|prohibited|disabled)|you will be banned|do not follow this link|"
    r"enable javascript|javascript is disabled|please turn off your ad ?blocker",
    re.IGNORECASE,
)
_FOOTER_PHRASES = (
    "originally published",
    "originally appeared",
    "first published",
    "first appeared",
    "republished from",
    "republished with permission",
    "reprinted with permission",
    "reprinted from",
)
_FOOTER_PREFIX = re.compile(
    r"^this\s+(?:article|story|post|piece|column)\s+(?:was|is|has been)\s+",
    re.IGNORECASE,
)
# A share line is a call to the reader (the imperative, then what to do: "Follow us on
# Twitter", "Click here to watch ...") or a page's label standing alone, before a separator,
# or before a link list's titles or links ("Related:", "Related Stories Man charged ...",
# "Advertisement"). The same word opening a sentence of prose ("Follow-up visits ...",
# "Related charges were filed ...", "Print shops ...") goes on as a sentence: a hyphen or
# a lowercase word after it.
_BULLET = r"^(?:[•·▪►*]\s*)?"
"""A list bullet may lead a share line ("• Read more articles by ...")."""
_SHARE_CALL = re.compile(
    _BULLET
    + r"(?:share|follow|tweet|like us|subscribe|sign up|click here|read more|leave a comment"
    r"|join the conversation|download(?=\W[^.!?]*\bapps?\b)|report an? (?:error|typo)"
    r"|submit an? (?:news )?tip)(?![\w-])",
    re.IGNORECASE,
)
_SHARE_LABEL = re.compile(
    _BULLET
    + r"(?:related(?: articles?| stories| coverage| content| links)?|advertisement|sponsored"
    r"|sharing|email|print|comments|\d+ comments)"
    r"(?:\s*$|\s*[:|»›–—]|\s+-\s|\s+(?=(?-i:[A-Z0-9\"“])|https?://|www\.))",
    re.IGNORECASE,
)
# A station's call to keep following it: "Stay with WXYZ.com for updates.", "Stay tuned to
# Channel 4 for more information." (79 lines in the corpus less held-out and fresh, none
# with a count of the event; the station's own numbers, "Channel 3", "KCRA 3", "7 Action
# News", would read as figures). Up to 25 words, as the call may go on ("... as we work to
# learn more about the victims' conditions"); a quote mark makes it someone's words.
_STAY_CALL = re.compile(
    _BULLET + r"stay (?:with|tuned to) (?:us\b|(?-i:[A-Z0-9]))(?!.*[\"“”])", re.IGNORECASE
)
_STAY_WORDS = 25
_SOCIAL = re.compile(
    r"^(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|email|e-mail|"
    r"print|copy link|messenger|vk|flipboard)[\s|,/•·]*)+$",
    re.IGNORECASE,
)
_CREDIT_START = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|photo(?:graph)?s?\s*(?:credit)?\s*:|image(?:s)?\s*(?:credit)?\s*:|"
    r"[(\[]?(?:photo(?:graph)?|image|picture)s?\s+(?:courtesy|via|by|provided)\b|"
    r"picture\s*:|credit\s*:|source\s*:\s*(?:getty|reuters|afp|ap\b))",
    re.IGNORECASE,
)
_LICENSE = re.compile(
    r"\bCC[ -]BY\b|\bCC0\b|creative commons|public domain|wikimedia commons|via flickr",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"\b(?:getty images|shutterstock|afp|reuters|ap photo|associated press|epa|alamy|"
    r"pool photo|sipa|anadolu|xinhua|tass)\b",
    re.IGNORECASE,
)
# A scraped button's label: a lone close or menu glyph, then the dialog's or the alert's
# title ("× Two hurt in ..."). Such a line repeats the headline; it is no sentence of the
# article. A lone "+" is not taken: a list of facts may use it as its bullet.
_CLOSE_GLYPH_LINE = re.compile(r"^[×✕✖✗✘⨯╳❌ⓧ☰]\s+\S")
_BUTTON_WORDS = 30
_ALNUM = re.compile(r"[^\W_]")
# A photo credit glued to the end of a sentence: "...last week.CreditJohn Doe/Reuters".
_GLUED_CREDIT = re.compile(
    r"(?<=[.!?\"”’)])\s?(?:Credit|Photo(?:graph)?(?: credit)?|Image(?: credit)?)"
    r"(?::\s*|(?=[A-Z]))(?P<who>[A-Z][^.!?\n]{1,80}?)$"
)
_INNER_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


def _words(text: str) -> int:
    return len(text.split())


def _is_footer(para: str) -> bool:
    """ "Originally published in X." and its typo-ridden variants, as a short paragraph."""
    if _words(para) > 15:
        return False
    head = _FOOTER_PREFIX.sub("", para.lower())
    words = head.split()
    for phrase in _FOOTER_PHRASES:
        n = len(phrase.split())
        if len(words) >= n and fuzz.ratio(phrase, " ".join(words[:n])) >= 85:
            return True
    return False


def _is_share_line(para: str) -> bool:
    """A call to the reader, or a page's label before nothing, a separator or titles."""
    return bool(_SHARE_CALL.match(para) or _SHARE_LABEL.match(para))


def _is_credit_line(para: str) -> bool:
    if _words(para) > 15 or _INNER_BOUNDARY.search(para) or _GLUED_CREDIT.search(para):
        return False
    if _CREDIT_START.match(para):
        return True
    if ENDS_SENTENCE.search(para):
        return False
    return bool(_LICENSE.search(para) or (_AGENCY.search(para) and "/" in para))


def _is_short_name(para: str) -> bool:
    """A bare name or label ("Jane Doe"): what sits under a picture, not a sentence."""
    words = para.split()
    return (
        0 < len(words) <= 4
        and not ENDS_SENTENCE.search(para)
        and not re.search(r"[,:;]", para)
        and all(w[0].isupper() for w in words if w[0].isalpha())
    )


def _is_button_label(para: str) -> bool:
    """A short line led by a lone close or menu glyph."""
    return _words(para) <= _BUTTON_WORDS and bool(_CLOSE_GLYPH_LINE.match(para))


def _whole_paragraph_junk(para: str) -> str | None:
    if not _ALNUM.search(para):
        return "stray punctuation"
    if is_link_line(para):
        return "a link line (a bare link, or a short label and a link)"
    if is_contact_line(para):
        return "a contact line (e-mail, handle, profile link or phone, with at most a short label)"
    if is_code_line(para):
        return "the page's code (identifiers joined by _ or |)"
    if is_related_links(para):
        return "related links (other stories' headlines after a 'Related' label)"
    if _is_button_label(para):
        return "button label (a line led by a close or menu glyph)"
    if _words(para) <= 25 and _BANNER.search(para):
        return "copy-protection banner or scraper trap"
    if _is_footer(para):
        return "'originally published' footer"
    if _words(para) <= 12 and (_SOCIAL.match(para) or _is_share_line(para)):
        return "share/follow line"
    if _words(para) <= _STAY_WORDS and _STAY_CALL.match(para):
        return "share/follow line"
    if is_coverage_note(para):
        return "the site's note on its coverage (developing story, check back, updates)"
    if _is_credit_line(para):
        return "image credit"
    if is_time_stamp_line(para) or is_bare_time_stamp(para):
        return "time stamps (and the page's title before them)"
    if is_player_control(para) or is_button_states(para):
        return "video player or gallery controls"
    if is_copyright_notice(para):
        return "copyright notice"
    return lone_label(para)


# --- the trailing block that repeats earlier lines ---------------------------------------

_SEGMENT = re.compile(r"[^.:!?;]+[.:!?;]*")
_MIN_SEGMENT = 12


def _repeats_earlier(para: str, earlier: str) -> bool:
    """True when the paragraph is made of at least two pieces that already appeared."""
    segments = [s.strip() for s in _SEGMENT.findall(para)]
    segments = [s for s in segments if len(s) >= _MIN_SEGMENT]
    if len(segments) < 2 or not earlier:
        return False
    found = sum(
        len(s)
        for s in segments
        if fuzz.partial_ratio(" ".join(s.lower().split()), earlier, score_cutoff=90)
    )
    return found >= 0.8 * sum(len(s) for s in segments)


# --- the whole pass ----------------------------------------------------------------------


def clean(text: str) -> Cleaned:
    """Drop junk paragraphs and glued credits; return the kept paragraphs and what went."""
    paras = paragraphs_of(text)
    keep: list[str | None] = list(paras)
    removed: list[tuple[int, Removed]] = []

    def drop(i: int, reason: str) -> None:
        removed.append((i, Removed(paras[i], reason)))
        keep[i] = None

    previous = ""
    for i, para in enumerate(paras):
        if keep[i] is None:
            continue
        if repeats_the_last(para, previous):
            drop(i, "a repeat of the paragraph before it (the scraper's double)")
            continue
        previous = para
        reason = _whole_paragraph_junk(para)
        if reason:
            drop(i, reason)
            # The bare name right under a picture credit is that picture's caption.
            if reason == "image credit" and i + 1 < len(paras) and _is_short_name(paras[i + 1]):
                drop(i + 1, "image caption")
            continue
        credit = without_copyright_notice(para)
        if credit:
            keep[i] = credit[0]
            removed.append((i, Removed(credit[1], "copyright notice")))
            continue
        glued = _GLUED_CREDIT.search(para)
        if glued:
            body = para[: glued.start()].rstrip()
            if _INNER_BOUNDARY.search(body):
                keep[i] = body
                removed.append((i, Removed(para[glued.start() :].strip(), "photo credit")))
            else:
                # One sentence ending in a credit is a photo caption, not the article.
                drop(i, "photo caption with its credit")

    # A photo gallery flattened into the text: its counters, buttons and credits.
    for i, para in enumerate(keep):
        stays, went = without_gallery_controls(para) if para is not None else (None, "")
        if went:
            removed.append((i, Removed(went, "photo gallery's counters and buttons")))
            keep[i] = stays

    # A paragraph kept again beside a copy of it with a few words more or less.
    kept_idx = [i for i, p in enumerate(keep) if p is not None]
    for first, second in pairwise(kept_idx):
        copy = scrapers_copy(keep[first] or "", keep[second] or "")
        if copy is not None and keep[first] is not None:
            i = (first, second)[copy]
            removed.append((i, Removed(keep[i] or "", "a copy of its neighbour (the scraper's)")))
            keep[i] = None

    # Another story's headline, set as a link between two paragraphs of this one.
    kept_idx = [i for i, p in enumerate(keep) if p is not None]
    texts = [keep[i] or "" for i in kept_idx]
    for pos in range(1, len(kept_idx) - 1):
        if between_paragraphs(texts[pos - 1], texts[pos], texts[pos + 1]):
            drop(kept_idx[pos], "another story's headline (a link between paragraphs)")

    # A box of other stories' links closing the page ("ALSO:" and their headlines).
    kept_idx = [i for i, p in enumerate(keep) if p is not None]
    for pos in closing_link_box([keep[i] or "" for i in kept_idx]):
        drop(kept_idx[pos], "other stories' links closing the page (a label and headlines)")
    kept_idx = [i for i, p in enumerate(keep) if p is not None]
    if len(kept_idx) > 1 and is_closing_title(keep[kept_idx[-1]] or ""):
        drop(kept_idx[-1], "the title of a closing box whose links were lost")

    # A closing block (e.g. "Comment: ...") that only strings earlier lines together.
    kept_idx = [i for i, p in enumerate(keep) if p is not None]
    for pos in range(len(kept_idx) - 1, max(len(kept_idx) - 6, 2), -1):
        i = kept_idx[pos]
        earlier = " ".join(" ".join(keep[j].lower().split()) for j in kept_idx[:pos])
        if not _repeats_earlier(keep[i], earlier):
            break
        removed.append((i, Removed(keep[i], "repeats earlier lines (trailing summary)")))
        keep[i] = None

    out = [space_glued_sentences(p) for p in keep if p is not None]
    removed.sort(key=lambda pair: pair[0])
    return Cleaned(text="\n\n".join(out), paragraphs=out, removed=[r for _, r in removed])
