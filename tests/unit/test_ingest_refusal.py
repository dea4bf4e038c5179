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
