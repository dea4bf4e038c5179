"""Page furniture that is not a sentence's worth of junk but a page's: a redirect notice,
a title with its time stamps, a video player's controls.

Each is marked by what such text is made of, never by a site's words:

- a redirect notice is a short page whose one link is where it sends the reader, and
  which says so ("sending you to", "redirected", "has moved"); it holds no article at all;
- a time stamp is a label ("Posted:", "Updated:", "Published", "Created") followed by
  nothing but a date, a time, a zone or an age ("8 months ago"); a line made of such stamps,
  with at most a headline before them (no sentence end), is the page's header;
- a player's controls are short lines of its buttons and counters ("(1 of 9)", "Up next",
  "Link to this video"), not a sentence.
"""

from __future__ import annotations

import re

_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
_SENDS = re.compile(
    r"\bredirect(?:s|ed|ing)?\b|\b(?:sending|taking|forwarding) you\b|\bforwarded to\b"
    r"|\b(?:page|site|content|article) (?:has|have) (?:been )?moved\b",
    re.IGNORECASE,
)
_REDIRECT_WORDS = 60


def redirect_target(text: str) -> str | None:
    """The address a page that is only a redirect notice sends to, else None."""
    if len(text.split()) > _REDIRECT_WORDS or not _SENDS.search(text):
        return None
    links = _URL.findall(text)
    return links[0] if len(set(links)) == 1 else None


_LABEL = r"(?:posted|published|updated|last updated|modified|created)(?:\s+on)?\s*:?"
_WHEN = (
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\.?|\d[\d/:.,-]*|[ap]\.?m\.?|[a-z]?[ecmp][sd]t|utc|gmt|at|ago|an?"
    r"|(?:second|minute|hour|day|week|month|year)s?"
)
# A stamp's tail: labels and what a date or time is written with, then perhaps the
# site's name ("Created: 08/09/2014 5:14 AM KSTP.com").
_STAMPS = re.compile(
    rf"(?P<head>.*?)[\s(|-]*(?P<tail>{_LABEL}(?:[\s,|()-]*(?:{_LABEL}|{_WHEN}))*)"
    r"(?:\s+[\w-]+\.(?:com|net|org|tv))?[\s)]*",
    re.IGNORECASE,
)
_HEAD_WORDS = 25
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_time_stamp_line(para: str) -> bool:
    """A line of time stamps, with at most a headline (no sentence end) before them."""
    match = _STAMPS.fullmatch(para)
    if match is None or not re.search(r"\d", match["tail"]):
        return False
    head = match["head"].strip()
    if head and para[: match.start("tail")].rstrip().endswith("("):
        return False  # a video's caption, its date in brackets after it
    return not head or (
        len(head.split()) <= _HEAD_WORDS and not _ENDS_SENTENCE.search(head.rstrip(" -|"))
    )


_COUNTER = re.compile(r"\(\s*\d+\s+of\s+\d+\s*\)")
_CONTROL = re.compile(
    r"(?:up next|now playing|autoplay|auto-play|pause|play|replay|mute|unmute|full ?screen"
    r"|show|hide|thumbnails|captions|next|previous|prev|last|first|slide|more|of|link to this"
    r"|videos?|photos?|gallery|slideshow|playlist|clips?)",
    re.IGNORECASE,
)
_CONTROLS_ONLY = re.compile(rf"{_CONTROL.pattern}(?:\W*{_CONTROL.pattern})*\W*", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:videos?|photos?|gallery|slideshow|playlist|clips?)\b", re.IGNORECASE)
_PLAYER_WORDS = 8


def is_player_control(para: str) -> bool:
    """A short line of a video player's or gallery's buttons and counters."""
    if len(para.split()) > _PLAYER_WORDS or _ENDS_SENTENCE.search(para):
        return False
    if _COUNTER.search(para) and _MEDIA.search(para):
        return True
    return len(para.split()) >= 2 and bool(_CONTROLS_ONLY.fullmatch(para))
