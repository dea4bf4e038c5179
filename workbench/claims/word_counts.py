"""Counts a word states instead of a number: "no one was hurt" is 0 injured, "a quadruple
shooting" counts 4 hit, "both men were shot" counts 2.

Like the singular mentions (`mentions.py`), each is read from the parse and put in the role
its clause gives it.
"""

from __future__ import annotations

from workbench.claims.harms import harm_modified, harm_role
from workbench.claims.mention_record import Mention, counts_one_in_role, mention_span, overlaps
from workbench.claims.mentions import not_one
from workbench.claims.predicates import lookup, verb_keys
from workbench.claims.roles import IMPLICIT_ROLES, Roles
from workbench.claims.survival import survival_mark, survival_state
from workbench.claims.syntax import CHARGES, lemma, position
from workbench.claims.verb_forms import still_to_come
from workbench.parse import Parse

ZERO_WORDS = frozenset(("nobody", "none", "no-one"))


def _graded(p: Parse, k: int, role: str, roles: Roles) -> bool:
    """ "No one was seriously hurt": an adverb of the zero's own role grades the harm, so
    the zero is of the badly hurt only, not of the hurt ("no one was fatally shot", an
    adverb of another role, is a zero of that role)."""
    verb = p.heads[k]
    for v in _verb_chain(p, verb):  # "none appeared to suffer ...": the harm is the xcomp's
        if any(_graded_harm(p, c, role, roles) for c in p.children(v) if p.deps[c] == "dobj"):
            return True  # "none suffered life-threatening wounds": of the badly hurt only
    keys = verb_keys(p, verb)
    if (lookup(roles.acted_on, keys) or roles.states.get(p.lower(verb))) != role:
        return False  # the adverb makes the role ("fatally shot"), it grades nothing
    return any(
        p.deps[c] == "advmod" and roles.adverbs.get(p.lower(c)) == role for c in p.children(verb)
    )


def _verb_chain(p: Parse, verb: int) -> list[int]:
    """The verb and the open complements it hands its subject on to ("appeared to suffer",
    "seemed to have been hurt"): the negation's scope runs through them to the harm."""
    chain = [verb]
    while len(chain) < 4:
        nxt = p.child(chain[-1], "xcomp")
        if nxt is None or p.child(nxt, "nsubj", "nsubjpass") is not None:
            break
        chain.append(nxt)
    return chain


def _graded_harm(p: Parse, noun: int, role: str, roles: Roles) -> bool:
    """A harm noun whose modifier names the role the noun names anyway ("life-threatening
    wounds", "serious injuries") grades it; one that changes it ("gunshot wounds", "fatal
    injuries") makes the role, and a zero of it is a zero in that role."""
    base = lemma(p, noun)
    if base not in roles.borne_nouns:
        return False
    own = roles.wounds.get(base) or roles.nouns.get(base)
    return own == role and harm_role(p, noun, roles) == role and harm_modified(p, noun, roles)


PEOPLE_AT_ALL = frozenset(("people", "person", "one"))
BESIDES = frozenset(("else", "other", "additional", "further", "more"))


def zero_of_a_part(p: Parse, k: int, roles: Roles) -> bool:
    """A zero of some of the people only, which says nothing of how many were in the role:
    none besides those told ("no one else was injured", "no other injuries"), none of a
    group ("none of the children were hurt"), none of a kind of person ("no officers were
    injured"). "No one was hurt", "nobody died", "no injuries": none at all."""
    if any(p.lower(c) in BESIDES and p.deps[c] in ("advmod", "amod") for c in p.children(k)):
        return True
    if any(p.deps[c] == "prep" and p.lower(c) == "of" for c in p.children(k)):
        return p.lower(k) in ZERO_WORDS or p.lower(k) == "one"  # "none of the children"
    noun = lemma(p, k)
    return noun not in PEOPLE_AT_ALL and noun in roles.singular_persons


def zero_counts(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "No one was hurt", "nobody was injured", "no injuries were reported", "not one
    person was hurt": 0 in a role (not a zero of some of them only: `zero_of_a_part`)."""
    found: list[Mention] = []
    lowers = p.lowers()
    if "neg" not in p.deps and "no" not in lowers and ZERO_WORDS.isdisjoint(lowers):
        return found  # each reading needs a zero word, a "no" or a negation ("not one")
    for k in range(len(p)):
        low = p.lower(k)
        det_no = any(p.lower(c) == "no" and p.deps[c] == "det" for c in p.children(k))
        if (low in ZERO_WORDS or det_no or not_one(p, k)) and zero_of_a_part(p, k, roles):
            continue
        if low in ZERO_WORDS or (low == "one" and det_no) or not_one(p, k):
            where = position(p, k, roles)
            role = where.also if where.wound else where.role  # no one has a wound: none hit
        elif det_no and p.is_noun(k):
            noun = lemma(p, k)
            role = roles.nouns.get(noun) or roles.counted_nouns.get(noun)
            if role is None and noun in roles.singular_persons | {"people", "person"}:
                role = position(p, k, roles).role
            if role in CHARGES and _awaited(p, k):
                continue  # "no charges are expected to be filed": none told yet
        else:
            continue
        if role is None or role not in IMPLICIT_ROLES or _graded(p, k, role, roles):
            continue
        start, end = mention_span(p, k)
        if low in ZERO_WORDS:  # a pronoun takes no modifiers: "a miracle" misparsed onto it
            start, end = p.starts[k], p.ends[k]
        if not_one(p, k):  # from its "not" ("not one of the children")
            start = min(start, p.starts[p.subtree(k)[0]])
            end = p.ends[p.subtree(k)[1]] if p.lower(k) == "one" else end
        if overlaps(start, end, taken):
            continue
        found.append(Mention(start, end, 0, role, f"none: “{p.text[start:end]}”", False, None))
    return found


def _awaited(p: Parse, k: int) -> bool:
    """The noun's clause, or a participle on it, tells an act still to come ("No charges
    are expected to be filed", "no charges expected"): `still_to_come`."""
    return any(p.is_verb(u) and still_to_come(p, u) for u in (p.heads[k], *p.children(k)))


def _event_noun(p: Parse, n: int, roles: Roles) -> str:
    """The event noun at n as the roles name it: its base form, or its word where the
    tagger read the noun as a verb's form ("shooting" as VBG, whose base is "shoot")."""
    word = lemma(p, n)
    return word if word in roles.nouns else p.lower(n)


def _multiplied(p: Parse, k: int) -> int | None:
    """The event noun the multiplier at k counts: its head ("the quadruple shooting"), or
    the word right after it that the parser hung on it as a clause or a compound when it
    made the multiplier the phrase's head ("a quadruple" with "shooting" under it)."""
    if p.deps[k] in ("amod", "compound", "nmod"):
        return p.heads[k]
    after = k + 1
    if after < len(p) and p.heads[after] == k and p.deps[after] in ("acl", "compound", "amod"):
        return after
    return None


def multiplied_events(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "a double murder", "the quadruple shooting": the multiplier counts the victims."""
    found: list[Mention] = []
    for k in range(len(p)):
        times = roles.multipliers.get(p.lower(k))
        noun = None if times is None else _multiplied(p, k)
        if noun is None:
            continue
        event = _event_noun(p, noun, roles)
        role = roles.nouns.get(event)
        if role is None or role not in IMPLICIT_ROLES:
            continue
        start, end = min(p.starts[k], p.starts[noun]), max(p.ends[k], p.ends[noun])
        if overlaps(start, end, taken):
            continue
        why = f"“{p.word(k)}” {event}: {times} victims"
        found.append(Mention(start, end, times, role, why, False, event))
    return found


PLURAL_PRONOUNS = frozenset(("they", "them", "we", "us"))


def both_counts(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "Both men were shot", "they were both pronounced dead", "both were shot", "they
    both were hurt", "hitting both": a count of two. ("both X and Y" is a coordination,
    counted by its parts.)"""
    found: list[Mention] = []
    for k in range(len(p)):
        if p.lower(k) != "both":
            continue
        head = p.heads[k]
        if p.deps[k] == "preconj":
            if any(p.deps[c] == "conj" for c in p.children(head)):
                continue  # "both X and Y": counted by its parts
            head = p.heads[head]  # "were both female": floated, read as a preconjunct
        if p.deps[k] in ("det", "predet") and p.is_plural(head):
            m = head
        elif p.deps[k] in ("nsubj", "nsubjpass", "dobj"):  # "both were shot", "hitting both"
            m = k
        elif p.deps[k] == "appos" and (p.is_plural(head) or p.lower(head) in PLURAL_PRONOUNS):
            m = head  # "they both were shot": the pronoun, restated as two
        elif p.is_verb(head):  # floated: "they were both ..."
            m = p.child(head, "nsubj", "nsubjpass")
            if m is None or not (p.is_plural(m) or p.lower(m) in PLURAL_PRONOUNS):
                continue
        else:
            continue
        if any(p.deps[c] == "conj" for c in p.children(m)):
            continue
        start, end = min(p.starts[k], p.starts[m]), max(p.ends[k], p.ends[m])
        if overlaps(start, end, taken):
            continue
        where = position(p, m, roles)
        by_noun = where.role is None and p.is_noun(m)
        if by_noun:  # "the victims were both female"
            where.role = roles.counted_nouns.get(lemma(p, m))
            where.why = f"counts {lemma(p, m)}s" if where.role else None
        state = survival_state(p, m, roles) if where.role is None else None
        if state is not None:  # "Both are expected to be okay": a survivor's state, marked
            where.role, where.why = "injured", f"a survivor's state: {state}"
        if not counts_one_in_role(where):
            continue
        why = f"“both”: two ({where.why or where.role})"
        noun = lemma(p, m) if p.is_noun(m) else None
        found.append(
            Mention(start, end, 2, where.role, why, False, noun, where.also, wound=where.wound)
        )
        found[-1].survival = survival_mark(state, roles) if state is not None else False
        # "both victims were 23", hit by the noun alone: the page's dead or survivors tell
        # which harm (`others.victims_of_the_dead`, `victims_of_survivors`), as "two victims"
        found[-1].victims = by_noun and where.role == "hit"
    return found
