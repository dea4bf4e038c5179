"""Shared fixtures: isolated data directories, a fresh store, a sample database."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "sample_db"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the user's real data directory and reviewer name."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    monkeypatch.setenv("WORKBENCH_REVIEWER", "tester")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path):
    from workbench.store import Store

    with Store(db_path) as s:
        yield s


@pytest.fixture(scope="session")
def sample_db_file(tmp_path_factory) -> Path:
    """The sample database, built once per test session; copy it before writing to it."""
    from workbench.sample import build_sample

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    build_sample(path)
    return path


@pytest.fixture
def sample_store(sample_db_file, tmp_path):
    """A private, writable copy of the sample database."""
    import shutil

    from workbench.store import Store

    target = tmp_path / "sample.db"
    shutil.copy(sample_db_file, target)
    with Store(target) as s:
        yield s
