"""The issue's "done when" on the sample: the figures, places and dates a reviewer checks."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims


@pytest.fixture(scope="module")
def claims_by_file(sample_db_file):
    from workbench.store import Store

    with Store(sample_db_file) as store:
        return {s.file[:3]: extract_claims(s, store.sentences(s.id)) for s in store.sources()}


def _find(claims, kind, text):
    found = [c for c in claims if c.kind == kind and text in c.text]
    assert found, f"no {kind} claim containing {text!r}"
    return found[0]


def test_offsets_point_into_the_cleaned_text(sample_db_file, claims_by_file):
    from workbench.store import Store

    with Store(sample_db_file) as store:
        texts = {s.file[:3]: s.text for s in store.sources()}
    for key, claims in claims_by_file.items():
        assert claims
        for c in claims:
            assert texts[key][c.start : c.end] == c.text
            assert c.text in c.sentence and c.id == ""


def test_27_detained_is_exact_and_attributed(claims_by_file):
    c = _find(claims_by_file["000"], "quantity", "27")
    assert (c.value["low"], c.value["high"], c.value["exact"]) == (27, 27, True)
    assert (c.frame.action, c.frame.counted) == ("detain", "people")
    assert c.attribution == "Diosdado Cabello"
    assert (c.event_date, c.event_date_basis) == ("2019-01-21", "text")


def test_around_two_dozen_is_an_interval_around_24_that_excludes_27(claims_by_file):
    c = _find(claims_by_file["002"], "quantity", "two dozen")
    assert c.value["low"] < 24 < c.value["high"] < 27
    assert c.value["exact"] is False and c.value["hedge"] == "around"
    assert c.frame.counted == "man"


def test_over_60_and_around_50_countries_are_bounded(claims_by_file):
    over = _find(claims_by_file["002"], "quantity", "Over 60")
    around = _find(claims_by_file["004"], "quantity", "Around 50")
    assert over.value["low"] > 60 and over.value["high"] is None
    assert (around.value["low"], around.value["high"]) == (45, 55)
    assert over.frame.counted == around.frame.counted == "country"
    assert over.event_date_basis == around.event_date_basis == "published"


def test_cotiza_and_petare_are_places_in_caracas(claims_by_file):
    for key in ("000", "002"):
        c = _find(claims_by_file[key], "place", "Cotiza")
        assert c.value["name"] == "Cotiza" and c.value["container"] == "Caracas"
    petare = _find(claims_by_file["003"], "place", "Petare")
    assert petare.value == {"name": "Petare", "container": "Caracas", "type": "slum", "cue": "noun"}


def test_early_monday_is_the_publication_day_and_unresolved_without_one(claims_by_file):
    for key in ("000", "002"):
        dated = [c for c in claims_by_file[key] if c.kind == "date" and "Monday" in c.text]
        assert dated and all(c.value["start"] == "2019-01-21" for c in dated)
    copy = _find(claims_by_file["001"], "date", "early Monday")
    assert copy.value["resolved"] is False and "no publication date" in copy.value["reason"]


def test_planned_wednesday_misspelt_or_not_is_the_coming_one(claims_by_file):
    assert _find(claims_by_file["002"], "date", "Wedmesday").value["start"] == "2019-01-23"
    assert _find(claims_by_file["000"], "date", "Wednesday").value["start"] == "2019-01-23"


def test_jan_10_and_january_10_are_one_day_and_last_may_is_2018(claims_by_file):
    assert _find(claims_by_file["000"], "date", "Jan. 10").value["start"] == "2019-01-10"
    assert _find(claims_by_file["002"], "date", "January 10").value["start"] == "2019-01-10"
    assert _find(claims_by_file["002"], "date", "last May").value["start"] == "2018-05-01"


def test_a_time_given_twice_is_one_instant_and_a_measure_given_twice_one_quantity(
    claims_by_file,
):
    t = _find(claims_by_file["003"], "date", "2:50 a.m.")
    assert t.text == "2:50 a.m. (06:50 GMT)" and t.value["start"] == "2019-01-21T06:50Z"
    q = _find(claims_by_file["003"], "quantity", "3 kilometers")
    assert q.text == "3 kilometers (2 miles)" and q.value["low"] == 3000
    assert not [c for c in claims_by_file["003"] if c.text.startswith("2 miles")]


def test_no_claim_from_junk_ages_or_licence_lines(claims_by_file):
    texts = [c.text for claims in claims_by_file.values() for c in claims]
    for junk in ("NYT", "36", "1.0", "Twitter", "Content", "banned"):
        assert not any(junk in t for t in texts), junk
