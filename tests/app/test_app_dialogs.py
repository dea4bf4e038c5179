"""Dialogs open on the current choice, so enter keeps what is already chosen."""

from __future__ import annotations

from conftest import settle
from textual.widgets import Static

from workbench.app import create_app
from workbench.app.widgets import ChoiceSet
from workbench.store import Store

SIZE = (160, 45)


def highlighted(app, selector: str) -> str:
    choices = app.screen.query_one(selector, ChoiceSet)
    return str(choices.query(".-selected").first().name)


async def test_the_filter_dialog_opens_on_the_current_state(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f", "down", "enter")  # enter picks "open" and applies
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert highlighted(app, "#filter-state") == "open"
        await pilot.press("enter")  # enter on the highlighted option keeps "open"
        await settle(app, pilot)
        assert app.screen.filters["conflicts"].state == "open"


async def test_the_note_dialog_opens_on_the_claims_note_and_leaves_its_status(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "j", "j", "u", "e", *"asked the agency", "enter")
        await settle(app, pilot)
        await pilot.press("e")  # star.txt-0 again: the dialog opens on its note
        await settle(app, pilot)
        assert app.screen.query_one("#note-input").value == "asked the agency"
        await pilot.press("escape")
    with Store(review_db) as store:
        last = list(store.reviews())[-1]
        assert (last.claim_id, last.status) == ("star.txt-0", "unresolved")
        assert store.current_notes("claim")["star.txt-0"].note == "asked the agency"


async def test_the_note_dialog_names_the_role_of_the_count_it_is_on(review_db):
    """One mention counted in two roles is two claims with the same words: the note's title
    names the role, so the reviewer knows which of the two the note goes on."""
    with Store(review_db) as store:
        store.db.execute("UPDATE claims SET role = 'arrested' WHERE id = 'star.txt-0'")
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "j", "j", "e")
        await settle(app, pilot)
        title = str(app.screen.query_one(".title", Static).render())
        assert title.startswith("Note on “") and title.endswith("” (arrested)"), title
        await pilot.press("escape")


async def test_the_export_dialog_opens_on_the_last_export(review_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("x", "tab", "down", "down", "enter")  # enter on md exports
        await settle(app, pilot)
        assert (tmp_path / "review-log.md").exists()
        await pilot.press("x")
        await settle(app, pilot)
        assert highlighted(app, "#export-format") == "md"
        assert app.screen.query_one("#export-path").value == "review-log.md"
        await pilot.press("escape")
