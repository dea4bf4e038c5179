"""Keys typed in one burst, as a fast typist, a paste or tmux's send-keys deliver them:
every key after the one that opens a dialog lands in the dialog. Pilot's `press` waits
for the app to idle between keys and never showed the bug (a story renamed "e" from
"...title"); here the keys are posted as the terminal driver posts them, all at once."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import settle
from textual import events
from textual.widgets import Input

from workbench.app import create_app
from workbench.app.data import Finding
from workbench.app.screens.note import NoteDialog
from workbench.app.screens.stories import StoriesScreen
from workbench.store import Store

SIZE = (160, 45)
CHARACTERS = {"space": " ", "enter": "\r", "question_mark": "?", "slash": "/"}


def burst(app, *keys: str) -> None:
    """Post the keys to the app at once, as the driver does with a burst of input."""
    for key in keys:
        character = CHARACTERS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))


def typed(text: str) -> list[str]:
    return ["space" if c == " " else c for c in text]


@pytest.fixture
def sample_copy(sample_db_file, tmp_path):
    shutil.copy(sample_db_file, tmp_path / "sample.db")
    return tmp_path / "sample.db"


def titles(path) -> list[str]:
    with Store(path) as store:
        return [s.title for s in store.stories()]


async def test_a_title_typed_right_after_r_is_the_title_saved(sample_copy):
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        burst(app, "r", *typed("Caracas mutiny"), "enter")  # the old title is selected
        await settle(app, pilot)
        assert isinstance(app.screen, StoriesScreen)
    assert titles(sample_copy)[0] == "Caracas mutiny"


async def test_the_stories_opened_and_renamed_in_one_burst(sample_copy):
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        burst(app, "t", "end", "r", *typed("A later shooting"), "enter")  # the last story
        await settle(app, pilot)
    assert titles(sample_copy)[1] == "A later shooting"


async def test_a_note_typed_right_after_e_is_the_note_saved(sample_copy):
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        key = app.screen.main_list.current.key
        burst(app, "e", *typed("two outlets, one count? t"), "enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, NoteDialog)
    with Store(sample_copy) as store:
        assert store.current_note("conflict", key) == "two outlets, one count? t"


async def test_the_stories_and_help_keys_are_typed_in_a_dialog(sample_copy):
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        await pilot.press("t", "question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, NoteDialog)
        assert app.screen.query_one(Input).value == "t?"


async def test_keys_run_in_the_order_typed(sample_copy):
    """`j` then `e`: the note is on the row `j` moved to (a dialog opened at first sight
    and a list key run on its way back would put it on the row before)."""
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = app.screen.main_list
        first, second = listing.rows[listing.cursor], listing.rows[listing.cursor + 1]
        assert isinstance(second, Finding)  # the sample's second conflict, under the first
        burst(app, "j", "e", *typed("second"), "enter")
        await settle(app, pilot)
        burst(app, "j", "k", "e", *typed("again"), "enter")  # the old note is selected
        await settle(app, pilot)
    with Store(sample_copy) as store:
        assert store.current_note("conflict", first.key) is None
        assert store.current_note("conflict", second.key) == "again"


async def test_two_enters_at_once_close_a_dialog_once(sample_copy):
    """The second enter popped the screen beneath the dialog (none: the app stopped)."""
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        key = app.screen.main_list.current.key
        burst(app, "e", "x", "enter", "enter")
        await settle(app, pilot)
        assert app.is_running and not isinstance(app.screen, NoteDialog)
        await pilot.press("t")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        burst(app, *typed("one"), "enter", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StoriesScreen)  # the rename closed, the stories not
    with Store(sample_copy) as store:
        assert store.current_note("conflict", key) == "x"
    assert titles(sample_copy)[0] == "one"


async def test_keys_typed_before_the_review_screen_is_up_wait_for_it(sample_copy):
    """Keys typed while a stale database was re-analysed reached the app before its
    review screen had its panes: `o` stopped the app (NoMatches '#pane-0')."""
    app = create_app(sample_copy, "alice")
    sent: list[bool] = []

    def early(message) -> None:
        if not sent:
            sent.append(True)
            burst(app, "c", "o", "j", "question_mark")

    async with app.run_test(size=SIZE, message_hook=early) as pilot:
        await settle(app, pilot)
        assert sent and app.is_running
        assert app.screen_stack[0].view == "claims"


async def test_an_input_s_own_keys_run_in_the_order_typed(sample_copy):
    """ctrl+u then a title, or a typo put right with backspace, in one burst: the input's
    own keys (delete, cursor moves) ran after bubbling up to the app, behind the letters
    typed after them, so ctrl+u wiped the new title (nothing renamed) and backspace took
    the wrong letter."""
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        key = app.screen.main_list.current.key
        burst(app, "e", *typed("twp"), "backspace", "o", "left", "left", "delete", "enter")
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        burst(app, "r", "ctrl+u", *typed("Caracas mutiny"), "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, StoriesScreen)
    with Store(sample_copy) as store:
        assert store.current_note("conflict", key) == "to"
    assert titles(sample_copy)[0] == "Caracas mutiny"


async def test_a_jsonl_file_typed_fast_stays_jsonl(sample_copy, tmp_path, monkeypatch):
    """Typing "x.jsonl" passes through "x.json" (ClaimReview's suffix): the format
    followed it, and the format's change, arriving after the "l", set the suffix back to
    its own ".json": ClaimReview written to x.json."""
    monkeypatch.chdir(tmp_path)
    app = create_app(sample_copy, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        burst(app, "a", "x", "ctrl+u", *typed("x.jsonl"))
        await settle(app, pilot)
        assert app.screen.query_one("#export-format").pressed_button.name == "jsonl"
        await pilot.press("enter")
        await settle(app, pilot)
    assert not (tmp_path / "x.json").exists()
    first = json.loads((tmp_path / "x.jsonl").read_text().splitlines()[0])
    assert first["status"] == "verified"
