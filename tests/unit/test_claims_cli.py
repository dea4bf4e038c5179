"""`workbench analyze` and `workbench claims` on a copy of the sample database."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from workbench.cli import cli


def test_analyze_then_claims_json_has_the_issue_fields(sample_db_file, tmp_path):
    db = tmp_path / "s.db"
    shutil.copy(sample_db_file, db)
    runner = CliRunner()
    done = runner.invoke(cli, ["analyze", "--db", str(db)], catch_exceptions=False)
    assert done.exit_code == 0 and "claims" in done.output
    out = runner.invoke(cli, ["claims", "--db", str(db), "--kind", "quantity", "--json"])
    assert out.exit_code == 0
    claims = json.loads(out.output)
    assert claims and {c["kind"] for c in claims} == {"quantity"}
    keys = {
        "id",
        "source_id",
        "file",
        "kind",
        "text",
        "start",
        "end",
        "sentence",
        "frame",
        "value",
        "event_date",
        "attribution",
    }
    assert keys <= set(claims[0])
    assert {"low", "high", "unit", "counted"} <= set(claims[0]["value"])
    again = runner.invoke(cli, ["analyze", "--db", str(db)], catch_exceptions=False)
    assert again.exit_code == 0
    ids = [
        c["id"]
        for c in json.loads(
            runner.invoke(cli, ["claims", "--db", str(db), "--kind", "quantity", "--json"]).output
        )
    ]
    assert ids == [c["id"] for c in claims]  # re-extraction keeps the ids


def test_claims_for_one_source_and_an_unknown_source(sample_db_file, tmp_path):
    db = tmp_path / "s.db"
    shutil.copy(sample_db_file, db)
    runner = CliRunner()
    runner.invoke(cli, ["analyze", "--db", str(db)], catch_exceptions=False)
    out = runner.invoke(cli, ["claims", "--db", str(db), "--source", "1"])
    assert out.exit_code == 0 and "27 people" in out.output
    bad = runner.invoke(cli, ["claims", "--db", str(db), "--source", "999"])
    assert bad.exit_code == 1 and "no source with id 999" in bad.output


def test_claims_json_carries_roles_and_role_filters(sample_db_file, tmp_path):
    db = tmp_path / "s.db"
    shutil.copy(sample_db_file, db)
    runner = CliRunner()
    out = runner.invoke(cli, ["claims", "--db", str(db), "--kind", "quantity", "--json"])
    claims = json.loads(out.output)
    assert {"role", "counted", "group", "derived", "implicit"} <= set(claims[0])
    detained = [c for c in claims if c["text"].startswith("27")]
    assert detained and detained[0]["role"] == "arrested" and detained[0]["implicit"] is False
    only = runner.invoke(cli, ["claims", "--db", str(db), "--role", "arrested", "--json"])
    arrested = json.loads(only.output)
    assert arrested and {c["role"] for c in arrested} == {"arrested"}
    plain = runner.invoke(cli, ["claims", "--db", str(db), "--role", "arrested"])
    assert "arrested" in plain.output


def _ingested(tmp_path, text: str, published: str) -> tuple[CliRunner, str]:
    """A database holding one article of `text`, published on `published`."""
    article = tmp_path / "a.txt"
    article.write_text(text)
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    done = runner.invoke(cli, ["ingest", "--db", db, str(article), "--published", published])
    assert done.exit_code == 0, done.output
    return runner, db


def test_claims_shows_a_weekday_that_contradicts_the_publication_date(tmp_path):
    text = "Police said yesterday (Sunday) that two men were shot in Brandon.\n"
    runner, db = _ingested(tmp_path, text, "2016-10-16")
    out = runner.invoke(cli, ["claims", "--db", db, "--kind", "date"])
    assert out.exit_code == 0
    assert "[check: the text says Sunday, but by the publication date that day was a Saturday" in (
        out.output
    )


def test_claims_shows_the_check_on_a_count_dated_by_a_contradicted_date(tmp_path):
    text = "Two men were shot Monday, Oct. 12, 2016, in Brandon, police said.\n"
    runner, db = _ingested(tmp_path, text, "2016-10-15")
    out = runner.invoke(cli, ["claims", "--db", db, "--kind", "quantity", "--json"])
    [count] = [c for c in json.loads(out.output) if not c["headline"]]
    assert count["event_date"] == "2016-10-12"
    assert count["value"]["event_weekday"]["weekday_mismatch"] == "Wednesday"
    plain = runner.invoke(cli, ["claims", "--db", db, "--kind", "quantity"])
    assert "[check: its event date: the text says Monday, but that date was a Wednesday]" in (
        plain.output
    )


def test_claims_lists_a_headlines_counts_as_the_titles(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Police said the shooting happened on Friday night in Elmira.\n")
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    title = "3 dead, 2 hurt in Elmira shooting - WXYZ"
    done = runner.invoke(cli, ["ingest", "--db", db, str(article), "--title", title])
    assert done.exit_code == 0, done.output
    plain = runner.invoke(cli, ["claims", "--db", db, "--kind", "quantity"])
    assert "'3 dead'" in plain.output and "killed  [headline]" in plain.output
    out = runner.invoke(cli, ["claims", "--db", db, "--role", "killed", "--json"])
    (killed,) = json.loads(out.output)
    assert killed["headline"] is True and killed["sentence"] == "3 dead, 2 hurt in Elmira shooting"
    assert title[killed["start"] : killed["end"]] == "3 dead"


def test_a_role_no_claim_has_is_an_error_naming_the_roles(sample_db_file, tmp_path):
    """Walk of gva records 2101-2400: `--role killd` listed nothing and exited 0."""
    db = tmp_path / "s.db"
    shutil.copy(sample_db_file, db)
    runner = CliRunner()
    typo = runner.invoke(cli, ["claims", "--db", str(db), "--role", "arestd"])
    assert typo.exit_code == 1
    assert typo.output.startswith("error: no claim has the role 'arestd'; the roles here: ")
    assert "arrested" in typo.output and typo.output.count("\n") == 1
    known = runner.invoke(cli, ["claims", "--db", str(db), "--role", "arrested", "--source", "1"])
    assert known.exit_code == 0  # a role the database has: its claims, or none, as asked
