"""`workbench export -o report.md` said "wrote 3 records" where the app said "Exported 3
decided claims" of the same file (walk39's first contact): both now count in the format's
words."""

from __future__ import annotations

from workbench.export import exported


def test_each_format_counts_in_its_own_words():
    assert exported("md", 3) == "3 decided claims"
    assert exported("jsonl", 1) == "1 log row"
    assert exported("csv", 2) == "2 log rows"
    assert exported("claimreview", 2) == "2 claim reviews"
