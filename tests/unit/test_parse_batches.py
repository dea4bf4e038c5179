"""The parser's batches are bounded in characters too, so a run-on line's 1,000-character
pieces do not make one enormous batch; the parses come back in order all the same."""

from __future__ import annotations

from workbench.parse.batch import BATCH_CHARS, BATCH_SIZE, batches, parse_texts


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
