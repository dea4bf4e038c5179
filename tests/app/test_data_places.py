"""The app's list rows name each finding's place from its claims' sentences, read from
the findings' side (its cost follows the findings, not the corpus)."""

from __future__ import annotations

from workbench.app import data
from workbench.app import places as place_reads


def test_each_finding_is_named_after_the_places_of_its_own_sentences(sample_store):
    found = data.overview(sample_store).conflicts
    assert found
    for finding in found:  # the first screen goes without; they are named just after
        assert finding.place is None
        finding.place = place_reads.name_places(sample_store, "conflict", found).get(finding.id)
    claims = sample_store.claims()
    places = {}
    for claim in claims:
        if claim.kind == "place" and claim.value.get("name", "").strip():
            places.setdefault(claim.sentence_id, []).append(claim.value["name"].strip())
    named = 0
    for finding in found:
        if finding.kind == "place":
            assert finding.place is None  # the place is what its sides dispute
            continue
        names = [n for c in finding.claims for n in places.get(c.sentence_id, [])]
        expected = max(dict.fromkeys(names), key=names.count) if names else None
        assert finding.place == expected
        named += expected is not None
    assert named
