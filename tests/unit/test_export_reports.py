"""Exports of the review log for people: the Markdown report and ClaimReview JSON-LD."""

from __future__ import annotations

import json
from html import unescape

import pytest
from export_builders import LONG, NOTE, build, claim, run
from markdown_it import MarkdownIt

from workbench.export import BEST_RATING, WORST_RATING, md_escape, shorten
from workbench.store import Store


@pytest.fixture
def built(store):
    build(store)
    return store


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


def test_md_other_decisions_name_the_role_of_a_mention_counted_twice(built):
    """One mention counted as injured and as hit is two claims quoting the same words: the
    report says which role each decision is on, or reads as one claim disputed and verified."""
    d = built.claim_source_id("cd")
    sentence = "A 5-year-old child was shot in the hand."
    built.replace_claims(
        d,
        [
            claim(d, "ci", "A 5-year-old child", sentence, role="injured"),
            claim(d, "ch", "A 5-year-old child", sentence, role="hit"),
        ],
    )
    built.record_review("ci", "verified", "ann")
    built.record_review("ch", "disputed", "ann")
    other = run(built, "md").split("## Other decisions")[1]
    verified, disputed = other.index("**Verified** by ann"), other.index("**Disputed** by ann")
    assert other.index("Counted as injured.") < verified
    assert other.index("Counted as hit.") < disputed
    assert other.count("Counted as") == 2  # a claim without a role says none


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
    }
    assert ca["reviewBody"] == NOTE  # the reviewer's note on the claim
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
    assert "reviewBody" not in cd
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


def test_md_says_a_claims_note_once(built):
    """A tag carries the claim's note in force; the report printed it on the decision
    line and again as the claim's note (seen in the walk on a real verdict)."""
    claim = built.conflicts()[0].claim_ids[0]
    built.set_note("claim", claim, "ask the police desk", "ann")
    built.record_review(claim, "verified", "ann", "ask the police desk")
    text = run(built, "md")
    assert text.count("ask the police desk") == 1
    assert "Note (ann): ask the police desk" in text


def test_md_counts_a_conflict_judged_not_a_conflict_as_decided(built):
    """ "Not a conflict" sets no claim's status: the summary said "0 decided, 1 partly
    decided" of a conflict the reviewer had answered."""
    undecided = built.conflicts()[1]
    built.record_verdict(undecided.id, "not_conflict", "ann")
    text = run(built, "md")
    assert "- Conflicts found: 2 (2 decided, 0 partly decided, 0 undecided)" in text


def test_md_keeps_another_reviewers_verdict_out_of_a_reviewers_selection(built):
    """Walk of gva records 2101-2400: `--reviewer nobody` listed ann's "not a conflict"
    under the decided conflicts with "Verdict: none yet" and counted it decided."""
    undecided = built.conflicts()[1]
    built.record_verdict(undecided.id, "not_conflict", "ann")
    text = run(built, "md", reviewer="bob")
    assert "1 undecided" not in text and "1 decided outside this selection" in text
    assert "2. Place conflict" not in text  # ann's, out of bob's sight
    assert "ann: not a conflict" in run(built, "md", reviewer="ann")


def test_md_keeps_a_verdict_before_since_out_of_the_selection(built):
    """Walk of gva records 1201-1300: `--since 2030-01-01` listed a verdict given earlier,
    its conflict and claims, under "Showing decisions matching: decided since 2030"."""
    conflict = built.conflicts()[1]
    built.record_verdict(conflict.id, "not_conflict", "ann")
    later = run(built, "md", since="2999-01-01")
    assert "ann: not a conflict" not in later
    assert "(0 decided, 0 partly decided, 0 undecided, 2 decided outside this selection)" in later
    assert "ann: not a conflict" in run(built, "md", since="2000-01-01")


def test_md_says_a_verdict_stands_outside_the_selection(built):
    """A conflict shown for a tag since a time, its verdict given before: "Verdict: none
    yet" read as if no one had answered it."""
    conflict = built.conflicts()[1]
    built.record_verdict(conflict.id, "not_conflict", "ann")
    built.record_review(conflict.claim_ids[0], "disputed", "bob")
    since = built.latest_review(conflict.claim_ids[0]).at
    text = run(built, "md", since=since)
    assert "Verdict: none in this selection (1 outside it)" in text
    assert "Verdict: none yet" not in text


def test_md_report_counts_in_groups_of_three_digits(built):
    """ "Sources: 3373" in the report of the walk's database, where the app and the commands
    say "3,373" (walk40)."""
    with built.transaction():
        for n in range(1000):
            built.add_source(file=f"x{n}.txt", raw=b"x", text="A report.", content_hash=f"x{n}")
        built.record_review(built.conflicts()[0].claim_ids[0], "verified", "ann")
    text = run(built, "md")
    assert "- Sources: 1,004 (" in text
    # and the Sources section's "(3 of 3368)" (walk42)
    assert " of 1,004).\n" in text
