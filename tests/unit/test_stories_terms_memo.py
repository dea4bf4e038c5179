"""An article's terms read once a tuple: the same answers as reading them each time."""

from __future__ import annotations

from workbench.stories.names import without_towns
from workbench.stories.terms_memo import read_once


def test_a_reading_is_made_once_a_tuple_and_each_time_for_a_list():
    calls = []

    @read_once
    def count(terms, extra=0):
        calls.append(terms)
        return len(terms) + extra

    terms = ("a", "b")
    assert count(terms) == 2 and count(terms) == 2
    assert count(terms, 1) == 3  # other arguments, another reading
    assert count(tuple(["a", "b"])) == 2  # an equal tuple of its own is read again
    assert count(["a"]) == 1 and count(["a"]) == 1
    assert len(calls) == 5


def test_a_reading_kept_is_never_another_tuples_that_took_its_id():
    @read_once
    def first(terms):
        return terms[0] if terms else None

    for n in range(200):  # tuples made and freed: ids are reused
        assert first((f"t{n}",)) == f"t{n}"


def test_towns_left_out_of_one_tuple_asked_again_with_other_towns():
    terms = ("n_san_francisco_police", "a_ana_ruiz", "n_miami", "word")
    assert without_towns(terms, ["san francisco"]) == ("a_ana_ruiz", "n_miami", "word")
    assert without_towns(terms, ["miami"]) == ("n_san_francisco_police", "a_ana_ruiz", "word")
    assert without_towns(terms, []) == terms
    assert without_towns(list(terms), ["ana"]) == ("n_san_francisco_police", "n_miami", "word")
