"""Which figure stands for a source when it tells a group in pieces: parts above their
whole, a whole named part by part, the rest beside someone, corrections and two events.

The first half of the comparison rules is in test_findings_figures.py.
"""

from __future__ import annotations

from figure_builders import count, source

from workbench.claims.additions import ADDED_MARK
from workbench.findings.conflicts import find_findings
from workbench.models import Claim


def test_a_part_larger_than_its_own_source_whole_is_not_compared():
    """'50 people were killed' beside the same source's '49 shooting victims plus suspect'."""
    sources = [source(1), source(2)]
    claims = [
        count(1, "killed", 49, "49 people"),
        count(2, "killed", 50, "50 people"),
        count(2, "hit", 49, "49 shooting victims", noun="victim"),
    ]
    assert find_findings(claims, sources)[0] == []
    assert len(find_findings(claims[:2], sources)[0]) == 1


def test_the_whole_of_a_group_named_part_by_part_is_a_stated_figure():
    """'two children and their father' states three killed, as the other's three names do."""
    sources = [source(1, "2016-08-17"), source(2, "2016-08-10")]
    whole = count(
        1, "killed", 3, "two children and their father", group={"parts": [2, 1], "whole": 3}
    )
    whole.derived = True
    claims = [
        count(1, "killed", 2, "two children", noun="child"),
        whole,
        count(1, "killed", 2, "two children", noun="child", group={"part": 0, "parts": [2, 1]}),
        count(2, "killed", 3, "Jeremy, Garett and Avery Contreras", implicit=True),
    ]
    assert find_findings(claims, sources)[0] == []


def test_two_sources_of_one_story_that_share_no_name_tell_two_events():
    """A grouping may join two shootings of one town and day; their figures are no rivals."""
    one = "Ann Baker was shot at Elm Park. Ann Baker told Tom Hale. Tom Hale called Joe Cole."
    two = "Mia Ford was shot on Oak Street. Mia Ford told Lee Park. Lee Park called Sam Wu."
    sources = [source(1, text=one), source(2, text=two)]
    claims = [count(1, "hit", 2, "two people"), count(2, "hit", 3, "three people")]
    grouped = {1: (1, 1), 2: (1, 1)}
    assert find_findings(claims, sources, stories=grouped)[0] == []
    sources[1] = source(2, text=two + " Ann Baker and Tom Hale were there. Joe Cole too.")
    assert len(find_findings(claims, sources, stories=grouped)[0]) == 1


def test_the_other_victims_are_a_remainder_not_the_whole_of_those_hit():
    sources = [source(1), source(2)]
    said = "Morse said the other six victims had injuries that were not life-threatening."
    claims = [
        count(1, "hit", 7, "seven people"),
        count(2, "hit", 6, "six victims", sentence=said, noun="victim"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_a_count_told_with_other_after_it_is_a_remainder_too():
    sources = [source(1), source(2)]
    said = "Police said five other victims showed up at the hospital with gunshot wounds."
    claims = [
        count(1, "hit", 8, "at least eight people"),
        count(2, "hit", 5, "five", sentence=said, noun="victim"),
    ]
    assert find_findings(claims, sources)[0] == []
    claims[1] = count(2, "hit", 5, "five", sentence=said.replace(" other", ""), noun="victim")
    assert len(find_findings(claims, sources)[0]) == 1


def test_a_later_smaller_count_of_the_dead_is_a_correction_not_an_update():
    sources = [source(1, "2015-11-22"), source(2, "2015-11-23")]
    claims = [count(1, "killed", 1, "One victim"), count(2, "killed", 0, "nobody")]
    conflicts, _ = find_findings(claims, sources)
    assert [c.relation for c in conflicts] == ["contradiction"]
    assert "a correction" in conflicts[0].reason
    # The wounded may grow fewer (some die, some go home): a later smaller figure is news.
    claims = [count(1, "injured", 3, "three people"), count(2, "injured", 2, "two people")]
    assert [c.relation for c in find_findings(claims, sources)[0]] == ["update"]


def test_parts_adding_up_to_more_than_their_own_whole_set_the_largest_aside():
    """'shot four men' read as four wounded, beside 'the teen killed' and four hit."""
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 4, "four men", noun="man"),
        count(1, "injured", 4, "four men", noun="man", sentence="four men were wounded."),
        count(1, "killed", 1, "the teen", implicit=True),
        count(2, "injured", 3, "three victims", noun="victim"),
    ]
    assert find_findings(claims, sources)[0] == []


def _officers_shot(killed_noun: str, hit_noun: str = "officer") -> list[Claim]:
    """Two officers shot and wounded beside two others killed, in one report; another
    report's three dead."""
    return [
        count(1, "killed", 2, "her and another woman", noun=killed_noun, implicit=True),
        count(1, "injured", 2, "two officers", noun="officer", sentence="wounding two officers"),
        count(1, "hit", 2, "Two officers", noun=hit_noun, sentence="Two officers were shot."),
        count(2, "killed", 3, "3 dead", noun="dead"),
    ]


def test_a_whole_of_a_kind_beside_others_dead_is_a_part_not_the_whole():
    """'Two Capitol Police officers were shot' beside the same report's two women killed:
    the officers are some of those hit, so another report's three dead outnumber no whole."""
    sources = [source(1), source(2)]
    assert find_findings(_officers_shot(killed_noun=""), sources)[0] == []


def test_a_whole_of_a_kind_is_still_the_whole_when_its_dead_are_of_that_kind():
    """'two officers killed' of the two officers shot: the whole counts them all."""
    sources = [source(1), source(2)]
    assert len(find_findings(_officers_shot(killed_noun="officer"), sources)[0]) == 1


def test_a_singular_mention_of_a_kind_is_no_stated_whole_of_a_kind():
    """'the teacher' shot beside '13 people' killed and seven hurt: the 13, the largest
    part, is set aside as before, so it does not outnumber another report's ten hit."""
    sources = [source(1), source(2)]
    claims = [
        count(1, "hit", 1, "the teacher", noun="teacher", implicit=True),
        count(1, "killed", 13, "13 people"),
        count(1, "injured", 7, "seven"),
        count(2, "hit", 10, "ten victims", noun="victim"),
    ]
    assert find_findings(claims, sources)[0] == []


def _beside_one_shot(part: Claim) -> list[Claim]:
    """One report tells a man shot (a singular mention, its only count of those hit) and
    two dead beside a stated part; another report counts nine injured."""
    return [
        count(1, "hit", 1, "a man", noun="man", implicit=True),
        count(1, "killed", 2, "two people"),
        part,
        count(2, "injured", 9, "Nine"),
    ]


def test_others_beside_a_singular_whole_are_no_part_counted_twice():
    """'eight others injured' beside 'a man who had been shot': the man is one more beside
    the others, so the one told singly is no ceiling and the eight are set against nine."""
    sources = [source(1, "2016-02-13"), source(2, "2016-02-18")]
    others = count(1, "injured", 8, "eight others", noun="others")
    found = find_findings(_beside_one_shot(others), sources)[0]
    assert [(c.role, c.relation) for c in found] == [("injured", "update")]


def test_victims_beside_a_singular_whole_are_the_whole_people():
    """'Both victims are expected to survive' beside 'a 15-year-old' shot: the victims
    counted are those hit, the one named is one of them."""
    sources = [source(1, "2016-02-13"), source(2, "2016-02-18")]
    victims = count(1, "injured", 8, "eight victims", noun="victim")
    assert len(find_findings(_beside_one_shot(victims), sources)[0]) == 1
    people = count(1, "injured", 8, "eight people")  # no such noun: set aside as before
    assert find_findings(_beside_one_shot(people), sources)[0] == []


def test_a_whole_of_victims_is_the_whole_beside_others_dead():
    """'Two victims were shot': victims are the harmed as such, no kind of them."""
    sources = [source(1), source(2)]
    found = find_findings(_officers_shot(killed_noun="", hit_noun="victim"), sources)[0]
    assert len(found) == 1


def test_a_count_told_as_injured_is_the_figure_before_one_read_from_wounds():
    sources = [source(1), source(2)]
    wounded = count(1, "injured", 10, "ten victims", sentence="Ten victims had gunshot wounds.")
    wounded.value["wound"] = True
    claims = [count(1, "injured", 9, "nine people"), wounded, count(2, "injured", 7, "seven")]
    conflicts, _ = find_findings(claims, sources)
    assert len(conflicts) == 1, conflicts
    assert sorted(c.value["low"] for c in conflicts[0].claims) == [7, 9], conflicts


def _rest(others: float, before: bool) -> list[Claim]:
    told = [
        count(1, "injured", 1, "Dale Reed", implicit=True, sentence="Dale Reed was badly hurt.")
    ]
    return (told if before else []) + [
        count(1, "injured", others, "Two others", noun="others", sentence="Two others were hurt.")
    ]


def test_others_after_someone_told_in_the_role_are_the_rest_beside_them():
    sources = [source(1, "2016-03-26"), source(2, "2016-03-28")]
    three = count(2, "injured", 3, "three people")
    assert find_findings([*_rest(2, True), three], sources)[0] == []  # two others and Reed
    # Alone, "two others" are all the source counts; and the rest and one are more than one.
    assert [c.role for c in find_findings([*_rest(2, False), three], sources)[0]] == ["injured"]
    one = count(2, "injured", 1, "one man")
    assert [c.role for c in find_findings([*_rest(2, True), one], sources)[0]] == ["injured"]


def test_others_after_someone_told_in_the_role_in_their_own_sentence_are_the_rest_too():
    """ "A man was taken to hospital, and three others were also hurt" is four hurt, as a
    later report's "four victims" says: no update from three."""
    told = "A man was taken to hospital, and three others were also hurt."
    sources = [source(1, "2015-12-25"), source(2, "2015-12-28")]
    claims = [
        count(1, "injured", 1, "A man", implicit=True, noun="man", sentence=told),
        count(1, "injured", 3, "three others", noun="others", sentence=told),
        count(2, "injured", 4, "four victims", noun="victims"),
    ]
    assert find_findings(claims, sources)[0] == []
    alone = [claims[1], claims[2]]  # with no one told before them, the others are all it counts
    assert [c.role for c in find_findings(alone, sources)[0]] == ["injured"]


def test_others_beside_another_harm_in_their_sentence_are_the_rest_of_that_harm():
    sources = [source(1, "2016-03-26"), source(2, "2016-03-28")]
    told = "Five were killed and two others were hurt."
    claims = [
        count(1, "injured", 1, "Dale Reed", implicit=True, sentence="Dale Reed was badly hurt."),
        count(1, "killed", 5, "Five", sentence=told),
        count(1, "injured", 2, "two others", noun="others", sentence=told),
        count(2, "injured", 3, "three people"),
    ]
    assert [c.role for c in find_findings(claims, sources)[0]] == ["injured"]


def _one_also_died(also: str) -> list[Claim]:
    """Five killed, then a singular mention in a sentence of its own; another report: six."""
    five = count(1, "killed", 5, "five people", sentence="five people died in the shooting.")
    child = count(
        1, "killed", 1, "Her unborn child", sentence=f"Her unborn child {also}died.", implicit=True
    )
    if also:  # the claims mark the adverb of the mention's own clause
        child.value[ADDED_MARK] = True
    return [five, child, count(2, "killed", 6, "six people")]


def test_one_more_told_as_an_addition_after_the_figure_may_be_left_out_of_it():
    """ "Her unborn child also died" after five dead: five or six, no rival to six."""
    sources = [source(1), source(2)]
    assert find_findings(_one_also_died("also "), sources)[0] == []


def test_a_singular_mention_told_without_an_addition_is_one_of_the_figure():
    sources = [source(1), source(2)]
    assert len(find_findings(_one_also_died(""), sources)[0]) == 1


def test_an_also_of_another_clause_tells_no_one_more():
    """ "His body was found with two other men who were also shot": the relative clause's
    "also" is of the other men, so the body is one of the figure (the claims mark none)."""
    sources = [source(1), source(2)]
    claims = _one_also_died("")
    claims[1].sentence = "Her body was found with two other women who were also shot."
    assert len(find_findings(claims, sources)[0]) == 1
