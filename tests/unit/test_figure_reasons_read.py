"""The one line a reviewer reads says each word once, and a corroboration says one figure.

Constructed claims only (no article text): a role that is itself the counted noun, an
attribution naming several tellers beside one of them, and a bound beside a smaller figure.
"""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.citations import citing, tellers
from workbench.findings.conflicts import find_findings


def _cited(claim, who):
    claim.attribution = who
    return claim


def test_each_distinct_teller_is_cited_once():
    assert tellers(["police", "police and witnesses", "Police", None]) == ["police", "witnesses"]
    assert citing("a.com", ["police", "the sheriff, police and a witness"]) == (
        "a.com, citing police, the sheriff and a witness"
    )
    assert citing("a.com", [None, ""]) == "a.com"


def test_a_corroboration_cites_a_teller_named_twice_once():
    sources = [source(1), source(2)]
    claims = [
        _cited(count(1, "injured", 4, "four people"), "police"),
        _cited(count(1, "injured", 4, "Four men"), "police and witnesses"),
        count(2, "injured", 4, "four victims"),
    ]
    (corroboration,) = find_findings(claims, sources)[1]
    assert "citing police and witnesses;" in corroboration.reason
    assert "police and police" not in corroboration.reason


def test_a_role_that_is_the_counted_noun_is_said_once():
    sources = [source(1), source(2)]
    claims = [
        count(1, "shots", 3, "three shots", noun="shot", cls="shot"),
        count(2, "shots", 3, "three gunshots", noun="gunshot", cls="shot"),
        count(2, "shots", 3, "3 gunshots", noun="gunshot", cls="shot"),
    ]
    (corroboration,) = find_findings(claims, sources)[1]
    assert corroboration.reason.startswith("gunshots: ")


def _ceiling(sid: int, high: float, text: str):
    claim = count(sid, "shots", 0, text, noun="gunshot", cls="shot", high=high)
    claim.value.update(exact=False, hedge="as many as")
    return claim


def test_a_bound_does_not_corroborate_a_smaller_figure_it_admits():
    sources = [source(1), source(2)]
    claims = [count(1, "shots", 3, "three shots", noun="shot", cls="shot")]
    claims.append(_ceiling(2, 8, "as many as eight gunshots"))
    conflicts, corroborations = find_findings(claims, sources)
    assert corroborations == []
    assert conflicts == []  # nor does it contradict it: 0 to 8 holds three


def test_a_bound_corroborates_its_own_figure():
    sources = [source(1), source(2)]
    claims = [count(1, "shots", 8, "eight shots", noun="shot", cls="shot")]
    claims.append(_ceiling(2, 8, "as many as eight gunshots"))
    (corroboration,) = find_findings(claims, sources)[1]
    assert len(corroboration.claim_ids) == 2


def test_a_compound_of_an_irregular_noun_takes_its_plural():
    sources = [source(1), source(2)]
    claims = [
        count(1, "involved", 2, "two gunmen", noun="gunman"),
        count(2, "involved", 2, "2 gunmen", noun="gunman"),
    ]
    (corroboration,) = find_findings(claims, sources)[1]
    assert corroboration.reason.startswith("gunmen involved: ")
    assert "gunmans" not in corroboration.reason


def test_whom_a_teller_spoke_to_is_not_cited_as_part_of_the_teller():
    assert citing("a.com", ["police told CBS2", "Police"]) == "a.com, citing police"
    assert citing("a.com", ["Sgt. Ruiz earlier told the Ledger", "told KXXV"]) == (
        "a.com, citing Sgt. Ruiz"
    )
    assert tellers(["Ana Ruiz and Bo Lee told NBC 4 New York"]) == ["Ana Ruiz", "Bo Lee"]


def test_a_teller_that_opened_its_sentence_reads_in_lower_case_after_citing():
    """A determiner capitalized only because the teller opened the sentence is lowered in
    the reason; a name's own capital ("The Quillby Herald") and a name alone stay."""
    assert citing("a.com", ["The owner of the glimmer bar"]) == (
        "a.com, citing the owner of the glimmer bar"
    )
    assert citing("a.com", ["His aunt", "A neighbour and Their cousin"]) == (
        "a.com, citing his aunt, a neighbour and their cousin"
    )
    assert citing("a.com", ["The Quillby Herald", "Sgt. Vorn"]) == (
        "a.com, citing The Quillby Herald and Sgt. Vorn"
    )
    assert tellers(["The owner", "the owner"]) == ["the owner"]
