"""A harm's participle after a noun that the parser read as the noun's own verb.

Sentences written here in the style of local news (none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import counts, roles


def test_a_participle_before_a_verb_with_an_auxiliary_describes_its_noun():
    found = counts("A 30-year-old man shot in the leg was taken to Mercy Hospital.")
    # labels29c's decision (a participle telling the harm beside care: one count, hit;
    # EXTRACTOR 514): injured and hit before
    assert found == [("A 30-year-old man", 1, "hit")], found


def test_a_participle_standing_as_the_subject_is_its_nouns():
    found = counts("The man shot was taken to Mercy Hospital with minor injuries.")
    assert ("The man", 1, "injured") in found, found


def test_a_death_participle_after_its_noun_counts_the_dead():
    assert roles("The woman killed was identified as Dana Ruiz, 41.") == [("killed", 1)]


def test_a_verb_with_its_own_object_keeps_its_subject():
    found = counts("A man shot his neighbor and was arrested.")
    assert ("his neighbor", 1, "hit") in found, found
    assert not any(text == "A man" and role == "hit" for text, _, role in found), found
