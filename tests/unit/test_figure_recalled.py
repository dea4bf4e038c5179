"""A count its sentence dates days before its page's event, beside the page's headline count
of the role, is an earlier event the page recalls (finder 150: pool 494033, another house
party's dead and hurt a week before)."""

from __future__ import annotations

from conflict_builders import claim, run, source, when


def _count(sid, role, value, text, sentence, day, headline=False, action=None):
    found = claim(
        sid,
        "quantity",
        text,
        sentence,
        action=action or ("kill" if role == "killed" else "wound"),
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


def _wounded(sid, value, text, sentence, day, basis="text", headline=False):
    found = _count(sid, "injured", value, text, sentence, day, headline)
    found.event_date_basis = basis
    return found


def _recalling_page(gap: int):
    """A page of one dead and three wounded whose sentence 10 recalls a shooting a week
    before, and whose sentence `10 + gap`, dating nothing, tells that one's wounded."""
    recalled = "A week ago, a gunman at another college killed nine people."
    after = "That gunman wounded seven others before he died."
    counts = [
        _count(1, "killed", 1, "1 dead", "1 dead, 3 wounded at a college", "2015-10-09", True),
        _wounded(1, 3, "3 wounded", "1 dead, 3 wounded at a college", "2015-10-09", "text", True),
        _day(1, "Friday", "A student opened fire Friday.", "2015-10-09"),
        _count(1, "killed", 9, "nine people", recalled, "2015-10-02"),
        _wounded(1, 7, "seven others", after, "2015-10-09", basis="published"),
    ]
    counts[3].sentence_id, counts[4].sentence_id = 10, 10 + gap
    return counts


def test_the_sentence_after_a_recalled_one_goes_on_about_that_event():
    # finder 191: the pool's 427621, an undated sentence telling the recalled event's hurt.
    # Both pages of one day: the other's bare "four people were shot" tells no fate, so it
    # implies none dead (finder 370 asks an earlier page) and only the recalled count is read.
    sources = [source(1, published="2015-10-09"), source(2, published="2015-10-09")]
    shot = _count(
        2, "hit", 4, "Four people", "Four people were shot.", "2015-10-09", action="shoot"
    )
    other = [shot, _day(2, "Friday", "A student opened fire Friday.", "2015-10-09")]
    assert run([*_recalling_page(1), *other], sources)[0] == []
    assert [c.role for c in run([*_recalling_page(3), *other], sources)[0]] == ["injured"]


def _earlier_page(opening: str):
    """A page whose headline tells one killed and two hurt, and whose later sentence tells
    four shot, opening with `opening`."""
    told = f"{opening} four people were shot at a bus stop."
    title = "1 killed, 2 hurt at a park"
    return [
        _count(1, "killed", 1, "1 killed", title, "2017-01-16", True),
        _wounded(1, 2, "2 hurt", title, "2017-01-16", "text", True),
        _day(1, "Monday", "Three people were shot Monday night.", "2017-01-16"),
        _count(1, "hit", 4, "four people", told, "2017-01-16", action="shoot"),
    ]


def test_a_count_told_as_earlier_than_the_pages_event_is_not_its_figure():
    # finder 310 (finder35's 202): "Earlier Monday," tells another shooting of the day.
    # Both pages of one day: the other's bare "three people were shot" implies none dead
    # only against a page of a later day (finder 370), so only the earlier count is read.
    sources = [source(1, published="2017-01-16"), source(2, published="2017-01-16")]
    shot = _count(
        2, "hit", 3, "three people", "Three people were shot.", "2017-01-16", action="shoot"
    )
    other = [shot, _day(2, "Monday", "Three people were shot Monday night.", "2017-01-16")]
    assert run([*_earlier_page("Earlier Monday,"), *other], sources)[0] == []
    assert [c.role for c in run([*_earlier_page("On Monday,"), *other], sources)[0]] == ["hit"]
