"""Fixtures for the app's tests: databases in tmp_path, and a helper that waits for workers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_builders import build_empty_db, build_hostile_db, build_review_db
from notices import keeping, keeping_said
from pytest_textual_snapshot import SVGImageExtension
from textual.app import App

from workbench.app import create_app
from workbench.app.widgets.said import Said

TESTS = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def review_db_file(tmp_path_factory):
    return build_review_db(tmp_path_factory.mktemp("review") / "review.db")


@pytest.fixture
def review_db(review_db_file, tmp_path, monkeypatch):
    """A private, writable copy of the small review database. Its scores (0.9, 0.8, 0.5,
    0.4) are read against a threshold of 0.5, whatever the packaged model's refit says,
    so c-empty lies below it."""
    from workbench.app import data

    monkeypatch.setattr(data, "default_threshold", lambda: 0.5)
    target = tmp_path / "review.db"
    shutil.copy(review_db_file, target)
    return target


@pytest.fixture
def empty_db(tmp_path):
    return build_empty_db(tmp_path / "empty.db")


@pytest.fixture
def hostile_db(tmp_path):
    return build_hostile_db(tmp_path / "hostile.db")


@pytest.fixture
def sample_db(sample_db_file, tmp_path):
    """A private, writable copy of the sample database (its path)."""
    target = tmp_path / "sample.db"
    shutil.copy(sample_db_file, target)
    return target


@pytest.fixture
def sample_app(sample_db_file, tmp_path, monkeypatch):
    """The app on a copy of the sample, opened by a relative name so the header is stable."""
    shutil.copy(sample_db_file, tmp_path / "sample.db")
    monkeypatch.chdir(tmp_path)
    return create_app("sample.db", "alice")


@pytest.fixture(autouse=True)
def kept_notices(monkeypatch):
    """Every notice the app is asked to show is kept on it (`notices.said`): Textual's list
    forgets one when its timeout passes, before a test on a loaded machine reads it. A
    dialog's own line (`Said`) is kept the same way."""
    monkeypatch.setattr(App, "notify", keeping(App.notify))
    monkeypatch.setattr(Said, "say", keeping_said(Said.say))


async def settle(app, pilot) -> None:
    """Wait until database work and the screen have caught up with the keys pressed: the
    app's workers, then every database call queued so far (one awaited outside a worker,
    as the detail's history is, landed after the screen was read at load 20-30), three
    times over for the work each one starts."""
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
        db = getattr(app, "db", None)
        if db is not None:
            await db.drained()
    await pilot.pause()


async def to_last_conflict(app, pilot):
    """Put the cursor on the list's last conflict (not the first, which the app opens at)
    and return it."""
    main = app.screen
    main.main_list.cursor = max(
        i for i, r in enumerate(main.main_list.rows) if hasattr(r, "story_id")
    )
    await settle(app, pilot)
    return main.main_list.current


class _Baselines(SVGImageExtension):
    """Snapshot baselines live in tests/__snapshots__/, one folder per test file."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(TESTS / "__snapshots__" / Path(test_location.filepath).stem)


@pytest.fixture
def snapshot(snapshot):
    """syrupy's snapshot, storing the SVGs that `snap_compare` takes under tests/__snapshots__/."""
    use_extension = snapshot.use_extension
    snapshot.use_extension = lambda extension_class=None: use_extension(
        _Baselines if extension_class is SVGImageExtension else extension_class
    )
    return snapshot
