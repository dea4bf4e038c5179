"""Number forms around a figure that change what it is: not a count at all (a block, a
street number, a phone, a dotted clock time), a negative, a scale glued to it ("10k"), a
change ("rose from 40 to 75"), or two bounds of one interval ("greater than 100 and less
than 300")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

# Numbers that are never counts: street numbers and blocks ("the 4200 block of", "212 Main
# St."), phone numbers, clock times written with a dot ("2.13 am").
_STREET = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Highway|Hwy|Parkway|Pkwy|Terrace|Circle|Trail|Pike)"
)
NOT_A_COUNT_RE = re.compile(
    r"\b\d[\d,]*(?:\s+(?:hundred\s+)?blocks?\b|(?:\s+[NSEW]\.?)?(?:\s+[A-Z0-9][\w'’-]*){1,3}\s+"
    + _STREET
    + r"\b\.?)"
    r"|\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b"
    r"|\b\d{1,2}\.\d{2}\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)",
)
# A change, not a range: "rose from 40 to 75" is 75 now, 40 before.
CHANGE_BEFORE_RE = re.compile(
    r"\b(?:ros[e]|rise[sn]?|rising|fell|fall(?:en|s|ing)?|increas\w*|decreas\w*|climb\w*|"
    r"dropp?\w*|grew|grow\w*|jump\w*|declin\w*|surg\w*|soar\w*|plung\w*|went\s+(?:up|down))"
    r"\s+from\s+$",
    re.IGNORECASE,
)
GLUED_SCALE_RE = re.compile(r"^(?P<s>k|K|bn|tn|T)\b|^\s(?P<sp>k)\b")
# A sign is a sign only on digits and never after another dash ("--Two are dead" is a dash);
# a number in words is negative only when "minus" says so.
NEGATIVE_BEFORE_RE = re.compile(r"(?:(?<![\w\d.,)\-–—])-|−|\bminus\s+)$", re.IGNORECASE)


def bounded_between(text: str, found: list[Any]) -> list[Any]:
    """ "greater than 100 and less than 300": one interval, not two figures."""
    out: list[Any] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value.get("high") is None
            and prev.value.get("low") is not None
            and q.value.get("low") == 0
            and q.value.get("high") is not None
            and prev.value.get("unit") == q.value.get("unit")
            and re.fullmatch(r"\s+and\s+", text[prev.end : q.start])
        ):
            merged = dict(q.value, low=prev.value["low"], exact=False)
            merged["hedge"] = f"{prev.value.get('hedge')} and {q.value.get('hedge')}"
            out[-1] = replace(q, start=prev.start, value=merged)
            continue
        out.append(q)
    return out
