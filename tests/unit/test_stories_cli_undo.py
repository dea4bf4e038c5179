"""`workbench stories undo`: a merge, move or rename made by mistake from the command line
had no way back but by hand (walk27); the undo takes the stories dialog's path
(`workbench.story_fixes`), read from the story log, so either face undoes the other's."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.unit.stories_cli_runs import fails, run
from workbench.store import Store, StoreError
from workbench.story_fixes import apply, undo


@pytest.fixture
def db(sample_db_file, tmp_path) -> str:
    target = tmp_path / "sample.db"
    shutil.copy(sample_db_file, target)
    return str(target)


def _grouping(db: str) -> dict[int, tuple[str, list[int], int]]:
    """Each story: its title, its articles and its thread."""
    found = json.loads(run("stories", "--db", db, "--json"))
    return {s["id"]: (s["title"], sorted(s["source_ids"]), s["thread_id"]) for s in found}


def _ids(db: str) -> tuple[int, int]:
    """The sample's big story and its small one."""
    found = _grouping(db)
    big, small = sorted(found, key=lambda s: -len(found[s][1]))
    return big, small


def test_undo_takes_back_a_merge_with_both_story_numbers(db):
    before = _grouping(db)
    big, small = _ids(db)
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "ann")
    assert list(_grouping(db)) == [big]
    said = run("stories", "undo", "--db", db, "--reviewer", "ann")
    moved = ", ".join(map(str, before[small][1]))
    assert said.startswith(f"Undid the merge: source {moved} in story #{small}\n")
    assert f"story {small}: " in said
    assert {s: v[1] for s, v in _grouping(db).items()} == {s: v[1] for s, v in before.items()}
    with Store(db) as store:
        log = store.story_changes()
    assert [(c["action"], c["undo_of"]) for c in log] == [("merge", None), ("move", log[0]["id"])]


def test_undo_takes_back_a_move_and_a_rename_newest_first(db):
    before = _grouping(db)
    big, _small = _ids(db)
    source = before[big][1][-1]
    run("stories", "rename", str(big), "a name we gave", "--db", db, "--reviewer", "ann")
    run("stories", "move", str(source), "new", "--db", db, "--reviewer", "ann")
    assert len(_grouping(db)) == 3
    said = run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert said.startswith(f"Undid the move: source {source} in story #{big}\n")
    assert _grouping(db)[big][:2] == ("a name we gave", before[big][1])
    said = run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert said.startswith(f"Undid the rename: story #{big} is “{before[big][0]}” again\n")
    assert _grouping(db) == before
    said = fails("stories", "undo", "--db", db, "--reviewer", "ann")
    assert said == "error: no merge, move, rename or thread change by ann to undo\n"


def test_undo_leaves_another_reviewer_s_fix_alone(db):
    big, small = _ids(db)
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "bob")
    assert fails("stories", "undo", "--db", db, "--reviewer", "ann") == (
        "error: no merge, move, rename or thread change by ann to undo\n"
    )
    assert list(_grouping(db)) == [big]


def test_undo_refuses_a_fix_whose_stories_another_reviewer_changed_since(db):
    big, _small = _ids(db)
    run("stories", "rename", str(big), "ann's name", "--db", db, "--reviewer", "ann")
    run("stories", "rename", str(big), "bob's name", "--db", db, "--reviewer", "bob")
    said = fails("stories", "undo", "--db", db, "--reviewer", "ann")
    assert said == "error: cannot undo the rename: bob has changed its stories since\n"
    assert _grouping(db)[big][0] == "bob's name"


def test_a_fix_made_in_the_dialog_is_undone_from_the_cli_and_not_twice(db):
    before = _grouping(db)
    big, small = _ids(db)
    with Store(db) as store:
        _shown, fix = apply(store, "merge", "ann", small, big)
    run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert {s: v[1] for s, v in _grouping(db).items()} == {s: v[1] for s, v in before.items()}
    with Store(db) as store, pytest.raises(StoreError, match="the merge was undone already"):
        undo(store, fix, "ann")  # the dialog's ctrl+z after the command's undo


def test_a_fix_undone_survives_analyze_and_is_not_undone_again(db):
    before = _grouping(db)
    big, small = _ids(db)
    run("stories", "merge", str(small), str(big), "--db", db, "--reviewer", "ann")
    run("analyze", "--db", db)
    run("stories", "undo", "--db", db, "--reviewer", "ann")
    run("analyze", "--db", db)
    assert {s: v[1] for s, v in _grouping(db).items()} == {s: v[1] for s, v in before.items()}
    said = fails("stories", "undo", "--db", db, "--reviewer", "ann")  # the undo's moves stand
    assert said == "error: no merge, move, rename or thread change by ann to undo\n"


def test_a_fix_logged_before_the_log_kept_its_way_back_is_one_line(db):
    big, _small = _ids(db)
    with Store(db) as store, store.transaction():  # as schema 13 logged it
        store.db.execute(
            "INSERT INTO story_changes (at, reviewer, action, story_id, title) "
            "VALUES ('2026-11-01T10:00:00Z', 'ann', 'rename', ?, 'old')",
            [big],
        )
    said = fails("stories", "undo", "--db", db, "--reviewer", "ann")
    assert said == "error: the rename of 2026-11-01T10:00:00Z kept no way back\n"


def test_a_fix_s_undo_is_its_reviewer_s_row_whatever_another_logged_since(db):
    big, small = _ids(db)
    with Store(db) as store:
        store.rename_story(big, "ann's name", "ann")
        store.rename_story(small, "bob's name", "bob")
        assert store.last_story_change("ann") == store.story_changes()[0]["id"]
        assert store.last_story_change() == store.story_changes()[1]["id"]
