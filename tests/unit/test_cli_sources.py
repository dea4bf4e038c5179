"""`workbench sample`, `workbench sources` and `workbench ingest` as a user runs them."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.store import Store


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_sample_then_sources_json(tmp_path):
    db = str(tmp_path / "x.db")
    result = run("sample", "--db", db)
    assert result.exit_code == 0, result.output
    result = run("sources", "--db", db, "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 5
    ids = {r["file"][:3]: r["id"] for r in rows}
    assert {r["file"][:3]: r["copy_of"] for r in rows} == {
        "000": None,
        "001": ids["000"],
        "002": None,
        "003": None,
        "004": None,
    }
    assert set(rows[0]) >= {"id", "file", "outlet", "url", "published", "word_count", "copy_of"}
    assert all(k == k.lower() and " " not in k for k in rows[0])
    assert {r["reason"] for r in rows[0]["removed"]} >= {"'originally published' footer"}


def test_sample_refuses_to_overwrite(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"keep me")
    result = run("sample", "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {db}: already exists (use --force to overwrite it)"
    assert db.read_bytes() == b"keep me"
    assert run("sample", "--db", str(db), "--force").exit_code == 0


def test_sources_table_and_show_removed(tmp_path):
    db = str(tmp_path / "x.db")
    run("sample", "--db", db)
    table = run("sources", "--db", db).stdout
    lines = table.splitlines()
    assert lines[0].split() == ["id", "file", "outlet", "url", "published", "words", "copy_of"]
    assert len(lines) == 6 and "1 (000_" in lines[2]
    shown = run("sources", "--db", db, "--show-removed").stdout
    assert "[copy-protection banner or scraper trap] error: Content is protected !!" in shown
    assert "[image credit] Petare, via Wikimedia Commons // CC BY-SA 1.0" in shown


def test_ingest_summary_and_reingest(tmp_path):
    db = str(tmp_path / "x.db")
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday. It voted 7 to 2.")
    result = run(
        "ingest", "--db", db, str(article), "--outlet", "Gazette", "--published", "2020-03-01"
    )
    assert result.exit_code == 0
    assert "added a.txt as source 1: 2 sentences" in result.stdout
    again = run("ingest", "--db", db, str(article))
    assert "skipped a.txt: already in the database as a.txt" in again.stdout
    rows = json.loads(run("sources", "--db", db, "--json").stdout)
    assert (rows[0]["outlet"], rows[0]["published"]) == ("Gazette", "2020-03-01")


def test_ingest_stdin(tmp_path):
    db = str(tmp_path / "x.db")
    result = run("ingest", "--db", db, "-", input=b"Piped in. Two sentences.")
    assert result.exit_code == 0 and "added stdin 20" in result.stdout  # and the time


def test_bad_input_is_one_line_on_stderr_and_leaves_the_database(tmp_path):
    db = tmp_path / "x.db"
    run("sample", "--db", str(db))
    before = run("sources", "--db", str(db), "--json").stdout
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x00bin")
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "ok.txt").write_text("Fine text.")
    cases = [
        ([str(tmp_path / "ok.txt"), str(tmp_path / "empty.txt")], "empty.txt: empty file"),
        ([str(tmp_path / "bin.txt")], "bin.txt: binary file"),
        ([str(tmp_path / "empty_dir")], "empty_dir: no readable articles"),
        ([str(tmp_path / "nope.txt")], "nope.txt: no such file or directory"),
        ([str(tmp_path / "ok.txt"), "--published", "soonish"], "--published: cannot read the date"),
    ]
    for args, message in cases:
        result = run("ingest", "--db", str(db), *args)
        assert result.exit_code == 1, args
        assert result.stdout == ""
        [line] = result.stderr.splitlines()
        assert line.startswith("error: ") and message in line
    assert run("sources", "--db", str(db), "--json").stdout == before


def test_empty_stdin_a_broken_record_and_a_mixed_folder_are_one_line_each(tmp_path):
    """walk33: each refused with one line naming what (standard input by that name, not
    "-"), exit 1, the database as it was."""
    db = tmp_path / "x.db"
    run("sample", "--db", str(db))
    before = run("sources", "--db", str(db), "--json").stdout
    (tmp_path / "feed.jsonl").write_text('{"text": "Two people were hurt."}\n{"text": "cut\n')
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "a.txt").write_text("Two men were shot on Friday, police said.")
    (mixed / "b.txt").write_bytes(b"\x7fELF\x00\x00binary")
    (mixed / "c.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    cases = [
        (["-"], "", "error: stdin: empty file"),
        (["-"], b"\x00\x01", "error: stdin: binary file"),
        ([str(tmp_path / "feed.jsonl")], None, "error: feed.jsonl:2: invalid JSON"),
        ([str(mixed)], None, "error: b.txt: binary file"),
    ]
    for args, given, message in cases:
        result = run("ingest", "--db", str(db), *args, input=given)
        assert result.exit_code == 1, args
        [line] = result.stderr.splitlines()
        assert line.startswith(message), line
    assert run("sources", "--db", str(db), "--json").stdout == before


def test_bad_path_does_not_create_a_database(tmp_path):
    db = tmp_path / "new.db"
    result = run("ingest", "--db", str(db), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and not db.exists()


def test_help_ends_with_an_example():
    for command in ("ingest", "sources", "sample"):
        text = run(command, "--help").stdout.split("Options:")[0].rstrip()
        assert "Example:" in text and text.splitlines()[-1].strip().startswith("workbench ")


def test_a_batch_refused_for_one_bad_record_says_how_to_load_the_rest(tmp_path):
    """A real feed (GVA, 1,000 records) was refused whole for one empty record, and the
    one-line error did not say that --skip-bad exists."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Two people were hurt on Monday."}\n{"text": ""}\n')
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("ingest", "--db", str(tmp_path / "x.db"), str(feed))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("error: feed.jsonl:2: no article text")
    assert line.endswith("; nothing loaded: --skip-bad passes over bad records, loads the rest")
    alone = run("ingest", "--db", str(tmp_path / "x.db"), str(tmp_path / "empty.txt"))
    assert alone.stderr.strip() == "error: empty.txt: empty file"  # one file: nothing to add


def test_a_button_label_is_kept_in_the_bytes_and_left_out_of_the_analysis(tmp_path):
    """Cleaning decides what is read and shown as the article; the bytes stay as read."""
    db = str(tmp_path / "x.db")
    raw = (
        "× Two dead in warehouse fire\n"
        "Firefighters found one person dead on Monday, the fire chief said.\n".encode()
    )
    article = tmp_path / "a.txt"
    article.write_bytes(raw)
    run("ingest", "--db", db, str(article), "--published", "2020-03-02")
    shown = run("sources", "--db", db, "--show-removed").stdout
    assert "[button label (a line led by a close or menu glyph)] × Two dead" in shown
    claims = json.loads(run("claims", "--db", db, "--json").stdout)
    assert claims and all("Two dead" not in c["text"] for c in claims)
    with Store(db) as store:
        source = store.sources()[0]
        assert store.raw(source.id) == raw
        assert "Two dead" not in source.text


def test_a_long_url_is_cut_in_the_table_and_whole_in_json(tmp_path):
    """Real news URLs ran to 200 characters and every row of the table with them."""
    article = tmp_path / "a.md"
    url = "https://news.example/" + "a-very-long-slug-" * 10 + "1.html"
    article.write_text(
        f"---\noutlet: Ledger\nurl: {url}\npublished: 2021-03-05\n---\n"
        "Three people were hurt in Vella on Friday, police said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    assert run("ingest", "--db", db, str(article)).exit_code == 0
    table = run("sources", "--db", db).stdout
    assert url not in table and "`--json` gives them whole" in table
    assert max(len(line) for line in table.splitlines()) < 130
    assert json.loads(run("sources", "--db", db, "--json").stdout)[0]["url"] == url
