"""The claims' repaired parses kept beside the parse cache: titles read them as the claims
left them and repair only what was not kept (another extractor, another roles file)."""

from __future__ import annotations

import pytest

from workbench.claims.parsed import repaired_parse, repairs_kept
from workbench.claims.roles import default as default_roles
from workbench.parse import parse_all
from workbench.parse.tree import Parse
from workbench.stories.repaired_parses import UNCHANGED, repaired_parses, repaired_rows

MENDED = "A teen shot in the park has died after a week in hospital."
"""A participle the parser reads as the verb of "teen": the claims' repair mends it."""
AS_PARSED = "Two men were shot on Friday near the depot."


class _Cache:
    def __init__(self) -> None:
        self.rows: dict[str, str] = {}

    def cached_parses(self, keys):
        return {k: self.rows[k] for k in keys if k in self.rows}

    def save_parses(self, rows):
        self.rows.update(rows)


def _fresh_copies(texts: list[str]) -> list[Parse]:
    """Each sentence's parse as a titling process reads it: from its JSON, a new object."""
    parses = parse_all(texts)
    return [Parse.from_json(t, parses[t].to_json()) for t in texts]


def _kept_by_the_claims(cache: _Cache, texts: list[str]) -> list[Parse]:
    parses = _fresh_copies(texts)
    with repairs_kept() as repairs:
        made = [repaired_parse(p, default_roles()) for p in parses]
    cache.save_parses(repaired_rows(repairs))
    return made


def test_titles_read_the_repairs_the_claims_kept_and_repair_nothing(monkeypatch):
    cache = _Cache()
    made = _kept_by_the_claims(cache, [MENDED, AS_PARSED])
    assert sorted(cache.rows.values()).count(UNCHANGED) == 1  # only the mended one stored
    monkeypatch.setattr(
        "workbench.claims.parsed.repaired_parse",
        lambda *_: pytest.fail("repaired again"),
    )
    read = repaired_parses(_fresh_copies([MENDED, AS_PARSED]), cache)
    assert [p.to_json() for p in read] == [p.to_json() for p in made]
    assert read[0].to_json() != _fresh_copies([MENDED])[0].to_json()


def test_a_repair_not_kept_is_made_again(monkeypatch):
    """Nothing kept, or kept by another extractor: the sentence is repaired now, as the
    claims would repair it."""
    cache = _Cache()
    wanted = [repaired_parse(p, default_roles()).to_json() for p in _fresh_copies([MENDED])]
    assert [p.to_json() for p in repaired_parses(_fresh_copies([MENDED]), cache)] == wanted
    monkeypatch.setattr("workbench.versions.EXTRACTOR_VERSION", "0")
    _kept_by_the_claims(cache, [MENDED])
    monkeypatch.undo()
    repairs = []
    monkeypatch.setattr(
        "workbench.claims.parsed.repaired_parse",
        lambda p, roles: repairs.append(p.text) or p,
    )
    repaired_parses(_fresh_copies([MENDED]), cache)
    assert repairs == [MENDED]


def test_repairs_are_kept_only_inside_the_block():
    parse = _fresh_copies([MENDED])[0]
    with repairs_kept() as repairs:
        repaired_parse(parse, default_roles())
    repaired_parse(parse, default_roles())
    assert [read for read, _fixed in repairs] == [parse]
