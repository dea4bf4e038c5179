"""A count reads in the number it takes: "1 claim", never "1 claims" (walk of gva records
2701-3000: the source picker listed "www.ajc.com · ... · 1 claims")."""

from __future__ import annotations

from workbench.app.data import SourceInfo
from workbench.app.screens.sources import PickSourceDialog
from workbench.app.text import count_of


def _source(claims: int) -> SourceInfo:
    return SourceInfo(
        id=1,
        file="a.txt",
        outlet="example.com",
        published="2016-11-28",
        title="Teenage boy shot",
        copy_of=None,
        copy_of_file=None,
        claims=claims,
    )


def test_a_count_takes_its_nouns_number():
    assert [count_of(n, "claim") for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
    assert count_of(1, "story", "stories") == "1 story"
    assert count_of(3, "story", "stories") == "3 stories"


def test_the_source_picker_says_1_claim():
    dialog = PickSourceDialog({1: _source(1)}, 0, [])
    row = dialog._row(_source(1), 80).plain
    assert row.endswith("· 1 claim") and "1 claims" not in row
    assert dialog._row(_source(24), 80).plain.endswith("· 24 claims")
