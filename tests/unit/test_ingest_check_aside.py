"""The check pass in a forked child while the parser loads: the same verdict as here."""

from __future__ import annotations

import os
import time

import pytest

from workbench.ingest import check_aside
from workbench.ingest.check_aside import PATIENCE_S, check_beside
from workbench.ingest.prepare import IngestError
from workbench.ingest.spool import Spool


def slow_check(fail: BaseException | None = None, articles: int = 120):
    """A check pass that takes longer than the patience, warns, refuses a record, counts."""

    def check(counted, warnings, bad):
        warnings.append(f"checked in {os.getpid()}")
        bad.append(("feed.jsonl:3", "no article text"))
        for n in range(1, articles + 1):
            if n % 50 == 0:
                counted(n)
                time.sleep(PATIENCE_S)
        if fail is not None:
            raise fail
        return articles

    return check


def test_the_child_checks_while_this_process_warms():
    warmed, counts, warnings, bad = [], [], [], []
    total = check_beside(
        slow_check(), lambda: warmed.append(os.getpid()), counts.append, warnings, bad
    )
    assert total == 120 and warmed == [os.getpid()]
    assert warnings != [f"checked in {os.getpid()}"]  # the child's
    assert bad == [("feed.jsonl:3", "no article text")]
    assert counts and all(n % 50 == 0 for n in counts)


def test_a_bad_input_in_the_child_is_the_same_error_here():
    warnings, bad = [], []
    with pytest.raises(IngestError) as raised:
        check_beside(
            slow_check(IngestError("a.html", "binary file")), lambda: None, print, warnings, bad
        )
    assert (raised.value.file, raised.value.reason) == ("a.html", "binary file")
    assert str(raised.value) == "a.html: binary file"
    assert len(warnings) == 1 and bad == [("feed.jsonl:3", "no article text")]


def test_a_quick_check_loads_nothing_ahead(monkeypatch):
    monkeypatch.setattr(check_aside, "PATIENCE_S", 10.0)  # a loaded machine forks slowly
    warmed = []
    total = check_beside(slow_check(articles=5), lambda: warmed.append(1), print, [], [])
    assert total == 5 and warmed == []


def test_a_child_that_fails_otherwise_is_checked_again_here():
    """A bug (or memory) in the child: the check runs here, and its error is this one's."""
    warnings, bad = [], []
    with pytest.raises(ZeroDivisionError):
        check_beside(slow_check(ZeroDivisionError()), lambda: None, lambda n: None, warnings, bad)
    assert warnings == [f"checked in {os.getpid()}"]


def test_no_warm_or_no_fork_checks_here():
    warnings = []
    assert check_beside(slow_check(articles=60), None, lambda n: None, warnings, []) == 60
    assert warnings == [f"checked in {os.getpid()}"]


def spooling_check(articles: int = 120):
    """A slow check that keeps each article (a number here) when asked to."""

    def check(counted, warnings, bad, keep=None):
        for n in range(1, articles + 1):
            if keep is not None:
                keep(n)
            if n % 50 == 0:
                counted(n)
                time.sleep(PATIENCE_S)
        return articles

    return check


def test_the_child_keeps_what_it_checked_in_the_spool():
    with Spool() as spool:
        total = check_beside(spooling_check(), lambda: None, lambda n: None, [], [], spool)
        assert spool.ready and total == 120
        assert list(spool.articles()) == list(range(1, 121))
        assert list(spool.articles()) == list(range(1, 121))  # read again from the start


def test_a_spool_checked_here_is_not_ready():
    with Spool() as spool:
        assert check_beside(spooling_check(60), None, lambda n: None, [], [], spool) == 60
        assert not spool.ready


def test_a_child_that_fails_leaves_the_spool_not_ready():
    def fails(counted, warnings, bad, keep=None):
        if keep is not None:
            keep(1)
            raise ZeroDivisionError
        return 1

    with Spool() as spool:
        assert check_beside(fails, lambda: None, lambda n: None, [], [], spool) == 1
        assert not spool.ready
