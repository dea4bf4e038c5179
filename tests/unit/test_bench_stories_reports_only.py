"""The stories bench's second figure: B-cubed with the pages read as no report left out.

Made-up groupings and labels only: no corpus page is read (`gva.documents` is stubbed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import gva  # noqa: E402
import stories_scores  # noqa: E402
from stories_scores import (  # noqa: E402
    bcubed,
    left_out_sources,
    not_reports,
    reports_only,
    scores,
)

# Incident "a" has three pages, one of them (3) an appeal page standing alone; incident
# "b" two pages grouped together, with a site's error page (6) filed under "c" joined to
# them.
TRUTH = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b", 6: "c"}
FOUND = {1: 10, 2: 10, 3: 11, 4: 12, 5: 12, 6: 12}


def test_the_second_figure_drops_exactly_the_pages_named():
    kept = reports_only(FOUND, {3, 6})
    assert kept == {1: 10, 2: 10, 4: 12, 5: 12}
    assert reports_only(FOUND, set()) == FOUND


def test_pages_left_out_leave_the_truth_and_the_clusters_alike():
    precision, recall = bcubed(FOUND, TRUTH)
    assert precision < 1 and recall < 1  # 3 split from its incident, 6 joined to another
    assert bcubed(reports_only(FOUND, {3, 6}), TRUTH) == (1.0, 1.0)
    # Only the page standing alone left out: incident "a" is whole, "b"'s story still
    # holds the page of "c".
    precision, recall = bcubed(reports_only(FOUND, {3}), TRUTH)
    assert recall == 1.0 and precision < 1


def test_sizes_are_counted_over_the_pages_left():
    found = scores(reports_only(FOUND, {3}), TRUTH, lambda incident: incident == "b", True)
    # "a" counts two pages once 3 is out; "c"'s one page sits in "b"'s story of three.
    assert found["dev_by_size"] == {"1": [1, 0.3333, 1.0], "2": [2, 1.0, 1.0]}
    assert found["heldout_by_size"] == {"2": [2, 0.6667, 1.0]}


def test_a_tuning_run_reads_no_untouched_figure():
    found = scores(FOUND, TRUTH, lambda incident: incident == "b", False)
    assert set(found) == {"dev", "dev_by_size"}


def test_only_the_left_out_kinds_are_named(tmp_path, monkeypatch):
    docs = {
        "d1": {"url": "http://x/appeal", "incident_id": "a"},
        "d2": {"url": "http://x/other-town", "incident_id": "a"},
        "d3": {"url": "http://x/lost", "incident_id": "b"},
        "d4": {"url": "http://x/report", "incident_id": "b"},
    }
    kinds = ["not_a_report", "other_event", "headline_only", "report"]
    path = tmp_path / "page_kinds.jsonl"
    path.write_text(
        "".join(
            json.dumps({"doc_id": d, "kind": k}) + "\n" for d, k in zip(docs, kinds, strict=True)
        )
    )
    monkeypatch.setattr(gva, "documents", lambda: docs)
    assert not_reports(path) == {("http://x/appeal", "a")}
    assert {"not_a_report"} == stories_scores.LEFT_OUT_KINDS


def test_no_label_file_leaves_nothing_out(tmp_path):
    assert not_reports(tmp_path / "absent.jsonl") == set()


def test_a_page_is_found_again_by_its_url_and_incident():
    urls = {1: "http://x/appeal", 2: "http://x/appeal", 3: "http://x/report"}
    truth = {1: "a", 2: "b", 3: "a"}
    # The same address filed under another incident is another page of the archive.
    assert left_out_sources(urls, truth, {("http://x/appeal", "a")}) == {1}
