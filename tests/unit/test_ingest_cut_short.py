"""An ingest cut short (a crash, `kill -9`, ctrl+c) keeps each article stored before it; a
command that only reads says the analysis was cut short, not that it is an older one's."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import cli
from workbench.extraction import BATCH_SOURCES
from workbench.ingest import loader


def test_a_read_after_an_ingest_cut_short_says_so_and_analyze_finishes_it(tmp_path, monkeypatch):
    for i in range(BATCH_SOURCES + 2):  # a batch is stored whole: the crash is in the next
        text = f"Police said {i + 2} people were shot on Elm Street on Monday night."
        (tmp_path / f"{i:02d}.md").write_text(f"---\npublished: 2016-11-14\n---\n{text}\n")
    db = str(tmp_path / "x.db")
    store_article = loader._store_article
    stored: list[int] = []

    def crash_in_the_second_batch(*args, **kwargs):
        if len(stored) == BATCH_SOURCES + 1:
            raise KeyboardInterrupt  # as a crash between two articles
        stored.append(store_article(*args, **kwargs))
        return stored[-1]

    monkeypatch.setattr(loader, "_store_article", crash_in_the_second_batch)
    cut = CliRunner().invoke(cli, ["ingest", "--db", db, str(tmp_path)])
    assert cut.exit_code != 0 and len(stored) == BATCH_SOURCES + 1
    monkeypatch.undo()
    listed = CliRunner().invoke(cli, ["sources", "--db", db, "--json"])
    assert listed.exit_code == 0 and listed.stdout.count('"file"') == BATCH_SOURCES
    assert "an ingest or analysis was cut short" in listed.stderr
    assert "older analysis" not in listed.stderr
    assert f"workbench analyze --db {db}" in listed.stderr
    assert CliRunner().invoke(cli, ["analyze", "--db", db]).exit_code == 0
    assert "cut short" not in CliRunner().invoke(cli, ["sources", "--db", db]).stderr
