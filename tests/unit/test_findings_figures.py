"""Counts compared like with like: one story, one role, one group, one time.

Each source is reduced to its figure per role; two figures are a contradiction when they
cannot both be right at one time, an update when they are of different times.
"""

from __future__ import annotations

import pytest
from figure_builders import claim_numbers, count, source

from workbench.findings.conflicts import find_findings
from workbench.models import Claim


def test_two_figures_of_one_role_the_same_day_are_a_contradiction():
    sources = [source(1), source(2)]
    claims = [count(1, "killed", 2, "two people"), count(2, "killed", 3, "three people")]
    conflicts, _ = find_findings(claims, sources)
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert (conflict.relation, conflict.role) == ("contradiction", "killed")
    assert "people killed" in conflict.reason
    assert "outlet1" in conflict.reason and "outlet2" in conflict.reason


def test_figures_published_on_different_days_are_an_update():
    sources = [source(1, "2016-06-13"), source(2, "2016-06-14")]
    claims = [count(1, "killed", 1, "one man"), count(2, "killed", 2, "two men")]
    conflicts, _ = find_findings(claims, sources)
    assert [c.relation for c in conflicts] == ["update"]
    assert "changed over time" in conflicts[0].reason


def test_a_sentence_that_says_the_figure_changed_makes_an_update():
    sources = [source(1), source(2)]
    claims = [
        count(1, "killed", 1, "one man"),
        count(2, "killed", 2, "a second man", sentence="A second man later died in hospital."),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [c.relation for c in conflicts] == ["update"]


def test_different_roles_are_never_compared():
    sources = [source(1), source(2)]
    claims = [count(1, "killed", 2, "two people"), count(2, "injured", 3, "three people")]
    assert find_findings(claims, sources)[0] == []


def test_a_part_of_a_group_is_never_set_against_its_whole():
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 2, "two women", group={"part": 0, "parts": [2, 3], "whole": 5}),
        count(2, "hit", 5, "five people"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_a_singular_mention_is_a_lower_bound_not_a_rival_total():
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 1, "a man", implicit=True, noun="man"),
        count(2, "hit", 3, "three people"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_a_source_that_also_states_the_other_figure_does_not_dispute_it():
    sources = [source(1), source(2)]
    claims = [
        count(1, "injured", 5, "five people"),
        count(1, "injured", 3, "three people"),
        count(2, "injured", 3, "three victims"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_a_source_citing_two_tellers_for_two_counts_reports_their_dispute():
    sources = [source(1), source(2)]
    hospital = count(1, "injured", 9, "Nine people")
    sheriff = count(1, "injured", 7, "seven victims")
    other = count(2, "injured", 7, "seven")
    hospital.attribution, sheriff.attribution, other.attribution = (
        "a doctor",
        "the sheriff",
        "the sheriff",
    )
    conflicts = find_findings([hospital, sheriff, other], sources)[0]
    assert [(c.relation, c.role) for c in conflicts] == [("contradiction", "injured")]
    sheriff.attribution = "a doctor"  # one teller's nine and seven: the seven is a part
    assert find_findings([hospital, sheriff, other], sources)[0] == []
    sheriff.attribution = None  # a count cited to no one is the source's own part
    assert find_findings([hospital, sheriff, other], sources)[0] == []


def test_a_figure_read_from_singular_mentions_does_not_state_its_pieces():
    """ "a body", then "a second body": two dead, whose first is no statement of one dead."""
    sources = [source(1), source(2)]
    claims = [
        count(1, "killed", 1, "1 dead"),
        count(2, "killed", 1, "a body", implicit=True),
        count(2, "killed", 2, "a second body", implicit=True),
    ]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["killed"]
    claims[2] = count(2, "killed", 2, "two bodies")  # a number beside its own part: a part
    assert find_findings(claims, sources)[0] == []


def test_a_count_by_rank_past_the_other_the_same_day_is_an_update():
    """ "a second body was found": the rank says the count grew past the first report's."""
    sources = [source(1), source(2)]
    second = count(2, "killed", 2, "a second body", implicit=True)
    second.value = {**second.value, "high": None, "hedge": "at least", "exact": False}
    claims = [count(1, "killed", 1, "1 dead"), second]
    assert [c.relation for c in find_findings(claims, sources)[0]] == ["update"]
    claims[1] = count(2, "killed", 2, "two people")  # a stated count, the same day: rivals
    assert [c.relation for c in find_findings(claims, sources)[0]] == ["contradiction"]


def test_people_hit_are_derived_from_killed_and_injured():
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 5, "five people"),
        count(2, "killed", 2, "two people"),
        count(2, "injured", 4, "four others"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.role, c.relation) for c in conflicts] == [("hit", "contradiction")]
    assert conflicts[0].features["derived"] == 1.0


def test_counts_of_shots_are_never_compared_with_people():
    sources = [source(1), source(2)]
    claims = [
        count(1, "shots", 30, "30 rounds", noun="round", cls="weapons"),
        count(2, "hit", 3, "three people"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_a_copy_is_not_an_independent_source():
    sources = [source(1), source(2, copy_of=1)]
    claims = [count(1, "killed", 2, "two people"), count(2, "killed", 3, "three people")]
    assert find_findings(claims, sources)[0] == []


def test_claims_of_two_stories_are_never_compared():
    sources = [source(1), source(2)]
    claims = [count(1, "killed", 2, "two people"), count(2, "killed", 3, "three people")]
    stories = {1: (1, 1), 2: (2, 2)}
    assert find_findings(claims, sources, stories=stories)[0] == []


def test_a_lasting_figure_is_compared_across_the_stories_of_one_thread():
    sources = [source(1, "2019-01-21"), source(2, "2019-04-30")]
    claims = [
        count(1, "recognising", 60, "Over 60 countries", noun="country", cls="countries"),
        count(2, "recognising", 50, "Around 50 countries", noun="country", cls="countries"),
    ]
    conflicts, _ = find_findings(claims, sources, stories={1: (1, 7), 2: (2, 7)})
    assert [(c.role, c.relation, c.story_id) for c in conflicts] == [("recognising", "update", 1)]


def test_agreeing_figures_corroborate():
    sources = [source(1), source(2)]
    claims = [count(1, "killed", 2, "two people"), count(2, "killed", 2, "two victims")]
    conflicts, corroborations = find_findings(claims, sources)
    assert conflicts == []
    assert [c.kind for c in corroborations] == ["quantity"]


def test_an_outlet_agreeing_with_itself_corroborates_nothing_and_is_named_once():
    sources = [source(1, outlet="a.example"), source(2, outlet="a.example")]
    claims = [count(1, "killed", 2, "two people"), count(2, "killed", 2, "two victims")]
    assert find_findings(claims, sources)[1] == []
    sources.append(source(3, outlet="b.example"))
    claims.append(count(3, "killed", 2, "two men"))
    corroborations = find_findings(claims, sources)[1]
    assert corroborations and all(c.reason.count("a.example") == 1 for c in corroborations)


@pytest.mark.parametrize("relation", ["contradiction", "update"])
def test_every_conflict_is_scored_by_the_calibrated_model(relation):
    published = ("2016-06-13", "2016-06-13" if relation == "contradiction" else "2016-06-15")
    sources = [source(1, published[0]), source(2, published[1])]
    claims = [count(1, "injured", 4, "four people"), count(2, "injured", 6, "six people")]
    conflicts, _ = find_findings(claims, sources)
    assert 0.0 < conflicts[0].score < 1.0
    assert set(conflicts[0].features) >= {"same_day", "both_stated", "log_ratio"}


def test_those_injured_above_those_hit_the_same_day_is_a_conflict():
    sources = [source(1), source(2)]
    claims = [count(1, "hit", 5, "five teens", noun="teen"), count(2, "injured", 6, "six teens")]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.role, c.relation) for c in conflicts] == [("injured", "contradiction")]
    assert "among those hit" in conflicts[0].reason


def test_a_part_above_its_whole_on_another_day_is_no_conflict():
    sources = [source(1, "2016-06-13"), source(2, "2016-06-14")]
    claims = [count(1, "hit", 49, "49 victims"), count(2, "injured", 53, "53 people")]
    assert find_findings(claims, sources)[0] == []


@pytest.mark.parametrize(
    "part",
    ["one of the victims", "two of them", "They were both"],
)
def test_a_partitive_or_a_pronoun_count_is_a_part_never_a_rival_total(part):
    sources = [source(1), source(2)]
    value = 2 if "two" in part or "both" in part else 1
    claims = [count(1, "hit", 5, "five people"), count(2, "hit", value, part)]
    assert find_findings(claims, sources)[0] == []


def test_others_counted_beside_someone_are_a_part_of_those_hit_not_of_those_injured():
    sources = [source(1), source(2)]
    hit = [count(1, "hit", 4, "four people"), count(2, "hit", 2, "two others")]
    assert find_findings(hit, sources)[0] == []
    injured = [count(1, "injured", 4, "four people"), count(2, "injured", 2, "two others")]
    assert [c.role for c in find_findings(injured, sources)[0]] == ["injured"]


def test_a_named_count_is_the_figure_before_a_bare_number_of_a_neighbouring_clause():
    sources = [source(1), source(2)]
    claims = [
        count(1, "killed", 50, "50 people"),
        count(1, "killed", 53, "53", noun=None, cls=None),
        count(2, "killed", 49, "49 people"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [sorted(c.text for c in k.claims) for k in conflicts] == [["49 people", "50 people"]]


def test_counts_of_charges_are_never_set_against_each_other():
    sources = [source(1), source(2)]
    claims = [
        count(1, "charged", 2, "two counts", noun="count", cls="charges"),
        count(2, "charged", 8, "eight counts", noun="count", cls="charges"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_a_later_report_restating_an_earlier_figure_as_a_number_updates_nothing():
    sources = [source(1, "2016-08-10"), source(2, "2016-08-17")]
    claims = [
        count(1, "killed", 3, "three people"),
        count(2, "killed", 2, "two children", noun="child"),
        count(2, "killed", 3, "three people"),
    ]
    assert find_findings(claims, sources)[0] == []


def _date(text: str, start: str, granularity: str) -> Claim:
    n = next(claim_numbers)
    return Claim(
        id=f"d{n}",
        source_id=n,
        kind="date",
        text=text,
        start=0,
        end=len(text),
        sentence=f"It happened {text}.",
        value={"start": start, "end": start, "granularity": granularity},
    )


def test_a_time_of_day_without_a_date_never_disputes_a_date():
    from workbench.findings.comparison import CONFLICT, compare_dates

    time = _date("9:15 p.m.", "2016-06-13T21:15:00", "time")
    day = _date("Saturday", "2016-06-11", "day")
    assert compare_dates(time, day).relation != CONFLICT
    guessed = _date("9:15 p.m.", "2016-06-12T21:15:00", "time")
    assert compare_dates(time, guessed).relation != CONFLICT  # the days are only guesses
    other = _date("6 p.m.", "2016-06-12T18:00:00", "time")
    assert compare_dates(time, other).relation == CONFLICT


def _measure(sid: int, value: float, unit: str, text: str, sentence: str, noun: str) -> Claim:
    claim = count(sid, "x", value, text, sentence=sentence, noun=noun, cls="")
    claim.role, claim.value["unit"] = None, unit
    return claim


def test_a_sentence_counting_many_events_is_no_rival_to_the_story_figure():
    sentence = "A weekend that left seven people dead and 14 others hurt in 17 shootings."
    sources = [source(1), source(2)]
    claims = [
        count(1, "injured", 14, "14 others hurt", sentence=sentence),
        _measure(1, 17, "", "17 shootings", sentence, "shooting"),
        count(2, "injured", 3, "three people"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert conflicts == []


def test_a_sentence_looking_back_over_months_is_no_rival_to_the_story_figure():
    sentence = "Eight children have been shot in the past 17 months."
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 8, "Eight children", sentence=sentence, noun="child"),
        _measure(1, 17, "month", "17 months", sentence, "month"),
        count(2, "hit", 2, "two children", noun="child"),
    ]
    assert find_findings(claims, sources)[0] == []
    # How long something lasted is not a look back: the figure stays comparable.
    lasted = "Eight children were shot during a standoff of 2 hours."
    claims[0].sentence = claims[1].sentence = lasted
    claims[1].text, claims[1].value["unit"] = "2 hours", "hour"
    assert len(find_findings(claims, sources)[0]) == 1


def test_a_bare_number_told_with_all_is_the_whole_before_a_named_part():
    """ "A woman was shot, and three men were also wounded. All four were in stable
    condition": "All four" is the whole the text told, so the later source's figure is 4,
    which the earlier source's four does not dispute."""
    sources = [source(1, "2016-06-15"), source(2, "2016-06-13")]
    claims = [
        count(1, "injured", 3, "three men", noun="men"),
        count(1, "injured", 4, "four", noun=None, cls=None, sentence="All four were stable."),
        count(2, "injured", 4, "four victims", noun="victims"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert conflicts == []
    claims[1] = count(1, "injured", 4, "four", noun=None, cls=None, sentence="Four were stable.")
    conflicts, _ = find_findings(claims, sources)
    assert [sorted(c.text for c in k.claims) for k in conflicts] == [["four victims", "three men"]]
