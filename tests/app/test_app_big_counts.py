"""Counts of a thousand and more read with their thousands grouped, in the list's title and
the header (walk35: "Claims 22485" over 1,000 real articles)."""

from __future__ import annotations

from app_builders import Doc, add_doc
from conftest import settle

from workbench.app import create_app
from workbench.app.queue import progress_text
from workbench.store import Store


def test_the_headers_progress_groups_thousands():
    assert progress_text(1200, 1627, 3, 0) == "1,200 of 1,627 conflicts done · 3 can't tell"
    assert progress_text(7, 1627, 0, 0, short=True) == "7 of 1,627 done"


async def test_the_claims_lists_title_groups_thousands(tmp_path):
    text = " ".join(f"Item {n} was counted." for n in range(1, 1201))
    claims = [("quantity", f"Item {n} ", {"low": n, "high": n}) for n in range(1, 1201)]
    path = tmp_path / "many.db"
    with Store(path) as store, store.transaction():
        add_doc(store, Doc("many.txt", text, "Gazette", "2019-01-21", claims))
    app = create_app(path, "ann")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        assert app.screen.list_titles[0].startswith("Claims 1,200"), app.screen.list_titles
