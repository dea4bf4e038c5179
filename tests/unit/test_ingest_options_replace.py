"""`ingest --outlet/--url/--published/--title` replace a file's own metadata, as the user
asked, and say so: one warning line per file whose own value was replaced."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import cli

PAGE = (
    '<html><head><meta property="og:site_name" content="Lakeside Gazette">'
    '<meta property="article:published_time" content="2016-11-17T10:00:00Z">'
    "<title>Two hurt in a parking lot</title></head><body><article>"
    "<p>Two people were hurt on Wednesday night when shots were fired in a parking lot, "
    "police said.</p></article></body></html>"
)
FRONT = "---\noutlet: Valley Courier\npublished: 2016-11-18\n---\nTwo were hurt, police said.\n"
FEED = (
    '{"text": "Two people were hurt in a shooting.", "outlet": "AP"}\n'
    '{"text": "A shooting left two people hurt, police said.", "outlet": "Reuters"}\n'
    '{"text": "Two were shot on Wednesday, police said."}\n'
)


def _ingest(tmp_path, *options: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE)
    (folder / "story.md").write_text(FRONT)
    (folder / "plain.txt").write_text("Police said two people were hurt on Wednesday.\n")
    (folder / "feed.jsonl").write_text(FEED)
    db = str(tmp_path / "x.db")
    args = ["ingest", "--db", db, "--quiet", *options, str(folder)]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = CliRunner().invoke(cli, ["sources", "--db", db, "--json"]).stdout
    return result.stderr.splitlines(), {r["file"]: r for r in json.loads(rows)}


def test_each_file_whose_own_metadata_an_option_replaced_is_named_once(tmp_path):
    lines, sources = _ingest(tmp_path, "--outlet", "KTUL", "--published", "2016-11-18")
    replaced = sorted(line for line in lines if "replaced" in line)
    assert replaced == [
        "warning: feed.jsonl: --outlet “KTUL” replaced the own outlet of 2 of its 3 records "
        "(“AP” and 1 more)",
        "warning: page.html: --outlet “KTUL” replaced its own outlet “Lakeside Gazette”; "
        "--published “2016-11-18” replaced its own date “2016-11-17”",
        "warning: story.md: --outlet “KTUL” replaced its own outlet “Valley Courier”",
    ]  # story.md's own date is the option's: nothing replaced; plain.txt has none
    # The options still apply to every file named, as the README says.
    assert {s["outlet"] for s in sources.values()} == {"KTUL"}
    assert {s["published"] for s in sources.values()} == {"2016-11-18"}


def test_no_option_no_warning(tmp_path):
    lines, sources = _ingest(tmp_path)
    assert not [line for line in lines if "replaced" in line]
    assert sources["page.html"]["outlet"] == "Lakeside Gazette"
    assert sources["page.html"]["published"] == "2016-11-17"
