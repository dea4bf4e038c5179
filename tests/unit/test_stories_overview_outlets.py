"""The `stories_overview` view (what a Datasette or sqlite-utils reader opens) names each
story's articles as `workbench stories` does since schema 17: the outlet, else the headline
in quotes, else the file; a database at schema 16 takes the step with every decision kept."""

from __future__ import annotations

import json
import sqlite3

from old_logs import assert_log_kept, decided_sample

from tests.unit.stories_cli_runs import run
from workbench.store import SCHEMA_VERSION, Store
from workbench.store.stories_schema import _OUTLET_OR_FILE, create_stories_overview


def _view_outlets(store: Store) -> dict[int, str]:
    return dict(store.db.execute("SELECT id, outlets FROM stories_overview"))


def _cli_outlets(path) -> dict[int, str]:
    listed = json.loads(run("stories", "--db", str(path), "--json"))
    return {s["id"]: ", ".join(s["outlets"]) for s in listed}


def test_the_view_names_each_article_as_the_stories_command_does(sample_store):
    outlets = _view_outlets(sample_store)
    path = sample_store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    assert outlets == _cli_outlets(path)
    joined = " ".join(outlets.values())
    assert "“Military mutiny in Venezuela: It Has Started”" in joined
    assert "003_" not in joined  # the outlet-less article with a headline, by its headline


def _rewind_to_schema16(path) -> None:
    """The database as schema 16 left it: the view as step 4 made it (this step changes
    nothing else; the later steps undone too)."""
    with Store(path) as store:
        create_stories_overview(store.db, _OUTLET_OR_FILE)
        store.db.execute("DROP TABLE IF EXISTS page_facts")  # step 18's, if taken
        store.db.execute("DELETE FROM schema_migrations WHERE version >= 17")
        store.db.execute("PRAGMA user_version = 16")
        store.db.conn.commit()


def test_a_schema16_database_keeps_every_decision_through_the_step(sample_db_file, tmp_path):
    path = tmp_path / "old.db"
    second, statuses, head, logged = decided_sample(sample_db_file, path)
    _rewind_to_schema16(path)
    conn = sqlite3.connect(path)
    old = dict(conn.execute("SELECT id, outlets FROM stories_overview"))
    conn.close()
    assert any("003_" in names for names in old.values())  # the file name, as 16 had it
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 17
        assert_log_kept(store, logged, head)
        assert store.statuses() == statuses
        assert store.current_note("claim", second) == "the wire says otherwise"
        assert _view_outlets(store) == _cli_outlets(path)
