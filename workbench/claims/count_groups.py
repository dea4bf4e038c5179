"""The groups counts make together: coordinated parts and the whole they add up to.

"four men and one woman" is a group of 5 with parts 4 and 1; "his parents and three
siblings" one of 5. A group is read only when every part is a countable person, none is a
thing, none is marked in a state or told a role of its own (those are counts apart), and a
whole restated by its parts is not counted again (`counts.count_frame` reads the group).
"""

from __future__ import annotations

from workbench.claims.clause_positions import own_position
from workbench.claims.no_count import value_of
from workbench.claims.partitive_counts import NUMBER_TAGS, partitive_noun
from workbench.claims.roles import Roles
from workbench.claims.syntax import lemma
from workbench.claims.word_counts import PLURAL_PRONOUNS
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

# Plurals whose number is fixed by what they mean when they are someone's: a person has
# two parents; twins are two.
PAIRS = {"parents": 2.0, "twins": 2.0}


def conjunct_value(p: Parse, k: int) -> float | None:
    """How many one conjunct names: its number, or 1 for a singular noun."""
    aged = _aged_noun(p, k) if p.lower(k) in AGE_NOUNS else None
    if aged is not None and p.child(k, "nummod") is None:
        return conjunct_value(p, aged)  # "and 2 juveniles ages 14 and 15": 2
    for c in p.children(k):
        if p.deps[c] == "nummod":
            return value_of(p, c)
    if p.tags[k] in NUMBER_TAGS:
        return value_of(p, k)
    if p.tags[k] == "NNS" and p.lower(k) in PAIRS and p.child(k, "poss") is not None:
        return PAIRS[p.lower(k)]  # "his parents and three siblings": 5
    if p.tags[k] == "PRP" and p.lower(k) in PLURAL_PRONOUNS:
        return None  # "left them and three others dead": how many "them" are is told before
    if p.tags[k] in ("NN", "PRP") or (p.tags[k] == "NNP" and p.deps[k] != "compound"):
        return 1.0
    if countable(p, k):
        return 1.0
    return None


def conjuncts(p: Parse, m: int) -> list[int]:
    """The noun and the nouns coordinated with it, in order ("four men and one woman")."""
    first = m
    while p.deps[first] == "conj" and p.heads[first] != first:
        first = p.heads[first]
    out = [first]
    stack = [first]
    while stack:
        k = stack.pop()
        for c in p.children(k):
            if p.deps[c] == "conj" and (countable(p, c) or p.tags[c] in NUMBER_TAGS):
                out.append(c)
                stack.append(c)
    return sorted(out)


def countable(p: Parse, k: int) -> bool:
    """A noun, a personal pronoun or an age as a noun ("a 3-year-old") can be a part."""
    if p.is_noun(k) or p.tags[k] == "PRP":
        return True
    return p.lower(k) == "old" and any(p.lower(c) in ("year", "month") for c in p.children(k))


def ages(p: Parse, k: int) -> bool:
    """ "four men — ages 18, 18, 19 and 20 — and three women": the noun "age" the parser
    hangs in a list of persons, and the numbers it coordinates under it, name the ages of
    the persons before it, no one more."""
    while True:
        if p.lower(k) in AGE_NOUNS and p.is_noun(k):
            return _aged_noun(p, k) is None
        if p.deps[k] != "conj" or p.tags[k] not in NUMBER_TAGS or p.heads[k] == k:
            return False
        k = p.heads[k]


AGE_NOUNS = frozenset(("age", "ages"))


def _aged_noun(p: Parse, k: int) -> int | None:
    """ "2 juveniles ages 14 and 15": the parser makes the age noun the head and the persons
    its compound; the persons' noun, which the age noun then stands for."""
    return next((c for c in p.children(k) if p.deps[c] == "compound" and p.is_noun(c)), None)


def _a_thing(p: Parse, k: int, roles: Roles) -> bool:
    """A part the data knows as no person: a noun of a class of things the vocabulary
    counts (vehicles, buildings, weapons, ...: "four people and two vehicles were shot at"),
    or a harm borne ("one had minor injuries and the two others ...")."""
    if p.tags[k] not in ("NN", "NNS"):
        return False
    base = lemma(p, k)
    vocab = vocabulary()
    things = set(vocab.counted.values()) - {"persons"}
    return base in roles.borne_nouns or vocab.counted_class(base) in things


def whole_stated(p: Parse, parts: list[int], whole: float) -> bool:
    """ "Five victims—four males and one female—were rushed ...": a group set off as the
    apposition of a noun counted with the group's sum tells that count's parts; the whole
    is stated, not derived."""
    first = parts[0]
    if p.deps[first] != "appos":
        return False
    head = p.heads[first]
    return any(p.deps[c] == "nummod" and value_of(p, c) == whole for c in p.children(head))


def _own_state(p: Parse, k: int, roles: Roles) -> bool:
    """A part followed by its own state ("two women dead and five injured"); a state's word
    with an object of its own is a preposition ("two men inside a store and a woman")."""
    nxt = k + 1
    return (
        nxt < len(p)
        and p.lower(nxt) in roles.states
        and p.deps[nxt] != "conj"
        and p.child(nxt, "pobj") is None
    )


def _marked_state(p: Parse, k: int, roles: Roles) -> str | None:
    """The role an adjective on the noun itself gives ("three dead suspects")."""
    return next(
        (
            roles.states[w]
            for c in p.children(k)
            if (w := p.lower(c)) in roles.states and p.deps[c] == "amod"
        ),
        None,
    )


def _object_then_persons(p: Parse, parts: list[int]) -> bool:
    """ "killed 5, unborn child": a bare number a verb was done to, then persons with no
    number of their own, counts persons too (two bare numbers are two counts)."""
    first = parts[0]
    return (
        p.tags[first] in NUMBER_TAGS
        and p.deps[first] == "dobj"
        and all(p.is_noun(k) and p.child(k, "nummod") is None for k in parts[1:])
    )


def group_of(p: Parse, m: int, roles: Roles) -> tuple[list[int], list[float]] | None:
    """The conjuncts of a group and what each counts, when every part is countable and
    no part is marked in a state of its own ("the three dead suspects and two uninjured
    residents" are two counts, not a group of five), nor two parts given different roles
    by their own clauses ("two men who died and two officers who were wounded")."""
    if ages(p, m):
        return None
    parts = [k for k in conjuncts(p, m) if not ages(p, k)]
    if len(parts) < 2 or not all(countable(p, k) for k in parts[1:]):
        return None
    if any(_a_thing(p, k, roles) for k in parts):
        return None  # persons and things are no group of persons
    # "Three of her children(, along with her niece)": a number taken out of a noun counts
    # persons too, as a group's first part, when the later parts are persons, not a noun of
    # a number ("killing two of the deputies and leading dozens of officers" is no group).
    if (
        not countable(p, parts[0])
        and not _object_then_persons(p, parts)
        and (
            p.tags[parts[0]] not in NUMBER_TAGS
            or partitive_noun(p, parts[0]) is None
            or any(partitive_noun(p, k) is not None for k in parts[1:])
        )
    ):
        return None  # "two dead and three wounded": counts of two roles, not one group
    if len({_marked_state(p, k, roles) for k in parts}) > 1:
        return None
    if len({own_position(p, k, roles).role for k in parts} - {None}) > 1:
        return None  # "two men who were killed and two officers who were wounded"
    values = [conjunct_value(p, k) for k in parts]
    if any(v is None for v in values):
        return None
    if any(_own_state(p, k, roles) for k in parts[:-1]):
        return None
    counts = [float(v) for v in values if v is not None]
    run = _restated(p, parts, counts)
    if run is not None:
        whole, last = run
        if whole == 0 and last == len(parts) - 1:
            if m == parts[0]:
                return None  # the whole itself, said before its parts
            return parts[1:], counts[1:]
        if parts.index(m) in range(whole + 1, last + 1):
            return None  # a member of a group counted by its number, named again
        keep = [i for i in range(len(parts)) if not whole < i <= last]
        parts, counts = [parts[i] for i in keep], [counts[i] for i in keep]
        if len(parts) < 2:
            return None
    return parts, counts


APPOSITION_MARKS = frozenset(("—", "–", "-", "--", ":", ";", "("))
"""Marks that set a list off as an apposition, naming again the persons of the counted noun
before it ("Three people — a man, a man and a woman —"); a comma is one too, but a comma also
separates the items of a plain list ("his two sons, a daughter and his wife"), so after it
the members must be numbered or named (`_restated`)."""


def _members(p: Parse, members: list[int], first: bool) -> bool:
    """Conjuncts that may name again the persons of a group a comma sets them off from: at
    the list's head (the whole restated by its parts, "eight others, five men and three
    women"), any; inside it, proper names only ("her two children, Tobin and Lisel")."""
    return first or all(p.tags[k] == "NNP" for k in members)


def _restated(p: Parse, parts: list[int], values: list[float]) -> tuple[int, int] | None:
    """A conjunct counted by its number (two or more) followed, across an apposition's mark
    and no "and", by conjuncts whose counts add up to it: the same persons named again, not
    more ("eight others, five men and three women"; "Three people — a 23-year-old man, a
    32-year-old man and a 27-year-old woman —"; "X, 32, and her two children, A and B": 3).
    The counted conjunct's index and the index of the last conjunct naming it again."""
    for i in range(len(parts) - 2):
        if values[i] < 2:
            continue
        lo = p.subtree(parts[i + 1])[0]
        mark = p.word(lo - 1)
        if mark != "," and mark not in APPOSITION_MARKS:
            continue
        if any(p.deps[k] == "cc" for k in range(parts[i], lo)):
            continue
        total = 0.0
        for j in range(i + 1, len(parts)):
            total += values[j]
            if total > values[i]:
                break
            if total == values[i] and j > i + 1:
                if mark != "," or _members(p, parts[i + 1 : j + 1], i == 0):
                    return i, j
                break
    return None


def group_span(p: Parse, parts: list[int]) -> tuple[int, int]:
    """Character span of a coordination, from its first part's modifiers to its last noun."""
    lo = parts[0]
    for c in p.children(parts[0]):
        if p.deps[c] in ("nummod", "det", "amod", "compound", "quantmod") and c < lo:
            lo = min(lo, p.subtree(c)[0])
    return p.starts[lo], p.ends[parts[-1]]


def own_end(p: Parse, end: int, nominal: int | None, parts: list[int] | None) -> int:
    """Where a count's span ends: at its own noun when the words read after the number
    ran on past a comma into the group's later parts ("2 officers, woman injured": "2"
    counts the officers; the group of 3 is a claim of its own)."""
    if nominal is None or not parts or nominal != parts[0] or p.ends[nominal] >= end:
        return end
    later = p.starts[parts[1]]
    return p.ends[nominal] if later < end else end
