"""Blocking pairs claims within a story, and across a thread's stories only the figures of
a lasting state: a thread of many stories costs its stories' pairs, not the thread's."""

from conflict_builders import VOCAB, place, qty, source

from workbench.findings.blocking import candidate_pairs
from workbench.findings.views import build_views

SOURCES = [source(1, "Daily Ledger"), source(2, "Evening Post")]


def _pairs(claims, grouping):
    views, _places = build_views(claims, SOURCES, VOCAB, grouping)
    return {(a.claim.source_id, b.claim.source_id) for a, b in candidate_pairs(views)}


def _places():
    return [
        place(1, "Alderford", "The march was held in Alderford.", action="hold"),
        place(2, "Birchmoor", "The march was held in Birchmoor.", action="hold"),
    ]


def test_claims_of_one_story_are_paired():
    assert _pairs(_places(), {1: (5, 9), 2: (5, 9)}) == {(1, 2)}


def test_claims_of_two_stories_of_one_thread_are_not_paired():
    assert _pairs(_places(), {1: (5, 9), 2: (6, 9)}) == set()


def test_claims_of_an_article_in_no_story_are_paired_with_any():
    assert _pairs(_places(), {1: (5, 9)}) == {(1, 2)}


def test_figures_of_a_lasting_state_are_paired_across_the_thread():
    claims = [
        qty(1, "60 countries", "60 countries recognise him.", 60, action="recognise",
            counted="country"),
        qty(2, "50 countries", "50 countries recognise him.", 50, action="recognise",
            counted="country"),
    ]  # fmt: skip
    assert _pairs(claims, {1: (5, 9), 2: (6, 9)}) == {(1, 2)}
