"""A short page in another language was marked "no article text: site furniture only" at
ingest and in `sources` (walk38): a user who gave a Spanish article read the tool as wrong
about their file. The mark now says what is true, and keeps its reason wherever it shows."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest.page_form import FURNITURE_ONLY, NOT_ENGLISH, no_article_form

SPANISH = (
    "La policía dijo que tres personas murieron y cinco resultaron heridas en un tiroteo "
    "en la calle Mayor de la ciudad el domingo por la noche, según el alcalde.\n"
)
ENGLISH = (
    "Police said three people were killed and five were injured in a shooting on Main "
    "Street on Sunday night, the mayor said.\n"
)


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_each_form_says_why_the_page_has_no_article_text():
    assert no_article_form(SPANISH) == NOT_ENGLISH
    assert no_article_form("") == FURNITURE_ONLY
    assert no_article_form("3 of 3 Premium Clicks used this month") == (
        "no article text: a paywall's counter"
    )
    assert no_article_form(ENGLISH) is None


def test_ingest_and_sources_say_not_english_not_site_furniture(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "noticia.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "in" / "report.txt").write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "x.db")
    result = run("ingest", "--db", db, "--published", "2024-03-03", str(tmp_path / "in"))
    assert result.exit_code == 0, result.output
    line = next(li for li in result.stdout.splitlines() if "noticia.txt" in li)
    assert "not English: the tool reads English only" in line, line
    assert "site furniture" not in result.stdout
    assert "1 not English" in result.stdout.splitlines()[-1]
    assert "no article text" not in result.stdout.splitlines()[-1]

    table = run("sources", "--db", db).stdout
    row = next(li for li in table.splitlines() if "noticia.txt" in li)
    assert row.rstrip().endswith(NOT_ENGLISH), row
    assert "1 source not in English" in table and "site furniture" not in table

    rows = {r["file"]: r for r in json.loads(run("sources", "--db", db, "--json").stdout)}
    assert rows["noticia.txt"]["no_article_text"] is True
    assert rows["noticia.txt"]["no_article_reason"] == NOT_ENGLISH
    assert rows["report.txt"]["no_article_reason"] is None
