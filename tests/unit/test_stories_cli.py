"""`workbench stories`, `stories merge/move/rename` and `conflicts --story`, and the
reviewer's choices surviving `workbench analyze`, a re-ingest and a regrouping."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.unit.stories_cli_runs import fails, run
from workbench.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "sample_db"


@pytest.fixture
def db(sample_db_file, tmp_path) -> str:
    target = tmp_path / "sample.db"
    shutil.copy(sample_db_file, target)
    return str(target)


def _stories(db: str) -> list[dict]:
    return json.loads(run("stories", "--db", db, "--json"))


def _source(db: str, prefix: str) -> int:
    with Store(db) as store:
        return next(s.id for s in store.sources() if s.file.startswith(prefix))


def test_stories_lists_titles_dates_outlets_and_progress(db):
    found = _stories(db)
    assert [s["articles"] for s in found] == [4, 1]
    first = found[0]
    assert first["conflicts_open"] == 3 and first["conflicts_decided"] == 0
    assert "The Telegraph" in first["outlets"]
    assert first["first_published"] == "2019-01-21"
    text = run("stories", "--db", db)
    assert f"story {first['id']}: {first['title']}" in text
    assert "3 open, 0 decided" in text


def test_a_source_without_an_outlet_is_named_by_its_headline_as_elsewhere(db):
    """003 has no outlet but a headline: conflicts and the app name it by the headline,
    `stories` named it by its file (walk33); 001 has neither and keeps its file name."""
    first = _stories(db)[0]
    assert "“Military mutiny in Venezuela: It Has Started”" in first["outlets"]
    assert not any(name.startswith("003_") for name in first["outlets"])
    assert any(name.startswith("001_") for name in first["outlets"])
    assert "“Military mutiny in Venezuela: It Has Started”" in run("stories", "--db", db)


def test_conflicts_of_one_story_and_every_conflict_names_its_story(db):
    story = _stories(db)[0]["id"]
    listed = json.loads(run("conflicts", "--db", db, "--story", str(story), "--json"))
    assert len(listed) == 3 and all(c["story_id"] == story for c in listed)
    assert f"story {story}" in run("conflicts", "--db", db)
    assert "no story with id 999" in fails("conflicts", "--db", db, "--story", "999")


def test_rename_move_and_merge_survive_analyze_and_a_reingest(db, tmp_path):
    first, second = (s["id"] for s in _stories(db))
    run("stories", "rename", str(first), "mutiny · Cotiza", "--db", db)
    blog = _source(db, "003")
    moved = json.loads(json.dumps(_stories(db)))
    said = run("stories", "move", str(blog), "new", "--db", db)
    after_move = {s["id"]: s for s in _stories(db)}
    assert len(after_move) == 3
    new = next(s for s in after_move.values() if s["source_ids"] == [blog])
    # a thread of its own, as the app's `N` gives it, and said in the app's words (walk43)
    assert new["thread_id"] not in {s["thread_id"] for s in after_move.values() if s != new}
    assert said.startswith(f"Moved source {blog} «") and "(a thread of its own)" in said
    run("stories", "merge", str(second), str(first), "--db", db)
    expected = {s["id"]: sorted(s["source_ids"]) for s in _stories(db)}
    assert moved != expected and len(expected) == 2
    assert _stories(db)[0]["title"] == "mutiny · Cotiza"

    run("analyze", "--db", db)
    run("ingest", "--db", db, *sorted(str(p) for p in SEEDS.glob("*.txt")))
    assert {s["id"]: sorted(s["source_ids"]) for s in _stories(db)} == expected
    split = next(s for s in _stories(db) if s["source_ids"] == [blog])
    assert [s["thread_id"] for s in _stories(db)].count(split["thread_id"]) == 1
    other = tmp_path / "other.txt"
    other.write_text("A ferry ran aground off Kellmoor Point on Sunday; 40 passengers were safe.")
    run("ingest", "--db", db, str(other), "--published", "2019-05-02")
    kept = {s["id"]: sorted(s["source_ids"]) for s in _stories(db) if s["id"] in expected}
    assert kept == expected
    assert _stories(db)[0]["title"] == "mutiny · Cotiza"
    assert all(s["fixed"] for s in _stories(db) if s["id"] in expected)


def test_a_regrouping_keeps_what_a_reviewer_pinned(db):
    blog = _source(db, "003")
    run("stories", "move", str(blog), "new", "--db", db)
    before = {s["id"]: sorted(s["source_ids"]) for s in _stories(db)}
    with Store(db) as store:
        store.set_meta("grouping_version", "an older one")
        from workbench.pipeline import analyze

        analyze(store)
    after = {s["id"]: sorted(s["source_ids"]) for s in _stories(db)}
    assert [blog] in after.values()
    assert sorted(map(tuple, after.values())) == sorted(map(tuple, before.values()))


def test_a_regrouping_keeps_each_story_its_number(db):
    """Walk of gva records 1-200: after a re-analysis that grouped from scratch, the app's
    "#109" was another number and `report --story 109` found no story. A story grouped
    again takes back its number; a story that is new takes one no story had."""
    with Store(db) as store:  # numbers as a database's history leaves them: not in order
        store.db.execute("PRAGMA foreign_keys = OFF")
        for table, column in [("stories", "id"), ("stories", "thread_id")] + [
            (t, "story_id") for t in ("source_stories", "conflicts", "corroborations")
        ]:
            store.db.execute(f"UPDATE {table} SET {column} = 9 - {column}")
        store.db.conn.commit()
    before = {s["id"]: sorted(s["source_ids"]) for s in _stories(db)}
    assert sorted(before) == [7, 8]
    with Store(db) as store:
        store.set_meta("grouping_version", "an older one")
        from workbench.pipeline import analyze

        analyze(store)
    assert {s["id"]: sorted(s["source_ids"]) for s in _stories(db)} == before
    first = min(before)
    assert len(run("conflicts", "--db", db, "--story", str(first), "--json")) > 2
    assert "no story" not in run("report", "--db", db, "--story", str(first))
    with Store(db) as store:
        store.forget_grouping()
        store.db.execute("DELETE FROM temp.story_before WHERE story_id = ?", [first])
        from workbench.stories import group

        group(store)
    after = {s["id"]: sorted(s["source_ids"]) for s in _stories(db)}
    assert after[max(before)] == before[max(before)]
    assert first not in after and after[max(after)] == before[first] and max(after) > max(before)


def test_the_story_log_records_each_choice(db):
    first, second = (s["id"] for s in _stories(db))
    run("stories", "rename", str(first), "a name", "--db", db, "--reviewer", "ann")
    run("stories", "merge", str(second), str(first), "--db", db, "--reviewer", "ann")
    with Store(db) as store:
        log = store.story_changes()
    assert [(c["action"], c["reviewer"]) for c in log] == [("rename", "ann"), ("merge", "ann")]


def test_bad_story_commands_are_one_line_errors(db):
    first = _stories(db)[0]["id"]
    assert "error:" in fails("stories", "merge", str(first), str(first), "--db", db)
    assert "error: no story with id 77" in fails("stories", "merge", str(first), "77", "--db", db)
    assert "error:" in fails("stories", "move", "1", "elsewhere", "--db", db)
    assert fails("stories", "move", "99", "new", "--db", db) == "error: no source with id 99\n"
    assert "error:" in fails("stories", "rename", str(first), "   ", "--db", db)


def test_moving_an_article_to_its_own_story_is_refused_and_not_logged(db):
    """Walk of gva records 2101-2400: `stories move 41 171` with 41 already in 171 printed
    the story as if moved and logged a move from 171 to 171, pinning the story."""
    story = _stories(db)[0]
    source = story["source_ids"][0]
    said = fails("stories", "move", str(source), str(story["id"]), "--db", db)
    assert said == f"error: source {source} is already in story {story['id']}\n"
    single = next(s for s in _stories(db) if s["articles"] == 1)
    alone = single["source_ids"][0]
    said = fails("stories", "move", str(alone), "new", "--db", db)  # a new story alike
    assert said == f"error: source {alone} is already the only article of story {single['id']}\n"
    with Store(db) as store:
        assert store.story_changes() == []
        assert not store.story(story["id"]).fixed


def test_a_story_counts_a_conflict_decided_by_any_verdict_as_the_app_does(db):
    """A verdict of "not a conflict" tags no claim, and "can't tell" tags every claim
    unresolved: the story's progress once counted the first open and the second decided,
    while the app's header said the opposite. An undo takes a decision back."""

    def progress() -> tuple[int, int]:
        found = _stories(db)[0]
        with Store(db) as store:  # the view a Datasette user reads agrees
            view = store.db.execute(
                "SELECT conflicts_open, conflicts_decided FROM stories_overview WHERE id = ?",
                [found["id"]],
            ).fetchone()
        assert tuple(view) == (found["conflicts_open"], found["conflicts_decided"])
        return found["conflicts_open"], found["conflicts_decided"]

    story = _stories(db)[0]["id"]
    with Store(db) as store:
        first, second = sorted(f.id for f in store.conflicts() if f.story_id == story)[:2]
        store.record_verdict(first, "not_conflict", "ana")
    assert progress() == (2, 1)
    assert "2 open, 1 decided" in run("stories", "--db", db)
    with Store(db) as store:
        store.undo_latest("ana")
        store.record_verdict(second, "cant_tell", "ana")
    assert progress() == (3, 0)


def test_a_number_a_dropped_story_had_is_never_given_again(db):
    """Walk of gva records 1301-1400: a move to a new story, undone, gave its number back
    and the next new story took it (#63 twice), so a number written down between the two
    named another story. A new story now takes a number above every one dropped."""
    stories = _stories(db)
    source = stories[0]["source_ids"][0]
    home = stories[0]["id"] if len(stories[0]["source_ids"]) > 1 else None
    if home is None:  # the move needs a story with a second article
        big = next(s for s in stories if len(s["source_ids"]) > 1)
        source, home = big["source_ids"][0], big["id"]
    with Store(db) as store:
        first_new = store.move_source(source, None, "ann").id
        store.move_source(source, home, "ann")  # the fix undone: the new story is dropped
        assert not store.story_exists(first_new)
        second_new = store.move_source(source, None, "ann").id
    assert second_new > first_new
    with Store(db) as store:  # a later connection remembers it too
        store.move_source(source, home, "ann")
        assert store.move_source(source, None, "ann").id > second_new


def test_merge_keeps_the_second_story_s_number_as_the_app_does(db):
    """`stories merge A B` kept A where the app's `m` on A, then `m` on B, kept B (walk41):
    both now put the story named first into the one named second, as `move` does."""
    first, second = (s["id"] for s in _stories(db))
    said = run("stories", "merge", str(first), str(second), "--db", db)
    assert said.startswith(f"Merged story #{first} into story #{second}\nstory {second}: ")
    assert [s["id"] for s in _stories(db)] == [second]
