"""Article text, metadata and names are drawn literally: no markup or escape reaches the tty."""

from __future__ import annotations

from conftest import settle
from screen_text import screen_strips, screen_text

from workbench.app import create_app

CONTROL = {chr(c) for c in range(0x20)} | {chr(0x7F)} | {chr(c) for c in range(0x80, 0xA0)}


async def test_markup_escapes_and_control_characters_render_literally(hostile_db):
    app = create_app(hostile_db, "[b]al\x1bice[/b]")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        # Rich markup in the article, the outlet, the reason and the reviewer stays as typed.
        assert "Rebels said [bold]x[/] and" in text
        assert "[link=https://evil.example]click[/link]" in text
        assert "[red]27 soldiers[/red]" in text
        assert "[red]Evil[/red] News" in text
        assert "[b]27[/b] vs 30 ␛[5m" in text
        assert "[b]al␛ice[/b]" in text
        # Escape sequences are shown as visible characters instead of being executed.
        assert "␛[31mred␛[0m ␛]0;pwned␇ bell␇" in text
        assert "back␈ tab here ␛[2J done.␍" in text
        assert "Bidi �evil� end." in text
        for strip in screen_strips(app):
            for segment in strip:
                assert not CONTROL & set(segment.text), repr(segment.text)


async def test_a_claim_inside_an_escape_sequence_is_highlighted_at_its_own_characters(hostile_db):
    app = create_app(hostile_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        pane = app.screen.panes[0]
        escape_claim = next(c for c in pane.article.claims if c.text.startswith("\x1b"))
        await pilot.press("tab", "tab", "right_square_bracket")
        await settle(app, pilot)
        assert pane.current_id == escape_claim.id
        # the focus run covers exactly the stand-in characters, offsets unchanged
        line = pane._lines_of(escape_claim.start, escape_claim.end)[0]
        focused = [(a, b) for a, b, names in pane.line_runs(line) if "article--focus" in names]
        assert focused == [(escape_claim.start, escape_claim.end)]
        assert pane._plain[escape_claim.start : escape_claim.end] == "␛[31mred"
