"""Lists of counts in two states, as headlines and ledes write them, and ages in lists."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.models import Sentence, Source


def counts(text: str) -> list[tuple[str | None, float, str]]:
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    stated = [c for c in found if c.kind == "quantity" and not c.value.get("sum_of_roles")]
    return [(c.role, c.value["low"], c.text) for c in stated]


def roles(text: str) -> list[tuple[str | None, float]]:
    return [(role, value) for role, value, _ in counts(text)]


def test_a_comma_list_of_states_keeps_each_count_in_its_own_state():
    assert roles("One woman dead, two others wounded in weekend shooting") == [
        ("killed", 1),
        ("injured", 2),
    ]


def test_a_state_after_the_noun_decides_over_the_clause_it_hangs_on():
    assert ("injured", 3) in roles("Teen dead, three others wounded in downtown shooting")
    assert ("killed", 3) not in roles("Teen dead, three others wounded in downtown shooting")


def test_a_participle_after_the_noun_keeps_its_complement():
    """The group is killed 2; the one of it is its part, killed 1 (labels31w's convention,
    as dev 688577's "The father of one of two young women shot to death")."""
    assert roles("The uncle of one of two young men shot to death on Friday spoke.") == [
        ("killed", 1),
        ("killed", 2),
    ]


def test_participles_coordinated_after_the_noun_give_the_graver_state():
    """ "One of the five people shot and killed Friday" counts five killed (the parser
    tags the first participle as a past verb), not five shot."""
    text = "One of the five people shot and killed Friday at the airport was a man from Ohio."
    assert ("killed", 5) in roles(text)
    assert ("killed", 5) in roles(f"(WAVY) — {text}")  # parsed as a clause of its own
    assert ("injured", 3) in roles("He was one of three people shot and wounded Friday.")


def test_an_age_set_off_by_both_counts_no_one():
    found = counts("According to deputies, Ortiz and Baker, both 31, were shot and killed.")
    assert ("killed", 2) in [(r, v) for r, v, _ in found]
    assert all(r is None for r, v, _ in found if v == 31)


def test_a_vague_count_takes_its_own_clause_role_not_the_one_before_it():
    found = roles("Two people are dead and several others are injured after the crash.")
    assert ("killed", 2) in found and ("injured", 3) in found
    assert ("killed", 3) not in found


def test_a_vague_count_after_a_comma_is_the_next_count():
    found = counts("Two dead, several injured in warehouse shooting")
    assert ("killed", 2, "Two dead") in found
    assert ("injured", 3) in [(r, v) for r, v, _ in found]


def test_people_told_of_another_noun_keep_that_noun():
    """ "the identities of three victims killed": the sentence speaks of the identities
    (the finder reads the three as at least those); "a total of five" is told by its
    clause, not by a state after its noun, and "one of the five" has no noun before."""
    text = "Police released the identities of three victims killed in the shooting."
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    assert [(c.role, c.value.get("of_noun")) for c in found if c.kind == "quantity"] == [
        ("killed", "identity")
    ]
    for text in ("A total of five people were killed.", "One of five people shot and killed."):
        source = Source(1, "t.txt", text, "h", published="2021-05-02")
        found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
        assert not any(c.value.get("of_noun") for c in found if c.kind == "quantity")
