"""A parse's readers: the token at an offset, the tokens in a span, a subtree, a child.
Tokens in text order are found by bisection, others by the scan: both give the same."""

from __future__ import annotations

from workbench.parse import Parse

TEXT = "Two men were shot ."
# "Two"<-"men"<-"shot" (root) ->"were", ->"."
HEADS = [1, 3, 3, 3, 3]


def _parse(starts: list[int], ends: list[int]) -> Parse:
    return Parse(TEXT, starts, ends, ["CD", "NNS", "VBD", "VBN", "."], ["nummod", "nsubjpass",
        "auxpass", "ROOT", "punct"], list(HEADS))  # fmt: skip


def _scanned(p: Parse, start: int, end: int) -> list[int]:
    return [
        k for k, (s, e) in enumerate(zip(p.starts, p.ends, strict=True)) if s < end and start < e
    ]


def test_tokens_in_order_are_found_as_the_scan_finds_them():
    p = _parse([0, 4, 8, 13, 18], [3, 7, 12, 17, 19])
    assert p.token_at(0) == 0 and p.token_at(2) == 0
    assert p.token_at(3) == 1  # the space after "Two": the next token
    assert p.token_at(13) == 3 and p.token_at(18) == 4 and p.token_at(19) is None
    assert (
        p.tokens_in(4, 12) == [1, 2]
        and p.tokens_in(3, 4) == []
        and p.tokens_in(0, 99) == [0, 1, 2, 3, 4]
    )
    for start in range(-1, 21):
        for end in range(start, 22):
            assert p.tokens_in(start, end) == _scanned(p, start, end)


def test_tokens_out_of_order_are_scanned():
    p = _parse([8, 4, 0, 13, 18], [12, 7, 3, 17, 19])  # a hand-made parse, not a parser's
    assert not p._ordered()
    assert p.token_at(5) == 0  # the scan stops at the first token starting after it
    assert p.tokens_in(0, 8) == [1, 2]


def test_a_subtree_and_a_child_are_read_from_the_heads():
    p = _parse([0, 4, 8, 13, 18], [3, 7, 12, 17, 19])
    assert p.subtree(3) == (0, 4) and p.subtree(1) == (0, 1) and p.subtree(0) == (0, 0)
    assert p.subtree(1) is p.subtree(1)  # asked again: kept
    assert p.child(3, "auxpass", "punct") == 2 and p.child(3, "dobj") is None


def test_a_parse_whose_heads_all_end_at_a_root_is_a_tree():
    assert _parse([0, 4, 8, 13, 18], [3, 7, 12, 17, 19]).is_tree()


def test_a_token_hung_under_its_own_dependent_makes_no_tree():
    p = _parse([0, 4, 8, 13, 18], [3, 7, 12, 17, 19])
    cyclic = Parse(p.text, p.starts, p.ends, p.tags, p.deps, [1, 0, 3, 3, 3])
    assert not cyclic.is_tree()


def _walked(p: Parse, i: int) -> tuple[int, int]:
    """A subtree's span by walking down from its token (what `subtree` gives)."""
    seen, stack = [], [i]
    while stack:
        k = stack.pop()
        seen.append(k)
        stack.extend(p.children(k))
    return min(seen), max(seen)


def test_every_subtree_is_the_span_a_walk_down_from_its_token_covers():
    # Two roots (a dateline before its sentence) and an arc across another token's subtree:
    # "Blorp , Zint -- glorf wabs were flimmed yesterday" with "yesterday" hung on "Blorp".
    words = ["Blorp", ",", "Zint", "--", "glorf", "wabs", "were", "flimmed", "yesterday"]
    starts = [sum(len(w) + 1 for w in words[:k]) for k in range(len(words))]
    ends = [s + len(w) for s, w in zip(starts, words, strict=True)]
    heads = [0, 0, 0, 7, 5, 7, 7, 7, 0]
    p = Parse(" ".join(words), starts, ends, ["NN"] * 9, ["dep"] * 9, heads)
    assert [p.subtree(k) for k in range(9)] == [_walked(p, k) for k in range(9)]
    assert p.subtree(0) == (0, 8) and p.subtree(7) == (3, 7) and p.subtree(5) == (4, 5)


def test_a_token_below_a_cycle_is_spanned_by_its_own_walk():
    p = _parse([0, 4, 8, 13, 18], [3, 7, 12, 17, 19])
    cyclic = Parse(p.text, p.starts, p.ends, p.tags, p.deps, [1, 2, 1, 2, 3])
    assert cyclic.subtree(4) == (4, 4) and cyclic.subtree(0) == (0, 0)


def test_every_lower_is_made_once_and_read_whole_or_one_by_one():
    p = Parse("Two MEN Fled", [0, 4, 8], [3, 7, 12], ["CD", "NNS", "VBD"],
        ["nummod", "nsubj", "ROOT"], [1, 2, 2])  # fmt: skip
    assert p.lowers() == ["two", "men", "fled"] and p.lower(1) == "men"
    assert p.lowers() is p.lowers()
    assert Parse("", [], [], [], [], []).lowers() == []


def test_a_new_parse_of_the_same_arrays_keeps_nothing_of_another():
    # A repair makes a new Parse: what a rule kept on the old one is not the new one's.
    p = _parse([0, 4, 8, 13, 18], [3, 7, 12, 17, 19])
    p.memo["lemmas"] = ["two", "man", "be", "shoot", "."]
    again = Parse(p.text, p.starts, p.ends, p.tags, p.deps, p.heads)
    assert again.memo == {} and again == p
