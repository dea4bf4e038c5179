"""Ordinal words that also name fractions: "a fourth victim" is a rank, "a fourth of the
budget" is a part; and a rank standing alone for a person ("a third was wounded").

The number patterns read "a third", "one fifth" as fractions, since "third", "fourth",
"fifth" and "tenth" name both a part and a rank. Only the parse tells them apart: a rank
is an adjective on a noun after it ("a fourth victim", "a third-degree burn"), or a
singular subject of its own with no "of" ("two died and a third was wounded"); a fraction
is a noun ("a fourth of the budget", "fell by a fifth") or takes a plural verb ("about a
third were hurt"). A rank is no quantity. A person it names is counted by the singular
mentions, as any "a victim" is; a rank standing alone is counted here: one, in the role of
its clause, implicit ("a second was wounded" as well), and so are "the other" standing
alone for the one left of a group ("One was shot in the arm. The other was shot in the
leg"), "another" and "a second one". A part whose own clause tells no role ("another was
lying in the yard", "a fourth showed up later") is one more of the group the page counted
before it: it takes that group's role (`others.roles_from_context`), or is dropped where
that group's role is only hit (`others.without_lone_ranks`).
"""

from __future__ import annotations

from typing import Any

from workbench.claims.event_nouns import ORDINAL
from workbench.claims.mention_record import Mention, counts_one_in_role, mention_span, overlaps
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.syntax import lemma, position
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

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
    if parse.deps[k] not in ("nsubj", "nsubjpass"):
        return False
    kids = parse.children(k)
    if word == "another":  # its own determiner: "another was shot", "another in the leg"
        bare = all(parse.deps[c] in ("prep", "punct") for c in kids) and not _of(parse, kids)
        return parse.tags[k] == "DT" and bare and not _plural_verb(parse, k)
    if word == "one":  # "a second one died": the rank on a "one" standing for a person
        ranks = [c for c in kids if parse.deps[c] == "amod" and ORDINAL.fullmatch(parse.lower(c))]
        return len(ranks) == 1 and _determined(parse, kids) and not _plural_verb(parse, k)
    if not (ORDINAL.fullmatch(word) or word == "other"):
        return False
    if parse.tags[k] not in ("JJ", "RB", "NN"):
        return False
    if not _determined(parse, kids):
        return False
    if any(parse.deps[c] in ("advmod", "quantmod", "amod", "compound") for c in kids):
        return False  # "about a third"
    if _of(parse, kids):
        return False  # "a third of the victims" ("a third in the arm" is a person)
    return not _plural_verb(parse, k)


def _of(parse: Parse, kids: list[int]) -> bool:
    return any(parse.deps[c] == "prep" and parse.lower(c) == "of" for c in kids)


def _determined(parse: Parse, kids: list[int]) -> bool:
    return any(parse.deps[c] == "det" and parse.lower(c) in _DETERMINERS for c in kids)


def _plural_verb(parse: Parse, k: int) -> bool:
    """ "about a third were hurt": a fraction of a crowd, no one person."""
    verb = parse.heads[k]
    return any(parse.lower(c) in _PLURAL_VERBS for c in (verb, *parse.children(verb)))


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
        if where.role is None and _one_more_of_a_group(p, k, roles, where):
            # "another was lying in a yard", "a fourth showed up later": one more of the
            # group counted before it, in that group's role (`others.roles_from_context`)
            why = f"one more, by its rank: “{p.text[start:end]}”"
            found.append(Mention(start, end, 1, "hit", why, True, None, one_more=True))
            continue
        if not counts_one_in_role(where):
            continue
        why = f"one more, by its rank: “{p.text[start:end]}” ({where.why or where.role})"
        mention = Mention(start, end, 1, where.role, why, True, None, where.also, wound=where.wound)
        mention.also_wound, mention.also_joined = where.also_wound, where.also_joined
        found.append(mention)
    return found


def _one_more_of_a_group(p: Parse, k: int, roles: Roles, where: Any) -> bool:
    """A part whose own clause tells no role is one more of the group before it only when
    nothing in its clause tells another part for it: not "the other" nor a part after a
    "one" standing alone in its sentence (the sibling of a part: the part's role is not
    its own), not denied, not the doer of an act on
    someone ("another used a Taser on him"), no noun of a role of no harm in its clause
    ("another is under arrest", "the second is believed to be the shooter"), and not one of a
    series of things the sentence began ("one bullet entered a room and another went
    through a car")."""
    if where.predicate and where.predicate.negated:
        return False
    if p.lower(k) == "other" or _after_a_lone_one(p, k):
        return False  # "One was taken to X and the other stayed": a sibling, not one more
    verb = p.heads[k]
    if verb == k or p.child(verb, "dobj") is not None:
        return False
    lo, hi = p.subtree(k)
    first, last = p.subtree(verb)
    clause = [t for t in range(first, last + 1) if not lo <= t <= hi and t != verb]
    if any(_no_harm_noun(lemma(p, t), roles) for t in clause):
        return False
    return not _series_of_things(p, k)


def _after_a_lone_one(p: Parse, k: int) -> bool:
    """A "one" standing alone for a person before k ("One was taken to ..., another ...")."""
    return any(
        p.lower(t) == "one" and p.tags[t] == "CD" and p.deps[t] in ("nsubj", "nsubjpass")
        for t in range(k)
    )


def _no_harm_noun(word: str, roles: Roles) -> bool:
    role = roles.nouns.get(word) or roles.counted_nouns.get(word)
    return role is not None and role not in HARM_ROLES


def _series_of_things(p: Parse, k: int) -> bool:
    """The nearest "one" before the part counts a noun that is no person ("one bullet")."""
    ones = [t for t in range(k) if p.lower(t) == "one" and p.deps[t] == "nummod"]
    if not ones:
        return False
    noun = p.heads[ones[-1]]
    return vocabulary().counted_class(lemma(p, noun)) != "persons"
