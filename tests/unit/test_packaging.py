"""The wheel ships every package of the source tree.

The package list in pyproject.toml is written out by hand (sample_db is mapped in from the
top of the checkout), so a new package folder missing from it installs without error and
fails only when a user reaches the code that imports it: `workbench.export` was missing, and
the installed app died on its first screen while every test run from the checkout passed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_for_the_wheel():
    config = tomllib.loads((TOP / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(TOP).parts)
        for init in (TOP / "workbench").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
