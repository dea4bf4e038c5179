"""What a reviewer is told of a weekday that contradicts a stored date.

Read from the values extraction stored (`claims.date_forms` marks the mismatch), by the
command line and the app: kept apart from the claims package, so listing claims loads
neither spaCy nor dateparser.
"""

from __future__ import annotations

from typing import Any


def weekday_warning(value: dict[str, Any]) -> str | None:
    """What a reviewer is told of a weekday that contradicts its date, else None."""
    actual = value.get("weekday_mismatch")
    if not actual:
        return None
    named = value.get("weekday_named") or "another weekday"
    if value.get("weekday_against") == "publication":
        return (
            f"the text says {named}, but by the publication date that day was a {actual}: "
            "the publication date may be wrong"
        )
    return f"the text says {named}, but that date was a {actual}"


EVENT_WEEKDAY = "event_weekday"
"""The key of a count's or a place's value that carries the weekday contradiction of the
date that dates it."""


def claim_weekday_warning(kind: str, value: dict[str, Any]) -> str | None:
    """What a reviewer is told of a weekday that contradicts a claim's date, or the date
    its event date was read from, else None."""
    if kind == "date":
        return weekday_warning(value)
    warning = weekday_warning(value.get(EVENT_WEEKDAY) or {})
    return f"its event date: {warning}" if warning else None
