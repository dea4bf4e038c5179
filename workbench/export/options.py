"""What an export request may ask for: its filters, its date, its format and options,
all checked before the first byte is written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from workbench.models import REVIEW_STATUSES, Review

FORMATS: tuple[str, ...] = ("jsonl", "csv", "md", "claimreview")


class ExportError(Exception):
    """A problem with an export request a user can fix (bad option, existing file)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Which log rows an export covers; `since` is in the log's own timestamp format."""

    since: str | None = None
    reviewer: str | None = None
    status: str | None = None
    latest: bool = False

    def matches(self, review: Review) -> bool:
        """The same test `Store.reviews()` applies in SQL, for rows looked up one by one."""
        return (
            (self.since is None or review.at >= self.since)
            and (self.reviewer is None or review.reviewer == self.reviewer)
            and (self.status is None or review.status == self.status)
        )

    def describe(self) -> str:
        parts = []
        if self.reviewer is not None:
            parts.append(f"reviewer {self.reviewer}")
        if self.status is not None:
            parts.append(f"status {self.status}")
        if self.since is not None:
            parts.append(f"decided since {self.since}")
        return ", ".join(parts)


def parse_since(value: str | date | datetime | None) -> str | None:
    """A date or datetime (ISO 8601 or English, any zone; naive means UTC) as log time text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=UTC)
    else:
        import dateparser

        # English only: detecting the language of an unreadable string takes seconds.
        moment = dateparser.parse(
            value,
            languages=["en"],
            settings={
                "TIMEZONE": "UTC",
                "TO_TIMEZONE": "UTC",
                "RETURN_AS_TIMEZONE_AWARE": True,
                "STRICT_PARSING": True,
            },
        )
        if moment is None:
            raise ExportError(
                f"cannot read {value!r} as a date (try 2024-05-01 or 2024-05-01T14:30)"
            )
    moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def check_options(fmt: str, status: str | None, base_url: str | None) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if status is not None and status not in REVIEW_STATUSES:
        raise ExportError(
            f"unknown status {status!r}: expected one of {', '.join(REVIEW_STATUSES)}"
        )
    if base_url is not None and not re.match(r"https?://[^\s/]+", base_url):
        raise ExportError(f"--base-url must be an http(s) address, not {base_url!r}")
