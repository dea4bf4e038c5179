"""Undoing a rename gives the story its title back, and whether a reviewer had fixed it: a
rename in the stories dialog could not be undone ("No merge or move made here to undo";
new-user walk of the twenty-sixth session)."""

from __future__ import annotations

import pytest

from workbench.pipeline import group
from workbench.stories import TITLES_VERSION_KEY
from workbench.story_fixes import apply, apply_rename, undo


@pytest.fixture
def store(sample_store):
    """The sample's writable copy (conftest), named for what these tests act on."""
    return sample_store


def _state(store, story_id: int) -> tuple[str, bool, bool]:
    story = store.story(story_id)
    return story.title, story.title_fixed, story.fixed


def test_undoing_a_rename_brings_back_grouping_s_title_unfixed_and_logs_it(store):
    story = store.stories()[0]
    before = _state(store, story.id)
    assert before[1:] == (False, False)  # grouping's title, grouping's story
    fix = apply_rename(store, story.id, "a name we gave", "ann")
    assert _state(store, story.id) == ("a name we gave", True, True)
    assert undo(store, fix, "ann") == story.id
    assert _state(store, story.id) == before
    log = [(c["action"], c["story_id"], c["title"]) for c in store.story_changes()]
    assert log == [("rename", story.id, "a name we gave"), ("rename", story.id, before[0])]


def test_an_undone_rename_s_title_is_grouping_s_again_to_make_anew(store):
    story = store.stories()[0]
    made = story.title
    undo(store, apply_rename(store, story.id, "a name we gave", "ann"), "ann")
    with store.transaction():
        store.set_auto_title(story.id, "an older titler's")
        store.set_meta(TITLES_VERSION_KEY, "0/0")
    group(store)
    assert store.story(story.id).title == made


def test_undoing_a_second_rename_keeps_the_first_reviewer_title(store):
    story = store.stories()[0]
    apply_rename(store, story.id, "first name", "ann")
    fix = apply_rename(store, story.id, "second name", "ann")
    undo(store, fix, "ann")
    assert _state(store, story.id) == ("first name", True, True)


def test_a_story_a_later_move_fixed_stays_fixed_when_its_rename_is_undone(store):
    big, small = sorted(store.stories(), key=lambda s: -len(s.source_ids))
    fix = apply_rename(store, big.id, "a name we gave", "ann")
    apply(store, "move", "ann", big.source_ids[-1], small.id)
    undo(store, fix, "ann")
    assert _state(store, big.id) == (big.title, False, True)
