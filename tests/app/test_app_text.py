"""Display-safe text and wrapping with exact offsets (no Textual needed)."""

from __future__ import annotations

import random

from rich.cells import cell_len

from workbench.app.queue import progress
from workbench.app.text import display_safe, line_of, one_line, wrap_offsets
from workbench.app.values import format_value


def test_display_safe_replaces_each_control_character_with_one_visible_one():
    raw = "a\x1b[31mb\tc\nd\x07\x7f\x85\u202e e\u00e9"
    safe = display_safe(raw)
    assert safe == "a␛[31mb c\nd␇␡�� eé"
    assert len(safe) == len(raw)
    assert "\x1b" not in safe and "\x07" not in safe and "\u202e" not in safe
    assert display_safe("plain [bold]text[/]") == "plain [bold]text[/]"


def test_one_line_flattens_and_shortens():
    assert one_line("two\nlines\x1b") == "two lines␛"
    assert one_line("abcdef", 4) == "abc…"


def test_wrapped_lines_cover_every_character_once_and_fit():
    rng = random.Random(3)
    words = ["a", "bb", "reallyreallylongwordthatmustfold", "x" * 50, "é", "数字", "[b]"]
    for _ in range(200):
        text = ""
        for _ in range(rng.randint(0, 60)):
            text += rng.choice(words) + rng.choice([" ", " ", "  ", "\n", "\n\n"])
        width = rng.randint(1, 30)
        lines = wrap_offsets(text, width)
        previous = None
        for start, end in lines:
            if previous is None:
                assert start == 0
            else:  # the next line starts where this one ended, or just after a newline
                assert start == previous or (start == previous + 1 and text[previous] == "\n")
            assert "\n" not in text[start:end]
            assert cell_len(text[start:end].rstrip()) <= max(width, 2)
            previous = end
        assert previous == len(text)
        for offset in range(len(text)):
            start, end = lines[line_of(lines, offset)]
            assert start <= offset <= end


def test_values_read_as_a_reviewer_would_say_them():
    assert format_value(
        "quantity", {"low": 22, "high": 26, "counted": "men", "hedge": "around"}
    ) == ("22–26 men (around)")
    assert format_value("quantity", {"low": 27.0, "high": 27.0, "counted": "people"}) == "27 people"
    assert format_value("place", {"name": "Northtown"}) == "Northtown"
    assert format_value("date", {"start": "2019-01-21", "end": "2019-01-21"}) == "2019-01-21"
    assert format_value("date", {}, "last week") == "last week"


def test_a_counted_noun_kept_as_its_lemma_reads_in_the_plural_beside_any_number_but_one():
    """Claims keep "man", "country": a verdict's side read "22–26 man (around)"."""
    around = {"low": 22, "high": 26, "counted": "man", "hedge": "around"}
    assert format_value("quantity", around) == "22–26 men (around)"
    assert format_value("quantity", {"low": 1, "high": 1, "counted": "man"}) == "1 man"
    assert format_value("quantity", {"low": 3, "high": 9, "counted": "police officer"}) == (
        "3–9 police officers"
    )
    assert format_value("quantity", {"low": 2, "high": 2, "counted": "child"}) == "2 children"
    assert format_value("quantity", {"low": 12, "high": 12, "counted": "staff"}) == "12 staff"
    assert format_value("quantity", {"low": 3000, "high": 3000, "unit": "m"}) == "3000 m"


def test_progress_counts_only_conflicts_that_still_have_claims():
    from workbench.app.data import ClaimRef, Decisions, Finding

    a = ClaimRef("a", 1, "place", "X", {})
    b = ClaimRef("b", 2, "place", "Y", {})
    found = [
        Finding("1", "conflict", "place", 1.0, "", None, ["a", "b"], [a, b]),
        Finding("2", "conflict", "place", 0.5, "", None, ["gone"], []),
    ]
    assert progress(found, Decisions({"a": "verified"})) == "0 of 1 conflicts done"
    decided = Decisions({"a": "verified", "b": "disputed"})
    assert progress(found, decided) == "1 of 1 conflicts done"


def test_progress_counts_can_t_tell_and_disagreed_apart_from_done():
    from workbench.app.data import ClaimRef, Decisions, Finding
    from workbench.models import Verdict

    def finding(fid):
        claims = [
            ClaimRef(f"{fid}a", 1, "place", "X", {}),
            ClaimRef(f"{fid}b", 2, "place", "Y", {}),
        ]
        return Finding(fid, "conflict", "place", 1.0, "", None, [c.id for c in claims], claims)

    found = [finding(n) for n in "1234"]

    def said(f, who, verdict, right=()):
        return Verdict(0, f.id, f.key, verdict, who, "t", right_claim_ids=list(right))

    decisions = Decisions(
        verdicts={
            found[0].key: [said(found[0], "ann", "cant_tell")],
            found[1].key: [said(found[1], "ann", "not_conflict")],
            found[2].key: [
                said(found[2], "ann", "right", ["3a"]),
                said(found[2], "bob", "right", ["3b"]),
            ],
        }
    )
    assert progress(found, decisions) == "1 of 4 conflicts done · 1 can't tell · 1 disagreed"


def test_the_tally_kept_by_decisions_counts_what_a_full_count_does():
    """The header's counts are kept up to date by recounting only the conflicts a
    decision touched; after any run of decisions they equal a count of every conflict."""
    from workbench.app.data import ClaimRef, Decisions, Finding
    from workbench.app.queue import Tally, _tally
    from workbench.models import Verdict

    rng = random.Random(5)
    claims = [ClaimRef(f"c{n}", n % 7, "place", "X", {}) for n in range(30)]
    found = []
    for n in range(40):  # claims shared between conflicts, stories 1-3 and none
        mine = rng.sample(claims, rng.randint(0, 3))
        found.append(
            Finding(
                str(n),
                "conflict",
                "place",
                1.0,
                "",
                None,
                [c.id for c in mine] or [f"x{n}"],
                mine,
                story_id=rng.choice([1, 2, 3, None]),
            )
        )
    decisions = Decisions()
    tally = Tally()
    tally.reset(found, decisions)
    for step in range(200):
        if rng.random() < 0.6:
            claim = rng.choice(claims).id
            if rng.random() < 0.3:
                decisions.statuses.pop(claim, None)
            else:
                decisions.statuses[claim] = rng.choice(["verified", "disputed"])
            tally.update(decisions, {claim})
        else:
            finding = rng.choice(found)
            answer = rng.choice(["cant_tell", "not_conflict", "right", None])
            if answer is None:
                decisions.verdicts.pop(finding.key, None)
            else:
                who = rng.choice(["ann", "bob"])
                standing = [v for v in decisions.verdicts.get(finding.key, []) if v.reviewer != who]
                right = finding.claim_ids[:1] if answer == "right" else []
                standing.append(
                    Verdict(0, finding.id, finding.key, answer, who, "t", right_claim_ids=right)
                )
                decisions.verdicts[finding.key] = standing
            tally.update(decisions, set(), {finding.key})
        assert tally.counts() == _tally(found, decisions), step
        for story in (1, 2, 3, None):
            mine = [f for f in found if f.story_id == story]
            assert tally.counts(story) == _tally(mine, decisions), (step, story)
