"""The findings' lookups that replaced scans per claim give the scans' answers."""

from __future__ import annotations

import random

from workbench.claims.entities import normalize_name, same_entity
from workbench.findings.name_index import NameIndex
from workbench.findings.screening import Spans


def test_spans_cover_as_a_scan_does():
    rng = random.Random(3)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 100)
            spans.append((a, a + rng.randint(0, 30)))
        index = Spans(spans)
        for _ in range(30):
            s = rng.randint(0, 120)
            e = s + rng.randint(0, 10)
            assert index.covers(s, e) == any(a <= s and e <= b for a, b in spans)


NAMES = [
    "Ana Ramos Ruiz",
    "Ramos",
    "Gonzalez",
    "Luis Gonzales",
    "Peña",
    "President Daniel Ortega",
    "Mr. Ortega",
    "Springfield Police Department",
    "Police",
    "Juan Andres Mejia",
    "Juan",
    "Mejia",
    "Smithfield",
    "Smith",
    "Oak Street",
    "Oakland",
]


def test_name_index_finds_every_name_a_scan_would():
    keys = [normalize_name(n) for n in NAMES]
    index = NameIndex(keys)
    for subject in [*NAMES, "Pena", "Gonzales Ruiz", "Daniel", "Andres", "Ortegas", "Nobody"]:
        key = normalize_name(subject)
        scanned = {n for n in index.names if same_entity(key, n)}
        offered = set(index.candidates(key))
        assert scanned <= offered, subject
    assert not set(index.candidates("nobody"))
