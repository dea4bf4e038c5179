"""Name variants are one entity; different people are not."""

from __future__ import annotations

import pytest

from workbench.claims.entities import normalize_name, same_entity


def test_normalize_drops_accents_titles_and_possessives():
    assert normalize_name("Mr. Guaidó’s") == "guaido"
    assert normalize_name("President Nicolás Maduro") == "nicolas maduro"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Guaidó", "Guaido"),
        ("Padrino", "Padrino Lopez"),
        ("Vladimir Padrino", "Vladimir Padrino Lopez"),
        ("Mr. Maduro", "President Nicolás Maduro"),
        ("Ms. San Miguel", "Rocío San Miguel"),
    ],
)
def test_variants_are_the_same_entity(a, b):
    assert same_entity(a, b) and same_entity(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Juan", "Juan Andrés Mejía"),
        ("Leopoldo Lopez", "Vladimir Padrino Lopez"),
        ("Cotiza", "Petare"),
        ("", "Maduro"),
    ],
)
def test_different_names_are_not(a, b):
    assert not same_entity(a, b)
