"""Persons named together: who a coordination of singular persons counts, and how.

"a 16-year-old and a 17-year-old" are two; "his brother and his housemate" two persons;
"their sons, ages 9 and 6" two by the list of ages; "a man who was shot ... and a woman
who ..." each one in the role of their own clause. `mentions.singular_mentions` reads
them; a place's state or an event told "of" its patient is never one of them.
"""

from __future__ import annotations

from workbench.claims.agreement import SINGULAR, relative_clause_number
from workbench.claims.clause_positions import own_position
from workbench.claims.mention_kinds import counted_noun
from workbench.claims.mention_record import Mention, counts_one_in_role, mention_span
from workbench.claims.repair_tree import nominal
from workbench.claims.roles import Roles
from workbench.claims.syntax import Position, lemma
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary


def is_group_part(p: Parse, m: int) -> bool:
    """A later conjunct of a coordination ("a woman and two men", "killed 5, unborn
    child"): counted with its group."""
    return p.deps[m] == "conj" and (nominal(p, p.heads[m]) or p.tags[p.heads[m]] == "CD")


def _place_tail(p: Parse, c: int) -> bool:
    """ "killed in Marksville, LA": a proper name right after a comma that follows a
    preposition's proper-noun object is that place's state or country, which the parser
    hangs as a conjunct on the person named before; never a second person."""
    return (
        p.tags[c] == "NNP"
        and c >= 2
        and p.word(c - 1) == ","
        and p.tags[c - 2] == "NNP"
        and p.deps[c - 2] == "pobj"
    )


def _event_of_someone(p: Parse, c: int, roles: Roles) -> bool:
    """ "the murder of Ana and the attempted murder of Joe": a noun of an event told "of"
    its patient is an event, no person, though the parser hangs it on the person before."""
    if p.tags[c] not in ("NN", "NNS") or lemma(p, c) not in roles.nouns:
        return False
    return any(p.deps[k] == "prep" and p.lower(k) == "of" for k in p.children(c))


def _own_age(p: Parse, k: int, before: int | None = None) -> bool:
    """A name followed by its age set off as an apposition ("Ana Ruiz, 15", "Ana Ruiz, age
    15"), before `before` when given."""
    for a in p.children(k):
        if p.deps[a] != "appos" or a < k or (before is not None and a > before):
            continue
        if p.tags[a] == "CD" or (
            p.lower(a) in ("age", "aged") and any(p.tags[n] == "CD" for n in p.children(a))
        ):
            return True
    return False


def listed_by_ages(p: Parse, m: int, c: int) -> bool:
    """ "A Smith, 15, B Jones, 19, and C Brown, 15, were injured": a proper name set off by
    commas after another proper name that carries its own age, and carrying its own, is the
    list's next person, which the parser hangs as an apposition of the one before. A person
    has one age: two names, each with its own, are two persons (an apposition naming the
    same person again, "the woman, Ana Ruiz, 20", carries no age of the first's)."""
    if p.deps[c] != "appos" or p.tags[c] != "NNP" or p.tags[m] != "NNP" or c < m:
        return False
    return _own_age(p, m, before=c) and _own_age(p, c)


def named_together(p: Parse, m: int, roles: Roles) -> list[int]:
    """The coordinated persons ("a 16-year-old and a 17-year-old": ages count as nouns), and
    the names of a list each with its own age (`listed_by_ages`)."""
    out = [m]
    stack = [m]
    while stack:
        head = stack.pop()
        for c in p.children(head):
            if listed_by_ages(p, head, c):
                out.append(c)
                stack.append(c)
                continue
            if p.deps[c] != "conj" or not nominal(p, c) or _place_tail(p, c):
                continue
            if _event_of_someone(p, c, roles):
                continue
            out.append(c)
            stack.append(c)
    return sorted(out)


def unclassed_noun(p: Parse, k: int) -> bool:
    """A singular noun the vocabulary puts in no class of things (a "housemate", not a
    "car"): beside a person, a person."""
    if p.tags[k] != "NN":
        return False
    noun = lemma(p, k)
    return vocabulary().counted_class(noun) in (noun, "persons")


def ages_listed(p: Parse, k: int) -> int:
    """How many persons a plural noun's list of ages names ("their daughters, ages 14, 11,
    7 and 3": four); 0 when it has none (a single age says nothing of how many)."""
    if not p.is_plural(k):
        return 0
    a = k + 2 if k + 2 < len(p) and p.tags[k + 1] in (",", ":") else k + 1
    if a >= len(p) or p.lower(a) not in ("ages", "aged"):
        return 0  # (the parser hangs the list on any conjunct: where it stands tells)
    lo, hi = p.subtree(a)
    if any(p.lower(i) in ("to", "-", "–", "through") for i in range(lo, hi + 1)):
        return 0  # "ages 3 to 14": a range, not a list
    ages = sum(p.tags[i] == "CD" for i in range(lo, hi + 1))
    return ages if ages > 1 else 0


def parallel(p: Parse, parts: list[int]) -> bool:
    """Coordinated persons each with a relative clause of its own."""
    return len(parts) > 1 and all(p.child(c, "relcl") is not None for c in parts)


def each_told_apart(p: Parse, parts: list[int], roles: Roles) -> list[Mention]:
    """ "a man who was shot in the chest and a woman who was shot in the head were taken
    to a hospital": persons coordinated, each with a relative clause of its own, are each
    one in the role their own clause tells, beside the group in the role of its verb."""
    out = []
    for c in parts:
        told = own_position(p, c, roles)
        if not counts_one_in_role(told):
            continue
        start, end = mention_span(p, c)
        why = f"a singular mention: “{p.text[start:end]}” ({told.why or told.role})"
        noun = counted_noun(p, c) if p.tags[c] == "NN" else None
        mention = Mention(start, end, 1, told.role, why, True, noun, told.also, apart=True)
        mention.also_wound, mention.also_joined = told.also_wound, told.also_joined
        out.append(mention)
    return out


def anded(p: Parse, parts: list[int]) -> bool:
    """Persons coordinated by "and" (or a list's commas), not a companion "along with" the
    first (a singular verb is right for that one and tells nothing)."""
    starts = [p.subtree(c)[0] for c in parts[1:]]
    return all(s > 0 and p.lower(s - 1) in ("and", ",") for s in starts)


def told_of_all(p: Parse, parts: list[int], roles: Roles, where: Position) -> Position:
    """ "located a man and a woman who had been shot": a relative clause on the last of
    coordinated persons tells of them all, unless its verb says one ("who was shot")."""
    last = parts[-1]
    if p.child(last, "relcl") is None or relative_clause_number(p, last) == SINGULAR:
        return where
    told = own_position(p, last, roles)
    return told if told.role is not None else where
