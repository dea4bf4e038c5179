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


OPTION_OF = {"outlet": "--outlet", "url": "--url", "published": "--published", "title": "--title"}
"""The ingest option that gives each metadata field."""
_FIELD_NAMES = {"outlet": "outlet", "url": "URL", "published": "date", "title": "title"}


def replaced_own(
    own: dict[str, str | None], given: dict[str, str], *, date_order: str | None = None
) -> dict[str, str]:
    """The article's own values (a page's `og:site_name`, a front matter's date, a JSON
    record's field) that an option given on the command line replaced with another value:
    field -> the own value, tidied as stored. An own value the same as the option's, or
    none, is no replacement."""
    out = {}
    for key, value in given.items():
        mine = own.get(key)
        if not isinstance(mine, str) or not mine.strip():
            continue
        try:
            mine = tidy({key: mine}, date_order=date_order)[key] or mine.strip()
        except MetadataError:  # the own value was unreadable: the option's stands anyway
            mine = mine.strip()
        if mine != tidy({key: value}, date_order=date_order)[key]:
            out[key] = mine
    return out


def replaced_warning(
    name: str, given: dict[str, str], replaced: list[dict[str, str]], articles: int
) -> str | None:
    """One line for an input whose articles had their own metadata replaced by options:
    which option replaced which own value (the first one met, and in how many records)."""
    seen: dict[str, list[str]] = {}
    for found in replaced:
        for key, mine in found.items():
            seen.setdefault(key, []).append(mine)
    if not seen:
        return None
    parts = []
    for key in (k for k in OPTION_OF if k in seen):
        mine = seen[key]
        said = f"{OPTION_OF[key]} {_shown(given[key])} replaced"
        part = f"{said} its own {_FIELD_NAMES[key]} {_shown(mine[0])}"
        if articles > 1:
            others = f" and {len(mine) - 1} more" if len(mine) > 1 else ""
            part = (
                f"{said} the own {_FIELD_NAMES[key]} of {len(mine)} of its {articles} "
                f"records ({_shown(mine[0])}{others})"
            )
        parts.append(part)
    return f"{name}: {'; '.join(parts)}"


def _shown(value: str) -> str:
    return f"“{value}”" if len(value) <= 60 else f"“{value[:59]}…”"
