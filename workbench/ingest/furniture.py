"""Page furniture that is not a sentence's worth of junk but a page's: a redirect notice,
a title with its time stamps, a video player's controls.

Each is marked by what such text is made of, never by a site's words:

- a redirect notice is a short page whose one link is where it sends the reader, and
  which says so ("sending you to", "redirected", "has moved"); it holds no article at all;
- a time stamp is a label ("Posted:", "Updated:", "Published", "Created") followed by
  nothing but a date, a time, a zone or an age ("8 months ago"); a line made of such stamps,
  with at most a headline before them (no sentence end), is the page's header;
- a player's controls are short lines of its buttons and counters ("(1 of 9)", "Up next",
  "Link to this video"), not a sentence;
- a video playlist is the lengths of other stories' videos ("1:49", "0:08") and their
  titles: a length alone on its line, with the headline lines (no sentence end) next to
  it, or entries of a length then a title ("1:19 Sheriff gives update ... Pause"), several
  on a page (one such line may be a clock time in a log). A page that is nothing else
  kept no article text (`is_playlist_page`); it is marked so, not refused, since its
  headline still tells of the event;
- a copyright notice is a paragraph each of whose sentences is the mark with its year or
  owner ("Copyright 2016 ...", "(© 2017 ...)") or says what the owner reserves ("All rights
  reserved", "may not be published, broadcast ..."): the site's footer, never the article.
  A credit closing it ("The Associated Press contributed to this report.") tells who
  wrote the article and stays on its own (`without_copyright_notice`).
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
STAMP_LABEL = _LABEL
"""A time stamp's label ("Posted on", "Updated:"), for `lone_labels`."""
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


# A page's stamp without its label: a date with its year and a clock time, nothing else
# ("January 22, 2013 2:44 PM", "4/7/2013 1:53:00 AM"). A time alone ("5:15 a.m.") may head
# an update and a date alone a dated entry; the two together to the minute are the page's.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BARE_STAMP = re.compile(
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d\d),?"
    r"\s+(?:at\s+)?\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]?[ecmp][sd]t)?",
    re.IGNORECASE,
)


def is_bare_time_stamp(para: str) -> bool:
    """A line of only a date with its year and a clock time: when the page was written."""
    return bool(_BARE_STAMP.fullmatch(para.strip()))


_COUNTER = re.compile(r"\(\s*\d+\s+of\s+\d+\s*\)")
_CONTROL = re.compile(
    r"(?:up next|now playing|skip ads?|autoplay|auto-play|pause|play|replay|mute|unmute"
    r"|full ?screen|show|hide|thumbnails|captions|next|previous|prev|last|first|slide|more|of"
    r"|link to this|videos?|photos?|gallery|slideshow|playlist|clips?)",
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


# The mark, then the owner's name or the year ("© 2017 KENS", "Copyright WECT"): the
# word in a sentence ("the copyright of the video") is no mark.
_MARK = re.compile(
    r"(?:©|\([cC]\)|\b(?:[Cc]opyright|COPYRIGHT)\b)(?=\s*(?:©|\([cC]\))?\s*(?:by\s+)?(?:\d{4}|[A-Z]))"
)
_MARK_WORDS = 8
"""A notice's mark opens its sentence, after at most a source's or a brand's name
("Sun-Times Media Wire ©"); further in, it is a sentence about a copyright."""
_RESERVED = re.compile(
    r"\ball rights reserved\b|\bmay not be (?:re)?published\b|\bused under licen[cs]e\b"
    r"|\breprint permission\b"
    r"|\bwithout the (?:express )?(?:prior )?written (?:consent|permission)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOTICE_SENTENCE = re.compile(r".+?(?:[.!?](?=\s+[(\[]?[A-Z]|\s*$)|$)", re.DOTALL)
_NOTICE_WORDS = 60


def is_copyright_notice(para: str) -> bool:
    """A paragraph that is only a copyright notice: each sentence the mark near its start
    or a rights statement, with a year or a rights statement to show it is one."""
    body = para.strip().strip("()[]").strip()
    if not body or len(body.split()) > _NOTICE_WORDS or not _MARK.search(body):
        return False
    if not (_YEAR.search(body) or _RESERVED.search(body)):
        return False
    for sentence in _NOTICE_SENTENCE.findall(body):
        mark = _MARK.search(sentence)
        opens = mark is not None and len(sentence[: mark.start()].split()) <= _MARK_WORDS
        if not (opens or _RESERVED.search(sentence)):
            return False
    return True


# Who helped write the article, as a news credit says it.
_CONTRIBUTED = re.compile(
    r"^[^.!?]{1,80}\bcontributed to this (?:report|story|article)\s*[.!]?\s*$", re.IGNORECASE
)


def without_copyright_notice(para: str) -> tuple[str, str] | None:
    """A copyright notice closed by a contributor's credit ("(© 2013 ... All Rights
    Reserved. Wire services contributed to this report.)"): the credit to keep and the
    notice to drop; None for any other paragraph."""
    body = para.strip()
    inner = body[1:-1].strip() if body[:1] in "([" and body[-1:] in ")]" else body
    sentences = [s.strip() for s in _NOTICE_SENTENCE.findall(inner) if s.strip()]
    if len(sentences) < 2 or not _CONTRIBUTED.match(sentences[-1]):
        return None
    notice = inner[: inner.rindex(sentences[-1])].strip()
    if not is_copyright_notice(notice):
        return None
    return sentences[-1], notice


_LENGTH = r"\d{1,2}:[0-5]\d"
_VIDEO_LENGTH = re.compile(_LENGTH)
# A length, then a title (a capital or a figure): not a clock time ("10:43 p.m.: ...",
# "2:20 ET", "9:48 in reference to").
_PLAYLIST_ENTRY = re.compile(
    rf"{_LENGTH}\s+(?![ap]\.?\s?m\b|[AP]M\b|[ECMP][SD]?T\b)(?-i:[\"'“‘A-Z0-9]).*",
    re.IGNORECASE,
)
_ENTRY_WORDS = 25
"""A title's words at most (an entry's title may hold an abbreviation: "Gov. Jay ...")."""
_INNER_STOP = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


def _is_title_line(para: str) -> bool:
    """A line written as a headline: short, no sentence end (a question may end one)."""
    return (
        len(para.split()) <= _ENTRY_WORDS
        and not _INNER_STOP.search(para)
        and not re.search(r"[.…][\"'”’)\]]*$", para)
    )


def playlist_lines(paras: list[str]) -> set[int]:
    """The indexes of a video playlist's lines among a page's paragraphs: each length
    alone on its line with the run of title lines next to it, and entries of a length and
    a title when there are two or more of them."""
    lengths = {i for i, p in enumerate(paras) if _VIDEO_LENGTH.fullmatch(p.strip())}
    entries = {
        i
        for i, p in enumerate(paras)
        if i not in lengths
        and _PLAYLIST_ENTRY.fullmatch(p.strip())
        and len(p.split()) <= _ENTRY_WORDS
    }
    found = lengths | (entries if len(entries) >= 2 else set())
    for i in lengths:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(paras) and j not in found and _is_title_line(paras[j]):
                found.add(j)
                j += step
    return found


def is_playlist_page(text: str) -> bool:
    """A cleaned text that is a video playlist and nothing else: its article was lost."""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return bool(paras) and len(playlist_lines(paras)) == len(paras)


# A bare link, or a short label and a colon before one ("Read or Share this story: URL",
# "Source: URL"): a page's link furniture, which no article sentence is.
_LINK_LINE = re.compile(r"^(?:[^:\n]{1,60}:\s*)?(?:https?://|www\.)\S+$", re.IGNORECASE)
_LINK_LABEL_WORDS = 8


def is_link_line(para: str) -> bool:
    """A paragraph that is a link, alone or after a short label."""
    return len(para.split()) <= _LINK_LABEL_WORDS + 1 and bool(_LINK_LINE.match(para.strip()))


# A reporter's contact line: e-mail addresses, handles, profile links and phone numbers,
# with at most a short label or a name ("Twitter: @jdoe", "— Reporter: 541-383-0376,
# jdoe@example.com", "Jane Doe: 303-555-0123, jdoe@example.com or twitter.com/JaneDoe",
# "Jane Doe • 651-555-0123"). A tip line asks the reader in more words ("Anyone with
# information can call 555-123-4567"), so it stays.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<!\w)@\w{2,}")
_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
_PROFILE = re.compile(
    r"(?<!\S)(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/\S+", re.IGNORECASE
)
_CONTACT_GLUE = re.compile(r"[\s,;:|/•·—–()-]+|\b(?:or|and|on)\b", re.IGNORECASE)
_CONTACT_WORDS = 12
_CONTACT_LABEL_WORDS = 3


def is_contact_line(para: str) -> bool:
    """A short paragraph that holds an e-mail address, a handle, a profile link or a phone
    number and, those taken out, at most a three-word label."""
    if len(para.split()) > _CONTACT_WORDS:
        return False
    rest = para
    for pattern in (_EMAIL, _PROFILE, _HANDLE, _PHONE):
        rest = pattern.sub(" ", rest)
    if rest == para:
        return False
    return len(_CONTACT_GLUE.sub(" ", rest).split()) <= _CONTACT_LABEL_WORDS


# Other stories' headlines after a "Related" label ("Related Articles December 26, 2016
# Teen dies after ..."): a links box, however many words its titles run to.
_RELATED = re.compile(
    r"^(?:Related|RELATED)(?:\s+(?:Articles?|Stories|Coverage|Content|Links))?\s*[:|]?\s+(?=[A-Z0-9\"“])"
)
_RELATED_WORDS = 40


def is_related_links(para: str) -> bool:
    """A paragraph opened by a "Related" label and followed by titles."""
    return len(para.split()) <= _RELATED_WORDS and bool(_RELATED.match(para.strip()))


# A control shown in its two states, or a button beside its own label ("Hide Transcript
# Show Transcript", "Copy Link Copy"): three to six capitalised words, no punctuation, one
# of them again after another word. A headline or a name says no word twice in so few
# (a doubled name, "Walla Walla", says it twice in a row).
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_STATES_WORDS = 6


def is_button_states(para: str) -> bool:
    """A short line of capitalised words, no punctuation, with a word said again."""
    words = para.split()
    if not 3 <= len(words) <= _STATES_WORDS:
        return False
    if not all(_CAPITALISED.fullmatch(w) for w in words):
        return False
    lowered = [w.lower() for w in words]
    return any(w in lowered[i + 2 :] for i, w in enumerate(lowered))


# A page's code spilled into its text: a gallery's or a tracker's identifiers, words
# joined by "_" or "|" ("photo_prev_inline|article-gallery-58|0"). Prose joins no words so.
_IDENTIFIER = re.compile(r"[^\W_][_|]\w|\w[_|][^\W_]")


def is_code_line(para: str) -> bool:
    """A paragraph at least half of whose words are identifiers joined by "_" or "|"."""
    words = para.split()
    code = sum(1 for w in words if _IDENTIFIER.search(w))
    return code > 0 and 2 * code >= len(words)
