"""A measure told for each of several things is a rate, never a total (finder 150: the
pool's 602468, "a $500,000 bond for each count" against another outlet's "$1 million
bond")."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def _bond(sid: int, value: float, text: str, sentence: str):
    claim = count(sid, "costing", value, text, sentence=sentence, noun="bond", cls="")
    claim.value["unit"] = "USD"
    return claim


def test_an_amount_for_each_count_is_no_rival_to_the_total():
    sources = [source(1), source(2)]
    each = "He was held on a $500,000 bond for each count and is due in court again."
    claims = [
        _bond(1, 500000, "$500,000 bond", each),
        _bond(2, 1000000, "$1 million bond", "Bond was set at $1 million bond Thursday."),
    ]
    assert find_findings(claims, sources)[0] == []
    claims[0].sentence = "He was held on a $500,000 bond and is due in court again."
    assert len(find_findings(claims, sources)[0]) == 1
