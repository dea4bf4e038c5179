"""The pictures name an article as every other line of the product does: its outlet, else
its headline in quotes; the matrix showed `003_01e6d2ca850e917e.txt` where the stories and
the conflicts name the sample's outlet-less article by its headline (walk40)."""

from __future__ import annotations

from workbench.report.scope import load_scope


def test_an_article_without_an_outlet_is_named_by_its_headline(sample_store):
    scope = load_scope(sample_store)
    named = {s.id: s.named for s in scope.sources}
    assert scope.outlet_of() == named
    titled = [s for s in scope.sources if not s.outlet and s.title]
    assert titled and all(scope.outlet_of()[s.id] == f"“{s.title}”" for s in titled)
    assert not any(name.endswith(".txt") for name in scope.witness_of().values() if name)
