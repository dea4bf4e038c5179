"""Install workbench into `.venv/` in this checkout, saying what each step does as it runs.

The README's first command is `python3 install.py && .venv/bin/workbench`; its second,
`python3 install.py --test && .venv/bin/python -m pytest`. The steps are the ones the
README gave as one shell line before (`python3 -m venv .venv && .venv/bin/python -m pip
install .`), with a line before each: a new user saw pip's download lines, then nothing
for a minute and a half while pip unpacked spaCy, scikit-learn and the model, and took it
for hung (walk41). pip is brought up to date in `.venv` first, since pip 25 and later draw
a bar while they install; when that cannot be done (offline), the install goes on with
the pip `venv` gave. Every tool's own output and errors are shown as they are; a step that
fails stops the script with one line naming it, and its exit status.

Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
"""The checkout: `.venv/` is made here, whatever the folder the script is run from."""

VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

NEEDS = (3, 11)

Run = Callable[[Sequence[str]], int]
"""Runs a command in the checkout, its output on this terminal; returns its exit status."""


def run_here(command: Sequence[str]) -> int:
    """A step's command, its output passed through as it comes (pip's bars included)."""
    return subprocess.run(list(command), cwd=ROOT).returncode


def say(text: str) -> None:
    """A line of ours, flushed before the next tool writes to the same terminal; on a
    terminal broken between words at its width (an 80-column terminal broke the install
    step's line inside a word)."""
    if sys.stdout.isatty():
        width = max(40, shutil.get_terminal_size().columns)
        text = textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)
    print(text, flush=True)


@dataclass(frozen=True)
class Step:
    """One step: its name in an error, the line said before it, its command, and whether
    its failure stops the install."""

    name: str
    told: str
    command: list[str]
    must: bool = True


def steps(with_tests: bool) -> list[Step]:
    """The install's steps, in order."""
    python = str(VENV_PYTHON)
    what = "workbench and the test tools" if with_tests else "workbench"
    return [
        Step(
            "creating .venv/",
            "[1/3] creating a virtual environment in .venv/ (under a minute)",
            [sys.executable, "-m", "venv", ".venv"],
        ),
        Step(
            "updating pip",
            "[2/3] updating pip inside .venv/ (under a minute; pip 25 and later draw a bar "
            "while they install)",
            [python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
            must=False,
        ),
        Step(
            f"installing {what}",
            f"[3/3] installing {what} into .venv/ with spaCy, its English model, "
            "scikit-learn and Textual (about 600 MB): 2 to 4 minutes the first time, "
            "less when pip has them cached; pip lists what it downloads, then draws a bar "
            "while it installs",
            [python, "-m", "pip", "install", ".[test]" if with_tests else "."],
        ),
    ]


def install(with_tests: bool = False, run: Run = run_here) -> int:
    """Every step in turn; the exit status of the first that must not fail and did, else 0."""
    if sys.version_info < NEEDS:
        found = ".".join(map(str, sys.version_info[:3]))
        say(f"error: workbench needs Python 3.11 or newer; {sys.executable} is {found}")
        return 1
    for step in steps(with_tests):
        say(step.told)
        code = run(step.command)
        if code == 0:
            continue
        if step.must:
            say(f"error: {step.name} failed (exit {code}; the message above is the tool's)")
            return code
        say(
            "note: pip could not be updated (offline?); going on with the pip venv gave, "
            "which draws no bar while it installs"
        )
    then = (
        ".venv/bin/python -m pytest runs the tests"
        if with_tests
        else (".venv/bin/workbench opens the app")
    )
    say(f"installed into {ROOT / '.venv'}; {then}")
    return 0


def main(argv: Sequence[str]) -> int:
    if any(arg not in ("--test",) for arg in argv):
        say("usage: python3 install.py [--test]  (--test: the test tools too)")
        return 2
    try:
        return install(with_tests="--test" in argv)
    except KeyboardInterrupt:
        say("error: interrupted; run the same command again to finish the install")
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
