"""What a reason names: an article by its outlet, else its headline, never its file name;
why two places are one story's; and no corroboration of a count in no role."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def test_an_article_without_an_outlet_is_named_by_its_headline():
    unnamed = source(2, outlet=None)
    unnamed.outlet, unnamed.title = None, "Military mutiny: It Has Started"
    assert unnamed.named == "“Military mutiny: It Has Started”"
    bare = source(3)
    bare.outlet = None
    assert bare.named == "3.txt"  # neither: the file is all there is


def test_the_reason_names_the_headline_not_the_file():
    a = count(1, "killed", 2, "two people")
    b = count(2, "killed", 5, "five people")
    unnamed = source(2)
    unnamed.outlet, unnamed.file = None, "003_01e6d2ca850e917e.txt"
    unnamed.title = "Five dead in shooting"
    conflicts, _ = find_findings([a, b], [source(1), unnamed])
    assert conflicts and "“Five dead in shooting”" in conflicts[0].reason
    assert "003_01e6d2ca850e917e.txt" not in conflicts[0].reason


def test_counts_in_no_role_are_not_corroborated():
    """By the disputes' rules a count in no role ("35 members", "two bullet holes") is the
    story's whole, never compared with another: two outlets' "35 members" read as
    "members group: 35 members ... agree"."""
    a = count(1, None, 35, "35 members", noun="member")
    b = count(2, None, 35, "35 members", noun="member")
    _, corroborations = find_findings([a, b], [source(1), source(2)])
    assert corroborations == []
    killed = [count(1, "killed", 3, "three people"), count(2, "killed", 3, "three people")]
    _, corroborations = find_findings(killed, [source(1), source(2)])
    assert [c.reason.split(":")[0] for c in corroborations] == ["people killed"]


def test_times_are_never_counted_as_people():
    """ "Shot three times": the class "time" is one the findings data leaves uncompared,
    though the vocabulary does not list it; taken for people, two outlets' "three" read as
    "times group: three ... agree"."""
    times = count(1, "hit", 3, "three", noun="time", cls="time")
    people = count(2, "hit", 5, "five people")
    assert find_findings([times, people], [source(1), source(2)])[0] == []
