"""One story holding one town's two shootings of one day, each with its first report and its
arrest's report: the arrests of one are never set against the other's, and each event's
update is a finding of its own (`later_acts.two_cases`, `figure_findings._tied`). Hand-built
claims and event facts, no extractor."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings
from workbench.stories.events import EventFacts

DAY = "2017-01-21"


def _facts(street: str) -> EventFacts:
    """A report of a shooting in Quillby on DAY on `street`: one dead, one hurt."""
    return EventFacts(
        day=DAY,
        place="quillby",
        dated=frozenset({DAY}),
        named=frozenset({"quillby", f"{street} street"}),
        streets=frozenset({street}),
        harmed=frozenset({"killed:1", "injured:1", "age:15"}),
    )


def _reports(second_street: str, second_names: frozenset[str]):
    sources = [source(i, "2017-01-22") for i in (1, 2, 3, 4)]
    claims = [
        count(1, "arrested", 0, "No arrests", sentence="No arrests have been made."),
        count(2, "arrested", 3, "Three men", sentence="Three men were arrested."),
        count(3, "arrested", 0, "No arrests", sentence="No arrests have been made."),
        count(4, "arrested", 3, "Three teens", sentence="Three teens were arrested."),
    ]
    first = frozenset({"elm street", "orwen tasker", "quillby high school", "vell park"})
    names = {1: first, 2: first, 3: second_names, 4: second_names}
    facts = {1: _facts("elm"), 2: _facts("elm"), 3: _facts(second_street)}
    facts[4] = _facts(second_street)
    return claims, sources, names, facts


def _pages(claims, sources, names, facts) -> list[list[int]]:
    conflicts, _ = find_findings(claims, sources, names=names, facts=facts)
    return sorted(sorted({c.source_id for c in f.claims}) for f in conflicts)


def test_two_scenes_arrests_are_two_cases_each_its_own_update():
    other = frozenset({"oak street", "brannock veel", "marn academy", "tull square"})
    assert _pages(*_reports("oak", other)) == [[1, 2], [3, 4]]


def test_other_streets_alone_do_not_part_one_event_whose_pages_share_their_names():
    # one event's reports naming other streets (a cross street, the suspect's home)
    same = frozenset({"oak street", "orwen tasker", "quillby high school", "vell park"})
    assert _pages(*_reports("oak", same)) == [[1, 2, 3, 4]]


def test_other_names_alone_do_not_part_pages_of_one_street():
    # an arrest's report names the accused where the first report named the victim
    other = frozenset({"elm street", "brannock veel", "marn academy", "tull square"})
    assert _pages(*_reports("elm", other)) == [[1, 2, 3, 4]]
