"""Ordinal words that also name fractions: "a fourth victim" is a rank, "a fourth of the
budget" is a part.

The number patterns read "a third", "one fifth" as fractions, since "third", "fourth",
"fifth" and "tenth" name both a part and a rank. Only the parse tells them apart: a rank
is an adjective on a noun after it ("a fourth victim", "a third-degree burn"), a fraction
is itself the noun ("a fourth of the budget", "fell by a fifth"). A rank is no quantity; a
person it names is then counted by the singular mentions, as any "a victim" is: one, in
the role of its clause, implicit. Plural forms ("three fourths") are always fractions.
"""

from __future__ import annotations

from typing import Any

from workbench.parse import Parse

ORDINAL_FRACTIONS = frozenset(("third", "fourth", "fifth", "tenth"))
"""The singular fraction words that are ordinals too ("half" and "quarter" are not)."""
_ON_A_NOUN = frozenset(("amod", "nummod", "compound", "npadvmod"))


def is_rank(parse: Parse, start: int, end: int) -> bool:
    """True when the span holds an ordinal-fraction word the parse hangs on a later word
    as its modifier: the word ranks that noun, it measures no part of anything."""
    for k in parse.tokens_in(start, end):
        if parse.lower(k) in ORDINAL_FRACTIONS and parse.deps[k] in _ON_A_NOUN:
            head = parse.heads[k]
            if head > k and parse.is_noun(head):
                return True
    return False


def without_ranks(quantities: list[Any], parse: Parse | None) -> list[Any]:
    """The quantities that are not ranks read as fractions (kept all without a parse)."""
    if parse is None:
        return quantities
    return [q for q in quantities if q.value.get("unit") or not is_rank(parse, q.start, q.end)]
