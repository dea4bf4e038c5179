"""The main screen on the sample database, wide and narrow (baselines in tests/__snapshots__/)."""

from __future__ import annotations

from conftest import settle


async def _settled(pilot) -> None:
    await settle(pilot.app, pilot)


def test_main_screen_160x45(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=(160, 45), run_before=_settled)


def test_main_screen_120x30(snap_compare, sample_app):
    """Both sides of the conflict on screen at once, each pane on its own side's claim."""
    assert snap_compare(sample_app, terminal_size=(120, 30), run_before=_settled)


def test_main_screen_80x24(snap_compare, sample_app):
    assert snap_compare(sample_app, terminal_size=(80, 24), run_before=_settled)


def test_main_screen_after_tagging_160x45(snap_compare, sample_app, monkeypatch):
    """Colours by state: one claim verified, one disputed, the rest unreviewed."""
    import workbench.store.reviews

    monkeypatch.setattr(workbench.store.reviews, "utc_now", lambda: "2019-01-22T10:00:00.000000Z")

    async def tag(pilot) -> None:
        await _settled(pilot)
        await pilot.press("tab", "v", "j", "d")
        await _settled(pilot)
        pilot.app.clear_notifications()
        await _settled(pilot)  # the detail's history read too (it landed late at load 20-30)

    assert snap_compare(sample_app, terminal_size=(160, 45), run_before=tag)


def test_verdicts_in_the_list_160x45(snap_compare, sample_app, monkeypatch):
    """A verdict on the first conflict (the cursor moved on), can't tell on the second."""
    import workbench.store.reviews
    import workbench.store.verdicts

    stamp = lambda: "2019-01-22T10:00:00.000000Z"  # noqa: E731
    monkeypatch.setattr(workbench.store.reviews, "utc_now", stamp)
    monkeypatch.setattr(workbench.store.verdicts, "utc_now", stamp)

    async def decide(pilot) -> None:
        await _settled(pilot)
        await pilot.press("1")
        await _settled(pilot)
        await pilot.press("l")
        await _settled(pilot)
        pilot.app.clear_notifications()
        await _settled(pilot)

    assert snap_compare(sample_app, terminal_size=(160, 45), run_before=decide)


def test_verdict_dialog_80x24(snap_compare, sample_app):
    """Every answer and the note field fit an 80x24 terminal."""

    async def dialog(pilot) -> None:
        await _settled(pilot)
        await pilot.press("V")
        await _settled(pilot)

    assert snap_compare(sample_app, terminal_size=(80, 24), run_before=dialog)


def test_claim_list_120x30(snap_compare, sample_app):
    """Every claim, a count's row naming its role; the footer without the conflict list's
    verdict, sort and threshold keys (walk31)."""

    async def claims(pilot) -> None:
        await _settled(pilot)
        await pilot.press("c")
        await _settled(pilot)
        pilot.app.clear_notifications()
        await _settled(pilot)

    assert snap_compare(sample_app, terminal_size=(120, 30), run_before=claims)


async def _stories(pilot) -> None:
    await _settled(pilot)
    await pilot.press("t")
    await _settled(pilot)


def test_stories_dialog_160x45(snap_compare, sample_app):
    """The thread two stories share is told beside their titles, not in a column every
    row keeps (walk36)."""
    assert snap_compare(sample_app, terminal_size=(160, 45), run_before=_stories)


def test_stories_dialog_80x24(snap_compare, sample_app):
    """At 80 columns the figures read short after the whole titles."""
    assert snap_compare(sample_app, terminal_size=(80, 24), run_before=_stories)
