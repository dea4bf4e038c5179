"""Grouping's lookup reads a bounded number of postings, so its cost per article does not
grow with the database."""

from dataclasses import replace

from workbench.stories.lookup import lookup_terms, within_budget
from workbench.stories.settings import default


def test_the_rarest_terms_are_kept_until_their_frequencies_reach_the_budget():
    frequency = {"a": 3, "b": 40, "c": 900, "d": 1500}
    assert within_budget(["a", "b", "c", "d"], frequency, 1000) == ["a", "b", "c"]
    assert within_budget(["a", "b", "c", "d"], frequency, 5000) == ["a", "b", "c", "d"]


def test_the_rarest_term_is_kept_whatever_its_frequency():
    assert within_budget(["x", "y"], {"x": 9000, "y": 9500}, 1000) == ["x"]
    assert within_budget([], {}, 1000) == []


def test_a_lookup_in_a_large_database_reads_no_more_than_the_budget():
    settings = replace(default(), candidate_postings=2000)
    # In a database of 100,000 articles a term used by 4% of them passes the share
    # test, yet reading all of them for every new article would grow with the database.
    frequency = {f"w{i}": 4000 for i in range(30)} | {"rare": 2, "name": 30}
    terms = ("rare", "name", *(f"w{i}" for i in range(30)))
    keys = lookup_terms(terms, frequency, 100_000, settings)
    assert keys[:2] == ["rare", "name"]
    assert len(keys) == 2


def test_vectors_dropped_from_a_full_cache_are_made_again_to_the_same_figures():
    from workbench.stories.similarity import Vectors

    frequency = {f"t{i}": 1 + i % 7 for i in range(40)}
    docs = [(k, tuple(f"t{(k * 3 + j) % 40}" for j in range(6))) for k in range(30)]
    every, few = Vectors(frequency, 100), Vectors(frequency, 100, kept=5)
    for k, terms in docs:
        others = [d for d in docs if d[0] != k][:4]
        groups = [d[0] % 2 for d in others]
        assert few.similarities((k, terms), others, groups) == every.similarities(
            (k, terms), others, groups
        )
        assert len(few.rows) <= 5
    assert len(every.rows) == 30
