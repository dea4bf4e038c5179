"""Counts a report implies: people only hurt in a first report are 0 killed at that time, so a
later report of them dead is an update (judged real on 7 of 12 such pool flags before the rule
asked for the same group), while a count of the dead beside a count of other people hurt is
no dispute at all."""

from __future__ import annotations

from figure_builders import count, source

from workbench.findings.conflicts import find_findings


def test_a_child_critically_hurt_then_dead_is_an_update_of_the_dead():
    sources = [source(1, "2016-08-24"), source(2, "2016-08-28")]
    claims = [
        count(1, "injured", 1, "a little girl", implicit=True, noun="girl"),
        count(2, "killed", 1, "an 8-year-old girl", implicit=True, noun="girl"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "killed")]
    # each side says what its report states: the same girl, hurt, then dead
    reason = conflicts[0].reason
    assert "a little girl [injured 1, none killed]" in reason
    assert "an 8-year-old girl [killed 1, from a singular mention]" in reason
    assert "injured 1 on 2016-08-24, then killed 1 on 2016-08-28" in reason


def test_the_later_report_of_people_hurt_implies_nothing():
    sources = [source(1, "2016-08-28"), source(2, "2016-08-24")]
    claims = [
        count(1, "injured", 1, "a little girl", implicit=True, noun="girl"),
        count(2, "killed", 1, "an 8-year-old girl", implicit=True, noun="girl"),
    ]
    assert find_findings(claims, sources)[0] == []


def test_the_dead_beside_another_group_hurt_are_no_dispute():
    sources = [source(1), source(2)]
    claims = [count(1, "killed", 2, "two men"), count(2, "injured", 5, "five people")]
    assert find_findings(claims, sources)[0] == []


def test_more_hit_than_hurt_leaves_the_rest_unsaid():
    sources = [source(1, "2016-08-24"), source(2, "2016-08-28")]
    claims = [
        count(1, "injured", 1, "one man"),
        count(1, "hit", 2, "two men"),
        count(2, "killed", 1, "one man"),
    ]
    assert "killed" not in {c.role for c in find_findings(claims, sources)[0]}


def _mention(sid: int, role: str, text: str, predicate: str, noun: str = "boy"):
    claim = count(sid, role, 1, text, implicit=True, noun=noun)
    claim.value["why"] = f"a singular mention: “{text}” ({predicate})"
    return claim


def test_a_later_report_of_the_victim_hurt_and_then_dying_is_one_person_updated():
    """ "The boy had been taken to hospital" and "He died" in one later report tell one
    person, hurt then dead: the first report's hurt boy is an update of the dead."""
    sources = [source(1, "2015-07-05"), source(2, "2015-07-06")]
    claims = [
        _mention(1, "injured", "a three-year-old boy", "be"),
        _mention(2, "injured", "The boy", "passive take"),
        _mention(2, "killed", "He", "die"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "killed")]


def test_a_death_read_from_other_words_beside_someone_hurt_may_be_another_person():
    """ "To harm or kill another person" beside "the girl is in critical condition": the
    later report tells someone hurt and someone killed, not a death of the first's victim."""
    sources = [source(1, "2016-07-21"), source(2, "2016-07-22")]
    claims = [
        _mention(1, "injured", "a 17-year-old girl", "passive injure"),
        _mention(2, "injured", "The 17-year-old girl", "be"),
        _mention(2, "killed", "another person", "passive kill"),
    ]
    assert "killed" not in {c.role for c in find_findings(claims, sources)[0]}


def test_people_hurt_and_none_dead_then_more_shot_and_none_dead_is_an_update_of_the_hit():
    """ "Four people injured" (nobody dead), then "five people were shot" the next day
    (nobody dead): each tells every victim alive, so the victims rose from four to five
    (dev_e 505420, a labelled update), while a part fits in its whole read as parts."""
    sources = [source(1, "2016-02-14"), source(2, "2016-02-15")]
    claims = [count(1, "injured", 4, "four people"), count(2, "hit", 5, "Five people")]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "hit")]
    assert "four people [injured 4, none killed: hit 4]" in conflicts[0].reason
    assert "injured 4 on 2016-02-14, then hit 5 on 2016-02-15" in conflicts[0].reason


def test_more_shot_beside_someone_dead_or_an_earlier_report_implies_no_more_victims():
    dead_too = [
        count(1, "injured", 4, "four people"),
        count(2, "hit", 5, "Five people"),
        count(2, "killed", 1, "one man"),
    ]
    sources = [source(1, "2016-02-14"), source(2, "2016-02-15")]
    assert "hit" not in {c.role for c in find_findings(dead_too, sources)[0]}
    earlier = [source(1, "2016-02-15"), source(2, "2016-02-14")]
    claims = [count(1, "injured", 4, "four people"), count(2, "hit", 5, "Five people")]
    assert find_findings(claims, earlier)[0] == []


def test_a_suspect_wounded_beside_someone_else_dying_is_one_more_person():
    """A later report of "the suspect" wounded and of a woman who died tells two people: the
    first report's one hurt is no victim of that death still alive."""
    sources = [source(1, "2017-01-05"), source(2, "2017-01-06")]
    claims = [
        _mention(1, "injured", "a 16-year-old", "passive wound", noun="teen"),
        _mention(2, "injured", "The suspect", "passive wound", noun="suspect"),
        _mention(2, "killed", "his neighbour", "die", noun="neighbour"),
    ]
    assert "killed" not in {c.role for c in find_findings(claims, sources)[0]}


def test_a_suspect_wounded_then_the_suspect_dying_is_one_person_updated():
    sources = [source(1, "2017-01-05"), source(2, "2017-01-06")]
    claims = [
        _mention(1, "injured", "a 16-year-old", "passive wound", noun="teen"),
        _mention(2, "injured", "The suspect", "passive wound", noun="suspect"),
        _mention(2, "killed", "The suspect", "die", noun="suspect"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "killed")]


def test_a_second_victim_hurt_beside_a_death_told_by_dying_is_one_more_person():
    """ "Both victims are expected to survive", then a later report: the boy "died" and "A
    second victim ... is expected to survive": two victims, so the first report's two hurt
    are 0 killed then, an update of the dead."""
    sources = [source(1, "2017-02-20"), source(2, "2017-02-24")]
    claims = [
        count(1, "injured", 2, "Both victims", noun="victim"),
        _mention(2, "killed", "A 15-year-old Brooklyn boy", "die"),
        _mention(2, "injured", "A second victim", "passive expect", noun="victim"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "killed")]
    # told without a word setting the person apart, the hurt one may be the dead again
    claims[2] = _mention(2, "injured", "The victim", "passive expect", noun="victim")
    assert "killed" not in {c.role for c in find_findings(claims, sources)[0]}


def test_a_report_updated_with_the_death_counts_its_victims_by_its_own_total_hit():
    """ "One person is in the hospital after being shot", then "UPDATE: the teen has died":
    the report states one person hit, so its one hurt is the dead teen before he died, and
    the first report's man in hospital is 0 killed then, an update of the dead."""
    sources = [source(1, "2016-08-15"), source(2, "2016-08-16")]
    claims = [
        _mention(1, "injured", "The man", "passive transport", noun="man"),
        count(2, "injured", 1, "One person", noun="person"),
        count(2, "hit", 1, "One person", noun="person"),
        _mention(2, "killed", "the teen", "die", noun="teen"),
    ]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "killed")]
    # without its own count of all hit, one hurt and one dead are two victims
    without_total = [c for c in claims if c.role != "hit"]
    assert "killed" not in {c.role for c in find_findings(without_total, sources)[0]}
    # a death not told by dying may be another person's, whatever the total
    claims[3] = _mention(2, "killed", "another person", "passive kill", noun="person")
    assert "killed" not in {c.role for c in find_findings(claims, sources)[0]}


def test_a_word_before_a_singular_mention_does_not_hedge_its_one():
    """ "to hear about the teen's death": "about" qualifies no number, so the mention is
    one person, not "about one" (0 to 2)."""
    from workbench import vocabulary
    from workbench.findings.comparison import quantity_range

    claim = _mention(1, "killed", "the teen", "'s death", noun="teen")
    claim.sentence = "Neighbours were stunned to hear about the teen's death."
    found = quantity_range(claim, vocabulary.default())
    assert (found.low, found.high) == (1.0, 1.0)
    claim.implicit = False  # a number stated after "about" is hedged as before
    assert quantity_range(claim, vocabulary.default()).low < 1.0


def test_a_report_whose_headline_tells_a_death_implies_no_zero_of_the_dead():
    """A man "found with a wound" in a report headlined "Suspect held in fatal shooting" is
    the dead man, not a victim still alive: the headline tells the death
    its counted mentions miss, so no update of the dead is implied from it. A headline with
    no word of the dead ("Man shot", or "non-fatal": one hyphenated word) still implies it."""

    def found(title: str) -> list:
        sources = [source(1, "2017-02-12", title=title), source(2, "2017-02-15")]
        claims = [
            count(1, "injured", 1, "a man", implicit=True, noun="man"),
            count(2, "killed", 1, "The victim", implicit=True, noun="victim"),
        ]
        return [(c.relation, c.role) for c in find_findings(claims, sources)[0]]

    assert found("Suspect held in fatal shooting") == []
    assert found("Woman killed outside store") == []
    assert found("Suspect held in shooting") == [("update", "killed")]
    assert found("Suspect held in non-fatal shooting") == [("update", "killed")]


def test_a_first_report_of_people_shot_and_none_hurt_or_dead_counts_none_dead():
    """ "Two men were shot" and nothing of their state, then days later both dead: as of its
    hour the first report tells every victim shot and none dead, as one of them hurt would."""
    sources = [source(1, "2016-08-24"), source(2, "2016-08-28")]
    claims = [count(1, "hit", 2, "two men"), count(2, "killed", 2, "two men")]
    conflicts, _ = find_findings(claims, sources)
    assert [(c.relation, c.role) for c in conflicts] == [("update", "killed")]
    assert "two men [hit 2, none killed]" in conflicts[0].reason


def test_people_shot_beside_a_count_of_their_dead_or_a_later_report_imply_no_zero():
    sources = [source(1, "2016-08-24"), source(2, "2016-08-28")]
    dead_told = [count(1, "hit", 2, "two men"), count(1, "killed", 1, "one man")]
    found = find_findings([*dead_told, count(2, "killed", 2, "two men")], sources)[0]
    assert not [c for c in found if "none killed" in c.reason]  # its own dead are told
    later = [count(2, "hit", 2, "two men"), count(1, "killed", 2, "two men")]
    assert find_findings(later, sources)[0] == []
    same_day = [source(1, "2016-08-24"), source(2, "2016-08-24")]
    bare = [count(1, "hit", 2, "two men"), count(2, "killed", 2, "two men")]
    assert find_findings(bare, same_day)[0] == []  # one day: "two men were shot" tells no fate
