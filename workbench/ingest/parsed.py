"""An article as a format reader gives it, and the metadata fields every reader fills.

Kept apart from the readers so that each format's module (HTML, Markdown, JSON) can build
one without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.models import Removed

# Names other tools use for our fields; the first of ours is what we store.
_ALIASES = {
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "publication"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate"),
    "title": ("title", "headline"),
}


class FormatError(ValueError):
    """The file is text but not a readable article in its format; the message says why."""


@dataclass(slots=True)
class Parsed:
    text: str
    raw: bytes
    format: str
    meta: dict[str, str | None] = field(default_factory=dict)
    record: int | None = None
    """1-based position of the record in a JSON array or JSONL file."""
    line: int | None = None
    """The line of its file a record starts on (JSON array, JSONL): where a message points."""
    removed: list[Removed] = field(default_factory=list)


def pick_meta(record: dict[str, object]) -> dict[str, str | None]:
    """Our four fields from a record that may use other tools' names for them."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    meta: dict[str, str | None] = {}
    for name, aliases in _ALIASES.items():
        for alias in aliases:
            value = lowered.get(alias)
            if isinstance(value, str | int | float) and str(value).strip():
                meta[name] = str(value).strip()
                break
    return meta
