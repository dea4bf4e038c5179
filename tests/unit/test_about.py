"""`workbench --version` says what produced a result; a missing model is one line."""

from __future__ import annotations

import sys
import types

import pytest
from click.testing import CliRunner

import workbench.cli.app
from workbench.claims import EXTRACTOR_VERSION
from workbench.cli import cli, main
from workbench.findings.conflicts import FINDER_VERSION
from workbench.ingest.clean import CLEANER_VERSION
from workbench.stories import GROUPING_VERSION


class FakeModelMissing(RuntimeError):
    pass


@pytest.fixture
def fake_parse(monkeypatch):
    """A parser stage whose model version the test chooses."""
    module = types.ModuleType("workbench.parse")
    module.MODEL_NAME = "en_model_test"
    module.model_version = lambda: "9.9.9"
    module.ModelMissingError = FakeModelMissing
    monkeypatch.setitem(sys.modules, "workbench.parse", module)
    return module


def test_version_names_the_package_each_stages_version_and_the_model(fake_parse):
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0, result.output
    line = result.output.strip()
    assert line.startswith("workbench ")
    assert f"cleaner {CLEANER_VERSION}," in line
    assert f"extractor {EXTRACTOR_VERSION}," in line
    assert f"grouping {GROUPING_VERSION}," in line
    assert f"finder {FINDER_VERSION}," in line
    assert "en_model_test 9.9.9" in line


def test_the_help_names_every_version_that_version_prints(fake_parse):
    """`--help` said "(extractor, finder, model)" while `--version` also names the cleaner
    and the grouping (walk of gva records 1001-1100)."""
    help_text = " ".join(CliRunner().invoke(cli, ["--help"]).output.split())
    for stage in ("cleaner", "extractor", "grouping", "finder", "parser model"):
        assert stage in help_text.split("analysis versions", 1)[1], stage


def test_version_says_when_the_model_is_not_installed(fake_parse):
    fake_parse.model_version = lambda: None
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert "en_model_test missing" in result.output


def test_a_missing_model_is_one_line_not_a_traceback(fake_parse, monkeypatch, capsys):
    def open_app(db_path, reviewer):
        raise FakeModelMissing("the parser model is not installed: pip install en-model-test")

    monkeypatch.setattr(workbench.cli.app, "open_app", open_app)
    monkeypatch.setattr(sys, "argv", ["workbench"])
    monkeypatch.delenv("WORKBENCH_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert err == "error: the parser model is not installed: pip install en-model-test\n"


def test_version_names_the_installed_parser_model():
    from workbench.about import version_line
    from workbench.parse import MODEL_NAME, model_version

    line = version_line()
    assert f"parser model {MODEL_NAME} {model_version() or 'missing'}" in line
