"""Photo galleries glued to a caption: the furniture before the caption's own words.

A gallery's page text runs its credits and counters into the caption they head ("Photo:
Jane Doe Image 2 of 12 A boy and his father were shot ..."). Left in, the parser reads the
credit as the sentence's subject ("Photo" shot) and the counter as a count; the caption
after the last counter is an ordinary sentence.
"""

from __future__ import annotations

import re

COUNTER_RE = re.compile(r"\b(?:Image|Photo|Slide)\s+\d+\s+of\s+(?:/\s*)?\d+\s+(?=\S)")
"""A gallery's counter ("Image 2 of 12", "Image 1 of / 9"), with the space after it."""


def caption_start(text: str) -> int:
    """Where the caption begins after its gallery's credits and counters (0 if none)."""
    ends = [m.end() for m in COUNTER_RE.finditer(text)]
    return ends[-1] if ends else 0
