"""Display-safe text and wrapping with exact offsets (no Textual needed)."""

from __future__ import annotations

import random

from rich.cells import cell_len

from workbench.app.format import format_value
from workbench.app.queue import progress
from workbench.app.text import display_safe, line_of, one_line, wrap_offsets


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
