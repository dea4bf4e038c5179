"""Another terminal's re-analysis does not cost the reviewer their place in the list.

A re-analysis deletes findings and finds them again (same ids); a reload in between could
not keep the conflict under the cursor and put it on the first. Walking 300 real articles,
`workbench analyze` in a second terminal sent the cursor back to the top.
"""

from __future__ import annotations

import shutil

from conftest import settle, to_last_conflict

from workbench.app import create_app
from workbench.pipeline import analyze
from workbench.store import Store


async def test_the_cursor_returns_to_its_conflict_once_it_is_found_again(sample_db_file, tmp_path):
    db = tmp_path / "sample.db"
    shutil.copy(sample_db_file, db)
    app = create_app(db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        main = app.screen
        chosen = (await to_last_conflict(app, pilot)).id
        with Store(db) as store:  # what a re-analysis does first
            store.db.execute("DELETE FROM conflict_claims WHERE conflict_id = ?", [chosen])
            store.db.execute("DELETE FROM conflicts WHERE id = ?", [chosen])
            store.db.conn.commit()
        await pilot.press("r")
        await settle(app, pilot)
        assert main.main_list.current.id != chosen
        with Store(db) as store:
            analyze(store)  # and then: found again, under the same id
        await pilot.press("r")
        await settle(app, pilot)
        assert main.main_list.current.id == chosen
        # Once the reviewer has moved, a reload leaves the cursor where they put it.
        with Store(db) as store:
            store.db.execute("DELETE FROM conflict_claims WHERE conflict_id = ?", [chosen])
            store.db.execute("DELETE FROM conflicts WHERE id = ?", [chosen])
            store.db.conn.commit()
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("j")
        await settle(app, pilot)
        moved = main.main_list.current.id
        with Store(db) as store:
            analyze(store)
        await pilot.press("r")
        await settle(app, pilot)
        assert main.main_list.current.id == moved
