"""Undoing a merge in the stories dialog puts the merged-away story's thread apart again
(walk of the twenty-first session: "thread 66 (2 stories)" after a merge and its undo)."""

from __future__ import annotations

import pytest

from workbench.story_fixes import apply, undo


@pytest.fixture
def store(sample_store):
    """The sample's writable copy (conftest), named for what these tests act on."""
    return sample_store


def _threads(store) -> dict[frozenset[int], int]:
    """Each story's sources (as a set) and its thread."""
    return {frozenset(s.source_ids): s.thread_id for s in store.stories()}


def _apart(store) -> None:
    """The sample's two stories in threads of their own (one situation no more)."""
    with store.transaction():
        store.db.execute("UPDATE stories SET thread_id = id")


def test_undoing_a_merge_puts_the_two_threads_apart_again(store):
    _apart(store)
    big, small = sorted(store.stories(), key=lambda s: -len(s.source_ids))
    shown, fix = apply(store, "merge", "ann", small.id, big.id)
    assert [s.id for s in store.stories()] == [shown]
    undo(store, fix, "ann")
    threads = _threads(store)
    assert set(threads) == {frozenset(big.source_ids), frozenset(small.source_ids)}
    assert len(set(threads.values())) == 2


def test_undoing_a_merge_within_one_thread_keeps_the_thread(store):
    big, small = sorted(store.stories(), key=lambda s: -len(s.source_ids))
    assert big.thread_id == small.thread_id  # the sample: one situation, two events
    _shown, fix = apply(store, "merge", "ann", small.id, big.id)
    undo(store, fix, "ann")
    assert len(set(_threads(store).values())) == 1


def test_a_thread_apart_takes_no_number_another_thread_has(store):
    big, small = sorted(store.stories(), key=lambda s: -len(s.source_ids))
    with store.transaction():  # the small story's number is the big story's thread
        store.db.execute("UPDATE stories SET thread_id = ? WHERE id = ?", [small.id, big.id])
    thread = store.thread_apart([small.id])
    assert thread != small.id
    assert store.story(small.id).thread_id == thread != store.story(big.id).thread_id
