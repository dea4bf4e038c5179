"""A singular person's counted noun, and a possessor of a ranked death (a tally)."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.claims.words import is_web_address
from workbench.models import Claim, Sentence, Source


def counts(text: str) -> list[Claim]:
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [c for c in found if c.kind == "quantity"]


def test_an_age_standing_as_a_noun_counts_no_noun_of_old():
    (one,) = counts("A 19-year-old died after the crash on the bridge.")
    assert (one.role, one.value["low"], one.value["counted"]) == ("killed", 1, None)


def test_a_name_with_an_age_counts_no_noun_of_its_surname():
    (one,) = counts("Deputies said they killed 44-year-old Tomas Berglund.")
    assert (one.role, one.value["counted"]) == ("killed", None)


def test_a_noun_with_an_age_keeps_its_noun():
    (one,) = counts("A 19-year-old woman died after the crash on the bridge.")
    assert one.value["counted"] == "woman"


def test_the_possessor_of_a_ranked_death_is_a_tally_not_a_victim():
    found = [c for c in counts("It was Dayton's fourth homicide of the month.") if c.role]
    assert [(c.value["low"], c.value.get("tally")) for c in found] == [(4, True)]  # tallies.py
    assert [c for c in counts("It was his second murder in a year.") if c.role] == []


def test_the_possessor_of_a_death_is_still_its_victim():
    (one,) = counts("Police are investigating Tomas Berglund's death.")
    assert one.role == "killed"


def test_a_link_the_tagger_reads_as_a_name_is_no_one():
    """A pasted post's link after a harm verb ("shot http://t.co/...") is its object in the
    parse, tagged a proper noun: a web address is never a person counted."""
    said = "Large police presence, as three deputies already shot {}"
    found = counts(said.format("http://t.co/Ab3dE"))
    assert [c.text for c in found if c.role == "hit"] == []
    found = counts(said.format("Ana Ruiz"))  # a name in the link's place is counted
    assert [c.text for c in found if c.role == "hit"] == ["Ana Ruiz"]


def test_web_addresses_and_what_only_looks_like_one():
    links = ["http://t.co/Ab3dE", "www.example.org", "nbc10.com/news", "pic.twitter.com/x1"]
    words = ["U.S.", "St.Louis", "e.g.", "a.m.", "Jr.", "KXTV9", "said.The"]
    assert [w for w in links + words if is_web_address(w)] == links
