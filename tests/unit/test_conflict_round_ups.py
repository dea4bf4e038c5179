"""Round-ups (one page telling several events) are compared with round-ups only, and only by
their totals: a headline or a text naming its several events makes one, a scene's shootings
told there as one event do not."""

from __future__ import annotations

from dataclasses import replace

from figure_builders import count, source
from figure_builders import event_facts as _facts

from workbench.findings.conflicts import find_findings
from workbench.findings.event_facts import EventCheck
from workbench.findings.screening import round_ups
from workbench.models import Claim
from workbench.vocabulary import load

VOCAB = load()


def test_a_headline_counting_or_naming_several_events_makes_a_round_up():
    title = "Four overnight shootings leave 14 hurt"
    shootings = replace(
        count(1, "hit", 4, "Four overnight shootings", sentence=title, noun="shooting"),
        role=None,
        counted={"noun": "shooting", "class": "shooting"},
        headline=True,
    )
    one = replace(shootings, value={"low": 1, "high": 1, "exact": True})
    plain = [source(1), source(2)]
    assert round_ups([shootings], plain, VOCAB) == {1}
    assert round_ups([one], plain, VOCAB) == set()
    titled = [source(1, title="Two killed in weekend shootings"), source(2, title="Man shot")]
    assert round_ups([], titled, VOCAB) == {1}


def _place(sid: int, name: str, cue: str, kind: str | None = None) -> Claim:
    claim = count(sid, "killed", 0, name)
    value = {"name": name, "cue": cue, "type": kind, "container": None}
    return replace(claim, kind="place", role=None, counted=None, value=value)


def test_a_scenes_shootings_told_there_as_one_event_make_no_round_up():
    title = "4 arrested in Harbor Room Lounge fatal shootings"
    text = "Four men were arrested in the February shooting at Harbor Room Lounge."
    venue = [source(1, title=title, text=text), source(2)]
    lounge = _place(1, "Harbor Room Lounge", "at")
    assert round_ups([lounge], venue, VOCAB) == set()
    # A town's shootings stay a round-up: a town (typed an area) holds many scenes.
    town = [source(1, title="Two killed in Dexter shootings", text="the shooting in Dexter")]
    assert round_ups([_place(1, "Dexter", "in", "city")], town, VOCAB) == {1}
    # The scene's text telling its shootings apart, or not telling the scene, stays one.
    apart = [source(1, title=title, text="Two shootings at Harbor Room Lounge this year.")]
    assert round_ups([lounge], apart, VOCAB) == {1}
    assert round_ups([], venue, VOCAB) == {1}


def test_a_text_naming_its_several_events_as_known_makes_a_round_up():
    def shootings(sentence: str) -> Claim:
        claim = count(1, "hit", 4, "four shootings", sentence=sentence, noun="shooting")
        return replace(claim, role=None, counted={"noun": "shooting", "class": "shooting"})

    plain = [source(1), source(2)]
    told = shootings("Police have not made any arrests in the four shootings.")
    assert round_ups([told], plain, VOCAB) == {1}
    # A count of events not told as the text's own (a year's tally) makes none.
    tally = shootings("It was one of four shootings in the county this year.")
    assert round_ups([tally], plain, VOCAB) == set()


def test_a_round_up_is_compared_with_round_ups_only():
    title = "Two killed, 8 wounded in overnight shootings"
    sources = [source(1, title=title), source(2, title="Man shot on Main St")]
    claims = [count(1, "injured", 8, "8"), count(2, "injured", 3, "three people")]
    assert find_findings(claims, sources)[0] == []
    # Two round-ups are compared only when both place their nights in one area: one whose
    # text places nothing (a page of furniture) may be of any city's night.
    sources[1] = source(2, title="Three shootings overnight")
    assert find_findings(claims, sources)[0] == []
    louis = _facts(place="st louis")
    check = EventCheck({1: louis, 2: _facts(place="north st louis", named=["st louis"])}, {1, 2})
    assert not check.sources(1, 2)
    assert EventCheck({1: louis, 2: _facts(place="gastonia")}, {1, 2}).sources(1, 2).scope
    assert EventCheck({1: louis}, {1, 2}).sources(1, 2).scope
    assert not EventCheck({1: louis, 2: _facts(place="gastonia")}).sources(1, 2)


def test_between_two_round_ups_of_one_town_only_their_totals_speak():
    """A round-up's figure below the largest count its own text gives the role ("6 adults"
    of its "14 victims") is one of its groups', never an earlier figure of another
    round-up's 14; their totals are still compared."""
    town = _facts(place="norfolk")
    facts = {
        1: replace(town, harmed=frozenset({"hit:14", "hit:6"})),
        2: replace(town, harmed=frozenset({"hit:14", "hit:5"})),
    }
    check = EventCheck(facts, {1, 2})
    assert check.round_up_part(1, "hit", 6) and check.round_up_part(2, "hit", 5)
    assert not check.round_up_part(1, "hit", 14) and not check.round_up_part(1, "killed", 2)
    # Outside a round-up a smaller figure is a figure like any other.
    assert not EventCheck(facts).round_up_part(1, "hit", 6)
