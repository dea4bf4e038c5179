"""Hostile or unlucky input: refused in one line with the database unchanged, or bounded."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest import IngestError, ingest_paths
from workbench.ingest.metadata import MetadataError, normalise_date


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _rows(db) -> int:
    from workbench.store import Store

    if not os.path.exists(db):
        return 0
    with Store(db) as store:
        return store.db["sources"].count


def test_an_article_over_max_bytes_is_refused_and_nothing_is_written(tmp_path):
    db = str(tmp_path / "x.db")
    small = tmp_path / "a.txt"
    small.write_text("Police said 12 people were arrested on Monday.\n")
    big = tmp_path / "b.txt"
    big.write_text("Officials said 3 people were hurt. " * 100)
    result = _run("ingest", "--db", db, str(small), str(big), "--max-bytes", "1000")
    assert result.exit_code == 1
    assert "b.txt: file is 3,500 bytes, over the limit of 1,000 per article" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _rows(db) == 0
    assert _run("ingest", "--db", db, str(big), "--max-bytes", "0").exit_code == 0


def test_a_jsonl_record_over_max_bytes_is_named(tmp_path, store):
    path = tmp_path / "many.jsonl"
    path.write_text('{"text": "Short report of 3 arrests."}\n{"text": "' + "x " * 600 + '"}\n')
    with pytest.raises(IngestError, match=r"many.jsonl:2: article is 1,2\d\d bytes"):
        ingest_paths(store, [path], max_bytes=1000)
    assert store.db["sources"].count == 0


def test_over_deep_json_is_one_line(tmp_path, store):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(IngestError, match="nested too deeply"):
        ingest_paths(store, [path])
    lines = tmp_path / "deep.jsonl"
    lines.write_text('{"text": "ok 3 people."}\n' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "\n")
    with pytest.raises(IngestError, match=r"deep\.jsonl:2: JSON nested too deeply"):
        ingest_paths(store, [lines])
    assert store.db["sources"].count == 0


@pytest.mark.parametrize(
    ("given", "order", "expected"),
    [
        ("01/02/2019", "DMY", "2019-02-01"),
        ("01/02/2019", "MDY", "2019-01-02"),
        ("25/12/2019", None, "2019-12-25"),
        ("12/25/2019", None, "2019-12-25"),
        ("05.05.2019", None, "2019-05-05"),
        ("2019-02-01", None, "2019-02-01"),
    ],
)
def test_numeric_dates(given, order, expected):
    assert normalise_date(given, date_order=order) == expected


def test_an_ambiguous_numeric_date_is_refused_without_a_date_order(tmp_path):
    with pytest.raises(MetadataError, match="ambiguous date '01/02/2019'"):
        normalise_date("01/02/2019")
    with pytest.raises(MetadataError, match="not a real date"):
        normalise_date("31/02/2019", date_order="DMY")
    article = tmp_path / "a.txt"
    article.write_text("Police said 12 people were arrested.\n")
    db = str(tmp_path / "x.db")
    result = _run("ingest", "--db", db, str(article), "--published", "01/02/2019")
    assert result.exit_code == 1 and "--date-order" in result.output
    result = _run(
        "ingest", "--db", db, str(article), "--published", "01/02/2019", "--date-order", "DMY"
    )
    assert result.exit_code == 0
    from workbench.store import Store

    with Store(db) as store:
        assert store.sources()[0].published == "2019-02-01"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_folder_is_skipped_with_a_warning(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Police said 12 people were arrested on Monday.\n")
    os.mkfifo(folder / "pipe.txt")
    import socket

    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "sock.txt"))
    except OSError:  # a temporary folder's path too long for a socket's name
        (folder / "sock.txt").unlink(missing_ok=True)
    (folder / "zero.txt").symlink_to("/dev/zero")  # a device: endless bytes
    db = str(tmp_path / "x.db")
    result = _run("ingest", "--db", db, str(folder))
    sock.close()
    assert result.exit_code == 0
    assert "pipe.txt: skipped, not a regular file (a named pipe)" in result.output
    if (folder / "sock.txt").exists():
        assert "sock.txt: skipped, not a regular file (a socket)" in result.output
    assert "zero.txt: skipped, not a regular file (a character device)" in result.output
    assert _rows(db) == 1
    named = _run("ingest", "--db", db, str(folder / "pipe.txt"))
    assert named.exit_code == 1 and "not a regular file (a named pipe)" in named.output


def test_files_a_folder_holds_besides_articles_are_named_with_the_names_taken(tmp_path):
    """One line says which files were passed over and what names articles have: "ignored 1
    file that are not articles" named neither (walk of gva records 201-300)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Police said 12 people were arrested on Monday.\n")
    (folder / "prog.bin").write_bytes(b"\x7fELF\x00\x00")
    db = str(tmp_path / "x.db")
    one = _run("ingest", "--db", db, "--quiet", str(folder))
    assert one.exit_code == 0
    line = next(x for x in one.output.splitlines() if x.startswith("ignored"))
    assert line.startswith("ignored 1 file not named as an article (.htm, .html, ")
    assert line.endswith("/prog.bin")
    for name in ("b.pdf", "c.doc", "d.png"):
        (folder / name).write_bytes(b"x")
    many = _run("ingest", "--db", db, "--quiet", str(folder))
    line = next(x for x in many.output.splitlines() if x.startswith("ignored"))
    assert line.startswith("ignored 4 files not named as articles (")
    assert "b.pdf, " in line and line.endswith("/d.png and 1 more")


def test_claims_point_at_their_sentence_instead_of_copying_it(store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Police said 12 people were arrested, 4 were injured and 2 died in Lakeside on Monday.\n"
    )
    ingest_paths(store, [path])
    claims = store.claims()
    assert len(claims) >= 3
    stored = store.db.execute("SELECT sum(length(sentence)) FROM claims").fetchone()[0]
    assert stored == 0
    assert all(c.sentence.startswith("Police said 12") for c in claims)
    row = store.db.execute("SELECT sentence FROM claims_overview LIMIT 1").fetchone()
    assert row[0].startswith("Police said 12")


def test_one_long_line_without_sentence_ends_is_bounded(store, tmp_path):
    """200 KB in one line: sentences are cut, every claim stores no copy, memory and the
    database stay proportional to the input (the old way: 106 s and 319 MB for 100 KB)."""
    path = tmp_path / "line.txt"
    line = "officials said {} people were arrested in Lakeside on Monday, "
    text = "".join(line.format(n) for n in range(3200))
    path.write_text(text)
    report = ingest_paths(store, [path], analyze=False)  # bench/bench_scale.py times it all
    assert report.added[0].sentences > 150
    size = sum(len(s.text) for s in store.sentences(report.added[0].source_id))
    assert size <= len(text)
    assert store.db.execute("SELECT max(length(text)) FROM sentences").fetchone()[0] <= 1000


def test_a_run_with_no_sentence_end_is_stored_whole_and_read_for_claims_in_part(tmp_path):
    """A data dump on one line: every byte stored and searchable, claims read from the
    first RUN_READ characters of the run, and the command says what it left unread."""
    from workbench.ingest.sentences import RUN_READ
    from workbench.store import Store

    path = tmp_path / "dump.txt"
    text = "".join(f"officials said {n} people were arrested in Lakeside " for n in range(900))
    path.write_text(text)
    db = str(tmp_path / "x.db")
    result = _run("ingest", "--db", db, str(path))
    assert result.exit_code == 0, result.output
    assert "characters not read for claims" in result.output
    assert f"past the first {RUN_READ:,} of a run with no sentence end" in result.output
    with Store(db) as store:
        source = store.sources()[0]
        assert store.db.execute("SELECT raw FROM sources").fetchone()[0] == path.read_bytes()
        assert " ".join(s.text for s in store.sentences(source.id)) == text.strip()
        starts = {s.id: s.start for s in store.sentences(source.id)}
        claims = store.claims()
        assert claims and max(starts[c.sentence_id] for c in claims) < RUN_READ
