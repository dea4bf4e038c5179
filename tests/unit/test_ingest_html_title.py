"""A saved page's <title> names the page and is read as its headline; it is not the text's
first paragraph as well (the headline was read twice: walk31). Invented pages."""

from __future__ import annotations

from workbench.ingest.formats import parse

TITLE = "Two hurt in fire on Elm Street - Lakeside Gazette"
BODY = "Two people were hurt in a fire on Elm Street on Monday, the fire department said."


def _read(html: str):
    [article] = parse("page.html", html, html.encode())
    return article


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_title_alone_leaves_no_text_and_names_the_page():
    article = _read(_page(f"<title>{TITLE}</title><script>load()</script>", "<div></div>"))
    assert article.text == "" and article.meta["title"] == TITLE


def test_the_title_is_the_headline_not_the_first_paragraph():
    article = _read(_page(f"<title>{TITLE}</title>", f"<p>{BODY}</p><p>Nobody died.</p>"))
    assert article.text == f"{BODY}\n\nNobody died."
    assert article.meta["title"] == TITLE


def test_a_body_opening_with_the_titles_heading_keeps_it_once():
    heading = "Two hurt in fire on Elm Street"
    article = _read(_page(f"<title>{heading}</title>", f"<h1>{heading}</h1><p>{BODY}</p>"))
    assert article.text == f"{heading}\n\n{BODY}"


def test_a_heading_other_than_the_title_stays_and_becomes_the_headline():
    heading = "Elm Street fire: two taken to hospital"
    article = _read(_page(f"<title>{TITLE}</title>", f"<h1>{heading}</h1><p>{BODY}</p>"))
    assert article.text == f"{heading}\n\n{BODY}"
    assert article.meta["title"] == heading  # the page's own heading before its <title>


def test_an_unclosed_title_ends_where_the_page_begins():
    article = _read(f"<html><head><title>{TITLE}<body><p>{BODY}</p></body></html>")
    assert article.text == BODY and article.meta["title"] == TITLE


def test_an_icons_title_is_neither_text_nor_the_pages_name():
    icon = "<svg><title>Share icon</title></svg>"
    article = _read(f"<html><body>{icon}<p>{BODY}</p></body></html>")
    assert article.text == BODY and not article.meta.get("title")
