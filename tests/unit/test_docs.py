"""The README is part of the product: it must mention every command and match CI."""

from __future__ import annotations

from pathlib import Path

from workbench.cli import cli

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    missing = [name for name in cli.commands if f"workbench {name}" not in README]
    assert missing == []


def test_ci_runs_the_readme_test_command():
    blocks = README.split("```")
    test_command = blocks[3].strip()
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
