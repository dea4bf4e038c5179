"""Two pages of one story and one day dating its event to different days: a date dispute."""

from __future__ import annotations

from dataclasses import replace

from workbench.claims import extract_claims
from workbench.findings.conflicts import find_findings
from workbench.ingest.sentences import split_sentences
from workbench.models import Source

FIRST = (
    "Officers were called to a parking lot on Palm Avenue on Thursday and found three men "
    "shot. Marcus Bell, 22, died at the scene, police said."
)
SECOND = (
    "Police have named the man who died in a shooting on Palm Avenue on Wednesday "
    "afternoon. Bell was 22, his family said, and two other men were wounded."
)


def _source(sid: int, text: str, published: str) -> tuple[Source, list]:
    source = Source(id=sid, file=f"{sid}.txt", text=text, content_hash=f"h{sid}")
    source = replace(source, outlet=f"outlet{sid}", published=published)
    sentences = [replace(s, id=sid * 100 + s.index) for s in split_sentences(text)]
    return source, extract_claims(source, sentences)


def _date_disputes(second_day="2021-06-09", stories=True, second=SECOND):
    a, claims_a = _source(1, FIRST, "2021-06-09")
    b, claims_b = _source(2, second, second_day)
    grouped = {1: (1, 1), 2: (1, 1)} if stories else None
    conflicts, _ = find_findings(claims_a + claims_b, [a, b], stories=grouped)
    return [c for c in conflicts if c.kind == "date"]


def test_same_day_pages_of_one_story_dating_it_days_apart_dispute_its_day():
    # published Wednesday 9 June: one page's "Thursday" is the 3rd, the other's the 9th
    assert len(_date_disputes()) == 1


def test_pages_never_grouped_into_one_story_are_not_set_against_each_other():
    assert _date_disputes(stories=False) == []


def test_a_later_page_may_date_a_later_act_as_its_news():
    assert _date_disputes(second_day="2021-06-10") == []


def test_a_page_telling_both_days_disputes_nothing():
    both = SECOND + " The men had met on Thursday, June 3, a friend said."
    assert _date_disputes(second=both) == []
