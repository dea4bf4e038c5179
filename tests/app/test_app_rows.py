"""Conflict list rows read as the articles put it, at any width (no Textual needed)."""

from __future__ import annotations

import dataclasses

from rich.style import Style

from workbench.app.data import ClaimRef, Decisions, Finding, SourceInfo
from workbench.app.format import finding_row

SOURCES = {
    1: SourceInfo(1, "a.txt", "The New York Times", None, None, None, None, 3),
    2: SourceInfo(2, "b.txt", "The Telegraph", None, None, None, None, 3),
    3: SourceInfo(3, "c.txt", None, None, "Military mutiny in Venezuela", None, None, 3),
}


def claim(cid, source, kind, text, value, event_date=None):
    return ClaimRef(cid, source, kind, text, value, event_date)


COUNT = Finding(
    "f1",
    "conflict",
    "quantity",
    0.9,
    "",
    True,
    ["a", "b"],
    [
        claim("a", 1, "quantity", "27 people", {"low": 27, "high": 27, "counted": "people"}),
        claim(
            "b",
            2,
            "quantity",
            "around two dozen men",
            {"low": 22, "high": 26, "counted": "man", "hedge": "around"},
        ),
    ],
)
PLACE = Finding(
    "f2",
    "conflict",
    "place",
    0.8,
    "",
    True,
    ["p1", "p2", "p3", "p4"],
    [
        claim("p1", 1, "place", "Caracas neighborhood of Cotiza", {"name": "Cotiza"}),
        claim("p2", 2, "place", "Cotiza neighbourhood of Caracas", {"name": "Cotiza"}),
        claim("p3", 3, "place", "slum of Caracas called Petare", {"name": "Petare"}),
        claim("p4", 3, "place", "Petare", {"name": "Petare"}),
    ],
)
COUNTRIES = Finding(
    "f3",
    "conflict",
    "quantity",
    0.7,
    "",
    True,
    ["c1", "c2"],
    [
        claim("c1", 2, "quantity", "Over 60 countries", {"low": 61, "counted": "country"}),
        claim(
            "c2", 3, "quantity", "Around 50 countries", {"low": 45, "high": 55, "hedge": "around"}
        ),
    ],
)


def row(finding, width):
    return finding_row(finding, SOURCES, Decisions(), lambda name: Style(), width).plain


def test_each_side_reads_as_written_not_normalised():
    assert "27 people ≠ around two dozen men" in row(COUNT, 120)
    assert "Over 60 countries ≠ Around 50 countries" in row(COUNTRIES, 120)
    assert "Cotiza ≠ Petare" in row(PLACE, 120)  # a place by its name, as the text spells it
    assert "men (aro" not in row(COUNT, 120) and "61 countries" not in row(COUNTRIES, 120)


def test_wide_rows_name_the_sources_after_the_words():
    wide = row(PLACE, 120)
    assert wide.index("Petare") < wide.index("The New York Times + The Telegraph")


def test_narrow_rows_keep_the_words_and_fit():
    narrow = row(COUNT, 36)  # the list's width on an 80-column terminal
    assert narrow.startswith("○ 27 people ≠ around two dozen men")
    for finding in (COUNT, PLACE, COUNTRIES):
        for width in (20, 36, 48, 60, 80):
            assert len(row(finding, width)) <= width, (finding.id, width)
    squeezed = row(COUNTRIES, 36)
    assert "Over 60" in squeezed and "Around 50" in squeezed and "…" in squeezed


def test_claim_rows_give_the_words_the_room_and_the_source_what_is_left():
    from workbench.app.format import claim_row

    def line(text, width):
        ref = ClaimRef("x", 1, "date", text, {})
        return claim_row(ref, SOURCES, {}, lambda name: Style(), width).plain

    assert line("early Monday", 36) == "○ early Monday  The New York Times"
    assert line("Caracas neighborhood of Cotiza", 36) == "○ Caracas neighborhood of Cotiza"
    assert line("early Monday", 100).startswith("○ date  early Monday  The New York Times")
    for width in (20, 36, 60, 100):
        assert (
            len(line("around two dozen men in the uniform of the Guardia Nacional", width)) <= width
        )


def test_one_mention_counted_in_two_roles_reads_as_two_rows():
    """A singular mention counted as injured and as hit is two claims: each row names its
    role, so the list does not show the same words twice (the walk's "A 5-year-old child")."""
    from workbench.app.format import claim_row

    def line(role, width):
        ref = ClaimRef("x", 1, "quantity", "A 5-year-old child", {"low": 1}, role=role)
        return claim_row(ref, SOURCES, {}, lambda name: Style(), width).plain

    for width in (36, 48, 100):
        injured, hit = line("injured", width), line("hit", width)
        assert injured != hit and len(injured) <= width and len(hit) <= width
    assert line("injured", 36).startswith("○ injured: A 5-year-old child")
    assert line("hit", 100).startswith("○ count hit: A 5-year-old child  The New York Times")
    assert line(None, 36).startswith("○ A 5-year-old child  The New York")
    assert line("injured", 12).startswith("○ A 5-year")  # too narrow: the words first


def dated_pair(first: tuple, second: tuple, **kw) -> Finding:
    """Two counts, each (words, low, event date), of sources 2 and 3."""
    sides = [
        claim(f"d{i}", i + 1, "quantity", words, {"low": low}, date)
        for i, (words, low, date) in enumerate((first, second), 1)
    ]
    return Finding("f4", "conflict", "quantity", 0.9, "", True, ["d1", "d2"], sides, **kw)


def test_a_row_names_the_event_where_and_when():
    dated = dated_pair(
        ("27 people", 27, "2019-01-21"), ("two dozen", 24, "2019-01-22"), place="Cotiza"
    )
    assert "27 people ≠ two dozen · Cotiza, 2019-01-21" in row(dated, 120)


def test_sides_that_read_the_same_are_never_joined_by_not_equal():
    same_words = Finding(
        "f5",
        "conflict",
        "quantity",
        0.9,
        "",
        True,
        ["s1", "s2"],
        [
            claim("s1", 1, "quantity", "27", {"low": 27, "counted": "soldier"}),
            claim("s2", 2, "quantity", "27", {"low": 27, "counted": "civilian"}),
        ],
    )
    shown = row(same_words, 120)
    assert "27 (27 soldiers) ≠ 27 (27 civilians)" in shown
    identical = Finding(
        "f6",
        "conflict",
        "quantity",
        0.9,
        "",
        True,
        ["i1", "i2"],
        [
            claim("i1", 1, "quantity", "27 men", {"low": 27, "counted": "man", "exact": True}),
            claim("i2", 2, "quantity", "27 men", {"low": 27, "counted": "man"}),
        ],
    )
    assert "≠" not in row(identical, 120)


def test_an_outlets_own_update_names_the_outlet_once():
    """Both sides from one outlet (its own figure changed between two of its reports):
    at 120 columns the row read "sanfrancisco.cb… |…", the name twice and cut."""
    own = Finding(
        "f4",
        "conflict",
        "quantity",
        0.8,
        "",
        False,
        ["u1", "u2"],
        [
            claim("u1", 1, "quantity", "No Arrests", {"low": 0, "high": 0}),
            claim("u2", 1, "quantity", "two people", {"low": 2, "high": 2}),
        ],
    )
    wide = row(own, 60)
    assert wide.count("The New York Times") == 1 and "|" not in wide
    assert "The New York Times | The Telegraph" in row(COUNT, 120)  # two outlets: both


def test_a_count_in_another_role_is_a_side_of_its_own():
    """A killed update whose first reports say the child was injured: every claim counts
    1, so the row showed one side ("The girl") and no change at all (300 real articles:
    "1 injured, then died"). The role now splits the sides and names itself."""
    died = Finding(
        "f5",
        "conflict",
        "quantity",
        0.87,
        "",
        False,
        ["r1", "r2", "r3"],
        [
            ClaimRef("r1", 1, "quantity", "The child", {"low": 1, "high": 1}, role="injured"),
            ClaimRef("r2", 1, "quantity", "The girl", {"low": 1, "high": 1}, role="injured"),
            ClaimRef("r3", 2, "quantity", "The 2-year-old", {"low": 1, "high": 1}, role="killed"),
        ],
        relation="update",
        role="killed",
    )
    assert "injured: The girl → killed: The 2-year-old" in row(died, 120)
    assert "injured" not in row(COUNT, 120)  # a conflict without roles reads as before
    # The list's 38 cells at 80x24: the roles, what changed, stay whole; the nouns give way.
    narrow = row(died, 38)
    assert len(narrow) <= 38 and "injured: The girl → killed: The" in narrow
    assert "1 injured → 1 killed" in row(died, 34)  # the nouns would read "The gi…"
    # two rows of one story differ by their figures, not only by roles (walk of gva
    # records 2101-2400: "arrested → charged" twice)
    charged = ClaimRef(
        "c1", 1, "quantity", "three teenagers", {"low": 3, "high": 3}, role="charged"
    )
    parts = [
        Finding(
            f"p{n}",
            "conflict",
            "quantity",
            0.5,
            "",
            False,
            ["c1", f"a{n}"],
            [
                charged,
                ClaimRef(f"a{n}", 2, "quantity", words, {"low": n, "high": n}, role="arrested"),
            ],
            relation="update",
            role="arrested",
        )
        for n, words in ((0, "no one"), (2, "two young men"))
    ]
    narrow = [row(f, 34) for f in parts]
    assert "0 arrested" in narrow[0] and "2 arrested" in narrow[1] and "3 charged" in narrow[0]


def test_a_figure_added_up_from_parts_is_one_side_per_source():
    """300 real articles: a hit conflict of 1 dead + 3 others (4) against one dead + four
    victims (5) read "killed: 1 Dead ≠ injured: 3 Others ≠ injured: four vict…" (by part,
    as if the parts clashed), "killed ≠ injured ≠ injured" at 120 columns, and verdict 1
    meant "1 killed is right". The sides are now the sources, as the reason says."""
    from workbench.app.format import finding_sides

    summed = Finding(
        "f6",
        "conflict",
        "quantity",
        0.33,
        "",
        True,
        ["s1", "s2", "s3", "s4"],
        [
            ClaimRef("s1", 1, "quantity", "1 Dead", {"low": 1, "high": 1}, role="killed"),
            ClaimRef("s2", 1, "quantity", "3 Others", {"low": 3, "high": 3}, role="injured"),
            ClaimRef("s3", 2, "quantity", "one person dead", {"low": 1}, role="killed"),
            ClaimRef("s4", 2, "quantity", "four victims", {"low": 4, "high": 4}, role="hit"),
        ],
        role="hit",
    )
    sides = finding_sides(summed, SOURCES)
    assert [[c.id for c in side.claims] for side in sides] == [["s1", "s2"], ["s3", "s4"]]
    assert [side.sources for side in sides] == [["The New York Times"], ["The Telegraph"]]
    assert "1 Dead + 3 Others ≠ one person dead + four victims" in row(summed, 120)
    for width in (36, 48, 60):
        narrow = row(summed, width)
        assert len(narrow) <= width and " ≠ " in narrow and "+" in narrow


def test_an_update_gives_the_later_figures_date_not_only_the_events():
    """The sample's countries update read "· 2019-01-21" (the January event) though its
    later figure was reported on 2019-04-30 (walk33): the span where there is room, else
    the later date."""
    update = dated_pair(
        ("Over 60 countries", 61, "2019-01-21"),
        ("Around 50 countries", 45, "2019-04-30"),
        relation="update",
    )
    assert "Over 60 countries → Around 50 countries · 2019-01-21 → 2019-04-30" in row(update, 120)
    narrow = row(update, 58)
    assert "· 2019-04-30" in narrow and "2019-01-21" not in narrow
    contradiction = dataclasses.replace(update, relation="contradiction")
    assert "· 2019-01-21" in row(contradiction, 120)  # a contradiction: the event's date


def test_many_sides_on_a_narrow_row_name_the_first_whole_and_count_the_rest():
    """Five times at 80 columns read "01:… ≠ 7:3… ≠ 00:… ≠ 01:… ≠ 00:…" (walk34 on the
    real corpus): the first sides whole, then how many more."""
    words = ["01:14", "7:30 p.m.", "00:45", "01:22", "00:41"]
    times = [claim(f"t{i}", 1 + i % 3, "date", w, {"time": w}) for i, w in enumerate(words)]
    many = Finding("f6", "conflict", "date", 0.5, "", True, [c.id for c in times], times)
    narrow = row(many, 36)
    assert narrow.startswith("○ 01:14 ≠ 7:30") and narrow.rstrip().endswith("+2 more")
    assert "01:… " not in narrow
    assert "+" not in row(many, 120)  # room for every side: all of them


def test_a_corroboration_names_its_sides_whole_and_counts_the_rest():
    """Five agreeing sides at 160 columns read "Triple … = Three w… = three d… = …"
    (walk35, 1,000 real articles): they say one figure, so no side is cut while fewer fit
    whole, down to one; a conflict's sides keep being cut to 6 cells first."""
    words = ["Triple Shooting", "Three would-be robbers", "three dead", "three hurt", "3 men"]
    nouns = ["shooting", "robber", "person", "victim", "man"]  # one figure, five nouns
    said = [
        claim(f"c{i}", 1 + i % 3, "quantity", w, {"low": 3, "high": 3, "counted": n})
        for i, (w, n) in enumerate(zip(words, nouns, strict=True))
    ]
    agree = Finding("k1", "corroboration", "quantity", 1.0, "", None, [c.id for c in said], said)
    wide = row(agree, 58)
    assert wide.startswith("○ Triple Shooting = Three would-be robbers = +3 more"), wide
    assert "…" not in wide.split("+")[0]
    assert row(agree, 36).startswith("○ Triple Shooting = +4 more")
    assert row(agree, 22) == "○ Triple Sh… = +4 more"  # not even one whole: cut, and the rest
    clash = dataclasses.replace(agree, group="conflict")
    assert "…" in row(clash, 58)  # a conflict's sides: cut, each still legible


def test_a_count_of_none_beside_the_same_words_says_none_in_the_role():
    """ "a man" arrested (1) and "a man" a page says is still sought (0 arrested): the
    row read "a man (1 man) → a man (0)", leaving 0 of what to guess (walk41, walk42)."""
    sought = Finding(
        "f9",
        "conflict",
        "quantity",
        0.8,
        "",
        True,
        ["m1", "m2"],
        [
            ClaimRef("m1", 1, "quantity", "a man", {"low": 1, "high": 1, "counted": "man"}),
            ClaimRef("m2", 2, "quantity", "a man", {"low": 0, "high": 0}),
        ],
        relation="update",
        role="arrested",
    )
    assert "a man (1 man) → a man (none arrested)" in row(sought, 120)
    unnamed = dataclasses.replace(sought, role=None)
    assert "a man (1 man) → a man (none)" in row(unnamed, 120)
