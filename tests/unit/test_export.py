"""Exports of the review log: JSONL, CSV, the Markdown report and ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from html import unescape

import pytest
from markdown_it import MarkdownIt

from workbench.export import (
    BEST_RATING,
    FIELDS,
    WORST_RATING,
    ExportError,
    export_log,
    md_escape,
    parse_since,
    read_csv_record,
    shorten,
)
from workbench.export.verdicts import VERDICT_FIELDS
from workbench.models import Claim, Conflict, Corroboration
from workbench.store import Store

LONG = (
    "Officials in the capital said on Monday that 27 people had been detained after a "
    "small group of soldiers seized weapons from a command post."
)
NOTE = (
    'Matches the "official" statement, p. 2\n# not a heading\n\n    - nor a list\u2028x, <b>y</b>'
)


NO_VERDICT = {**dict.fromkeys(VERDICT_FIELDS), "record": "review"}


def _claim(source_id: int, claim_id: str, text: str, sentence: str, **kw) -> Claim:
    start = sentence.find(text)
    return Claim(
        id=claim_id,
        source_id=source_id,
        kind=kw.pop("kind", "quantity"),
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        value=kw.pop("value", {}),
        **kw,
    )


def build(store: Store) -> dict[str, int]:
    """Four sources (one a copy), two conflicts, one corroboration, a few decisions."""
    with store.transaction():
        a = store.add_source(
            file="a.txt",
            raw=LONG.encode(),
            text=LONG,
            content_hash="ha",
            outlet="Daily *News*",
            url="https://news.example/a",
            published="2019-01-21",
        )
        b = store.add_source(
            file="b.txt",
            raw=b"b",
            text="About two dozen men were held in the east.",
            content_hash="hb",
            outlet="Other | Paper",
            published="2019-01-22",
        )
        c = store.add_source(file="c.txt", raw=b"c", text=LONG, content_hash="hc")
        d = store.add_source(
            file="d.txt",
            raw=b"d",
            text="27 people were detained.",
            content_hash="hd",
            outlet="Wire",
            url="https://wire.example/d",
            published="2019-01-20",
        )
        store.set_copy_of(c, a, 0.95)
        store.replace_claims(
            a,
            [
                _claim(a, "ca", "27 people", LONG, value={"low": 27, "high": 27}),
                _claim(a, "cap", "the capital", LONG, kind="place", value={"name": "capital"}),
            ],
        )
        store.replace_claims(
            b,
            [
                _claim(b, "cb", "two dozen men", "About two dozen men were held in the east."),
                _claim(
                    b, "cbp", "the east", "About two dozen men were held in the east.", kind="place"
                ),
            ],
        )
        store.replace_claims(c, [_claim(c, "cc", "27 people", LONG)])
        store.replace_claims(d, [_claim(d, "cd", "27 people", "27 people were detained.")])
        store.replace_findings(
            [
                Conflict(
                    "k1",
                    "quantity",
                    0.9,
                    "27 vs about two dozen (detain, people)",
                    True,
                    ["ca", "cb"],
                ),
                Conflict("k2", "place", 0.5, "capital vs east", None, ["cap", "cbp"]),
            ],
            [Corroboration("r1", "quantity", 0.8, "27 people detained", ["ca", "cd"])],
        )
    store.record_review("ca", "verified", "ann", NOTE)
    store.record_review("cb", "disputed", "bob", "hedged, vague")
    store.record_review("cb", "unresolved", "bob", "needs a call")
    store.undo_last("bob")
    store.record_review("cd", "unresolved", "ann")
    store.record_review("cc", "verified", "ann")
    store.undo_last("ann")  # cc: back to undecided
    return {"a": a, "b": b, "c": c, "d": d}


@pytest.fixture
def built(store):
    build(store)
    return store


def run(store: Store, fmt: str, **options) -> str:
    out = io.StringIO(newline="")
    export_log(store, fmt, out, **options)
    return out.getvalue()


def _expected(store: Store, **filters) -> list[dict]:
    return [
        {**asdict(r), "conflict_ids": store.conflict_ids_of(r.claim_id), **NO_VERDICT}
        for r in store.reviews(**filters)
    ]


# --- jsonl and csv ----------------------------------------------------------------------


def test_jsonl_has_one_line_per_row_with_every_field(built):
    text = run(built, "jsonl")
    lines = text.split("\n")
    assert lines[-1] == "" and len(text.splitlines()) == len(lines) - 1 == 7
    records = [json.loads(line) for line in lines[:-1]]
    assert records == _expected(built)
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
    assert [read_csv_record(row) for row in rows] == _expected(built)
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

    every = _expected(built)
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


# --- the Markdown report ------------------------------------------------------------------


def test_md_report_structure(built):
    text = run(built, "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == [
        "Fact-check report",
        "Summary",
        "Sources",
        "Conflicts",
        "1. Quantity conflict (score 0.90)",
        "Undecided conflicts",
        "2. Place conflict (score 0.50)",
        "Other decisions",
    ]
    # Untrusted text never becomes markup: no HTML, no heading or list from the note.
    assert not [t for t in tokens if t.type in ("html_block", "html_inline", "code_block")]
    assert "- Sources: 4" in text
    assert "- Conflicts found: 2 (1 decided, 0 partly decided, 1 undecided)" in text
    assert "| Verified | 1 |" in text and "| Unresolved | 1 |" in text
    assert "| Disputed | 1 |" in text
    assert "| ann | 2 | 4 |" in text and "| bob | 1 | 3 |" in text
    assert "> Officials in the capital said on Monday that **27 people** had been" in text
    assert "**Disputed** by bob" in text and "Note: hedged, vague" in text
    assert "**Other \\| Paper**" in text
    # The claim outside any conflict (cd, corroborating) is reported under other decisions.
    assert text.index("**27 people** were detained.") > text.index("## Other decisions")


def test_md_note_cannot_break_the_structure():
    escaped = md_escape(NOTE, "  ")
    html = MarkdownIt("commonmark").render("- item\n  " + escaped + "\n")
    assert html.count("<li>") == 1 and "<h1>" not in html and "<b>" not in html
    assert "# not a heading" in html and "&lt;b&gt;y&lt;/b&gt;" in html
    assert md_escape("x\x1b[31m") == "x\\\\x1b\\[31m"


@pytest.mark.parametrize(
    "text",
    [
        "*bold* _em_ __strong__ `code` ~~gone~~ [link](http://x.example) ![img](y.png)",
        "<script>alert(1)</script> &amp; &#42; $x$ a|b",
        "snake_case file_name_2019.txt, 5 * 3 = 15",
        "# heading",
        "1. one",
        "2019) year",
        "- dash",
        "+ plus",
        "> quote",
        "===",
        "***",
        "trailing backslash \\",
        "<http://auto.example>",
    ],
)
def test_md_escape_renders_literally(text):
    html = MarkdownIt("commonmark").render(md_escape(text))
    assert html.startswith("<p>") and html.endswith("</p>\n")
    assert unescape(html[3:-5]) == text


def test_md_hostile_names_stay_in_their_table_row_and_heading(built):
    built.record_review("cap", "verified", "eve | x\n# boss", "ok")
    text = run(built, "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) == 8
    rows = [line for line in text.splitlines() if line.startswith("| eve")]
    assert rows == ["| eve \\| x \\# boss | 1 | 1 |"]
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 3 * 2 + 3 * 3  # statuses x 2 columns, reviewers x 3 columns


def test_md_filters_select_decisions(built):
    text = run(built, "md", reviewer="bob")
    assert "Showing decisions matching: reviewer bob." in text
    assert "- Claims decided: 1" in text and "| ann |" not in text
    # The undecided place conflict is still listed; the quantity one is shown for bob.
    assert "1. Quantity conflict" in text and "2. Place conflict" in text
    text = run(built, "md", status="verified")
    assert "No decided conflicts in this selection" not in text
    assert "Other decisions\n\nNone." in text


# --- ClaimReview ------------------------------------------------------------------------


def test_claimreview_objects_carry_every_field(built):
    items = json.loads(run(built, "claimreview", base_url="https://checks.example/story"))
    # One per claim with a current decision: cc was undone back to undecided.
    assert [i["identifier"] for i in items] == ["ca", "cb", "cd"]
    ca = items[0]
    assert ca["@context"] == "https://schema.org" and ca["@type"] == "ClaimReview"
    assert ca["claimReviewed"] == shorten(LONG)
    assert ca["url"] == "https://checks.example/story#claim-ca"
    assert ca["author"] == {"@type": "Person", "name": "ann"}
    assert ca["datePublished"] == built.latest_review("ca").at[:10]
    rating = ca["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "alternateName": "Verified",
        "ratingValue": 3,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "ratingExplanation": NOTE,
    }
    item = ca["itemReviewed"]
    assert item["@type"] == "Claim"
    # Own source a, its copy c, the corroborating d: earliest (d, 2019-01-20) first.
    assert [w["name"] for w in item["appearance"]] == ["d.txt", "a.txt", "c.txt"]
    assert item["firstAppearance"] == item["appearance"][0]
    assert item["appearance"][1] == {
        "@type": "CreativeWork",
        "name": "a.txt",
        "url": "https://news.example/a",
        "datePublished": "2019-01-21",
        "publisher": {"@type": "Organization", "name": "Daily *News*"},
    }
    cb, cd = items[1], items[2]
    assert cb["reviewRating"]["alternateName"] == "Disputed"
    assert cb["reviewRating"]["ratingValue"] == 1
    assert cd["reviewRating"]["ratingValue"] == 2 and "ratingExplanation" not in cd["reviewRating"]
    assert [w["name"] for w in cd["itemReviewed"]["appearance"]] == ["d.txt", "a.txt", "c.txt"]


def test_claimreview_author_can_be_an_organisation_and_filters_apply(built):
    items = json.loads(run(built, "claimreview", org="Example Checks", status="disputed"))
    assert [i["identifier"] for i in items] == ["cb"]
    assert items[0]["author"] == {"@type": "Organization", "name": "Example Checks"}
    assert "url" not in items[0]
    assert run(built, "claimreview", reviewer="nobody") == "[]\n"


def test_claimreview_of_a_dropped_claim_uses_its_snapshot(built):
    with built.transaction():
        built.replace_claims(built.claim("cb").source_id, [])
    items = json.loads(run(built, "claimreview"))
    cb = next(i for i in items if i["identifier"] == "cb")
    assert cb["itemReviewed"]["appearance"] == [
        {
            "@type": "CreativeWork",
            "name": "b.txt",
            "datePublished": "2019-01-22",
            "publisher": {"@type": "Organization", "name": "Other | Paper"},
        }
    ]


def test_shorten_cuts_on_a_word_boundary():
    short = shorten(LONG)
    assert short.endswith("…") and len(short) <= 76
    assert LONG.startswith(short[:-1]) and LONG[len(short) - 1] == " "
    assert shorten("Short  and\nsweet.") == "Short and sweet."
    assert shorten("x" * 200) == "x" * 75 + "…"


def test_claimreview_is_laid_out_as_the_json_module_would(built):
    """The hand-built layout (pasted CreativeWorks) matches `json.dumps(indent=2)` exactly."""
    text = run(built, "claimreview", org="Ex\u2028ample", base_url="https://checks.example/s")
    items = json.loads(text)
    layout = ",\n".join(json.dumps(i, ensure_ascii=False, indent=2) for i in items)
    escaped = layout.replace("\u2028", "\\u2028")  # the note and org: JSON lines stay lines
    assert text == "[\n" + escaped + "\n]\n"
    assert "\u2028" not in text


def test_claimreview_and_md_read_no_whole_corroboration_or_article_text(built, monkeypatch):
    """Their memory must not follow the corpus: every corroboration and text loaded is
    hundreds of megabytes at 4,000 articles."""
    expected = {fmt: run(built, fmt) for fmt in ("claimreview", "md")}

    def refused(*_args, **_kw):
        raise AssertionError("loads the whole analysis")

    for name in ("corroborations", "sources", "claim"):
        monkeypatch.setattr(Store, name, refused)
    assert {fmt: run(built, fmt) for fmt in ("claimreview", "md")} == expected
