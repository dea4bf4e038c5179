"""Lists the parser breaks: a member read as an apposition.

"lost two daughters, a son and two nieces": five, not two renamed. Sentences invented here
(none copied from a corpus).
"""

from __future__ import annotations

from claim_builders import counts


def test_a_member_read_as_an_apposition_joins_the_list():
    found = counts("The mother said she lost two daughters, a son and two nieces in the attack.")
    assert ("two daughters, a son and two nieces", 5, "killed") in found, found


def test_an_apposition_naming_the_groups_parts_stays_one():
    found = counts("Five people, three men and two women, were shot outside the bar.")
    assert ("Five people", 5, "hit") in found, found
    assert not [f for f in found if f[1] == 7], found
