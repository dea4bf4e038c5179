"""Lists the parser breaks: a member read as an apposition, a relative clause of the list.

"lost two daughters, a son and two nieces": five, not two renamed; "a man and his two
children who were found dead": the clause tells of all three. Sentences invented here
(none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts, hand_parse

from workbench.claims.roles import default
from workbench.claims.syntax import position


def test_a_member_read_as_an_apposition_joins_the_list():
    found = counts("The mother said she lost two daughters, a son and two nieces in the attack.")
    assert ("two daughters, a son and two nieces", 5, "killed") in found, found


def test_an_apposition_naming_the_groups_parts_stays_one():
    found = counts("Five people, three men and two women, were shot outside the bar.")
    assert ("Five people", 5, "hit") in found, found
    assert not [f for f in found if f[1] == 7], found


def test_a_plural_relative_clause_after_a_list_tells_of_all():
    found = counts("Deputies found a man and his two children who were found dead in a car.")
    assert ("a man and his two children", 3, "killed") in found, found


@pytest.mark.parametrize(("verb", "role"), [("were", "hit"), ("was", None)])
def test_the_number_of_the_clause_says_whether_it_tells_of_the_list(verb, role):
    text = f"Police found a man and his two sons who {verb} shot."
    words = [*text[:-1].split(), "."]
    tags = ["NNS", "VBD", "DT", "NN", "CC", "PRP$", "CD", "NNS", "WP", "VBD", "VBN", "."]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "poss", "nummod", "conj", "nsubjpass"]
    deps += ["auxpass", "relcl", "punct"]
    heads = [1, 1, 3, 1, 3, 7, 7, 3, 10, 10, 3, 1]
    parse = hand_parse(text, words, tags, deps, heads)  # the clause hung on "man"
    assert position(parse, 7, default()).role == role
