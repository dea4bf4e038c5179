"""Counts no number states: a singular victim, a lone "one" of a group.

"Marcus Hale, 19, was shot and killed" counts one killed; "police arrested a man" one
arrested; "the stabbing death of a teenager" one killed. Plural nouns without a number
("victims were taken to hospital") carry no count. Counts a word states instead of a
number ("no one", "a double murder", "both") are read by `word_counts.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.claims.agreement import SINGULAR, relative_clause_number, subject_number
from workbench.claims.event_nouns import ranked
from workbench.claims.group_lists import group_role
from workbench.claims.harms import how_of_an_outcome
from workbench.claims.later_clauses import later_pronouns
from workbench.claims.mention_kinds import candidate, counted_noun
from workbench.claims.repair_tree import nominal
from workbench.claims.roles import HARM_ROLES, IMPLICIT_ROLES, Roles
from workbench.claims.survival import survival_state
from workbench.claims.syntax import FATE, Position, later_fate, lemma, own_position, position
from workbench.claims.verb_forms import aimed_only
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

_MENTION_DEPS = frozenset(("det", "amod", "compound", "poss", "nmod", "nummod", "npadvmod"))


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    value: int
    role: str
    why: str
    implicit: bool
    noun: str | None
    also: str | None = None
    """A second role the clause gives it ("shot and wounded": injured, and hit)."""
    undated: bool = False
    """Told only by a noun of its end ("the news of her death") or a list naming a group's
    members: its sentence's date is of what followed (the news, a charge, the naming), no
    clue to the event's (`event.event_of`)."""
    wound: bool = False
    """Injured for a wound the person has (`Position.wound`)."""
    one_more: bool = False
    """Hit only as one more victim ("the third victim"): the article's earlier count may
    tell the role the others are in (`others.roles_from_context`)."""
    apart: bool = False
    """One of a group told apart by a clause of its own ("a man who was shot ... and a
    woman who ..."): counted inside the group's span, beside it."""
    also_wound: bool = False
    """The second role is a survivor's wound's hit (`Position.also_wound`)."""
    also_joined: bool = False
    """The second role is the hit of a verb joined to the outcome (`Position.also_joined`)."""
    survival: bool = False
    """Injured only by a survivor's state ("he is alive"): counted where the article told of
    a harm before it (`fates.survivors_of_a_harm`)."""
    death_noun: bool = False
    """Killed only by a noun of one death ("after the killing"): counted where the article
    tells of no more than one dead (`fates.deaths_of_one`)."""
    victims: bool = False
    """Counted only as a list of members of a group of victims (`group_lists`)."""


def mention_span(p: Parse, m: int) -> tuple[int, int]:
    """The mention's own words: its determiner and modifiers up to the noun."""
    lo = m
    for c in p.children(m):
        if c < m and p.deps[c] in _MENTION_DEPS:
            lo = min(lo, p.subtree(c)[0])
    return p.starts[lo], p.ends[m]


def _renames(p: Parse, k: int, roles: Roles) -> bool:
    """ "the woman, 20-year-old Ana Ruiz": an apposition names the person its head is, and
    the head (or the group it is a part of) is the one counted."""
    if p.deps[k] != "appos" or p.heads[k] == k:
        return False
    head = p.heads[k]
    return _is_group_part(p, head) or candidate(p, head, roles) is not None


def not_one(p: Parse, k: int) -> bool:
    """ "Not one person", "not one of the children", "not a single person": a zero, read by
    `word_counts.zero_counts`, never a count of one."""
    if p.deps[k] not in ("nsubj", "nsubjpass", "dobj"):
        return False  # "one man was shot, not one woman": a contrast, no zero of its own
    ones = [k] + [c for c in p.children(k) if p.deps[c] == "nummod" and p.lower(c) == "one"]
    if not any(p.deps[c] == "neg" for o in ones for c in p.children(o)):
        return False
    single = any(p.lower(c) == "single" for c in p.children(k))
    return p.lower(k) == "one" or len(ones) > 1 or single


def _has_number(p: Parse, m: int) -> bool:
    return any(p.deps[c] == "nummod" for c in p.children(m))


def _unclassed_noun(p: Parse, k: int) -> bool:
    """A singular noun the vocabulary puts in no class of things (a "housemate", not a
    "car"): beside a person, a person."""
    if p.tags[k] != "NN":
        return False
    noun = lemma(p, k)
    return vocabulary().counted_class(noun) in (noun, "persons")


def _numbered_one(p: Parse, k: int) -> bool:
    """ "One female is dead": a singular noun counted by "one" (no quantity claim is made
    of a lone "one", so the mention counts it, as stated, not implied)."""
    return any(p.deps[c] == "nummod" and p.lower(c) in ("one", "1") for c in p.children(k))


def _is_group_part(p: Parse, m: int) -> bool:
    """A later conjunct of a coordination ("a woman and two men"): counted with its group."""
    return p.deps[m] == "conj" and nominal(p, p.heads[m])


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


def _conjuncts(p: Parse, m: int, roles: Roles) -> list[int]:
    """The coordinated persons ("a 16-year-old and a 17-year-old": ages count as nouns)."""
    out = [m]
    stack = [m]
    while stack:
        for c in p.children(stack.pop()):
            if p.deps[c] != "conj" or not nominal(p, c) or _place_tail(p, c):
                continue
            if _event_of_someone(p, c, roles):
                continue
            out.append(c)
            stack.append(c)
    return sorted(out)


def _clipped(p: Parse, start: int, noun: int, end: int, taken: list[tuple[int, int]]) -> int | None:
    """The mention's start once the claims before its noun are cut off ("TAMPA - Tampa
    resident Ana Ruiz": the dateline is a place); None when a claim covers the noun. A
    claim after the noun, inside a list's span ("Ana, 25, was killed in the March 9
    shooting, along with ...; Joe, 35"), is passed over: the persons are the list's."""
    for s, e in taken:
        if start < e and s < end and s <= noun:
            if e > noun:
                return None
            start = e
    k = p.token_at(start)  # then past the dash or comma that followed the cut claim
    while k is not None and k < len(p) and not p.word(k)[:1].isalnum() and p.starts[k] < noun:
        k += 1
    return start if k is None or k >= len(p) else max(start, p.starts[k])


def _newcomer_role(p: Parse, k: int, roles: Roles) -> str | None:
    """ "a third shooting victim was found", "Another victim arrived at the hospital": a
    person noun that names a harm (a victim is hit), told for the first time (an indefinite
    article, "another", a rank), is one in that role when its clause says nothing of one
    ("the victim was identified" tells of one already counted). Not a survivor, a patient
    or a casualty (injured): one may survive unhurt, and on the silver slices these added
    an injured figure above the record."""
    role = roles.counted_nouns.get(lemma(p, k))
    if role == "hit" and p.deps[k] in ("pobj", "attr") and one_more(p, k):
        return role  # "the identity of the third victim", "is another victim"
    if role != "hit" or p.deps[k] not in ("nsubj", "nsubjpass", "dobj"):
        return None
    det = p.child(k, "det")
    if det is None:
        return role if ranked(p, k) else None  # a headline's "Third victim found"
    return role if p.lower(det) in ("a", "an", "another") else None


def one_more(p: Parse, k: int) -> bool:
    """ "a third victim", "another victim": a person told as one more after others (a rank
    past the first, or "another"), so one more in the role of those before it
    (`others.roles_from_context`)."""
    if any(p.deps[c] == "det" and p.lower(c) == "another" for c in p.children(k)):
        return True
    return ranked(p, k) and not any(p.lower(c) in ("first", "1st") for c in p.children(k))


def _ages_listed(p: Parse, k: int) -> int:
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


def _speaker_hit(p: Parse, k: int, where: Position) -> bool:
    """A speaker is counted hit only, and only where the harm reached them: "I've been shot
    at" was aimed at (a passive's aim left without its object, as speakers tell it)."""
    head = p.heads[k]
    return where.role == "hit" and not (p.deps[k] == "nsubjpass" and aimed_only(p, head))


def singular_mentions(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """Every singular person the clause puts in a role: a count of 1, marked implicit."""
    found: list[Mention] = []
    told: set[int] = set()  # pronouns that tell an earlier noun's fate: that noun's count
    again: dict[int, Mention] = {}  # pronouns that say an earlier counted subject again
    for k in range(len(p)):
        kind = candidate(p, k, roles)
        if kind is None or _is_group_part(p, k) or _renames(p, k, roles) or k in told:
            continue
        if k in again:
            _said_again(again[k], position(p, k, roles), how_of_an_outcome(p, k, roles))
            continue
        where = position(p, k, roles)  # read once: half of this rule's cost was a second read
        if where.why == FATE:
            told.add(later_fate(p, k, roles))
        stated = _has_number(p, k)
        if stated and not _numbered_one(p, k):
            continue  # "two men": the quantity counts it
        if any(p.lower(c) in ("no", "neither", "every", "each", "any") for c in p.children(k)):
            continue
        if not_one(p, k):
            continue
        parts = _conjuncts(p, k, roles)
        if len(parts) > 1 and not all(
            # "his brother and his housemate": a noun coordinated with a person is one
            (
                (candidate(p, c, roles) or p.tags[c] == "NNP" or _unclassed_noun(p, c))
                and not _has_number(p, c)
            )
            or _ages_listed(p, c)  # "and their sons, ages 9 and 6"
            for c in parts
        ):
            continue  # a group with a number: the quantity's group counts it
        size = sum(_ages_listed(p, c) or 1 for c in parts)
        if size > 1 and subject_number(p, k) == SINGULAR and _anded(p, parts):
            size = 1  # "His daughter and passenger was wounded": one person named twice
        elif size > 1 and where.role is None and where.why is None and not _parallel(p, parts):
            where = _told_of_all(p, parts, roles, where)
        named = group_role(p, k, roles, own_position) if size > 1 and where.role is None else None
        if named is not None:  # "the victims included a girl, a man and a woman"
            where = Position(named[0], None, "the members of a group in that role")
        start, end = mention_span(p, k)
        end = p.ends[p.heads[k] if kind in ("owner", "part owner") else parts[-1]]
        start = _clipped(p, start, p.starts[k], end, taken)
        if start is None:
            continue
        apart = len(found)  # where the group goes: before its persons told apart
        if _parallel(p, parts):
            found.extend(_each_told_apart(p, parts, roles))
            where.also = None  # each one's clause is its own, not the group's
            if where == own_position(p, k, roles):
                continue  # the first one's own clause is no role of the group's
        later = False  # counted only as one more victim: "the third victim"
        survived = False  # injured only by a survivor's state: "he is alive"
        if kind in ("body", "death") and where.role in (None, "hit", "injured"):
            where.role, where.also, where.why = "killed", None, lemma(p, k)
        elif kind == "person" and where.role is None and where.why is None:
            where.role = _newcomer_role(p, k, roles)  # "a third shooting victim was found"
            where.why = where.role and f"a {lemma(p, k)}, told for the first time"
            # "the identity of the third victim": only named, in no clause of its own
            later = where.role is not None and one_more(p, k) and p.deps[k] in ("pobj", "attr")
        elif kind == "person" and where.role == "injured" and where.also is None:
            where.also = _newcomer_role(p, k, roles)  # "another victim arrived at the hospital"
            where.also_wound = False
        if where.role is None and where.why is None and kind in ("pronoun", "name", "person"):
            where, survived = _survivor(p, k, roles, where)
        if where.role not in IMPLICIT_ROLES or (
            kind == "speaker" and not _speaker_hit(p, k, where)
        ):
            continue  # who says "I" is alive, and "it hurt me" is of feelings; "I was shot" not
        if kind == "name" and where.predicate is None and where.why is None:
            continue
        if where.predicate is not None and where.predicate.negated:
            continue
        earlier = _earlier_victim(found) if kind in ("owner", "death") else None
        if earlier is not None:  # "a woman was shot, and her death ...": she, said again
            _said_again(earlier, where)
            continue
        noun = counted_noun(p, k) if kind == "person" else None
        what = "a singular mention" if size == 1 else f"{size} named together"
        why = f"{what}: “{p.text[start:end]}” ({where.why or where.role})"
        mention = Mention(start, end, size, where.role, why, not stated, noun, where.also)
        # "identified the victims Thursday as A and B": the list's date is of who, not when
        mention.undated = kind in ("owner", "death") or named is not None
        mention.wound = where.wound
        mention.also_wound, mention.also_joined = where.also_wound, where.also_joined
        mention.one_more, mention.survival = later, survived
        mention.death_noun = kind == "death"
        mention.victims = named is not None and named[1]
        found.insert(apart, mention)
        if p.deps[k] in ("nsubj", "nsubjpass") and where.role in HARM_ROLES:
            again.update((t, mention) for t in later_pronouns(p, k))
    return found


def _survivor(p: Parse, k: int, roles: Roles, where: Position) -> tuple[Position, bool]:
    """A person no clause puts in a role, told in a survivor's state ("he is alive"):
    injured, marked so (`survival.survival_state`)."""
    state = survival_state(p, k, roles)
    if state is None:
        return where, False
    return Position("injured", None, f"a survivor's state: {state}"), True


def _parallel(p: Parse, parts: list[int]) -> bool:
    """Coordinated persons each with a relative clause of its own."""
    return len(parts) > 1 and all(p.child(c, "relcl") is not None for c in parts)


def _each_told_apart(p: Parse, parts: list[int], roles: Roles) -> list[Mention]:
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


def _anded(p: Parse, parts: list[int]) -> bool:
    """Persons coordinated by "and" (or a list's commas), not a companion "along with" the
    first (a singular verb is right for that one and tells nothing)."""
    starts = [p.subtree(c)[0] for c in parts[1:]]
    return all(s > 0 and p.lower(s - 1) in ("and", ",") for s in starts)


def _told_of_all(p: Parse, parts: list[int], roles: Roles, where: Position) -> Position:
    """ "located a man and a woman who had been shot": a relative clause on the last of
    coordinated persons tells of them all, unless its verb says one ("who was shot")."""
    last = parts[-1]
    if p.child(last, "relcl") is None or relative_clause_number(p, last) == SINGULAR:
        return where
    told = own_position(p, last, roles)
    return told if told.role is not None else where


def _earlier_victim(found: list[Mention]) -> Mention | None:
    """The sentence's last singular person counted in a harm role, whom a later "her death"
    speaks of again (one clause, one person: the outcome's role)."""
    return next((m for m in reversed(found) if m.value == 1 and m.role in HARM_ROLES), None)


def _said_again(first: Mention, where: Position, how: bool = False) -> None:
    """ "The boy was shot, and he is in critical condition": the pronoun is the boy, not a
    second victim; the role it adds goes to the boy's count (he lived: injured, as well as
    hit); but a clause that only tells how the outcome came about ("died after he was
    shot": `harms.how_of_an_outcome`) adds no hit to it."""
    if (where.predicate is not None and where.predicate.negated) or where.role not in HARM_ROLES:
        return
    if how and where.role == "hit" and first.role in ("killed", "injured"):
        return
    if first.wound and where.role == "killed":  # "had a gunshot wound, and he died"
        first.role, first.also, first.wound = "hit", None, False
    said = {first.role, first.also, where.role}
    if where.role in (first.role, first.also) or len(said & {"killed", "injured"}) > 1:
        return  # nothing new, or two fates (a later clause's death is read by `later_fate`)
    role = "killed" if "killed" in said else "injured" if "injured" in said else "hit"
    first.role, first.also = role, "hit" if "hit" in said and role != "hit" else None
    first.also_wound = False  # two clauses tell the two roles
    first.why = f"{first.why}; {where.role}, as a later clause says"


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a span overlaps one already read as a count (a mention never counts twice)."""
    return any(start < e and s < end for s, e in taken)


def counts_one_in_role(where: Position) -> bool:
    """A mention counts only in a role an implicit count may have, and never when its
    predicate is negated ("no one was hurt" is a stated zero, read elsewhere)."""
    return where.role in IMPLICIT_ROLES and not (where.predicate and where.predicate.negated)
