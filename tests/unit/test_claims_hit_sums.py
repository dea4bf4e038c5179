"""The people hit, derived from killed and injured stated together, marked as derived."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.claims.hit_sums import SUM_MARK
from workbench.models import Claim, Sentence, Source


def claims(*texts: str, title: str | None = None) -> list[Claim]:
    text = " ".join(texts)
    sentences, at = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i + 1, 1, i, 0, at, at + len(t), t))
        at += len(t) + 1
    source = Source(1, "t.txt", text, "h", published="2021-05-02", title=title)
    return [c for c in extract_claims(source, sentences) if c.kind == "quantity"]


def hits(found: list[Claim]) -> list[Claim]:
    return [c for c in found if c.role == "hit"]


def test_killed_and_injured_in_one_sentence_add_up_to_the_hit():
    found = claims("The crash of gunfire left two men dead and three others wounded.")
    (hit,) = hits(found)
    assert (hit.value["low"], hit.value["high"]) == (5, 5)
    assert hit.derived and hit.value[SUM_MARK]
    assert "2 killed + 3 injured" in hit.value["why"]
    assert hit.text == "two men dead and three others"


def test_a_bound_stays_a_bound():
    (hit,) = hits(claims("At least four people were killed and 9 wounded across the city."))
    assert hit.value["low"] == 13 and hit.value["high"] is None


def test_an_article_that_states_the_hit_keeps_its_own_figure():
    found = claims(
        "Five people were shot near the park on Sunday.",
        "Police said two died and three others were wounded.",
    )
    assert [c.value["low"] for c in hits(found)] == [5]


def test_no_sum_across_sentences():
    found = claims("Two men were killed on Elm Street.", "Elsewhere, four people were wounded.")
    assert hits(found) == []


def test_the_sum_comes_after_every_stated_claim():
    found = claims("A shooting left one woman dead and two men injured.")
    assert found[-1].value.get(SUM_MARK)
    assert [c.role for c in found[:-1]] == ["killed", "injured"]
