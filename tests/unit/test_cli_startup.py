"""The command line starts without the parse's imports.

Every command checks the analysis versions first; while `EXTRACTOR_VERSION` lived in the
claims package, that check alone loaded spaCy and dateparser: about 1 CPU s for
`--help`, `stories` or `conflicts` (walk35). The numbers live in `workbench.versions`.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys

import pytest

HEAVY = ("spacy", "dateparser", "sklearn", "textual")

_RUN = """
import runpy, sys
sys.argv = ["workbench", *{args!r}]
try:
    runpy.run_module("workbench", run_name="__main__")
except SystemExit:
    pass
print("LOADED", [m for m in {heavy!r} if m in sys.modules], file=sys.stderr)
"""


def _heavy_imports(args: list[str], env: dict[str, str] | None = None) -> list[str]:
    """The heavy packages a `workbench` command run in a fresh interpreter imported."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN.format(args=args, heavy=HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    line = [x for x in done.stderr.splitlines() if x.startswith("LOADED ")]
    assert line, done.stderr
    return ast.literal_eval(line[-1].removeprefix("LOADED "))


@pytest.mark.parametrize("args", [["--help"], ["stories", "--help"], ["--version"]])
def test_help_and_version_import_no_parse(args):
    assert _heavy_imports(args) == []


@pytest.mark.parametrize(
    "args",
    [
        ["stories"],
        ["conflicts"],
        ["corroborations"],
        ["claims", "--kind", "place"],
        ["verify"],
        ["sources"],  # the pages' marks: 1.05 -> 0.4 CPU s on the sample (walk37)
        ["sources", "--json"],
        ["report", "--story", "1"],
        ["export", "--format", "md"],
        ["export", "--format", "csv"],
        ["export", "--format", "claimreview", "--org", "Checks", "--base-url", "https://e.org"],
    ],
)
def test_commands_on_an_analysed_database_import_no_parse(sample_db_file, tmp_path, args):
    """The staleness note's check (`--db`) reads the numbers only."""
    path = tmp_path / "copy.db"
    shutil.copy(sample_db_file, path)
    assert _heavy_imports([*args, "--db", str(path)]) == []


def test_the_default_databases_refresh_check_imports_no_parse(sample_db_file, tmp_path):
    """The default database is refreshed after an upgrade: deciding it needs none is light."""
    import os

    data = tmp_path / "data"
    (data / "workbench").mkdir(parents=True)
    shutil.copy(sample_db_file, data / "workbench" / "sample.db")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    assert _heavy_imports(["stories"], env) == []


def test_every_old_name_is_the_versions_number():
    """A bump written where a number used to live would be read by some callers only."""
    from workbench import versions
    from workbench.claims import EXTRACTOR_VERSION
    from workbench.findings.conflicts import FINDER_VERSION
    from workbench.findings.finder_version import FINDER_VERSION as FINDER_HISTORY_VERSION
    from workbench.ingest.clean import CLEANER_VERSION
    from workbench.stories import GROUPING_VERSION, TITLES_VERSION

    assert EXTRACTOR_VERSION is versions.EXTRACTOR_VERSION
    assert FINDER_VERSION is versions.FINDER_VERSION is FINDER_HISTORY_VERSION
    assert CLEANER_VERSION is versions.CLEANER_VERSION
    assert GROUPING_VERSION is versions.GROUPING_VERSION
    assert TITLES_VERSION is versions.TITLES_VERSION
