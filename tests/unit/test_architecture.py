"""The analysis core is a library: it must never pull in the UI."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "workbench.models",
    "workbench.store",
    "workbench.identity",
    "workbench.pipeline",
    "workbench.ingest",
    "workbench.claims",
    "workbench.stories",
    "workbench.findings.conflicts",
    "workbench.export",
    "workbench.sample",
    "workbench.about",
    "workbench.report",
    "workbench.report.document",
]


def test_core_modules_do_not_import_textual():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_command_line_does_not_import_textual_until_the_app_opens():
    code = "import sys\nimport workbench.cli\nprint(any(m == 'textual' for m in sys.modules))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_import_linter_contract_holds():
    """The same rule as above, checked statically (imports inside functions included)."""
    from pathlib import Path

    from importlinter.cli import lint_imports

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert lint_imports(config_filename=str(pyproject)) == 0
