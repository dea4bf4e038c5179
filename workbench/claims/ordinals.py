"""Ordinal words that also name fractions: "a fourth victim" is a rank, "a fourth of the
budget" is a part; and a rank standing alone for a person ("a third was wounded").

The number patterns read "a third", "one fifth" as fractions, since "third", "fourth",
"fifth" and "tenth" name both a part and a rank. Only the parse tells them apart: a rank
is an adjective on a noun after it ("a fourth victim", "a third-degree burn"), or a
singular subject of its own with no "of" ("two died and a third was wounded"); a fraction
is a noun ("a fourth of the budget", "fell by a fifth") or takes a plural verb ("about a
third were hurt"). A rank is no quantity. A person it names is counted by the singular
mentions, as any "a victim" is; a rank standing alone is counted here: one, in the role of
its clause, implicit ("a second was wounded" as well), and so is "the other" standing
alone for the one left of a group ("One was shot in the arm. The other was shot in the
leg").
"""

from __future__ import annotations

from typing import Any

from workbench.claims.event_nouns import ORDINAL
from workbench.claims.mention_record import Mention, counts_one_in_role, mention_span, overlaps
from workbench.claims.roles import Roles
from workbench.claims.syntax import position
from workbench.parse import Parse

ORDINAL_FRACTIONS = frozenset(("third", "fourth", "fifth", "tenth"))
"""The singular fraction words that are ordinals too ("half" and "quarter" are not)."""
_ON_A_NOUN = frozenset(("amod", "nummod", "compound", "npadvmod"))
_PLURAL_VERBS = frozenset(("were", "are", "have"))
_DETERMINERS = frozenset(("a", "an", "the"))


def _on_a_noun(parse: Parse, k: int) -> bool:
    head = parse.heads[k]
    return parse.deps[k] in _ON_A_NOUN and head > k and parse.is_noun(head)


def lone_rank(parse: Parse, k: int) -> bool:
    """ "a third was wounded", "the second died", "the other was shot": an ordinal (or
    "the other", the last of a group told one by one) standing for a person as a singular
    subject (its determiner, no "of", no hedge, no plural verb)."""
    word = parse.lower(k)
    if not (ORDINAL.fullmatch(word) or word == "other"):
        return False
    if parse.deps[k] not in ("nsubj", "nsubjpass"):
        return False
    if parse.tags[k] not in ("JJ", "RB", "NN"):
        return False
    kids = parse.children(k)
    if not any(parse.deps[c] == "det" and parse.lower(c) in _DETERMINERS for c in kids):
        return False
    if any(parse.deps[c] in ("prep", "advmod", "quantmod", "amod", "compound") for c in kids):
        return False  # "a third of the victims", "about a third"
    verb = parse.heads[k]
    return not any(parse.lower(c) in _PLURAL_VERBS for c in (verb, *parse.children(verb)))


def is_rank(parse: Parse, start: int, end: int) -> bool:
    """True when the span holds an ordinal-fraction word the parse reads as a rank."""
    return any(
        parse.lower(k) in ORDINAL_FRACTIONS and (_on_a_noun(parse, k) or lone_rank(parse, k))
        for k in parse.tokens_in(start, end)
    )


def without_ranks(quantities: list[Any], parse: Parse | None) -> list[Any]:
    """The quantities that are not ranks read as fractions (kept all without a parse)."""
    if parse is None:
        return quantities
    return [q for q in quantities if q.value.get("unit") or not is_rank(parse, q.start, q.end)]


def rank_ones(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """Each rank standing alone for a person in a role: a count of 1, implicit."""
    found = []
    for k in range(len(p)):
        if not lone_rank(p, k):
            continue
        start, end = mention_span(p, k)
        if overlaps(start, end, taken):
            continue
        where = position(p, k, roles)
        if not counts_one_in_role(where):
            continue
        why = f"one more, by its rank: “{p.text[start:end]}” ({where.why or where.role})"
        mention = Mention(start, end, 1, where.role, why, True, None, where.also, wound=where.wound)
        mention.also_wound, mention.also_joined = where.also_wound, where.also_joined
        found.append(mention)
    return found
