"""The conflict finder on hand-built dates: one day written two ways, a year left out, two days."""

from __future__ import annotations

from conflict_builders import run, source, when

# --- dates ---------------------------------------------------------------------------------


def test_the_same_date_written_two_ways_agrees():
    a = when(
        1, "Jan. 10", "The president was sworn in on Jan. 10.", "2021-01-10", action="swear in"
    )
    b = when(
        2,
        "January 10",
        "After his inauguration on January 10, he travelled.",
        "2021-01-10",
        action="inaugurate",
    )
    conflicts, corroborations = run([a, b])
    assert conflicts == []
    assert len(corroborations) == 1


def test_a_month_without_a_year_against_the_year_stated_elsewhere_is_not_a_conflict():
    a = when(
        1,
        "May",
        "His re-election in May was condemned.",
        "2021-05-01",
        "2021-05-31",
        "month",
        action="re-elect",
    )
    b = when(
        2,
        "last May",
        "He was re-elected last May.",
        "2020-05-01",
        "2020-05-31",
        "month",
        action="re-elect",
    )
    c = when(
        3,
        "2020",
        "His 2020 re-election was illegitimate.",
        "2020-01-01",
        "2020-12-31",
        "year",
        action="re-elect",
    )
    assert run([a, b, c])[0] == []


def test_two_days_for_one_event_conflict():
    a = when(
        1, "March 3", "The dam burst on March 3, officials said.", "2021-03-03", action="collapse"
    )
    b = when(2, "March 5", "The dam collapsed on March 5.", "2021-03-05", action="collapse")
    conflicts, _ = run([a, b])
    assert len(conflicts) == 1
    assert conflicts[0].kind == "date"
    assert "March 3" in conflicts[0].reason and "March 5" in conflicts[0].reason


def test_an_earlier_events_year_is_no_rival_to_the_days_own_news():
    sources = [source(1, published="2013-02-12"), source(2, published="2013-02-12")]
    a = when(1, "Feb. 11", "The attack on Feb. 11 shocked the town.", "2013-02-11", action="attack")
    b = when(
        2,
        "2007",
        "A similar attack in 2007 shocked it.",
        "2007-01-01",
        "2007-12-31",
        "year",
        action="attack",
    )
    assert run([a, b], sources)[0] == []


def test_two_years_long_past_may_dispute_one_past_event():
    sources = [source(1, published="2013-02-12"), source(2, published="2013-02-12")]
    a = when(
        1,
        "1998",
        "The factory opened in 1998.",
        "1998-01-01",
        "1998-12-31",
        "year",
        action="open",
    )
    b = when(
        2,
        "2001",
        "The factory opened in 2001.",
        "2001-01-01",
        "2001-12-31",
        "year",
        action="open",
    )
    assert len(run([a, b], sources)[0]) == 1


def test_years_that_name_their_events_name_two_events():
    sources = [source(1, published="2015-01-25"), source(2, published="2015-01-25")]
    a = when(
        1,
        "2009",
        "It recalls the 2009 mass shooting at the base.",
        "2009-01-01",
        "2009-12-31",
        "year",
        action="shooting",
    )
    b = when(
        2,
        "2014",
        "A report on the 2014 shooting at the base came out.",
        "2014-01-01",
        "2014-12-31",
        "year",
        action="shooting",
    )
    assert run([a, b], sources)[0] == []


def _clock(sid, text, sentence, at):
    return when(sid, text, sentence, f"2021-03-01T{at}", granularity="minute", action="open fire")


def test_a_clock_told_without_its_half_of_the_day_may_be_the_afternoons():
    a = _clock(1, "3:12 p.m.", "The gunman opened fire at 3:12 p.m., police said.", "15:12")
    b = _clock(2, "3:10", "“He opened fire at about 3:10,” the chief said.", "03:10")
    assert run([a, b])[0] == []


def test_an_open_clock_hours_off_either_half_still_disputes():
    a = _clock(1, "3:12 p.m.", "The gunman opened fire at 3:12 p.m., police said.", "15:12")
    b = _clock(2, "7:40", "“He opened fire at 7:40,” the chief said.", "07:40")
    conflicts, _ = run([a, b])
    assert [c.kind for c in conflicts] == ["date"]


def test_two_clocks_told_with_their_halves_twelve_hours_apart_dispute():
    a = _clock(1, "3:12 p.m.", "The gunman opened fire at 3:12 p.m., police said.", "15:12")
    b = _clock(2, "3:10 a.m.", "The gunman opened fire at 3:10 a.m., the chief said.", "03:10")
    conflicts, _ = run([a, b])
    assert [c.kind for c in conflicts] == ["date"]


def _act_day(sid, text, sentence, day, role):
    found = when(sid, text, sentence, day, action="open fire")
    found.value["clause_role"] = role
    return found


def test_an_arrests_day_is_no_rival_to_the_shootings():
    a = _act_day(
        1, "Friday", "The gunman opened fire Friday and was arrested.", "2016-11-18", "arrested"
    )
    b = _act_day(2, "Thursday", "The gunman opened fire Thursday night.", "2016-11-17", "hit")
    assert run([a, b])[0] == []
    b.value["clause_role"] = "killed"  # the hit and the dead are one act's: days dispute
    a.value["clause_role"] = "hit"
    assert [c.kind for c in run([a, b])[0]] == ["date"]


def test_a_press_conferences_clock_is_no_rival_to_the_shootings():
    # finder 150: the pool's briefing and news conference clocks (703245, 600398, 480366)
    said = "The shooting happened about 2:25 p.m., the sheriff said."
    a = when(1, "2:25 p.m.", said, "2021-03-01T14:25", granularity="minute", action="shooting")
    b = when(
        2,
        "9 p.m.",
        "In a second briefing at around 9 p.m., the sheriff confirmed the shooting suspect fled.",
        "2021-03-01T21:00",
        granularity="minute",
        action="briefing",
    )
    assert run([a, b])[0] == []
    b.frame = a.frame  # two clocks of the shooting itself still dispute
    assert [c.kind for c in run([a, b])[0]] == ["date"]


def test_a_clock_told_as_a_bound_agrees_with_an_hour_inside_it():
    # finder 170: the pool's 355883, "reported ... before 4 a.m." and "about 2:45 a.m."
    said = "The shooting happened about 2:45 a.m., police said."
    a = when(1, "2:45 a.m.", said, "2021-03-01T02:45", granularity="minute", action="shooting")
    bound = "The shooting was reported on Burkett before 4 a.m."
    b = when(2, "4 a.m.", bound, "2021-02-28T04:00", granularity="minute", action="shooting")
    assert run([a, b])[0] == []
    b.sentence = "The shooting was reported on Burkett at 4 a.m."
    assert [c.kind for c in run([a, b])[0]] == ["date"]
