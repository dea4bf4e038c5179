"""What a stated count counts and in which role.

The number found by `quantities.py` is located in the parse; the noun it counts is its
head (or itself, in "two died"), with the noun's conjuncts ("four men and one woman": a
group of 5 with parts 4 and 1, read by `count_groups.py`). `syntax.position` gives the
role. Two derived figures come out of the parse too: a group's whole added up from its
parts, and the injured read from "six people were shot, two fatally" (hit 6 minus killed 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.claims.clause_positions import own_position
from workbench.claims.count_groups import conjuncts, group_of
from workbench.claims.event_nouns import event_noun_role, harm_on_noun
from workbench.claims.headline_patients import adjacent_state, next_word_role, verb_read_as_noun
from workbench.claims.lemmas import lemma_of
from workbench.claims.no_count import (
    counts_no_one,
    how_often,
    labelling_number,
    lifeless,
    none_held,
    value_of,
)
from workbench.claims.partitive_counts import NUMBER_TAGS, one_of, partitive_noun, partitive_part
from workbench.claims.predicates import state_role
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.sequels import AFTERWARDS
from workbench.claims.survival import SURVIVAL_MARK, survival_mark, survival_state
from workbench.claims.syntax import lemma, position
from workbench.claims.victims_in_care import victim_in_care
from workbench.parse import Parse
from workbench.vocabulary import Vocabulary


@dataclass(slots=True)
class CountFrame:
    role: str | None = None
    counted: dict[str, Any] | None = None
    nominal: int | None = None
    predicate: str | None = None
    why: str | None = None
    group: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def number_token(p: Parse, start: int, end: int) -> int | None:
    """The token of a quantity span that carries its number (the last number word)."""
    inside = p.tokens_in(start, end)
    numbers = [
        k
        for k in inside
        if p.tags[k] in NUMBER_TAGS
        or p.lower(k) in ("dozen", "dozens")
        or (p.tags[k] == "LS" and p.word(k).isdigit())
    ]
    if numbers:
        return numbers[-1]
    return inside[0] if inside else None


def nominal_of(p: Parse, n: int) -> int:
    """The noun a number counts: its head when it modifies one, else the number itself."""
    k = n
    for _ in range(4):
        head = p.heads[k]
        if head == k:
            break
        if p.deps[k] in ("quantmod", "compound", "nummod") and p.tags[head] in NUMBER_TAGS:
            k = head  # "two dozen", "1.5 million"
            continue
        if p.deps[k] == "nummod" and p.is_noun(head):
            if head < k and p.tags[head] == "NNS":
                return k  # "kills 1, wounds 5": a verb read as a plural before its object
            return k if _own_state_between(p, k, head) else head
        if p.deps[k] in ("amod", "det") and p.tags[k] not in NUMBER_TAGS and p.is_noun(head):
            return head  # "several others are injured": a vague count on its noun
        break
    return k


def _the_other(p: Parse, n: int) -> bool:
    """ "the other three", "the other two, A and B": a number standing alone with "the
    other" before it names the rest of a group counted before (`others.is_remainder`)."""
    kids = p.children(n)
    return any(p.deps[c] == "amod" and p.lower(c) == "other" for c in kids) and any(
        p.deps[c] == "det" and p.lower(c) == "the" for c in kids
    )


def _own_state_between(p: Parse, n: int, head: int) -> bool:
    """ "2 dead after shooting at Sarasota lounge", "4 injured in shooting: police": a
    headline's bare number with its state, which the parser hangs as a modifier on a noun
    further on; a number in a noun phrase has no state of its own before its noun ("two
    injured people" hangs "injured" on the noun; "five more people" is a comparison, not
    a state), so the number counts no noun there."""
    return any(
        n < c < head and p.deps[c] in ("amod", "acl") and p.tags[c] in ("JJ", "VBN", "VBD")
        for c in p.children(n)
    )


def _postposed_state(p: Parse, k: int, roles: Roles) -> str | None:
    """The role of a state adjective written after the counted noun ("One man dead, two
    others wounded", "left three people dead"): said of the noun itself, it decides over
    the clause the parser hung the noun on (in a headline, often the next part's verb)."""
    for c in p.children(k):
        participle = p.tags[c] in ("JJ", "VBN") or (p.deps[c] == "acl" and p.tags[c] == "VBD")
        if c > k and p.deps[c] in ("amod", "acl") and participle:
            if any(p.tags[g] in NUMBER_TAGS for g in p.children(c) if g < c):
                continue  # "5 shot, 2 dead": the state has its own count, not this one's
            role = state_role(p, c, roles)  # "two women shot to death" is killed
            for g in p.children(c):  # "five people shot and killed": the graver
                if p.deps[g] == "conj" and p.tags[g] in ("JJ", "VBN", "VBD"):
                    role = roles.stronger(role, state_role(p, g, roles))
            if role in HARM_ROLES:
                return role
    return None


def _owning_noun(p: Parse, m: int) -> int | None:
    """The noun the counted noun is told "of" ("the identities of three victims killed"):
    the sentence speaks of the identities, and the victims whose identities it has may be
    some of them; a partitive's number ("one of the five") is no noun."""
    head = p.heads[m]
    if p.deps[m] != "pobj" or p.lower(head) != "of" or p.heads[head] == head:
        return None
    owner = p.heads[head]
    return owner if p.tags[owner] in ("NN", "NNS") else None


def _range_head(p: Parse, n: int, start: int) -> int:
    """ "four or five suspects", "two to three people": the parser hangs the range's last
    number on its first, which alone modifies the noun; the range counts that noun."""
    head = p.heads[n]
    ranged = p.deps[n] == "conj" and head != n and p.tags[head] in NUMBER_TAGS
    return head if ranged and p.starts[head] >= start else n


def _shared_state(p: Parse, m: int, roles: Roles) -> str | None:
    """ "left three women and one man injured": a state written after a group's last part,
    none of whose other parts has a state of its own, is said of the whole group."""
    if group_of(p, m, roles) is None:
        return None
    parts = conjuncts(p, m)
    if m == parts[-1] or any(_postposed_state(p, k, roles) for k in parts[:-1]):
        return None
    return _postposed_state(p, parts[-1], roles)


def count_frame(
    p: Parse, start: int, end: int, roles: Roles, vocab: Vocabulary, unit: str | None
) -> CountFrame:
    """The frame of the quantity at [start, end) of the sentence: of a part taken out of
    a group ("Zawahri killed three of his five victims"), the part's own clause's when
    it tells a role about the event, else the group's ("Three of the four victims
    attended the school" are victims still)."""
    n = number_token(p, start, end)
    if n is None:
        return CountFrame()
    part = partitive_part(p, start, end)
    if part is not None:
        frame = _frame_at(p, part, start, roles, vocab, unit)
        if frame.role not in UNTOLD_ROLES:
            return frame
    return _frame_at(p, n, start, roles, vocab, unit)


UNTOLD_ROLES = frozenset((None, "present", "involved"))
"""Roles that tell nothing of what befell a part of a group: being there, taking part."""
OUTCOMES = frozenset(("killed", "injured"))
"""What befell those hit: a clause telling it says more than a "shot" after the noun."""


def _frame_at(
    p: Parse, n: int, start: int, roles: Roles, vocab: Vocabulary, unit: str | None
) -> CountFrame:
    m = nominal_of(p, _range_head(p, n, start))
    if m == n and counts_no_one(p, n, roles):
        return CountFrame(nominal=m)  # an age or a family's size: no role
    noun = lemma(p, m) if p.is_noun(m) else None
    part_of = partitive_noun(p, m) if m == n or not p.is_noun(m) else None
    if part_of is not None:
        noun = lemma(p, part_of)
    frame = CountFrame(nominal=m)
    if noun is None and m == n and _the_other(p, n):
        noun = "other"  # "the other three were treated": the rest of a group, as "others"
        frame.extra[THE_OTHER_MARK] = True
    if noun is not None:
        frame.counted = {"noun": noun, "class": vocab.counted_class(noun)}
    if how_often(p, n, m):
        return frame  # "shot five times": how often, not how many people
    if unit is not None:
        frame.role = "costing" if unit.isupper() and len(unit) == 3 else "measuring"
        if unit in ("%", "pp"):
            frame.role = None
        return frame
    # The word itself, not its lemma: "Five shot" is a participle read as a noun, while
    # "fifteen gun shots" is a plural noun, the shots themselves.
    misread = noun is not None and (
        p.word(m).lower() in roles.states
        or (p.tags[m] == "NN" and (roles.acted_on.get((lemma_of(p.word(m), "VBN"),)) is not None))
    )
    if misread:
        frame.counted = None  # "Five shot", "2 Dead": a participle read as the noun
    elif noun is not None and labelling_number(p, n, m):
        return frame  # "a 911 call", "Flight 370": a name, not how many
    if not misread and noun is not None and roles.counted_nouns.get(noun) == "shots":
        frame.role, frame.why = "shots", f"counts {noun}s, not people"
        return frame
    # "one of three people hit": the clause speaks of the one, the group is the hit.
    where = own_position(p, m, roles) if one_of(p, n) else position(p, m, roles)
    role, why = where.role, where.why
    if m == n or misread:
        state = adjacent_state(p, n, roles)
        if state is not None:
            role, why = state, "the state written after it"
    if m == n and (verb := verb_read_as_noun(p, n, roles)) is not None:
        role, why = verb, "the verb before it, read as a noun"
    if m != n and (state := _postposed_state(p, m, roles)) is not None:
        # "Two people shot in the park are expected to survive": the clause's outcome
        if not (state == "hit" and role in OUTCOMES):
            role, why = state, "the state written after its noun"
        owner = _owning_noun(p, m)
        harm = event_noun_role(p, owner, roles) if owner is not None else None
        if harm in HARM_ROLES:  # "the deaths of three people shot": the deaths say killed
            role, why = roles.stronger(harm, state), f"{lemma(p, owner)} of"
        elif owner is not None:
            frame.extra["of_noun"] = lemma(p, owner)
    elif role is None and m != n and (state := _shared_state(p, m, roles)) is not None:
        role, why = state, "the state written after its group"
    if role is None:
        role = next_word_role(p, max(n, m), roles)
        why = "the word after it" if role else None
    if role is None and part_of is not None:  # "a dozen of the murdered patrons"
        role = own_position(p, part_of, roles).role
        why = f"the {noun}s' own state" if role else None
    if role is None and (state := survival_state(p, m, roles)) is not None:
        # "Both are expected to be okay", "all 5 will be okay", "one of the victims was
        # released": a survivor's state, marked; it says more than the noun's own role
        role, why = "injured", f"a survivor's state: {state}"
        frame.extra[SURVIVAL_MARK] = survival_mark(state, roles)
    if role is None and noun is not None:
        role = roles.counted_nouns.get(noun)
        why = f"counts {noun}s" if role else None
        if role is not None and harm_on_noun(p, part_of if part_of is not None else m):
            frame.extra[HARM_ON_NOUN] = True
    victim = part_of if part_of is not None else m
    if role == where.role == "injured" and where.also is None and p.is_noun(victim):
        role = victim_in_care(p, victim, roles, where)  # "four gunshot victims were treated"
        why = why if role == "injured" else f"a {lemma(p, victim)} in care: its words tell the harm"
    if where.predicate is not None:
        frame.predicate = where.predicate.lemma
        frame.extra["voice"] = where.predicate.voice
        if where.predicate.negated:
            frame.extra["negated"] = True
            role = None
    if role in HARM_ROLES and lifeless(frame.counted):
        role = why = None  # "two vehicles were shot at": things, no one harmed
    if role in AFTERWARDS and none_held(frame.counted):
        role = why = None  # "charged with ... four counts of assault": charges, not people
    frame.role, frame.why = role, why
    if where.also is not None and role == where.role:
        frame.extra["also"] = where.also
        frame.extra["wound"] = where.wound
        frame.extra["also_wound"] = where.also_wound
        frame.extra["also_joined"] = where.also_joined
    grouped = group_of(p, m, roles)
    if grouped is not None:
        parts, values = grouped
        frame.group = {"whole": _tidy(sum(values)), "parts": [_tidy(v) for v in values]}
        frame.extra["group_tokens"] = parts
    return frame


THE_OTHER_MARK = "the_other"
"""Set on "the other N" standing alone: the rest of a group it names no noun of, read only
from the group it is the rest of (`others.roles_from_context`)."""
HARM_ON_NOUN = "harm_on_noun"
"""Set on a count whose role is its noun's where the noun itself tells of what ("two
shooting victims", "victims of this shooting", "one victim was a man who was shot")."""


def _tidy(v: float) -> int | float:
    return int(v) if v == int(v) else v


def fatal_parts(p: Parse, v: int, roles: Roles, skip: int) -> list[tuple[int, float, str]]:
    """ "Six people were shot, two fatally": numbers after the verb with an adverb of a
    role, read as a part of the verb's subject (token, value, role)."""
    found = []
    for c in range(v + 1, len(p)):
        if c == skip or p.tags[c] not in NUMBER_TAGS:
            continue
        after = [c + 1] if c + 1 < len(p) and p.heads[c + 1] == v else []  # "2 fatally" on v
        for a in p.children(c) + after:
            role = roles.adverbs.get(p.lower(a))
            if p.deps[a] == "advmod" and role is not None:
                value = value_of(p, c)
                if value is not None:
                    found.append((c, value, role))
    return found
