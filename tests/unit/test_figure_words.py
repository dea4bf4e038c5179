"""A dispute's words say each side's figure as it was read, whatever the mentions."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def test_two_people_named_one_by_one_read_as_two_not_one():
    # An update of those arrested from "the suspect" to "he and a woman" was worded
    # "[1, from a singular mention] ... [1, from a singular mention]": 1 -> 1, no update.
    sources = [source(1, "2014-10-24"), source(2, "2014-10-25")]
    claims = [
        count(1, "arrested", 1, "The suspect", implicit=True, noun="suspect"),
        count(2, "arrested", 2, "He and a woman", implicit=True, noun="woman"),
    ]
    (conflict,) = find_findings(claims, sources)[0]
    assert conflict.relation == "update"
    assert "The suspect [1, from a singular mention]" in conflict.reason
    assert "He and a woman [2, from singular mentions]" in conflict.reason
