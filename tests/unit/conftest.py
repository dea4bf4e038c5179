"""Fixtures the unit tests of the stories commands share."""

import shutil

import pytest


@pytest.fixture
def db(sample_db_file, tmp_path) -> str:
    """The path of a private, writable copy of the sample database (a test module may define
    its own `db`, which wins)."""
    target = tmp_path / "sample.db"
    shutil.copy(sample_db_file, target)
    return str(target)
