"""A database with claims but no conflict: the detail says nothing is selected, and no
more (it also said "(no claims left)", as if a re-analysis had lost the claims)."""

from __future__ import annotations

from app_builders import Doc, add_doc
from conftest import settle

from workbench.app import create_app
from workbench.store import Store


async def test_nothing_selected_shows_no_empty_claim_list(tmp_path):
    path = tmp_path / "calm.db"
    with Store(path) as store, store.transaction():
        add_doc(
            store,
            Doc(
                "calm.txt",
                "Two people were hurt.",
                outlet="Calm News",
                claims=[
                    ("quantity", "Two people", {"low": 2, "high": 2}),
                ],
            ),
        )
    app = create_app(path, "alice")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        detail = app.screen.query_one("#detail-head")
        assert "Nothing selected." in str(detail.render())
        assert not app.screen.query_one("#aligned").display
        await pilot.press("c")  # every claim: the claim list, its claim aligned
        await settle(app, pilot)
        assert app.screen.query_one("#aligned").display
