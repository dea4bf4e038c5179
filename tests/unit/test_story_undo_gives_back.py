"""An undone merge or move gives both stories back what the fix replaced: whether a
reviewer had fixed them, their titles, their articles' pins (walk27: after an undone merge
both stories still showed "(fixed by a reviewer)", pinned by the undo's own moves)."""

from __future__ import annotations

import shutil

import pytest

from tests.unit.stories_cli_runs import run
from workbench.store import Store
from workbench.store.stories import StoryStore
from workbench.story_fixes import apply, undo


@pytest.fixture
def db(sample_db_file, tmp_path) -> str:
    target = tmp_path / "sample.db"
    shutil.copy(sample_db_file, target)
    return str(target)


def _state(db: str) -> dict[int, tuple]:
    """Each story: its title, whether fixed, whether its title is a reviewer's, and its
    articles with how each was placed and whether pinned."""
    with Store(db) as store:
        placed = store.db.execute(
            "SELECT story_id, source_id, how, pinned FROM source_stories ORDER BY source_id"
        ).fetchall()
        return {
            s.id: (
                s.title,
                s.fixed,
                s.title_fixed,
                [(source, how, pinned) for story, source, how, pinned in placed if story == s.id],
            )
            for s in store.stories()
        }


def _ids(db: str) -> tuple[int, int]:
    """The sample's big story and its small one."""
    with Store(db) as store:
        found = store.stories()
    big, small = sorted(found, key=lambda s: -s.articles)
    return big.id, small.id


def test_an_undone_merge_gives_both_stories_back_unfixed_and_unpinned(db):
    before = _state(db)
    big, small = _ids(db)
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "ann")
    assert _state(db)[big][1] is True
    run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert _state(db) == before
    assert "(fixed by a reviewer)" not in run("stories", "--db", db)


def test_an_undone_move_into_another_story_gives_both_back(db):
    before = _state(db)
    big, small = _ids(db)
    source = before[big][3][-1][0]
    run("stories", "move", str(source), str(small), "--db", db, "--reviewer", "ann")
    run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert _state(db) == before


def test_a_story_a_reviewer_fixed_before_the_merge_stays_fixed_after_its_undo(db):
    big, small = _ids(db)
    run("stories", "rename", str(big), "our name", "--db", db, "--reviewer", "ann")
    before = _state(db)
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "ann")
    run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert _state(db) == before
    assert before[big][:3] == ("our name", True, True) and before[small][1] is False


def test_a_later_fix_of_the_story_keeps_it_fixed_when_an_earlier_one_is_undone(db):
    """The dialog undoes its own last fix from memory, whatever was logged since: a rename
    made after the merge is the reviewer's word on that story, kept."""
    big, small = _ids(db)
    with Store(db) as store:
        _shown, fix = apply(store, "merge", "ann", small, big)
        store.rename_story(big, "named after the merge", "ann")
        undo(store, fix, "ann")
        kept, back = store.story(big), store.story(small)
    assert (kept.title, kept.fixed, kept.title_fixed) == ("named after the merge", True, True)
    assert back.fixed is False


def test_a_merge_logged_before_the_log_kept_the_pins_is_undone_as_it_was(db, monkeypatch):
    """A row of an older version keeps no pins: its undo moves the articles back and leaves
    both stories fixed, as undos did then."""
    big, small = _ids(db)
    logged = StoryStore._log

    def as_schema_14(self, *args, before=None, **kwargs):
        old = {k: v for k, v in (before or {}).items() if k not in ("placed", "into")}
        return logged(self, *args, before=old or None, **kwargs)

    monkeypatch.setattr(StoryStore, "_log", as_schema_14)
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "ann")
    run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert [v[1] for v in _state(db).values()] == [True, True]


def test_a_merge_keeps_the_reviewers_title_of_the_story_merged_away_and_its_undo_gives_it_back(
    db,
):
    """A story renamed by hand, then merged into one grouping titled: the merged story was
    titled by grouping, the reviewer's name lost (walk31)."""
    big, small = _ids(db)
    run("stories", "rename", str(small), "our name", "--db", db, "--reviewer", "ann")
    before = _state(db)
    grouping_title = before[big][0]
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "ann")
    assert _state(db)[big][:3] == ("our name", True, True)
    run("analyze", "--db", db)  # kept through an analysis, as a rename is
    assert _state(db)[big][:3] == ("our name", True, True)
    run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert _state(db) == before and before[big][0] == grouping_title


def test_a_merge_into_a_renamed_story_keeps_its_own_title(db):
    big, small = _ids(db)
    run("stories", "rename", str(big), "the big one", "--db", db, "--reviewer", "ann")
    run("stories", "rename", str(small), "the small one", "--db", db, "--reviewer", "ann")
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "ann")
    assert _state(db)[big][0] == "the big one"
