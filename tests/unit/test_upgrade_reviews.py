"""Reviews survive every upgrade: whichever version moved (cleaner, extractor, finder,
grouping, titles), the verdicts, tags, notes and story choices (merge, move, rename) made
before it are all there after opening the database again, pointing at the same claims
and conflicts (the same ids), and each bump redoes what README's table says it does."""

from __future__ import annotations

import pytest

import workbench.ingest.reclean as recleaning
from tests.unit.extraction_spy import count_extractions
from workbench.ingest.reclean import CLEANER_VERSION_KEY, RECLEANING
from workbench.pipeline import (
    ANALYSIS_VERSION_KEY,
    EXTRACTING,
    FINDING,
    GROUPING,
    TITLING,
    after_story_change,
    analyze,
    needs_analysis,
)
from workbench.store import Store
from workbench.store.verdicts import claim_key
from workbench.stories import GROUPING_VERSION_KEY, TITLES_VERSION_KEY

BUMPS = ("cleaner", "extractor", "finder", "grouping", "titles")


def _choose_stories(store: Store) -> dict[str, int]:
    """A reviewer's story choices: the largest story's last article moved to a story of its
    own, another story merged into that one, the largest renamed; the findings follow as
    the app makes them follow."""
    stories = sorted(
        {s for s, _ in store.story_map().values()},
        key=lambda s: (-len(store.story_source_ids(s)), s),
    )
    biggest, other = stories[0], stories[1]
    moved = store.story_source_ids(biggest)[-1]
    alone = store.move_source(moved, None, "ann").id
    store.merge_stories(alone, other, "ann")
    store.rename_story(biggest, "Harbour bridge collapse", "ann")
    after_story_change(store, store.story_source_ids(alone), [biggest, alone])
    return {"renamed": biggest, "merged": alone}


def _review(store: Store) -> None:
    """A verdict of each kind that keeps a conflict on the record, a tag, notes."""
    first, second = store.conflicts()[:2]
    store.record_verdict(first.id, "right", "ann", right_claim_ids=first.claim_ids[:1])
    store.record_verdict(second.id, "not_conflict", "bob")
    store.set_note("conflict", claim_key(first.claim_ids), "the county's figure", "ann")
    in_conflicts = {c for conflict in store.conflicts() for c in conflict.claim_ids}
    loose = next(c for c in store.claims() if c.id not in in_conflicts)
    store.tag_claims([loose.id], "verified", "ann")
    store.set_note("claim", loose.id, "read on the court's docket", "ann")


def _kept(store: Store, chosen: dict[str, int]) -> dict:
    """What the reviewer decided and what it points at, by id."""
    return {
        "claims": sorted((c.id, c.source_id, c.kind, c.start, c.end) for c in store.claims()),
        "conflicts": sorted((c.id, tuple(c.claim_ids)) for c in store.conflicts()),
        "corroborations": sorted((c.id, tuple(c.claim_ids)) for c in store.corroborations()),
        "statuses": store.statuses(),
        "verdicts": {
            key: [(v.verdict, v.reviewer, v.right_claim_ids) for v in standing]
            for key, standing in store.verdicts().items()
        },
        "conflict notes": {k: n.note for k, n in store.current_notes("conflict").items()},
        "claim notes": {k: n.note for k, n in store.current_notes("claim").items()},
        "stories": {
            name: (store.story(s).title, store.story_source_ids(s)) for name, s in chosen.items()
        },
        "story changes": len(store.story_changes()),
        "stories placed": sorted(store.story_map().items()),
        "titles": store.db.execute("SELECT id, title FROM stories ORDER BY id").fetchall(),
    }


def _bump(store: Store, what: str, monkeypatch) -> None:
    """Mark the database as a build with an older `what` left it. An older cleaner is
    made to change one article (its sentences cut anew), so its claims are extracted
    again and grouping starts over, as a real cleaner bump does."""
    extractor, finder, grouping = store.get_meta(ANALYSIS_VERSION_KEY).split("/")
    titles, titled_from = store.get_meta(TITLES_VERSION_KEY).split("/")
    marks = {
        "extractor": {
            ANALYSIS_VERSION_KEY: f"older/{finder}/{grouping}",
            TITLES_VERSION_KEY: f"{titles}/older",
        },
        "finder": {ANALYSIS_VERSION_KEY: f"{extractor}/older/{grouping}"},
        "grouping": {
            ANALYSIS_VERSION_KEY: f"{extractor}/{finder}/older",
            GROUPING_VERSION_KEY: "older",
        },
        "titles": {TITLES_VERSION_KEY: f"older/{titled_from}"},
        "cleaner": {CLEANER_VERSION_KEY: "0"},
    }[what]
    with store.transaction():
        for key, value in marks.items():
            store.set_meta(key, value)
    if what == "cleaner":
        first = store.source_headers()[0].id
        monkeypatch.setattr(recleaning, "_split_again", lambda _s, sid, _d: sid == first)


@pytest.mark.parametrize("what", BUMPS)
def test_every_decision_survives_a_bump_and_points_at_the_same_claims(
    sample_store, monkeypatch, what
):
    chosen = _choose_stories(sample_store)
    _review(sample_store)
    before = _kept(sample_store, chosen)
    assert len(before["verdicts"]) == 2 and before["conflict notes"] and before["claim notes"]
    assert not needs_analysis(sample_store)
    _bump(sample_store, what, monkeypatch)
    assert needs_analysis(sample_store)
    analyze(sample_store, upgrade=True)
    assert not needs_analysis(sample_store)
    after = _kept(sample_store, chosen)
    assert after == before
    live = {claim_key(c.claim_ids) for c in sample_store.conflicts()}
    assert set(after["verdicts"]) <= live  # each verdict still finds its conflict
    assert after["stories"]["renamed"][0] == "Harbour bridge collapse"


EXTRACTED_AGAIN = {"cleaner": 1, "extractor": None, "finder": 0, "grouping": 0, "titles": 0}
"""Articles whose claims each bump extracts again (None: every one); the sample has no
page stripped to its headline (`pipeline.bodiless`)."""
STAGES = {
    "cleaner": {RECLEANING, GROUPING, TITLING, FINDING},
    "extractor": {EXTRACTING, GROUPING, TITLING, FINDING},
    "finder": {EXTRACTING, GROUPING, FINDING},
    "grouping": {EXTRACTING, GROUPING, TITLING, FINDING},
    "titles": {TITLING},
}
"""The stages each bump shows (a bar each), as README's table of upgrades tells them."""


@pytest.mark.parametrize("what", BUMPS)
def test_each_bump_redoes_what_the_table_says_with_a_bar_for_each_stage(
    sample_store, monkeypatch, what
):
    _bump(sample_store, what, monkeypatch)
    seen = count_extractions(monkeypatch)
    heard: list[tuple[str, int, int | None]] = []
    analyze(sample_store, upgrade=True, progress=lambda *report: heard.append(report))
    every = len(sample_store.source_headers())
    assert len(seen) == (every if EXTRACTED_AGAIN[what] is None else EXTRACTED_AGAIN[what])
    assert STAGES[what] <= {stage for stage, _done, _total in heard}
    titled = [(done, total) for stage, done, total in heard if stage == TITLING]
    if what in ("extractor", "titles"):  # every story titled again, counted as it goes
        stories = len({s for s, _ in sample_store.story_map().values()})
        assert titled[0] == (0, stories) and titled[-1] == (stories, stories)
    if what == "titles":
        assert {stage for stage, _done, _total in heard} == {TITLING}
