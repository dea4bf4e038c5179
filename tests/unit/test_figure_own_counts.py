"""A source's stated count read against its own other mentions (finder 140): the shapes of
false alarms judged on the flag pool's incidents 450-600, which no rule had been tuned on."""

from __future__ import annotations

from figure_builders import count, source

from workbench import vocabulary
from workbench.findings.conflicts import find_findings
from workbench.findings.figures import figures


def _roles(conflicts) -> list[str]:
    return sorted(str(c.role) for c in conflicts)


def _figures_of(claims, role: str) -> list[float]:
    found = figures(
        claims,
        witness_of=lambda c: c.source_id,
        story_of=lambda c: 1,
        published_of=lambda c: None,
        vocab=vocabulary.default(),
    )
    return [f.typical for f in found if f.role == role]


def test_a_zero_beside_someone_its_source_tells_of_gives_no_figure():
    claims = [
        count(1, "injured", 0, "No one", sentence="No one was injured in this crash.", high=0),
        count(1, "injured", 1, "The victim", implicit=True, noun="victim"),
    ]
    assert _figures_of(claims, "injured") == []  # which of the two is of others?
    assert _figures_of(claims[:1], "injured") == [0]  # a zero alone is still the figure


def test_a_zero_part_its_whole_outnumbers_is_of_some_of_them():
    # "two teens were shot", "no one was killed", "No one inside the community center was
    # injured": the parts fall short of the whole.
    sources = [source(1), source(2)]
    inside = "No one inside the community center was injured during the shooting."
    claims = [
        count(1, "hit", 2, "two teens", noun="teen"),
        count(1, "killed", 0, "no one", sentence="It is fortunate no one was killed.", high=0),
        count(1, "injured", 0, "No one", sentence=inside, high=0),
        count(2, "hit", 2, "Two teens", noun="teen"),
        count(2, "injured", 2, "Both victims", noun="victim"),
    ]
    assert "injured" not in _roles(find_findings(claims, sources)[0])


def test_a_stated_one_below_a_mention_naming_two_is_one_of_them():
    inside = "One victim was located inside the vehicle and one outside of it."
    claims = [
        count(1, "hit", 2, "another man and a 2-year-old boy", implicit=True, noun="man"),
        count(1, "hit", 1, "One victim", sentence=inside, noun="victim"),
    ]
    assert _figures_of(claims, "hit") == [2]


def test_a_stated_two_is_a_total_whatever_a_joined_mention_reads():
    claims = [
        count(1, "killed", 2, "two deceased persons", noun="person"),
        count(1, "killed", 3, "a teacher and his son ... and a relative", implicit=True),
    ]
    assert _figures_of(claims, "killed") == [2]


def test_the_hurt_taken_to_hospital_with_their_dead_are_either_count():
    sources = [source(1), source(2)]
    taken = "Four people were taken to hospitals after they were shot."
    claims = [
        count(1, "killed", 1, "one man", sentence="He killed one man and injured three."),
        count(1, "injured", 3, "three", sentence="He killed one man and injured three."),
        count(1, "injured", 4, "Four people", sentence=taken),
        count(2, "killed", 1, "One man"),
        count(2, "injured", 3, "three others"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_counts_told_in_shootings_across_a_city_are_a_wider_total():
    sources = [source(1), source(2)]
    weekend = (
        "Authorities said four people were killed and seven injured in shootings across "
        "the city Saturday and Sunday."
    )
    claims = [
        count(1, "killed", 3, "Three people"),
        count(2, "killed", 4, "four people", sentence=weekend),
    ]
    assert find_findings(claims, sources)[0] == []
    claims[1].sentence = "Four people were killed in the shootings at two homes."
    assert _roles(find_findings(claims, sources)[0]) == ["killed"]
