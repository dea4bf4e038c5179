"""The pictures screen (`m`): the agreement matrix and the figure timeline, drawn and driven."""

from __future__ import annotations

from conftest import settle

from workbench.app.screens.main import MainScreen
from workbench.app.screens.pictures import PicturesScreen
from workbench.app.widgets.pictures import AgreementGrid, FigureTimeline


async def _settled(pilot) -> None:
    await settle(pilot.app, pilot)


async def _pictures_after_verdicts(pilot) -> None:
    """One claim verified and one disputed in the first figure conflict, then `m`."""
    await _settled(pilot)
    listed = pilot.app.screen.main_list
    for _ in range(10):  # the first figure conflict, wherever the model's scores put it
        if getattr(listed.current, "kind", None) == "quantity":
            break
        await pilot.press("j")
    assert listed.current.kind == "quantity"
    await pilot.press("tab", "v", "j", "d")
    await _settled(pilot)
    pilot.app.clear_notifications()
    await pilot.press("m")
    await _settled(pilot)


def _rendered(widget) -> str:
    from io import StringIO

    from rich.console import Console

    out = StringIO()
    Console(file=out, width=160, color_system=None).print(widget.drawn)
    return out.getvalue()


async def test_m_opens_the_pictures_and_escape_returns(sample_app):
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await _pictures_after_verdicts(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, PicturesScreen)
        matrix = _rendered(screen.query_one(AgreementGrid))
        assert "⚖1 ✓1 ✗0" in matrix and "⚖1 ✓0 ✗1" in matrix
        timeline = _rendered(screen.query_one(FigureTimeline))
        assert "≠" in timeline and "✓" in timeline and "✗" in timeline
        first = screen.timelines[screen.role_index]
        await pilot.press("right")
        assert screen.timelines[screen.role_index] is not first
        await pilot.press("left")
        assert screen.timelines[screen.role_index] is first
        titles = [t.title for t in screen.timelines]
        assert len(titles) == len(set(titles))  # two verbs the finder paired: drawn once
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)


async def test_the_palette_offers_the_pictures(sample_app):
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await _settled(pilot)
        names = [name for name, _help, _cb in pilot.app.screen_stack[0].app.extra_commands()]
        from workbench.app.commands import WorkbenchCommands

        provider = WorkbenchCommands(pilot.app.screen, None)
        names += [name for name, _help, _cb in provider._commands()]
        assert "Pictures" in names


async def test_m_opens_on_the_selected_conflicts_story_and_s_cycles_the_rest(sample_app):
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await _settled(pilot)
        selected = pilot.app.screen.main_list.current
        await pilot.press("m")
        await _settled(pilot)
        screen = pilot.app.screen
        assert screen.scope.story_id == getattr(selected, "story_id", None)
        assert screen.stories, "the sample is grouped into stories"
        seen = [screen.scope.story_id]
        for _ in screen.stories:
            await pilot.press("s")
            await _settled(pilot)
            seen.append(screen.scope.story_id)
        assert sorted(seen, key=str) == sorted([None, *screen.stories], key=str)
        await pilot.press("s")
        await _settled(pilot)
        assert screen.scope.story_id == seen[0]


def test_pictures_160x45(snap_compare, sample_app, monkeypatch):
    import workbench.store.reviews

    monkeypatch.setattr(workbench.store.reviews, "utc_now", lambda: "2019-01-22T10:00:00.000000Z")
    assert snap_compare(sample_app, terminal_size=(160, 45), run_before=_pictures_after_verdicts)


def test_pictures_80x24(snap_compare, sample_app, monkeypatch):
    import workbench.store.reviews

    monkeypatch.setattr(workbench.store.reviews, "utc_now", lambda: "2019-01-22T10:00:00.000000Z")
    assert snap_compare(sample_app, terminal_size=(80, 24), run_before=_pictures_after_verdicts)


def _drawn(screen: PicturesScreen) -> tuple[str, str, str, int]:
    """What the screen shows: the scope's line, both pictures, and the matrix's width."""
    scope = str(screen.query_one("#pictures-scope").render())
    grid = screen.query_one(AgreementGrid)
    timeline = _rendered(screen.query_one(FigureTimeline))
    return scope, _rendered(grid), timeline, grid.styles.width.value


async def test_the_pictures_lay_out_again_when_the_terminal_is_resized(sample_app):
    """Laid out only when opened, the pictures kept a wide layout in a narrowed terminal
    (and a narrow one in a widened terminal): each resize now lays them out as opening
    them at that size would."""
    async with sample_app.run_test(size=(160, 45)) as pilot:
        await _settled(pilot)
        await pilot.press("m")
        await _settled(pilot)
        screen = pilot.app.screen
        wide = _drawn(screen)
        await pilot.resize_terminal(80, 24)
        await _settled(pilot)
        resized = _drawn(screen)
        assert resized != wide
        await pilot.press("escape", "m")  # opened afresh at 80 columns
        await _settled(pilot)
        screen = pilot.app.screen
        assert _drawn(screen) == resized
        await pilot.resize_terminal(160, 45)
        await _settled(pilot)
        assert _drawn(screen) == wide
        await pilot.press("question_mark")  # resized under the help, then back
        await _settled(pilot)
        assert pilot.app.screen is not screen
        await pilot.resize_terminal(80, 24)
        await _settled(pilot)
        await pilot.press("escape")
        await _settled(pilot)
        assert pilot.app.screen is screen and _drawn(screen) == resized
