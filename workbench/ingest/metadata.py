"""Article metadata as given (options, front matter, JSON fields), tidied and checked.

Dates become ISO `YYYY-MM-DD` or an error: a publication date is what claims fall back
on when the text gives none, so a wrong guess is worse than a refusal.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

# Strict: day, month and year must all be there; no "yesterday", no guessing a day.
_DATE_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# Trying every language dateparser knows takes seconds on a bad date; these cover most news.
_LANGUAGES = [
    "en", "es", "fr", "de", "pt", "it", "nl", "sv", "pl", "ru", "uk", "tr", "ar", "hi", "id",
    "zh", "ja", "ko",
]  # fmt: skip
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


class MetadataError(ValueError):
    """A metadata value we refuse to guess at; the message says which and why."""


def normalise_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) for a date written any common way; None for none."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if _ISO.fullmatch(text):
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError as exc:
            raise MetadataError(f"not a real date: {text!r}") from exc
    # A year is always written in digits; without one, dateparser would try every language.
    parsed = None
    if re.search(r"\d", text):
        parsed = dateparser.parse(text, settings=_DATE_SETTINGS, languages=_LANGUAGES)
    if not isinstance(parsed, datetime):
        raise MetadataError(f"cannot read the date {text!r} (write it as e.g. 2019-01-21)")
    return parsed.date().isoformat()


def tidy(meta: dict[str, str | None]) -> dict[str, str | None]:
    """Blank values become None; the published date becomes ISO."""
    out = {k: (v.strip() if isinstance(v, str) and v.strip() else None) for k, v in meta.items()}
    out["published"] = normalise_date(out.get("published"))
    return out
