"""The stories dialog (`t`) as its tests open it: a private copy of the sample database,
the dialog opened, a row found, the stories' articles listed."""

from __future__ import annotations

from conftest import settle

from workbench.app.screens.stories import StoriesScreen
from workbench.store import Store

SIZE = (160, 45)


def story_groups(path) -> list[list[str]]:
    """Each story's articles, by the first three characters of their file names."""
    with Store(path) as store:
        return [sorted(store.source(s).file[:3] for s in st.source_ids) for st in store.stories()]


def cursor_to(app, test) -> int:
    """The row of the stories' list that passes `test`."""
    listing = app.screen.query_one("#stories-list")
    return next(i for i, row in enumerate(listing.rows) if test(row))


async def open_stories(app, pilot) -> StoriesScreen:
    """Press `t` once the app has settled; the stories dialog is on screen."""
    await settle(app, pilot)
    await pilot.press("t")
    await settle(app, pilot)
    assert isinstance(app.screen, StoriesScreen)
    return app.screen


async def find_stories(app, pilot, words: str) -> None:
    """`/` in the dialog, the words typed over what was sought before, then enter."""
    await pilot.press("slash")
    await settle(app, pilot)
    await pilot.press("ctrl+u", *words, "enter")
    await settle(app, pilot)


def story_lines(screen, width: int | None = None) -> dict[int, str]:
    """Each listed story's row as plain text, by story id, at the list's width."""
    from workbench.models import Story

    listing = screen.query_one("#stories-list")
    width = listing.content_width if width is None else width
    return {s.id: screen._row(s, width).plain for s in listing.rows if isinstance(s, Story)}


async def merge_the_one_into_the_four(app, pilot, screen) -> None:
    """The sample's merge: `m` on its one-article story, `m` on its four-article one."""
    from workbench.models import Story

    listing = screen.query_one("#stories-list")
    listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 1)
    await pilot.press("m")
    listing.cursor = cursor_to(app, lambda r: isinstance(r, Story) and r.articles == 4)
    await pilot.press("m")
    await settle(app, pilot)
