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
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


class MetadataError(ValueError):
    """A metadata value we refuse to guess at; the message says which and why."""


def normalise_date(value: str | None, *, date_order: str | None = None) -> str | None:
    """An ISO date (YYYY-MM-DD) for a date written any common way; None for none.

    All-number dates whose day and month could be swapped (01/02/2019) are refused
    unless `date_order` (DMY or MDY) says how to read them: guessing would silently put
    the article a month off.
    """
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    numeric = _NUMERIC.fullmatch(text)
    if numeric:
        return _numeric_date(text, numeric, date_order)
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


def _numeric_date(text: str, match: re.Match[str], date_order: str | None) -> str:
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if len(match[3]) == 2:
        year += 2000 if year < 70 else 1900
    if date_order is None:
        if first <= 12 and second <= 12 and first != second:
            raise MetadataError(
                f"ambiguous date {text!r}: day and month could be either way round "
                "(write it as YYYY-MM-DD, or give --date-order DMY or MDY)"
            )
        date_order = "MDY" if second > 12 else "DMY"
    day, month = (first, second) if date_order == "DMY" else (second, first)
    try:
        return date(year, month, day).isoformat()
    except ValueError as exc:
        raise MetadataError(f"not a real date: {text!r} (read as {date_order})") from exc


def tidy(meta: dict[str, str | None], *, date_order: str | None = None) -> dict[str, str | None]:
    """Blank values become None; the published date becomes ISO."""
    out = {k: (v.strip() if isinstance(v, str) and v.strip() else None) for k, v in meta.items()}
    out["published"] = normalise_date(out.get("published"), date_order=date_order)
    return out
