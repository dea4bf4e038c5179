"""Groups and bare numbers read from the parse: ages beside a noun, a family's size, a
whole restated by its parts, parts in states of their own, lists a comma joins.

Sentences written here, in the style of news of several kinds (none copied from a corpus).
"""

from __future__ import annotations

import pytest
from claim_builders import counts


def roles_of(text: str, value: float) -> set[str | None]:
    return {role for _, low, role in counts(text) if low == value}


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Two of the climbers, 31 and 44, were taken to a clinic in the valley.", 31),
        ("The aides, 27 and 29, were hurt when the stage collapsed.", 29),
    ],
)
def test_numbers_set_beside_a_noun_between_commas_are_ages(text, age):
    assert roles_of(text, age) <= {None}, counts(text)


def test_a_number_with_its_own_state_beside_another_is_still_a_count():
    assert "injured" in roles_of("1 dead, 4 injured after bridge gives way", 4)


def test_a_persons_children_are_not_counted_in_the_clause_role():
    text = "Mother of 4 killed in crash on the interstate"
    assert "killed" not in roles_of(text, 4), counts(text)


def test_a_whole_restated_by_its_parts_is_not_added_to_them():
    text = "Twelve others, seven miners and five engineers, were injured in the collapse."
    found = counts(text)
    assert 24 not in [low for _, low, _ in found], found
    assert "injured" in roles_of(text, 12), found


def test_parts_in_states_of_their_own_make_no_group():
    text = "Rescuers found the two dead hikers and three uninjured guides on the ridge."
    found = counts(text)
    assert 5 not in [low for _, low, _ in found], found
    assert roles_of(text, 2) == {"killed"} and roles_of(text, 3) == {"unharmed"}, found


def test_an_age_between_commas_does_not_break_a_coordination():
    text = "He faces charges in the deaths of his partner, 41, and the three children."
    assert "killed" in roles_of(text, 4), counts(text)  # one and three


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Storm kills man, wife in rural county", 2),
        ("Man kills wife, self after standoff", 2),
    ],
)
def test_a_headline_comma_joins_persons_as_and_does(text, value):
    assert "killed" in roles_of(text, value), counts(text)


def test_a_headline_comma_before_a_second_verb_joins_no_person():
    text = "Driver hits cyclist, flees scene"
    assert 2 not in [low for _, low, _ in counts(text)], counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The climber was flown to a clinic, where she was pronounced dead.", 1),
        ("Medics rushed the driver to hospital where he died hours later.", 1),
        ("The two were taken to the hospital, where they were pronounced dead.", 2),
    ],
)
def test_a_later_clause_that_says_the_person_died_gives_the_fate(text, value):
    found = counts(text)
    assert [role for _, low, role in found if low == value] == ["killed"], found


def test_a_later_clause_about_someone_else_changes_nothing():
    text = "A guard was wounded after the robbers fled, and they were never found."
    assert "killed" not in roles_of(text, 1), counts(text)


def test_a_dateline_the_parser_hangs_on_a_group_is_no_part_of_it():
    text = "MARLOW COUNTY, Ohio - Three people were hurt when a barn collapsed on Sunday."
    found = counts(text)
    assert 4 not in [low for _, low, _ in found], found
    assert "injured" in roles_of(text, 3), found


def test_persons_listed_with_their_ages_are_counted_together():
    text = "The wounded victims were a 19-year-old man, a 22-year-old man, and a 40-year-old woman."
    assert "injured" in roles_of(text, 3), counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said three hikers struck in the storm have only minor injuries.", 3),
        ("One guard shot in the arm, and two clerks suffered cuts, police said.", 1),
    ],
)
def test_a_counted_noun_before_a_bare_harm_participle_is_its_patient(text, value):
    assert "hit" in roles_of(text, value), counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two gunmen shot into the crowd.",
        "Two deputies shot and killed the suspect.",
        "Three men shot at officers from a car.",
    ],
)
def test_counted_shooters_stay_shooters(text):
    found = counts(text)
    assert not any(role == "hit" and low in (2, 3) for _, low, role in found), found


def test_taken_to_a_named_medical_center_is_taken_to_hospital():
    text = "The cyclist was airlifted to Pine Valley Medical Center in the evening."
    assert "injured" in roles_of(text, 1), counts(text)


def test_a_group_with_a_part_in_a_range_or_a_bound_has_no_whole():
    # Alternatives ("three to four others and possibly up to 20 people") are no sum.
    from tests.unit.claim_builders import counts

    text = (
        "Two men died and as many as three to four others and possibly up to 20 people were hurt."
    )
    found = [(value, role) for _, value, role in counts(text)]
    assert (24, "injured") not in found and (23, "injured") not in found
    assert (3, "injured") in found


def test_a_list_whose_items_a_semicolon_sets_apart_is_one_group():
    text = (
        "Two brothers, Tom Reed, 30, and Sam Reed, 28; their uncle, Joe Reed, 61; "
        "and neighbor Ann Hill, 45, died in the fire."
    )
    assert "killed" in roles_of(text, 4), counts(text)


def test_a_semicolon_between_two_headline_clauses_makes_no_group():
    text = "Woman, 61, hit by stray gunfire; Man shot at bowling alley"
    assert 2 not in [low for _, low, _ in counts(text)], counts(text)


def test_a_list_read_as_the_object_of_saying_is_the_clause_subject():
    from claim_builders import hand_parse

    from workbench.claims.repair_lists import lists_repaired

    text = "Police say four hikers, including Smith, and two guides were hurt"
    p = hand_parse(  # as the small model reads it: the first item the object of "say"
        text,
        text.replace(",", " ,").split(),
        ["NNS", "VBP", "CD", "NNS", ",", "VBG", "NNP", ",", "CC", "CD", "NNS", "VBD", "VBN"],
        [
            "nsubj",
            "ROOT",
            "nummod",
            "dobj",
            "punct",
            "prep",
            "pobj",
            "punct",
            "cc",
            "nummod",
            "nsubjpass",
            "auxpass",
            "ccomp",
        ],
        [1, 1, 3, 1, 3, 3, 5, 3, 3, 10, 12, 12, 1],
    )
    q = lists_repaired(p)
    assert (q.heads[3], q.deps[3]) == (12, "nsubjpass")
    assert (q.heads[10], q.deps[10]) == (3, "conj")
    q = lists_repaired(hand_parse(text.replace("Police say", "Police shot"), *_words(p)))
    assert q.deps[3] == "dobj"  # not a verb of saying: two clauses


def _words(p):
    words = [p.word(k) for k in range(len(p))]
    words[1] = "shot"
    return words, p.tags, p.deps, p.heads


def test_a_time_between_two_objects_does_not_break_their_list():
    text = "The farmer lost three sons last night and two nephews."
    assert "killed" in roles_of(text, 5), counts(text)


def test_a_conjunct_after_the_first_parts_own_modifiers_is_still_in_the_group():
    # The parser makes "a guide" a second subject of "were injured" after the bracket.
    text = (
        "Two hikers from the lower camp (ages 30 and 41) and a guide from the village "
        "were injured in the avalanche."
    )
    assert "injured" in roles_of(text, 3), counts(text)


def test_a_persons_parents_are_two_in_a_group():
    text = "The driver was charged with killing her parents and two cousins in the crash."
    assert "killed" in roles_of(text, 4), counts(text)
    assert 3 not in [low for _, low, _ in counts(text)], counts(text)


def test_an_and_inside_the_first_subjects_clause_joins_no_second_subject():
    text = (
        "Two suspects in connection with a crash that left four people dead and one person "
        "injured have been identified by police."
    )
    found = counts(text)
    assert "injured" not in roles_of(text, 2) and 3 not in [low for _, low, _ in found], found


def test_persons_each_with_a_clause_of_their_own_are_counted_apart_and_as_a_group():
    text = (
        "A 30-year-old man who was stabbed in the arm and a 25-year-old woman who was "
        "shot in the leg were both taken to a hospital in stable condition."
    )
    found = counts(text)
    assert ("a 25-year-old woman", 1, "hit") in found, found
    assert [c for c in found if c[1] == 2 and c[2] == "injured"], found
    assert not [c for c in found if c[1] == 2 and c[2] == "hit"], found


def test_a_clause_on_each_of_two_persons_is_no_role_of_the_pair():
    found = counts("Officers found a man who had been stabbed and a woman who had been shot.")
    assert sorted(found) == [("a man", 1, "hit"), ("a woman", 1, "hit")], found


@pytest.mark.parametrize(
    ("text", "value", "wrong"),
    [
        (
            "Four hikers — a 20-year-old guide, two students and a 33-year-old cook — "
            "were injured in the rockfall.",
            4,
            8,
        ),
        (
            "7 miners were injured; a 20-year-old driver, 5 young diggers and a 41-year-old "
            "foreman.",
            7,
            14,
        ),
    ],
)
def test_a_list_set_off_by_a_dash_or_semicolon_names_the_counted_persons_again(text, value, wrong):
    found = counts(text)
    assert wrong not in [low for _, low, _ in found], found
    assert "injured" in roles_of(text, value), found


def test_named_members_of_a_counted_part_inside_a_list_are_not_added_again():
    text = "Deputies found the bodies of Vela Marsh, 52, and her two young sons, Orrin and Tamsin."
    found = counts(text)
    assert 5 not in [low for _, low, _ in found], found
    assert "killed" in roles_of(text, 3), found


@pytest.mark.parametrize(
    "text",
    [
        "The storm injured six campers — ages 9, 10, 12 and 14 — and two counselors.",
        "The storm injured six campers, ages 9, 10, 12 and 14; and two counselors.",
    ],
)
def test_ages_listed_in_a_group_are_no_persons(text):
    found = counts(text)
    assert "injured" in roles_of(text, 8), found
    assert not any(low > 8 for _, low, _ in found if low is not None), found


def test_a_plain_list_after_a_comma_is_still_summed():
    text = "The fire injured a farmer, his two nephews and a neighbor."
    assert "injured" in roles_of(text, 4), counts(text)
