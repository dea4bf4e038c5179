"""`workbench stories thread STORY INTO|new`: a reviewer says two stories follow one
situation (or that a story does not), without merging their articles (issue 10). Across a
thread's stories only figures of a lasting state are compared, as updates; the choice
survives `workbench analyze`, a re-ingest and a regrouping, and `stories undo` takes it
back.

The sample: story A (four reports of the January mutiny) and story B (April's report)
share a thread; "over 60 countries" (January) against "around 50" (April) is the one
update across them."""

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


def _stories(db: str) -> dict[int, dict]:
    return {s["id"]: s for s in json.loads(run("stories", "--db", db, "--json"))}


def _pair(db: str) -> tuple[int, int]:
    """The January story (four articles) and the April one."""
    found = _stories(db)
    big = next(i for i, s in found.items() if s["articles"] == 4)
    small = next(i for i, s in found.items() if s["articles"] == 1)
    return big, small


def _across(db: str) -> list[tuple[str, str]]:
    """(relation, what it compares) of each conflict whose claims lie in more than one story."""
    with Store(db) as store:
        story_of = {s: story for s, (story, _t) in store.story_map().items()}
        found = []
        for conflict in store.conflicts():
            stories = {story_of[c.source_id] for c in conflict.claims}
            if len(stories) > 1:
                found.append((conflict.relation, conflict.reason.split(":")[0]))
    return found


def _thread_fix(db: str, story: int, into: str) -> str:
    return run("stories", "thread", str(story), into, "--db", db, "--reviewer", "ann")


def test_a_thread_of_its_own_leaves_only_the_stories_own_conflicts(db):
    big, small = _pair(db)
    every = {c["id"] for c in json.loads(run("conflicts", "--db", db, "--all", "--json"))}
    assert _across(db) == [("update", "countries recognising")]
    said = _thread_fix(db, small, "new")
    found = _stories(db)
    assert said.startswith(f"Story #{small} is in a thread of its own (thread ")
    assert found[small]["thread_id"] != found[big]["thread_id"]
    assert found[small]["fixed"] and found[big]["fixed"]  # the one it left is the reviewer's too
    assert _across(db) == []
    kept = {c["id"] for c in json.loads(run("conflicts", "--db", db, "--all", "--json"))}
    assert len(kept) == len(every) - 1 and kept < every
    # and back: only the lasting figure is compared across, as an update, with its id kept
    said = _thread_fix(db, small, str(big))
    assert said.startswith(f"Story #{small} joined story #{big}'s thread (thread ")
    assert _across(db) == [("update", "countries recognising")]
    assert {c["id"] for c in json.loads(run("conflicts", "--db", db, "--all", "--json"))} == every


def test_a_thread_choice_survives_analyze_a_reingest_and_a_regrouping(db):
    _big, small = _pair(db)
    _thread_fix(db, small, "new")
    threads = {i: s["thread_id"] for i, s in _stories(db).items()}
    run("analyze", "--db", db)
    run("ingest", "--db", db, *sorted(str(p) for p in SEEDS.glob("*.txt")))
    assert {i: s["thread_id"] for i, s in _stories(db).items()} == threads
    with Store(db) as store:
        store.set_meta("grouping_version", "an older one")
        from workbench.pipeline import analyze

        analyze(store)
    assert {i: s["thread_id"] for i, s in _stories(db).items()} == threads
    assert _across(db) == []


def test_undo_gives_the_thread_back_and_unfixes_what_it_fixed(db):
    _big, small = _pair(db)
    before = _stories(db)
    _thread_fix(db, small, "new")
    said = run("stories", "undo", "--db", db, "--reviewer", "ann")
    assert said.startswith(f"Undid the thread change: story #{small} is in thread ")
    after = _stories(db)
    assert {i: (s["thread_id"], s["fixed"]) for i, s in after.items()} == {
        i: (s["thread_id"], s["fixed"]) for i, s in before.items()
    }
    assert _across(db) == [("update", "countries recognising")]
    with Store(db) as store:
        assert [(c["action"], c["undo_of"] is not None) for c in store.story_changes()] == [
            ("thread", False),
            ("thread", True),
        ]
    assert "no merge, move, rename or thread change by ann" in fails(
        "stories", "undo", "--db", db, "--reviewer", "ann"
    )


def test_bad_thread_commands_are_one_line_errors_and_log_nothing(db):
    big, small = _pair(db)
    assert fails("stories", "thread", str(small), str(big), "--db", db) == (
        f"error: story {small} is already in story {big}'s thread\n"
    )
    assert fails("stories", "thread", str(big), str(big), "--db", db) == (
        f"error: story {big} cannot join its own thread\n"
    )
    assert fails("stories", "thread", "77", str(big), "--db", db) == "error: no story with id 77\n"
    assert fails("stories", "thread", str(big), "77", "--db", db) == "error: no story with id 77\n"
    assert "INTO must be a story id or 'new'" in fails("stories", "thread", "1", "x", "--db", db)
    _thread_fix(db, small, "new")
    assert fails("stories", "thread", str(small), "new", "--db", db) == (
        f"error: story {small} is already alone in its thread\n"
    )
    with Store(db) as store:
        assert len(store.story_changes()) == 1


def test_a_thread_numbered_apart_is_never_a_new_storys_number(db, tmp_path):
    """The story that gave its thread its number leaves it: its new thread takes a number
    no story has, and no story made later takes it (a new story's thread is its own
    number: it would have joined)."""
    big, small = _pair(db)
    with Store(db) as store:
        founder = min(big, small)
        assert {s.thread_id for s in store.stories()} == {founder}
    _thread_fix(db, founder, "new")
    apart = _stories(db)[founder]["thread_id"]
    assert apart not in _stories(db)
    other = tmp_path / "other.txt"
    other.write_text("A ferry ran aground off Kellmoor Point on Sunday; 40 passengers were safe.")
    run("ingest", "--db", db, str(other), "--published", "2019-05-02")
    found = _stories(db)
    (new,) = [s for i, s in found.items() if i not in (big, small)]
    assert new["id"] != apart and new["thread_id"] != apart
    assert [s["thread_id"] for s in found.values()].count(apart) == 1
