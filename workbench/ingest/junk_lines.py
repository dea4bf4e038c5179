"""Rules that read one paragraph alone and name it junk: banners, footers, share and
follow lines, image credits, a station's call to stay with it, button labels, and the
furniture rules of `furniture`, `coverage_note` and `lone_labels`.

Split from `clean` (which runs them in order with the page's other passes) so that each
module keeps one job: this one says what a paragraph is, `clean` decides what goes.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from workbench.ingest.coverage_note import is_coverage_note
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
)
from workbench.ingest.headlines import ENDS_SENTENCE
from workbench.ingest.lone_labels import lone_label
from workbench.ingest.sign_up import is_sign_up_box

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
GLUED_CREDIT = re.compile(
    r"(?<=[.!?\"”’)])\s?(?:Credit|Photo(?:graph)?(?: credit)?|Image(?: credit)?)"
    r"(?::\s*|(?=[A-Z]))(?P<who>[A-Z][^.!?\n]{1,80}?)$"
)
INNER_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


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
    if _words(para) > 15 or INNER_BOUNDARY.search(para) or GLUED_CREDIT.search(para):
        return False
    if _CREDIT_START.match(para):
        return True
    if ENDS_SENTENCE.search(para):
        return False
    return bool(_LICENSE.search(para) or (_AGENCY.search(para) and "/" in para))


def is_short_name(para: str) -> bool:
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


def whole_paragraph_junk(para: str) -> str | None:
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
    if is_sign_up_box(para):
        return "the site bidding its reader sign up, subscribe, log in or click (a sign-up box)"
    return lone_label(para)
