"""Ctrl+c during the re-analysis an upgrade starts before the app opens: it said "error:
aborted" and the next start extracted every article again (walk45). Now it says what is
kept and how to go on, exits as a shell's ctrl+c does, and the next start says how far
the stopped run had come and goes on from there."""

from __future__ import annotations

import shutil
from contextlib import contextmanager

import pytest

import workbench.cli.progress as bars
import workbench.extraction
from workbench.cli import refresh_if_stale
from workbench.findings.conflicts import FINDER_VERSION
from workbench.pipeline import ANALYSIS_VERSION_KEY, EXTRACTING, is_stale
from workbench.store import Store
from workbench.stories import GROUPING_VERSION


@pytest.fixture
def upgraded(sample_db_file, tmp_path, monkeypatch):
    """A copy of the sample as an older extractor left it, with a verdict in it; the
    sample's five articles extracted two at a time."""
    path = tmp_path / "desk.db"
    shutil.copy(sample_db_file, path)
    with Store(path) as store:
        conflict = store.conflicts()[0].id
        store.record_verdict(conflict, "cant_tell", "ann")
        store.set_meta(ANALYSIS_VERSION_KEY, f"older/{FINDER_VERSION}/{GROUPING_VERSION}")
    monkeypatch.setattr(workbench.extraction, "BATCH_SOURCES", 2)
    return path, conflict


def _ctrl_c_after(monkeypatch, articles: int) -> None:
    """The bar's callback stands in for a ctrl+c once `articles` are extracted."""

    @contextmanager
    def bar(quiet: bool = False):
        def report(stage: str, done: int, total: int | None) -> None:
            if stage == EXTRACTING and done >= articles:
                raise KeyboardInterrupt

        yield report

    monkeypatch.setattr(bars, "progress_bar", bar)


def test_ctrl_c_says_what_is_kept_and_the_next_start_goes_on(upgraded, monkeypatch, capsys):
    path, conflict = upgraded
    _ctrl_c_after(monkeypatch, 2)
    with pytest.raises(SystemExit) as stopped:
        refresh_if_stale(path)
    assert stopped.value.code == 130
    said = " ".join(capsys.readouterr().err.split())
    assert "re-analysing the 5 articles of" in said and "the next start goes on" in said
    assert "stopped: 2 of 5 articles re-analysed and kept; every review is as it was; " in said
    assert f"`workbench --db {path}` goes on from there" in said
    with Store(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [v.conflict_id for v in store.verdict_log()] == [conflict] and is_stale(store)
    monkeypatch.undo()
    monkeypatch.setattr(workbench.extraction, "BATCH_SOURCES", 2)
    refresh_if_stale(path)
    said = " ".join(capsys.readouterr().err.split())
    assert "going on: 2 of 5 articles were done before it stopped" in said
    with Store(path) as store:
        assert not is_stale(store)
        assert [v.conflict_id for v in store.verdict_log()] == [conflict]


def test_ctrl_c_before_any_article_is_done_says_nothing_is_lost(upgraded, monkeypatch, capsys):
    path, _conflict = upgraded
    _ctrl_c_after(monkeypatch, 0)
    with pytest.raises(SystemExit):
        refresh_if_stale(path)
    said = " ".join(capsys.readouterr().err.split())
    assert "stopped: nothing lost; every review is as it was" in said
