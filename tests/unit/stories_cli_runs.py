"""Running `workbench` as the stories tests do: its output, or its one-line refusal."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import cli


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def fails(*args: str) -> str:
    """A refusal: one line on stderr, exit status 1."""
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 1, result.output
    return result.output
