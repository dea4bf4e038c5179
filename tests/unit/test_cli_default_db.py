"""The default database: built from the bundled sample on first use, refreshed after upgrades."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.config import default_db_path
from workbench.pipeline import ANALYSIS_VERSION_KEY, analysis_version
from workbench.store import Store


def test_first_use_builds_the_sample_in_the_data_directory():
    path = default_db_path()
    assert not path.exists()
    result = CliRunner().invoke(cli, ["sources", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert path.exists()
    assert len(json.loads(result.stdout)) == 5


def test_first_use_says_what_it_builds_and_shows_its_progress(monkeypatch):
    """A new user's first run sat 25 s on "creating the sample database at PATH" while the
    parser loaded (walk41): it says how long, and the ingest's bar follows on a terminal."""
    import workbench.cli.progress as progress

    monkeypatch.setattr(progress, "wanted", lambda quiet: True)  # as on a terminal
    result = CliRunner().invoke(cli, ["sources", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "creating the sample database at" in result.stderr
    assert "(five articles; under a minute)" in result.stderr
    # the parser's load, 20 s before the bar at load 8, is said before it starts (walk42)
    assert result.stderr.index("loading the parser") < result.stderr.index("ingesting")
    assert "ingesting" in result.stderr and "5/5" in result.stderr


def test_environment_variable_names_the_database(tmp_path, monkeypatch):
    target = tmp_path / "mine.db"
    monkeypatch.setenv("WORKBENCH_DB", str(target))
    assert default_db_path() == target


def test_a_stale_default_database_is_reanalysed_keeping_reviews():
    runner = CliRunner()
    runner.invoke(cli, ["sources"], catch_exceptions=False)
    path = default_db_path()
    with Store(path) as store:
        claim = store.conflicts()[0].claim_ids[0]
        store.record_review(claim, "verified", "ann")
        store.set_meta(ANALYSIS_VERSION_KEY, "an older version")
    result = runner.invoke(cli, ["conflicts", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "re-analysing" in result.stderr
    with Store(path) as store:
        assert store.get_meta(ANALYSIS_VERSION_KEY) == analysis_version()
        assert store.status_of(claim) == "verified"
        assert store.claim(claim) is not None


def test_analyze_on_a_stale_default_database_analyses_it_once(monkeypatch):
    import workbench.pipeline as pipeline

    runner = CliRunner()
    runner.invoke(cli, ["sources"], catch_exceptions=False)
    with Store(default_db_path()) as store:
        store.set_meta(ANALYSIS_VERSION_KEY, "an older version")
    runs: list[bool] = []
    real = pipeline.analyze

    def counted(*args, **kwargs):
        runs.append(kwargs.get("upgrade", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze", counted)
    result = runner.invoke(cli, ["analyze"], catch_exceptions=False)
    assert result.exit_code == 0
    assert runs == [False]  # the command's own full analysis, not the upgrade's first
