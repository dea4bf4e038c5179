"""Exports of the review log as JSONL and CSV: every field, filters, streaming."""

from __future__ import annotations

import csv
import io
import json

import pytest
from export_builders import NOTE, build, expected, run

from workbench.export import FIELDS, ExportError, export_log, parse_since, read_csv_record


@pytest.fixture
def built(store):
    build(store)
    return store


def test_jsonl_has_one_line_per_row_with_every_field(built):
    text = run(built, "jsonl")
    lines = text.split("\n")
    assert lines[-1] == "" and len(text.splitlines()) == len(lines) - 1 == 7
    records = [json.loads(line) for line in lines[:-1]]
    assert records == expected(built)
    assert all(list(r) == list(FIELDS) for r in records)
    assert records[0]["note"] == NOTE and records[0]["conflict_ids"] == ["k1"]
    assert records[0]["value"] == {"low": 27, "high": 27}


def test_csv_round_trips_every_field(built, tmp_path):
    text = run(built, "csv")
    assert text.startswith(",".join(FIELDS) + "\r\n")
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8", newline="")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [read_csv_record(row) for row in rows] == expected(built)
    assert rows[0]["note"] == NOTE and rows[0]["value"] == '{"high": 27, "low": 27}'


def test_latest_gives_one_row_per_claim_its_current_state(built):
    records = [json.loads(line) for line in run(built, "jsonl", latest=True).splitlines()]
    assert sorted(r["claim_id"] for r in records) == ["ca", "cb", "cc", "cd"]
    for record in records:
        assert record["status"] == built.status_of(record["claim_id"])
    assert next(r for r in records if r["claim_id"] == "cb")["undo_of"] is not None


def test_filters(built):
    def ids(**filters):
        return [json.loads(line)["id"] for line in run(built, "jsonl", **filters).splitlines()]

    every = expected(built)
    assert ids(reviewer="bob") == [r["id"] for r in every if r["reviewer"] == "bob"]
    assert ids(status="disputed") == [r["id"] for r in every if r["status"] == "disputed"]
    assert ids(status="disputed", latest=True) == [every[3]["id"]]
    assert ids(since="2000-01-01") == [r["id"] for r in every]
    assert ids(since="2999-01-01") == []
    third = every[2]["at"]
    assert ids(since=third) == [r["id"] for r in every[2:]]
    assert ids(reviewer="nobody") == []


def test_since_accepts_dates_and_datetimes_in_any_zone():
    assert parse_since("2024-05-01") == "2024-05-01T00:00:00.000000Z"
    assert parse_since("2024-05-01T10:30+02:00") == "2024-05-01T08:30:00.000000Z"
    assert parse_since("1 May 2024") == "2024-05-01T00:00:00.000000Z"
    for bad in ("garbage", "2024-13-45", "May"):
        with pytest.raises(ExportError, match="cannot read"):
            parse_since(bad)


def test_bad_options_fail_before_anything_is_written(built):
    for options, message in (
        ({"fmt": "xml"}, "unknown format"),
        ({"fmt": "jsonl", "status": "maybe"}, "unknown status"),
        ({"fmt": "csv", "since": "not a date"}, "cannot read"),
        ({"fmt": "claimreview", "base_url": "javascript:alert(1)"}, "base-url"),
    ):
        out = io.StringIO()
        with pytest.raises(ExportError, match=message):
            export_log(built, options.pop("fmt"), out, **options)
        assert out.getvalue() == ""


def test_every_format_is_deterministic(built):
    for fmt in ("jsonl", "csv", "md", "claimreview"):
        assert run(built, fmt) == run(built, fmt)


def test_output_is_streamed_while_the_log_is_read(built, monkeypatch):
    """The first record is written before the log has been read to its end."""
    pulled = []
    real = built.reviews

    def counting(**kw):
        for review in real(**kw):
            pulled.append(review.id)
            yield review

    monkeypatch.setattr(built, "reviews", counting)
    for fmt, first_write in (("jsonl", 0), ("csv", 1), ("claimreview", 1)):
        pulled.clear()
        seen: list[int] = []

        class Out(io.StringIO):
            def write(self, s, seen=seen):
                seen.append(len(pulled))
                return super().write(s)

        export_log(built, fmt, Out())
        total = len(pulled)
        assert total >= 3
        # The write after the first record was pulled happened before the last one was.
        assert seen[first_write] < total, fmt
