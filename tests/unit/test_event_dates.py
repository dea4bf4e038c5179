"""Days told of the event itself in a sentence that names no act ("It occurred on Monday"):
compared with each other, as two answers to the day of one story's event."""

from __future__ import annotations

from conflict_builders import run, when


def _event_day(sid, text, sentence, day, granularity="day", **value):
    found = when(sid, text, sentence, day, granularity=granularity, action="happen")
    found.value.update(
        {"clause_role": "event", "act_head": "verb", "resolved": True, "clause": "happen"}
    )
    found.value.update(value)
    return found


def test_two_days_told_of_the_event_itself_dispute():
    a = _event_day(1, "Tuesday", "It took place on Tuesday near the marina.", "2021-03-02")
    b = _event_day(2, "Monday evening", "It occurred on Monday evening.", "2021-03-01")
    conflicts, _ = run([a, b])
    assert [c.kind for c in conflicts] == ["date"]
    assert "Tuesday" in conflicts[0].reason and "Monday evening" in conflicts[0].reason


def test_a_day_whose_clause_is_not_the_events_is_compared_as_before():
    a = _event_day(1, "Tuesday", "It took place on Tuesday near the marina.", "2021-03-02")
    b = _event_day(2, "Monday", "It occurred on Monday.", "2021-03-01", clause_role=None)
    assert run([a, b])[0] == []
    b.value.update({"clause_role": "event", "act_head": "aside"})  # maybe another event's
    assert run([a, b])[0] == []


def test_clocks_told_of_no_act_stay_uncompared():
    a = _event_day(1, "2 p.m.", "It occurred at 2 p.m.", "2021-03-01T14:00", "minute")
    b = _event_day(2, "5 p.m.", "It occurred at 5 p.m.", "2021-03-01T17:00", "minute")
    assert run([a, b])[0] == []
