"""A headline's bare numbers where the parser hangs them on the wrong word: the object of a
harm verb before it ("shooting that killed 1 and injured 4", "shot 2 in chase"), a bare
"one" opening a clause with its own state ("One killed, several shot"), a number with its
adverb after a participle read as a noun ("4 shot, 1 fatally"), a Title Case headline
whose short words stay in lower case ("At Least 3 Injured in Shooting at Mall 8 in Town"),
and a person read as the modifier of the participle after it ("after teen shot").

Headlines and sentences written here (none copied from a corpus)."""

from __future__ import annotations

import pytest
from claim_builders import counts, headline_counts


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Second suspect held in shooting that killed 2 and injured 5", (5, "injured")),
        ("Police seek 3 men in connection with shooting that injured 11", (11, "injured")),
        ("Oak Park man accidentally shot 3 in chase of burglar", (3, "hit")),
        ("One killed, several shot in Riverton", (1, "killed")),
        ("One shot at Lincoln Middle School", (1, "hit")),
        ("6 shot, 2 fatally, at graduation party, police say", (2, "killed")),
        ("At Least 3 Injured in Shooting at Cinema 8 in Eastwood", (3, "injured")),
        # a person the parser hangs on the participle after it as its modifier
        ("Police search for red sedan after teen shot", (1, "hit")),
        ("Inquiry opened after child shot in the leg", (1, "hit")),
        ("Juvenile shot on Market Square in Northport", (1, "hit")),
        ("A suspect shot dead by deputies in Eastwood was 15, coroner says", (1, "killed")),
        ("Arrest made months after man shot, killed during card game", (1, "killed")),
    ],
)
def test_a_headlines_bare_number_takes_its_own_verb_or_state(title, expected):
    found = headline_counts(title)
    assert expected in found, found


@pytest.mark.parametrize(
    "title",
    [
        "No one hurt in Riverton shooting",
        "Man shot 2 times in Eastwood",
        "Male shooting suspect at large",
    ],
)
def test_no_count_of_people_where_the_number_counts_none(title):
    found = headline_counts(title)
    assert not [f for f in found if f[0] > 1 and f[1] is not None], found


@pytest.mark.parametrize(
    "text",
    ["He fired one shot at the car.", "One shot rang out across the lot."],
)
def test_one_shot_fired_is_no_person(text):
    assert counts(text) == [], counts(text)


def test_an_object_the_parser_already_reads_stays():
    found = [(v, r) for _, v, r in counts("The gunman killed 2 and injured 3 before fleeing.")]
    assert (2, "killed") in found and (3, "injured") in found, found


def test_an_event_word_is_no_participle_of_a_person_before_it():
    # no one shot; the suspect still at large is none arrested yet (`arrest_states`)
    assert headline_counts("Male shooting suspect still at large") == [(0, "arrested")]
