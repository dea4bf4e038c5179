"""A refused ingest into a database that did not exist leaves no file behind (it used to
leave an empty database, which the next command then opened as if it were the user's)."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import cli


def test_a_refused_first_ingest_creates_no_database(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    big = tmp_path / "big.txt"
    big.write_text("Police said 3 people were hurt. " * 100)
    db = tmp_path / "new.db"
    for args in ([str(empty)], [str(big), "--max-bytes", "100"]):
        result = CliRunner().invoke(cli, ["ingest", "--db", str(db), *args])
        assert result.exit_code == 1
        assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "empty.txt"]


def _bad(tmp_path):
    """Inputs a hostile or unlucky user gives, each with a good article before it."""
    good = tmp_path / "good.txt"
    good.write_text("Police said 3 people were hurt in Lima on Monday.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "amb.jsonl").write_text(
        '{"text": "Police said 4 people were hurt."}\n'
        '{"text": "Police said 5 people were hurt.", "published": "01/02/2019"}\n'
    )
    (tmp_path / "broken.jsonl").write_text('{"text": "Police said 6 people were hurt."}\n{oops\n')
    (tmp_path / "deep.json").write_text("[" * 50_000)
    (tmp_path / "big.txt").write_text("Police said 7 people were hurt. " * 100)
    (tmp_path / "furniture.html").write_text("<html><body><nav>Home</nav></body></html>")
    return {
        "empty": [str(good), str(tmp_path / "empty.txt")],
        "pdf": [str(good), str(tmp_path / "x.pdf")],
        "ambiguous date in record 2": [str(good), str(tmp_path / "amb.jsonl")],
        "broken line 2": [str(good), str(tmp_path / "broken.jsonl")],
        "deep json": [str(good), str(tmp_path / "deep.json")],
        "over max-bytes": [str(good), str(tmp_path / "big.txt"), "--max-bytes", "1000"],
        "page furniture only": [str(good), str(tmp_path / "furniture.html")],
        "missing": [str(good), str(tmp_path / "gone.txt")],
        "ambiguous --published": [str(good), "--published", "01/02/2019"],
        "device": [str(good), "/dev/zero"],
    }


CASES = [
    "empty",
    "pdf",
    "ambiguous date in record 2",
    "broken line 2",
    "deep json",
    "over max-bytes",
    "page furniture only",
    "missing",
    "ambiguous --published",
    "device",
]


def test_a_refused_ingest_leaves_the_database_file_byte_identical(sample_db_file, tmp_path):
    import hashlib
    import shutil

    db = tmp_path / "s.db"
    shutil.copy(sample_db_file, db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    bad = _bad(tmp_path)
    for case in CASES:
        result = CliRunner().invoke(cli, ["ingest", "--db", str(db), *bad[case]])
        assert result.exit_code == 1, case
        assert result.output.startswith("error: ") and result.output.count("\n") == 1, case
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before, case
