"""Parts taken out of a group, as the parser hangs them: "two of the victims", "three of
his five victims", "one of three people" (the parser's quantifier phrase). A part is a
count of its own; `counts.count_frame` reads its role and the group's."""

from __future__ import annotations

from workbench.claims.repair_tree import inside
from workbench.parse import Parse

NUMBER_TAGS = frozenset(("CD",))


def partitive_part(p: Parse, start: int, end: int) -> int | None:
    """The first number of a span that takes the rest "of" a group ("three of his five
    victims"): the part, whose clause may tell a role of its own."""
    numbers = [k for k in p.tokens_in(start, end) if p.tags[k] in NUMBER_TAGS]
    if len(numbers) < 2:
        return None
    of = partitive_of(p, numbers[0])
    if of is not None and all(inside(p, k, of) for k in numbers[1:]):
        return numbers[0]
    return None


def partitive_of(p: Parse, n: int) -> int | None:
    """The "of" a number takes its group with ("three of ...")."""
    return next((c for c in p.children(n) if p.deps[c] == "prep" and p.lower(c) == "of"), None)


def partitive_noun(p: Parse, m: int) -> int | None:
    """ "two of the victims": the group the count is taken out of."""
    for c in p.children(m):
        if p.deps[c] == "prep" and p.lower(c) == "of":
            obj = p.child(c, "pobj")
            if obj is not None:
                return obj
    return None


def one_of(p: Parse, n: int) -> bool:
    """ "one of three": the parser's quantifier phrase for a part of a group."""
    return any(p.deps[c] == "quantmod" and p.lower(c) == "of" for c in p.children(n))
