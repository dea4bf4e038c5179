"""`workbench conflicts` and `workbench corroborations` on a small hand-built database."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.models import Claim, Frame
from workbench.pipeline import find

SENTENCES = {
    1: "On Friday, 31 people were arrested in Vella, police said.",
    2: "About 60 people were detained in Vella on Friday.\x1b[31m",
    3: "Thirty-one people were arrested in Vella on Friday.",
}
TEXTS = {1: "31 people", 2: "About 60 people", 3: "Thirty-one people"}
RANGES = {1: (31, 31), 2: (54, 66), 3: (31, 31)}


@pytest.fixture
def db(store):
    with store.transaction():
        for n, outlet in ((1, "Daily Ledger"), (2, "Evening Post"), (3, "Wire")):
            sid = store.add_source(
                file=f"{n:03d}.txt",
                raw=SENTENCES[n].encode(),
                text=SENTENCES[n],
                content_hash=f"h{n}",
                outlet=outlet,
                published="2021-03-05",
            )
            start = SENTENCES[n].find(TEXTS[n])
            low, high = RANGES[n]
            claim = Claim(
                id=f"claim{n}",
                source_id=sid,
                kind="quantity",
                text=TEXTS[n],
                start=start,
                end=start + len(TEXTS[n]),
                sentence=SENTENCES[n],
                frame=Frame("arrest", "people"),
                value={"low": low, "high": high, "counted": "people", "unit": None},
                role="arrested",
                counted={"noun": "people", "class": "persons"},
                event_date="2021-03-05",
                event_date_basis="text",
                attribution="police" if n == 1 else None,
            )
            store.replace_claims(sid, [claim])
        find(store)
    return store.path


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_json_lists_conflicts_best_first_with_their_claims(db):
    result = run("conflicts", "--db", db, "--json")
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert len(found) == 1
    conflict = found[0]
    assert conflict["kind"] == "quantity"
    assert conflict["same_day"] is True
    assert {c["id"] for c in conflict["claims"]} == {"claim1", "claim2", "claim3"}
    assert conflict["claims"][0]["file"] == "001.txt"
    assert "citing police" in conflict["reason"]


def test_min_score_filters(db):
    score = json.loads(run("conflicts", "--db", db, "--json").stdout)[0]["score"]
    above = run("conflicts", "--db", db, "--json", "--min-score", str(min(1.0, score + 0.01)))
    assert json.loads(above.stdout) == []


def test_human_listing_names_both_sides_and_never_emits_control_characters(db):
    result = run("conflicts", "--db", db)
    assert result.exit_code == 0
    assert "1. " in result.stdout and "same day" in result.stdout
    assert "Daily Ledger" in result.stdout and "Evening Post" in result.stdout
    assert "\x1b" not in result.stdout
    assert "\\x1b[31m" in result.stdout


def test_corroborations_list_agreeing_independent_sources(db):
    found = json.loads(run("corroborations", "--db", db, "--json").stdout)
    assert [sorted(x["id"] for x in c["claims"]) for c in found] == [["claim1", "claim3"]]
    assert "same_day" not in found[0]
    assert "agree" in run("corroborations", "--db", db).stdout


def test_an_empty_database_says_so(store):
    result = run("conflicts", "--db", store.path)
    assert result.exit_code == 0
    assert "no conflicts found" in result.stdout


def test_a_missing_database_is_one_line_on_stderr():
    result = CliRunner().invoke(cli, ["conflicts", "--db", "/nonexistent/x.db"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1


def test_a_score_out_of_range_is_refused():
    result = CliRunner().invoke(cli, ["conflicts", "--min-score", "2"])
    assert result.exit_code == 2
    assert "--min-score" in result.stderr


def test_each_side_is_named_by_its_outlet_with_its_file_beside_it(db):
    """The reason names outlets; the lines under it named only files (a hash, or
    `feed.jsonl#56` for an article from a JSONL feed), so a reader could not match them."""
    lines = run("conflicts", "--db", db).stdout.splitlines()
    assert any(line.strip().startswith("Daily Ledger · 001.txt, citing police: ") for line in lines)
    assert any(line.strip().startswith("Evening Post · 002.txt: ") for line in lines)


def test_an_article_without_an_outlet_is_named_by_its_headline_as_the_reason_does(
    sample_db_file,
):
    lines = run("conflicts", "--db", str(sample_db_file)).stdout.splitlines()
    assert any(
        line.strip().startswith("“Military mutiny in Venezuela: It Has Started” · 003_")
        for line in lines
    )


def test_an_article_repeating_its_words_lists_the_claim_once(capsys):
    """One article's same words and value, read again from a repeated paragraph, are one
    line with the other ids beside it, not the same claim and sentence ten times over."""
    from workbench.cli.conflicts import show
    from workbench.models import Conflict

    def claim(cid: str, source: int, text: str, sentence: str) -> Claim:
        value = {"low": 4, "high": 4} if source == 2 else {"low": 3, "high": 3}
        return Claim(cid, source, "quantity", text, 0, len(text), sentence, value=value)

    claims = [claim("a1", 1, "three officers", "Three officers were shot.")]
    claims += [
        claim(f"b{i}", 2, "four deputies", f"Four deputies were shot ({i}).") for i in range(5)
    ]
    conflict = Conflict(
        "c1", "quantity", 0.5, "deputies hit: 3 vs 4", None, [c.id for c in claims], claims
    )
    show([conflict], "none", {1: "Ledger", 2: "Post"})
    out = capsys.readouterr().out
    assert out.count("“four deputies”") == 1 and out.count("[b0]") == 1
    assert "and 4 more in this article in the same words: [b1], [b2], [b3], [b4]" in out
    assert out.count("“three officers”") == 1


def test_a_conflict_whose_days_the_claims_do_not_tell_says_nothing_of_the_day(capsys):
    """The words "day unknown" stood in the heading beside a reason naming the day both reports were
    published; the heading leaves the day out then, as the app's detail does."""
    from workbench.cli.conflicts import show
    from workbench.models import Conflict

    claims = [
        Claim("a1", 1, "place", "Vella", 0, 5, "It happened in Vella."),
        Claim("b1", 2, "place", "Orsa", 0, 4, "It happened in Orsa."),
    ]
    reason = "place: Vella vs Orsa; one story, published the same day (2021-03-05)"
    known = Conflict("c1", "place", 0.5, reason, True, ["a1", "b1"], claims)
    unknown = Conflict("c2", "place", 0.5, reason, None, ["a1", "b1"], claims)
    show([known, unknown], "none", {})
    heads = [line for line in capsys.readouterr().out.splitlines() if " id c" in line]
    assert "same day" in heads[0]
    assert "day" not in heads[1] and "unknown" not in heads[1]
