"""A note written on a claim (the app's `e` on a claim) reaches the editor's report and the
story report, and an article repeating its words is one item there. Walking 300 real
articles, a note on sfgate.com's claim was in neither, and one conflict listed the same
claim and sentence ten times (the page repeats a photo caption on every slide)."""

from __future__ import annotations

import io

from workbench.export import export_log
from workbench.export.markdown import same_words
from workbench.models import Claim
from workbench.report.document import render_report


def test_a_claims_own_note_is_in_both_reports(sample_store):
    claim = sample_store.conflicts()[0].claims[0]
    sample_store.set_note("claim", claim.id, "asked the agency | twice", "ann")
    out = io.StringIO()
    export_log(sample_store, "md", out)
    assert "Note (ann): asked the agency \\| twice" in out.getvalue()
    assert "Note (ann): asked the agency \\| twice" in render_report(sample_store, "md")
    assert "Note (ann): asked the agency | twice" in render_report(sample_store, "html")


def test_the_same_words_of_one_article_are_one_item_decided_alike():
    def claim(cid: str, source: int, text: str, low: int) -> Claim:
        return Claim(cid, source, "quantity", text, 0, 1, f"{text} ({cid}).", value={"low": low})

    claims = [claim("a", 1, "four deputies", 4), claim("b", 2, "three officers", 3)]
    claims += [claim(f"a{i}", 1, "four deputies", 4) for i in range(3)]
    claims.append(claim("c", 1, "four deputies", 5))  # another value: its own item
    decided = {"a2"}
    items = same_words(claims, lambda c: "disputed" if c.id in decided else "undecided")
    assert [(c.id, n) for c, n in items] == [("a", 2), ("b", 0), ("a2", 0), ("c", 0)]


def test_an_undone_decision_reads_as_undone_in_the_story_report(sample_store):
    """Walking 300 real articles, a tag taken back read 'Undecided.' in the story report,
    as if nobody had looked: it now says who undid what, as the review log's export does."""
    claim = sample_store.conflicts()[0].claims[0]
    sample_store.record_review(claim.id, "disputed", "ann")
    sample_store.undo_last("ann")
    md = render_report(sample_store, "md")
    assert "Undecided: undone by ann" in md and "(was disputed)" in md
    assert "Undecided: undone by ann" in render_report(sample_store, "html")


def test_a_claims_note_carried_by_its_tag_is_said_once(sample_store):
    """A tag carries the claim's note in force: walking 300 real articles, the note on
    nydailynews.com's "Man" (line 1786 of documents.jsonl) was printed twice under the claim."""
    claim = sample_store.conflicts()[0].claims[0]
    sample_store.set_note("claim", claim.id, "check with the desk", "ann")
    sample_store.record_review(claim.id, "disputed", "ann", "check with the desk")
    out = io.StringIO()
    export_log(sample_store, "md", out)
    assert out.getvalue().count("check with the desk") == 1
    story = render_report(sample_store, "md")
    assert story.count("Note (ann): check with the desk") == 1
    assert "Note: check with the desk" not in story


def test_an_undone_note_reads_as_undone_in_the_story_report(sample_store):
    """ann notes a claim, bob tags it (the tag carries the note), ann takes her note back:
    the story report showed nothing of the undo, and its html printed the tag's copy as if
    it stood (walk34, as the review log's export now says)."""
    claim = sample_store.conflicts()[0].claims[0]
    sample_store.set_note("claim", claim.id, "ask the desk", "ann")
    sample_store.tag_claims([claim.id], "disputed", "bob")
    sample_store.undo_note(sample_store.latest_note_edit("ann"))
    for fmt in ("md", "html"):
        story = render_report(sample_store, fmt)
        assert "“ask the desk” no longer stands; no note now." in story
        assert "Note when decided: ask the desk" in story
        assert "Note (ann): ask the desk" not in story
