"""The parser's batches are bounded in characters too, so a run-on line's 1,000-character
pieces do not make one enormous batch; the parses come back in order all the same."""

from __future__ import annotations

from workbench.parse.batch import BATCH_CHARS, BATCH_SIZE, batches, parse_form, parse_texts


def test_batches_hold_a_bounded_number_of_sentences_and_characters():
    texts = [f"{n} people were hurt." for n in range(600)] + ["word " * 200] * 300
    found = list(batches(texts))
    assert [t for batch in found for t in batch] == texts
    for batch in found:
        assert len(batch) <= BATCH_SIZE
        assert len(batch) == 1 or sum(map(len, batch)) <= BATCH_CHARS
    assert list(batches(["x" * (BATCH_CHARS + 5), "y"])) == [["x" * (BATCH_CHARS + 5)], ["y"]]


def test_parses_come_back_in_the_order_given():
    texts = ["Police said 3 people were hurt.", "word " * 150 + "end.", "Two men were arrested."]
    parsed = parse_texts(texts)
    assert [p.text for p in parsed] == texts


def _shouted_by_letters(text: str) -> bool:
    """The definition: at least 8 letters, at least 80% of them capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def test_the_quick_count_never_changes_which_sentences_are_shouted():
    texts = [
        "FIVE PEOPLE SHOT IN DOWNTOWN OVERNIGHT",
        "FIVE PEOPLE SHOT in downtown",
        "FIVE PEOPLE SHOT IN DOWNTOWN, police say",
        "Police say four people were shot.",
        "ÉTÉ À MONTRÉAL: DEUX BLESSÉS",
        "ÉTÉ à montréal: deux blessés",
        "UPDATE 2: 14 DEAD, 30 HURT",
        "12 345 678",
        "ABCDEFGh ij",
        "ABCDEFGHi j",
        "",
    ]
    for text in texts:
        assert (parse_form(text) != text) == _shouted_by_letters(text), text
