"""Format readers: text, Markdown with front matter, saved HTML, JSON and JSONL records."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest.decode import decode
from workbench.ingest.formats import FormatError, detect_format, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def _parse(name: str):
    data = (FIXTURES / name).read_bytes()
    return parse(name, decode(data).text, data)


def test_markdown_front_matter_and_markup():
    [article] = _parse("story.md")
    assert article.format == "markdown"
    assert article.meta == {
        "outlet": "The Daily Example",
        "url": "https://example.org/news/flood",
        "published": "March 3, 2021",
        "title": "River floods the old town",
    }
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1] == (
        "The river rose two metres overnight, the city council said on Wednesday. "
        "About 300 residents were moved to a school gym."
    )
    assert '"We have never seen it this high," said Mr. Ortega, a shopkeeper.' in paragraphs
    assert paragraphs[-2:] == ["Roads closed: 12", "Schools closed: 4"]
    assert [r.reason for r in article.removed] == ["image"]
    assert "---" not in article.text and "**" not in article.text and "](" not in article.text


def test_html_keeps_the_article_and_drops_the_page_around_it():
    [article] = _parse("page.html")
    assert article.format == "html"
    assert article.text.split("\n\n") == [
        "Bridge closed after crack found",
        "Engineers closed the North Bridge on Friday after finding a 40-centimetre crack "
        "in a support beam.",
        "The city said repairs would take “at least six weeks” & cost about 2 million euros.",
        "About 20,000 vehicles cross the bridge each day.",
    ]
    assert article.meta == {
        "outlet": "Example News",
        "url": "https://news.example.com/bridge",
        "published": "2021-05-07T08:30:00Z",
        "title": "Bridge closed after crack found",
    }
    reasons = " ".join(r.reason for r in article.removed)
    assert "header" in reasons and "footer" in reasons and "share" in reasons
    assert all("tracking" not in r.text for r in article.removed)  # scripts are not "text"


def test_html_without_article_element_uses_the_body():
    html = (
        "<html><body><nav>Menu Home</nav><p>One thing happened.</p><p>Then another.</p>"
        "</body></html>"
    )
    [article] = parse("x.html", html, html.encode())
    assert article.text == "One thing happened.\n\nThen another."


def test_json_array_records_keep_their_own_raw_text_and_aliases():
    first, second = _parse("records.json")
    assert first.record == 1 and second.record == 2
    assert first.raw.startswith(b'{"text": "The ministry') and first.raw.endswith(b'"New cases"}')
    assert first.meta["outlet"] == "Wire One"
    assert second.text == "Police said 3 people were arrested after the match."
    assert second.meta == {"outlet": "City Paper", "published": "15 February 2022"}


def test_jsonl_records_are_numbered_by_line():
    first, second = _parse("records.jsonl")
    assert (first.record, second.record) == (1, 3)
    assert second.meta == {"url": "https://harbour.example/2"}
    assert first.raw == (FIXTURES / "records.jsonl").read_bytes().split(b"\n")[0]


def test_single_json_object_is_one_article():
    [article] = parse("a.json", '{"text": "Hello there.", "title": "Hi"}', b"x")
    assert (
        article.text == "Hello there." and article.meta == {"title": "Hi"} and article.raw == b"x"
    )


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("a.json", '{"title": "no text"}', "no `text` field"),
        ("a.json", "[1, 2]", "expected an object"),
        ("a.json", '{"text": "x",', "invalid JSON"),
        ("a.json", "[]", "no articles"),
        ("a.jsonl", '{"text": "ok"}\nnot json\n', "line 2"),
    ],
)
def test_bad_json_is_a_format_error(name, text, message):
    with pytest.raises(FormatError, match=message):
        parse(name, text, text.encode())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"text": "a"}]', "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("---\ntitle: x\n---\nBody.", "markdown"),
        ("Just words.", "text"),
    ],
)
def test_stdin_format_is_sniffed(text, expected):
    assert detect_format("-", text) == expected
