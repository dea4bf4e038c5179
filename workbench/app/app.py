"""The reviewer's app: one factory, used by the command line and the tests."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from workbench.app.commands import WorkbenchCommands
from workbench.app.database import Database
from workbench.app.key_order import KeysInOrder
from workbench.config import data_dir


class WorkbenchApp(KeysInOrder):
    """Holds the database thread and the global keys; the main screen does the work."""

    CSS_PATH = "app.tcss"
    TITLE = "workbench"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "q",
            "quit",
            "Quit",
            id="app.quit",
            tooltip="Quit (every decision shown as saved is already in the database)",
        ),
        Binding("question_mark", "help", "Help", id="app.help", tooltip="List every key"),
        Binding(
            "t",
            "stories",
            "Stories",
            show=False,  # in the help and the palette; the footer is full
            id="app.stories",
            tooltip="The stories: merge, move an article, rename, thread",
        ),
    ]

    def __init__(self, db_path: str | Path, reviewer: str) -> None:
        super().__init__()
        self.db_path = str(db_path)
        """The database file, as the reviewer named it."""
        self.reviewer = reviewer
        """Who is deciding: written into every review row."""
        self.db = Database(db_path)

    def get_system_commands(self, screen: Screen) -> Iterator[SystemCommand]:
        """Textual's own, less the two the bindings already offer in the palette: its
        "Quit ... as soon as possible" beside ours (alarming a reviewer about unsaved
        decisions) and its "Keys" panel beside our help (`?`)."""
        for command in super().get_system_commands(screen):
            if command.title not in ("Quit", "Keys"):
                yield command

    def get_default_screen(self) -> Screen:
        from workbench.app.screens.main import MainScreen

        return MainScreen(self.db, self.db_path, self.reviewer)

    async def action_help(self) -> None:
        from workbench.app.screens.help import HelpScreen
        from workbench.app.screens.main import MainScreen
        from workbench.app.screens.pictures import PicturesScreen
        from workbench.app.widgets import ArticleView, RowList

        if isinstance(self.screen, HelpScreen):
            return
        focus = [
            Binding("tab", "", tooltip="Move the focus: list → aligned claims → article panes"),
            Binding("shift+tab", "", tooltip="Move the focus back"),
            Binding("ctrl+p", "", tooltip="Command palette: every action by name"),
        ]
        groups = [
            ("Everywhere", [*self.BINDINGS, *focus]),
            ("Reviewing", MainScreen.BINDINGS),
            ("Lists (conflicts, claims, aligned claims)", RowList.BINDINGS),
            ("Article panes", ArticleView.BINDINGS),
            ("Pictures (m)", PicturesScreen.BINDINGS),
        ]
        await self.push_screen(HelpScreen(groups))

    async def action_stories(self) -> None:
        """Open the stories; when the reviewer changed them, the conflicts are read again,
        the cursor left on the conflict it was on (not sent back to the first)."""
        from workbench.app.screens.stories import StoriesScreen

        if isinstance(self.screen, StoriesScreen):
            return
        main = self.screen_stack[0] if self.screen_stack else None

        def closed(changed: bool | None) -> None:
            if changed and hasattr(main, "load"):
                listing = getattr(main, "main_list", None)
                main.load(keep=getattr(getattr(listing, "current", None), "id", None))

        sources = getattr(main, "sources", {})
        bare = {i for i, s in sources.items() if s.bare}
        await self.push_screen(StoriesScreen(self.reviewer, bare, story_at(main)), closed)

    def extra_commands(self) -> Iterator[tuple[str, str, Any]]:
        """Palette commands named as the issue names them."""
        # "Stories" and "Export review log" are their bindings' entries (`t`, `x`): listed
        # here too, each was offered twice
        for name, help_text in (
            ("Merge stories", "Open the stories, then m on one story and m on the other (t, m)"),
            ("Move an article to another story", "Open the stories, then o on an article (t, o)"),
            ("Rename a story", "Open the stories, then r on a story (t, r)"),
            (
                "Put a story in another's thread",
                "Open the stories, then T on one story and T on the other; T then N: a thread"
                " of its own (t, T)",
            ),
        ):
            yield (name, help_text, partial(self.call_later, self.action_stories))

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Screenshots go to the data directory (created if need be), not to a downloads
        folder that may not exist."""
        if path is None:
            folder = data_dir() / "screenshots"
            folder.mkdir(parents=True, exist_ok=True)
            path = str(folder)
        return super().deliver_screenshot(filename, path, time_format)

    def on_unmount(self) -> None:
        """Let queued decisions finish, then close the database."""
        self.db.close()


def story_at(screen: object) -> int | None:
    """The story of the row under the review screen's cursor (a conflict, a claim or a
    heading): the stories open there, its articles shown, ready to move or rename. Over a
    claim, listed by story since walk36, they opened at the earliest of 631 (walk37)."""
    from workbench.app.data import ClaimRef, Finding, StoryRow

    listing = getattr(screen, "main_list", None)
    row = listing.current if listing is not None else None
    if isinstance(row, Finding):
        return row.story_id
    if isinstance(row, ClaimRef):
        source = getattr(screen, "sources", {}).get(row.source_id)
        return getattr(source, "story_id", None)
    return row.story.id if isinstance(row, StoryRow) else None


def create_app(db_path: str | Path, reviewer: str) -> WorkbenchApp:
    """The app on a database, deciding as `reviewer`."""
    return WorkbenchApp(db_path, reviewer)
