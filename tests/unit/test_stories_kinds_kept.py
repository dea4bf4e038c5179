"""What each source's opening tells, kept in the parse cache once titling read it: a story
titled again (a regroup, a new article in it) walks no parse again, and a database whose
claims kept no repairs gets them kept by its first titling (speed31's leftovers)."""

from __future__ import annotations

import pytest

from workbench.parse import parse_key, parse_texts
from workbench.stories.repaired_parses import UNCHANGED, repair_mark, repaired_key
from workbench.stories.settings import default
from workbench.stories.source_kinds import told_by_sources

SHOT = "Two men were shot on Friday near the depot."
MENDED = "A teen shot in the park has died after a week in hospital."
"""A participle the parser reads as the verb of "teen": the claims' repair mends it."""
UNPARSED = "Police asked anyone with information to call."


class _Cache:
    def __init__(self, texts: list[str]) -> None:
        self.rows = {
            parse_key(t): p.to_json() for t, p in zip(texts, parse_texts(texts), strict=True)
        }
        self.saves = 0

    def cached_parses(self, keys):
        return {k: self.rows[k] for k in keys if k in self.rows}

    def save_parses(self, rows):
        self.saves += 1
        self.rows.update(rows)


def _told(cache: _Cache, kept: list | None = None):
    kinds = default().event_kinds
    return told_by_sources(
        {1: SHOT, 2: None}, {1: [], 2: [MENDED, UNPARSED]}, cache, kinds, kept=kept
    )


def test_what_a_source_tells_is_read_once_then_kept(monkeypatch):
    cache = _Cache([SHOT, MENDED])
    first = _told(cache)
    assert first == {1: frozenset({"shooting"}), 2: frozenset({"shooting", "death"})}
    assert cache.saves == 1  # one write a story: its sources' kinds and the repairs made
    monkeypatch.setattr(
        "workbench.stories.source_kinds.kinds_told", lambda *_a, **_k: pytest.fail("walked")
    )
    assert _told(cache) == first
    assert cache.saves == 1


def test_a_first_titling_keeps_the_repairs_it_made(monkeypatch):
    """A database extracted before the claims kept their repairs: titling made them and
    threw them away, and made them again at every titling."""
    cache = _Cache([SHOT, MENDED])
    kept: list[tuple[str, str]] = []
    _told(cache, kept)
    assert cache.saves == 0  # the caller writes them, with the title
    rows = dict(kept)
    mark = repair_mark()
    assert rows[repaired_key(SHOT, mark)] == UNCHANGED
    assert rows[repaired_key(MENDED, mark)] != UNCHANGED


def test_a_sentence_parsed_since_is_read_again():
    """A source's kinds are keyed by its sentences' parses too: one none was parsed of
    tells None, and once its sentence is parsed (another extraction) it tells its kind."""
    cache = _Cache([SHOT])
    kinds = default().event_kinds
    assert told_by_sources({3: MENDED}, {3: []}, cache, kinds) == {3: None}
    cache.rows[parse_key(MENDED)] = parse_texts([MENDED])[0].to_json()
    assert told_by_sources({3: MENDED}, {3: []}, cache, kinds)[3] == {"shooting", "death"}
