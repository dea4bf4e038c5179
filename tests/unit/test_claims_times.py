"""A time of day alone takes its day from its sentence or the story, never the byline."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def _claims(*sentences: str, published: str | None = "2021-05-04"):
    text = " ".join(sentences)
    rows, at = [], 0
    for i, s in enumerate(sentences):
        rows.append(Sentence(i + 1, 1, i, 0, at, at + len(s), s))
        at += len(s) + 1
    source = Source(id=1, file="t", text=text, content_hash="x", published=published)
    return extract_claims(source, rows)


def _time(claims):
    return next(c for c in claims if c.kind == "date" and c.value["granularity"] == "minute")


def test_a_time_takes_the_day_of_its_own_sentence():
    time = _time(_claims("The alarm sounded at 9:15 p.m. Friday on Pine Road."))
    assert time.value["start"] == "2021-04-30T21:15" and time.value["day_basis"] == "text"


def test_a_time_alone_takes_the_day_the_story_gave_before_it():
    time = _time(
        _claims(
            "The fire broke out on Saturday at a warehouse.",
            "Crews arrived at 2:40 a.m. and found the roof alight.",
        )
    )
    assert time.value["start"] == "2021-05-01T02:40"
    assert time.value["day_basis"] == "story" and time.event_date == "2021-05-01"


def test_a_time_alone_in_a_story_without_a_day_is_not_put_on_the_publication_date():
    time = _time(_claims("Crews arrived at 2:40 a.m. and found the roof alight."))
    assert not time.value["resolved"] and time.value.get("start") is None
    assert time.value["local"] == "2:40 a.m."
    assert time.event_date_basis == "published"  # said as such, not passed off as the text's


def test_a_time_told_with_the_event_takes_the_event_s_day_not_a_later_one():
    time = _time(
        _claims(
            "A shooting involving a toddler Thursday evening appears to have been accidental.",
            "The child was taken to a hospital, where she remained Friday.",
            "The incident occurred around 5 p.m. in the family's kitchen.",
        )
    )
    assert time.value["start"] == "2021-04-29T17:00" and time.value["day_basis"] == "story"
