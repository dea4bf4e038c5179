"""`ctrl+z` takes back the latest of the reviewer's doings, a note edit included: walk31
tagged a claim, wrote a note on it, pressed `ctrl+z` and saw the tag go and the note
stay. A note edit made in this session is undone by a new edit putting back the text
before it (the notes' log is append-only, every edit kept)."""

from __future__ import annotations

from conftest import settle

from workbench.app import create_app
from workbench.store import Store

SIZE = (160, 45)
CLAIM = "star.txt-0"


def note_edits(path, subject="claim", subject_id=CLAIM) -> list[str | None]:
    with Store(path) as store:
        return [n.note for n in store.note_history(subject, subject_id)]


def statuses(path) -> dict[str, str]:
    with Store(path) as store:
        return store.statuses()


async def test_a_note_written_after_a_tag_is_undone_before_it(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "j", "j", "d", "e", *"photo shows 24", "enter")
        await settle(app, pilot)
        assert statuses(review_db) == {CLAIM: "disputed"}
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert note_edits(review_db) == ["photo shows 24", None]  # put back: no note
        assert statuses(review_db) == {CLAIM: "disputed"}  # the tag stays
        assert app.screen.saved[0] == "saved: note undone"
        body = str(app.screen.query_one("#detail-body").render())
        assert "(cleared)" in body
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert statuses(review_db) == {}
        assert note_edits(review_db) == ["photo shows 24", None]


async def test_a_tag_after_a_note_is_undone_first_and_an_edit_puts_back_the_text_before(
    review_db,
):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "j", "j", "e", *"photo shows 24", "enter")
        await settle(app, pilot)
        await pilot.press("e", "end", "ctrl+u", *"photo shows 27", "enter", "v")
        await settle(app, pilot)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert statuses(review_db) == {}
        assert note_edits(review_db) == ["photo shows 24", "photo shows 27"]
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert note_edits(review_db)[-1] == "photo shows 24"
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert note_edits(review_db)[-1] is None


async def test_a_conflict_note_is_undone_and_someone_elses_later_edit_is_kept(review_db):
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        key = app.screen.main_list.current.key
        await pilot.press("e", *"ask the police", "enter")
        await settle(app, pilot)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert note_edits(review_db, "conflict", key) == ["ask the police", None]
        assert key not in app.screen.decisions.notes
        await pilot.press("e", *"ask the mayor", "enter")
        await settle(app, pilot)
        with Store(review_db) as store:
            store.set_note("conflict", key, "the mayor said 24", "bob")
        await pilot.press("ctrl+z")  # refused, said, and passed over
        await settle(app, pilot)
        assert note_edits(review_db, "conflict", key)[-1] == "the mayor said 24"
        assert app.screen.passed_notes  # the refused edit: the next undo goes on past it


async def test_a_note_edited_before_the_app_opened_is_undone_edit_by_edit(review_db):
    """walk32's leftover: an edit made before the app opened (an earlier session, a
    script) is undone as one made since is, read from the database (schema 16)."""
    with Store(review_db) as store:
        store.set_note("claim", CLAIM, "photo shows 24", "alice")
        store.set_note("claim", CLAIM, "photo shows 27", "alice")
    app = create_app(review_db, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert note_edits(review_db)[-1] == "photo shows 24"
        assert app.screen.saved[0] == "saved: note undone"
    app = create_app(review_db, "alice")  # and again after closing the app
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert note_edits(review_db) == ["photo shows 24", "photo shows 27", "photo shows 24", None]
        body = str(app.screen.query_one("#detail-body").render())
        assert "(cleared)" in body
