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
from workbench.ingest.doubles import repeats_the_last, scrapers_copy
from workbench.ingest.furniture import without_copyright_notice
from workbench.ingest.gallery import without_gallery_controls
from workbench.ingest.headlines import between_paragraphs
from workbench.ingest.junk_lines import (
    GLUED_CREDIT,
    INNER_BOUNDARY,
    is_short_name,
    whole_paragraph_junk,
)
from workbench.ingest.lone_labels import is_closing_title
from workbench.ingest.teasers import opening_teasers
from workbench.models import Removed
from workbench.versions import CLEANER_VERSION as CLEANER_VERSION

# CLEANER_VERSION lived here until the thirty-sixth session: bump it in `workbench.versions`.


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
    return out if wrapped else join_markup_breaks(out, whole_paragraph_junk)


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
            and not whole_paragraph_junk(stripped)
            and not whole_paragraph_junk(out[-1].strip())
        ):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line)
    return out


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

    for i in range(opening_teasers(paras)):
        drop(i, "other stories' teasers the page opens on (each given twice)")

    previous = ""
    for i, para in enumerate(paras):
        if keep[i] is None:
            continue
        if repeats_the_last(para, previous):
            drop(i, "a repeat of the paragraph before it (the scraper's double)")
            continue
        previous = para
        reason = whole_paragraph_junk(para)
        if reason:
            drop(i, reason)
            # The bare name right under a picture credit is that picture's caption.
            if reason == "image credit" and i + 1 < len(paras) and is_short_name(paras[i + 1]):
                drop(i + 1, "image caption")
            continue
        credit = without_copyright_notice(para)
        if credit:
            keep[i] = credit[0]
            removed.append((i, Removed(credit[1], "copyright notice")))
            continue
        glued = GLUED_CREDIT.search(para)
        if glued:
            body = para[: glued.start()].rstrip()
            if INNER_BOUNDARY.search(body):
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
