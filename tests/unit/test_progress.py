"""Progress: the core reports each stage's articles; the command line draws a bar only on
a terminal, and `--quiet` silences it."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import cli
from workbench.cli import progress as bar_module
from workbench.ingest import ingest_paths
from workbench.pipeline import analyze
from workbench.sample import sample_inputs


def _articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for item in sample_inputs():
        (folder / item.name).write_bytes(item.data)
    return folder


def test_ingest_and_analysis_report_every_stage_to_its_end(store, tmp_path):
    seen: list[tuple[str, int, int]] = []
    ingest_paths(store, [_articles(tmp_path)], progress=lambda *a: seen.append(a))
    stages = list(dict.fromkeys(s for s, _, _ in seen))
    assert stages[:2] == ["checking", "ingesting"]
    assert seen[0] == ("checking", 5, 5)  # counted as it checks, the total known at its end
    assert "finding conflicts" in stages
    for stage in stages[1:]:
        counts = [(d, t) for s, d, t in seen if s == stage]
        assert counts[0][0] == 0 and counts[-1][0] == counts[-1][1] > 0
        assert [d for d, _ in counts] == sorted(d for d, _ in counts)
    assert [t for s, _, t in seen if s == "ingesting"][-1] == 5

    seen.clear()
    analyze(store, progress=lambda *a: seen.append(a))
    assert ("extracting claims", 5, 5) in seen and seen[-1][1] == seen[-1][2]


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path):
    result = CliRunner().invoke(
        cli, ["ingest", "--db", str(tmp_path / "x.db"), str(_articles(tmp_path))]
    )
    assert result.exit_code == 0, result.output
    assert "/5 articles" not in result.stderr and "━" not in result.stderr
    assert "5 added" in result.stdout


def test_bar_on_a_terminal_and_quiet_silences_it(tmp_path, monkeypatch):
    monkeypatch.setattr(bar_module, "wanted", lambda quiet: not quiet)
    folder = _articles(tmp_path)
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "x.db"), str(folder)])
    assert result.exit_code == 0, result.output
    assert "ingesting" in result.stderr and "5/5 articles" in result.stderr
    assert "/s" in result.stderr and "left" in result.stderr
    stories = result.stderr.split("titling stories")[1].split("\n")[0]
    assert "stories" in stories and "articles" not in stories  # titling counts stories

    result = CliRunner().invoke(cli, ["analyze", "--quiet", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 0, result.output
    assert "articles" not in result.stderr
    assert "5 sources" in result.stdout


def test_a_stage_says_it_is_starting_until_its_first_article():
    """Ingesting sat at "0/199 articles -/s" for 15 s while the parser loaded."""
    assert bar_module.rate_text(0, 199, None) == "starting"
    assert bar_module.rate_text(15, 199, 9.14) == "   9.1/s"
    assert bar_module.rate_text(0, None, None) == "     -/s"  # still counting the articles
