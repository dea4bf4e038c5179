"""The page kinds (tests/labelled/gva/page_kinds.jsonl) are well formed and name no page a
helper may not read.

The stories bench leaves a page out of its second figure by its url and incident, so a line
whose page is not in the corpus under that incident would leave nothing out, silently; a kind
outside the README's list would be neither left out nor counted. The held-out and fresh splits
are never read per item, so no line may name one of their incidents. Reads the articles from
`../shared/corpora/gva/` (skipped with the reason when absent); a failure on a held-out or
fresh incident says how many, never which.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import gva  # noqa: E402
import stories_scores  # noqa: E402

pytestmark = pytest.mark.skipif(
    not gva.available(), reason=f"the real-news corpus is not at {gva.CORPUS}"
)

KINDS = {"report", "headline_only", "other_event", "not_a_report", "unreadable"}
"""The kinds the README section "Page kinds (stories)" states."""


@pytest.fixture(scope="module")
def lines() -> list[dict]:
    with stories_scores.PAGE_KINDS.open(encoding="utf-8") as f:
        return list(map(json.loads, f))


def test_each_line_is_a_page_of_the_corpus_under_its_incident(lines):
    documents = gva.documents()
    wrong = [
        r["doc_id"]
        for r in lines
        if documents.get(r["doc_id"], {}).get("incident_id") != r["incident_id"]
    ]
    assert not wrong, wrong


def test_each_line_has_a_stated_kind_a_reason_and_a_sample(lines):
    assert {r["kind"] for r in lines} <= KINDS
    assert all(r["why"].strip() for r in lines)
    assert {r["sample"] for r in lines} <= {"under_bar", "control"}
    assert len({r["doc_id"] for r in lines}) == len(lines)
    assert stories_scores.LEFT_OUT_KINDS <= KINDS


def test_no_line_names_a_held_out_or_fresh_incident(lines):
    chosen = gva.selection()
    closed = {i for split in (*gva.HELD_OUT, *gva.FRESH) for i in chosen.get(split, ())}
    for split in gva.FRESH_POOL:  # the flag pool's fresh tail: its ids only, never its lines
        with (gva.LABELS / f"pairs_{split}.jsonl").open(encoding="utf-8") as f:
            closed |= {json.loads(line)["incident_id"] for line in f}
    named = sum(1 for r in lines if r["incident_id"] in closed)
    assert named == 0, f"{named} lines name a held-out or fresh incident"
