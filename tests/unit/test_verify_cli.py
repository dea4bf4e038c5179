"""`workbench verify --expect`: a value that cannot be a head hash is a usage error, not
a verdict that the log was rebuilt."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import cli


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_head_of_an_empty_log_is_in_every_later_log(sample_store):
    path = sample_store.path
    sample_store.close()
    empty_head = _run("verify", "--db", path, "--head").output.strip()
    assert _run("verify", "--db", path, "--expect", empty_head).exit_code == 0
    from workbench.store import Store

    with Store(path) as store:
        store.record_review(store.claims()[0].id, "verified", "ann")
    assert _run("verify", "--db", path, "--expect", empty_head).exit_code == 0


def test_a_mistyped_expected_head_is_refused_in_one_line(sample_store):
    sample_store.record_review(sample_store.claims()[0].id, "verified", "ann")
    path = sample_store.path
    sample_store.close()
    head = _run("verify", "--db", path, "--head").output.strip()
    for wrong in ("5f1c...e9", head[:-1], head + "0", "\x1b[2J" + head[4:], ""):
        result = _run("verify", "--db", path, "--expect", wrong)
        assert result.exit_code == 1, wrong
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: --expect:"), lines
        assert "\x1b" not in result.stderr and "altered" not in result.stderr
    # Copied with its newline, or in capitals, it is still the head.
    assert _run("verify", "--db", path, "--expect", head.upper() + "\n").exit_code == 0
