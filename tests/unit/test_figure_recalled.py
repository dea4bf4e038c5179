"""A count its sentence dates days before its page's event, beside the page's headline count
of the role, is an earlier event the page recalls (finder 150: pool 494033, another house
party's dead and hurt a week before)."""

from __future__ import annotations

from conflict_builders import claim, run, source, when


def _count(sid, role, value, text, sentence, day, headline=False):
    found = claim(
        sid,
        "quantity",
        text,
        sentence,
        action="kill" if role == "killed" else "wound",
        counted={"noun": "people", "class": "persons"},
        value={"low": value, "high": value},
        role=role,
        headline=headline,
    )
    found.event_date, found.event_date_basis = day, "text"
    return found


def _day(sid, text, sentence, day):
    found = when(sid, text, sentence, day, action="shoot")
    found.value.update(resolved=True, clause_role="hit")
    return found


def _page(recalled_value: float):
    sentence = "On Nov. 9, a party ended in gunfire, leaving two students dead."
    return [
        _count(1, "killed", 1, "1 killed", "1 killed in house party shooting", "2013-11-16", True),
        _day(1, "Saturday", "A party ended in gunfire Saturday.", "2013-11-16"),
        _count(1, "killed", 1, "one person", "One person was killed.", "2013-11-16"),
        _count(1, "killed", recalled_value, "two students", sentence, "2013-11-09"),
    ]


def test_an_earlier_events_count_beside_the_headlines_is_not_the_pages():
    sources = [source(1, published="2013-11-17"), source(2, published="2013-11-16")]
    other = _count(2, "killed", 1, "one person", "One person was killed.", "2013-11-16")
    other.event_date_basis = "published"  # the other page dates its count by nothing
    other = [other, _day(2, "Saturday", "A party ended in gunfire Saturday.", "2013-11-16")]
    assert run([*_page(2), *other], sources)[0] == []
    without_headline = _page(2)[1:]
    assert [c.role for c in run([*without_headline, *other], sources)[0]] == ["killed"]
