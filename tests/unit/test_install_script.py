"""`install.py`, the README's first two commands' install step: a line before each step,
the tools' own output left alone, a failed step stopping it with one line (walk42)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("install_script", ROOT / "install.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up by name
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


class Runner:
    """Records each command; fails the one whose words include `failing`."""

    def __init__(self, failing: str | None = None, code: int = 1):
        self.commands: list[list[str]] = []
        self.failing, self.code = failing, code

    def __call__(self, command):
        self.commands.append(list(command))
        return self.code if self.failing and self.failing in command else 0


def test_each_step_is_said_before_it_runs(script, capsys):
    said_before: list[str] = []

    def run(command):
        said_before.append(capsys.readouterr().out.strip().splitlines()[-1])
        return 0

    assert script.install(run=run) == 0
    assert [line[:5] for line in said_before] == ["[1/3]", "[2/3]", "[3/3]"]
    assert "600 MB" in said_before[2] and "minutes" in said_before[2]
    assert ".venv/bin/workbench" in capsys.readouterr().out


def test_the_steps_are_the_readme_s_former_one_liner(script):
    runner = Runner()
    script.install(run=runner)
    venv, pip_update, package = runner.commands
    assert venv == [sys.executable, "-m", "venv", ".venv"]
    assert pip_update[1:] == ["-m", "pip", "install", "--quiet", "--upgrade", "pip"]
    assert package[0] == str(ROOT / ".venv" / "bin" / "python")
    assert package[1:] == ["-m", "pip", "install", "."]
    tests = Runner()
    script.install(with_tests=True, run=tests)
    assert tests.commands[-1][-1] == ".[test]"


def test_a_failed_install_stops_with_one_line_and_its_status(script, capsys):
    runner = Runner(failing=".", code=7)
    assert script.install(run=runner) == 7
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "error: installing workbench failed (exit 7; the message above is the tool's)"
    venv = Runner(failing="venv", code=1)
    assert script.install(run=venv) == 1
    assert len(venv.commands) == 1, "nothing is installed without the environment"


def test_pip_not_updated_is_a_note_and_the_install_goes_on(script, capsys):
    runner = Runner(failing="--upgrade")
    assert script.install(run=runner) == 0
    assert len(runner.commands) == 3
    assert "note: pip could not be updated" in capsys.readouterr().out


def test_an_unknown_argument_is_refused(script, capsys):
    assert script.main(["--tests"]) == 2
    assert capsys.readouterr().out.startswith("usage: python3 install.py [--test]")
