"""Exporting the review log from the app: palette command and `x`, through workbench.export."""

from __future__ import annotations

import json

from conftest import settle
from notices import heard

from workbench.app import create_app
from workbench.app.commands import WorkbenchCommands


async def test_palette_export_writes_the_chosen_format(review_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("h")  # changed over time: every claim verified
        await settle(app, pilot)
        offered = [c for c in WorkbenchCommands(app.screen)._commands() if "xport" in c[0]]
        assert [name for name, _, _ in offered] == ["Export review log"]  # once, not twice
        await offered[0][2]()
        await settle(app, pilot)
        await pilot.press("enter")  # jsonl, review-log.jsonl
        await settle(app, pilot)
        rows = [
            json.loads(line) for line in (tmp_path / "review-log.jsonl").read_text().splitlines()
        ]
        assert [(r["claim_id"], r["status"], r["reviewer"]) for r in rows] == [
            ("planet.txt-0", "verified", "alice"),
            ("star.txt-0", "verified", "alice"),
            ("copy.txt-0", "verified", "alice"),
        ]


async def test_x_picks_markdown_and_refuses_to_overwrite(review_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "review-log.md").write_text("keep me")
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("x", "tab", "down", "down", "enter")
        await settle(app, pilot)
        assert (tmp_path / "review-log.md").read_text() == "keep me"
        assert await heard(pilot, lambda m: "already exists" in m)
        await pilot.press("x", "tab")  # the dialog opens on the last export: markdown
        await pilot.press("tab", "tab", "space", "shift+tab", "shift+tab", "shift+tab", "enter")
        await settle(app, pilot)
        assert (tmp_path / "review-log.md").read_text().startswith("#")
        # Typing "log.csv" picks CSV; tab then enter on the format list picked the option
        # still highlighted from before (md) and wrote log.md (walk34).
        await pilot.press("x", "ctrl+u", *"log.csv", "tab", "enter")
        await settle(app, pilot)
        assert (tmp_path / "log.csv").read_text().startswith("id,claim_id")
        assert not (tmp_path / "log.md").exists()
