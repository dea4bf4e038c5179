"""A normal (non-editable) install must carry everything the tool needs at run time."""

from __future__ import annotations

import json
import site
import sysconfig
from importlib import metadata

import pytest


def _installed_files() -> list[str]:
    # Look in site-packages only: a checkout's own build metadata (workbench.egg-info in
    # the current directory) lists source paths, not what was installed.
    places = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    found = list(metadata.distributions(name="workbench", path=sorted(places)))
    if not found:
        pytest.skip("workbench is not installed in site-packages")
    dist = found[0]
    direct = dist.read_text("direct_url.json")
    if direct and json.loads(direct).get("dir_info", {}).get("editable"):
        pytest.skip("an editable install maps the source tree; checked on a normal install")
    return [str(f).replace("\\\\", "/") for f in dist.files or []]


def test_the_sample_articles_and_their_metadata_travel_in_the_package():
    files = _installed_files()
    articles = [f for f in files if f.startswith("workbench/sample_db/") and f.endswith(".txt")]
    assert len(articles) == 5
    assert "workbench/sample_db/sources.json" in files


def test_the_app_styles_and_the_vocabulary_travel_in_the_package():
    files = _installed_files()
    assert "workbench/app/app.tcss" in files
    assert "workbench/data/vocabulary.json" in files


def test_every_subpackage_is_installed():
    files = _installed_files()
    for package in ("ingest", "claims", "cli", "report", "app", "app/screens", "app/widgets"):
        assert f"workbench/{package}/__init__.py" in files, package
