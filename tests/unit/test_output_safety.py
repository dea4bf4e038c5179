"""Injection corpus: escapes and bidi overrides in names, outlets and text, formula cells,
script URLs. No plain output carries a raw control byte; no CSV cell runs as a formula."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.safe_text import http_url, spreadsheet_safe, spreadsheet_unsafe, terminal_safe

ESC = "\x1b]0;pwned\x07\x1b[2J"
BIDI = "\u202eevil\u202c"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(sample_store, tmp_path):
    """The sample plus an article with escapes and bidi everywhere, decided with a formula."""
    name = tmp_path / f"a{ESC}{BIDI}.txt"
    name.write_text(
        f"Police said 27{ESC} people were detained in Cotiza {BIDI} on Monday.\n\n"
        "Officials said 40 people were injured in Cotiza on Monday.\n"
    )
    path = sample_store.path
    sample_store.close()
    result = _run(
        "ingest",
        "--db",
        path,
        str(name),
        "--outlet",
        f"Daily{ESC}{BIDI}",
        "--url",
        "javascript:alert(1)",
        "--published",
        "2019-01-21",
    )
    assert result.exit_code == 0, result.output
    from workbench.store import Store

    with Store(path) as store:
        claims = store.claims()
        mine = [c for c in claims if ESC in (c.file or "")]
        for claim in mine[:2] + claims[:2]:
            store.record_review(claim.id, "disputed", f"ann{ESC}", '=HYPERLINK("http://x")')
        store.record_review(claims[2].id, "verified", "+bob", "@SUM(A1)")
    return path, result.output


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_every_plain_command_shows_escapes_never_raw_control_bytes(hostile):
    path, ingest_output = hostile
    outputs = {"ingest": ingest_output}
    for command in (
        ["sources"],
        ["sources", "--show-removed"],
        ["claims"],
        ["conflicts"],
        ["corroborations"],
        ["stories"],
        ["verify"],
        ["export", "--format", "md"],
        ["report"],
        ["report", "--format", "html"],
        ["export", "--format", "jsonl"],
        ["export", "--format", "claimreview"],
        ["claims", "--json"],
        ["sources", "--json"],
    ):
        result = _run(*command, "--db", path)
        assert result.exit_code == 0, result.output
        outputs[" ".join(command)] = result.output
    for fmt in ("csv", "csv --latest", "csv --raw"):
        result = _run("export", "--format", *fmt.split(), "--db", path)
        assert result.exit_code == 0, result.output
        outputs[f"export --format {fmt}"] = result.stdout.replace("\r\n", "\n")
    raw_csv = outputs.pop("export --format csv --raw")
    assert "\x1b" in raw_csv  # --raw: every cell exactly as stored
    for command, output in outputs.items():
        assert not RAW_CONTROL.search(output), command
    assert "\\x1b" in outputs["sources"] and "\\u202e" in outputs["sources"]
    # JSON stays exact data: the escapes read back as the original characters.
    claims = json.loads(outputs["claims --json"])
    assert any(ESC in c["file"] and BIDI in c["file"] for c in claims)


def test_csv_neutralises_formulas_by_default_and_raw_keeps_them(hostile):
    path, _ = hostile
    result = _run("export", "--db", path, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA)]
    assert '\'=HYPERLINK("http://x")' in cells and "'+bob" in cells
    from workbench.export import read_csv_record

    records = [read_csv_record(r) for r in csv.DictReader(io.StringIO(result.stdout))]
    assert {r["note"] for r in records} == {'=HYPERLINK("http://x")', "@SUM(A1)"}
    assert any(r["reviewer"] == f"ann{ESC}" for r in records)
    raw = _run("export", "--db", path, "--format", "csv", "--raw")
    assert '=HYPERLINK(""http://x"")' in raw.output
    # Both read back to exactly what the jsonl export holds.
    jsonl = _run("export", "--db", path, "--format", "jsonl").stdout
    exact = [json.loads(line) for line in jsonl.splitlines()]
    raw_records = [read_csv_record(r, raw=True) for r in csv.DictReader(io.StringIO(raw.stdout))]
    assert records == raw_records == exact


def test_exports_carry_only_http_urls_and_say_what_they_left_out(hostile, tmp_path):
    path, _ = hostile
    for fmt in ("jsonl", "csv", "md", "claimreview"):
        out = tmp_path / f"x.{fmt}"
        result = _run("export", "--db", path, "--format", fmt, "-o", str(out))
        assert result.exit_code == 0
        assert "javascript:" not in out.read_text(), fmt
        assert "left out 1 URL(s) that are not http(s): javascript:alert(1)" in result.output


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("x\u202ey", "x\\u202ey"),
        ("c1\x9bz", "c1\\x9bz"),
        ("tab\tand\nline", "tab\tand\nline"),
    ],
)
def test_terminal_safe(text, shown):
    assert terminal_safe(text) == shown


@pytest.mark.parametrize(
    "cell",
    [
        "=1+1", "+1", "-1", "@x", "\t=1", " =1", "'=1", "plain", "",
        "\r=1", f"a{ESC}b", BIDI, "\\x1b", "\\\x1b", "\\\\u202e\u202e", "C:\\dir\\", "\\x1",
    ],
)  # fmt: skip
def test_spreadsheet_safe_round_trips(cell):
    safe = spreadsheet_safe(cell)
    assert not safe.startswith(FORMULA)
    assert not RAW_CONTROL.search(safe.replace("\t", " ").replace("\n", " "))
    assert spreadsheet_unsafe(safe) == cell


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("https://example.org/\x1b[2J", False),
    ],
)
def test_http_url(url, kept):
    assert (http_url(url) is not None) is kept


def test_a_file_name_that_is_not_utf8_is_stored_and_shown_with_escapes(tmp_path):
    """Such a name reached SQLite as a lone surrogate: 'unexpected UnicodeEncodeError'."""
    import os

    folder = os.fsencode(tmp_path)
    try:
        with open(os.path.join(folder, b"bad\xffname.txt"), "wb") as f:
            f.write(b"Police said 4 people were hurt in Lima on Monday.\n")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    db = str(tmp_path / "x.db")
    result = _run("ingest", "--db", db, str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "added bad\\xffname.txt as source 1" in result.output
    assert "bad\\xffname.txt" in _run("sources", "--db", db).output
    gone = os.fsdecode(os.path.join(folder, b"gone\xfe.txt"))
    result = _run("ingest", "--db", db, gone)
    assert result.exit_code == 1 and "gone\\xfe.txt: no such file" in result.output
