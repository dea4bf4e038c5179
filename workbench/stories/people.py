"""The people of an event: the names an article gives with an age, identifies, or says
were shot, charged or sentenced.

News names the people an event happened to, or who did it, with their age ("Ana Ruiz
Vela, 34, of ...", "the 34-year-old Ana Ruiz Vela"), as identified ("police identified
the victim as Ana Ruiz Vela"), or as the one shot, charged, sentenced; it names its
spokespeople, reporters, officials and streets otherwise. So such a name is the event's
own, and two reports weeks apart that share one (a trial, a funeral, an arrest) report
one event, though they share few other words. A token of its own ("a_ana_ruiz_vela")
keeps it apart from the names anyone may mention.
"""

from __future__ import annotations

import re

_AGE = r"(?:1[01]\d|\d{1,2})"
_NAMED = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]*)+"
_AGED = (
    re.compile(rf"(?P<name>{_NAMED}),\s+(?:age\s+|aged\s+)?{_AGE}\s*(?:,|\.|;|\)|\s+and\b)"),
    re.compile(rf"(?P<name>{_NAMED})\s+\({_AGE}\)"),
    re.compile(rf"\b{_AGE}-year-old\s+(?P<name>{_NAMED})"),
    # "police identified the victim as Ana Ruiz": how a report names the event's people.
    re.compile(rf"\bidentified\s+(?:[a-z]+\s+){{0,3}}?as\s+(?P<name>{_NAMED})"),
    # "Ana Ruiz was shot", "... was charged": what the event did to its people.
    re.compile(
        rf"(?P<name>{_NAMED})\s+(?:was|has been|had been)\s+(?:fatally\s+)?"
        r"(?:shot|killed|wounded|injured|arrested|charged|sentenced|convicted|indicted)\b"
    ),
)
PREFIX = "a_"


def aged_mentions(text: str) -> list[str]:
    """The names given with an age, as written (one entry a mention; features.story_text
    normalises them as it does every name)."""
    return [m.group("name") for pattern in _AGED for m in pattern.finditer(text)]
