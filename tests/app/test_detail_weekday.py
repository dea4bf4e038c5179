"""The claim detail says when a weekday contradicts its date (no Textual run needed)."""

from __future__ import annotations

from datetime import date

from workbench.app.widgets.detail_rows import weekday_rows
from workbench.claims.dates import find_dates
from workbench.models import Claim


def _date_claim(text: str, published: str) -> Claim:
    found = find_dates(text, date.fromisoformat(published))[0]
    return Claim("c", 1, "date", text[found.start : found.end], found.start, found.end, text,
                 value=found.value)  # fmt: skip


def test_the_detail_warns_of_a_weekday_against_the_publication_date():
    claim = _date_claim("Police said yesterday (Sunday) two men were shot.", "2016-10-16")
    [(label, text)] = weekday_rows(claim)
    assert label == "check" and "publication date may be wrong" in text


def test_the_detail_warns_of_a_weekday_against_its_date():
    claim = _date_claim("On Monday, Oct. 12, 2016, police said.", "2016-10-20")
    assert weekday_rows(claim) == [("check", "the text says Monday, but that date was a Wednesday")]


def test_no_warning_when_the_weekday_fits():
    assert weekday_rows(_date_claim("On Monday, Oct. 10, 2016, it began.", "2016-10-20")) == []


def test_the_detail_warns_of_a_count_dated_by_a_contradicted_date():
    count = Claim("q", 1, "quantity", "Two men", 0, 7, "Two men were shot Monday, Oct. 12, 2016.",
                  value={"low": 2, "high": 2, "event_weekday": {
                      "weekday_mismatch": "Wednesday", "weekday_named": "Monday",
                      "weekday_against": "date"}})  # fmt: skip
    assert weekday_rows(count) == [
        ("check", "its event date: the text says Monday, but that date was a Wednesday")
    ]
