"""Where a noun stands in its own clause, and what its own modifiers say of it.

The clause reader behind `syntax.position`: the noun as the subject, object or passive
subject of a verb, the object of "of" under an event noun, one "among" a group in a role,
what "be" names; and the noun's own relative clause or participle ("a man who was shot",
"an injured man"). The two call each other (a relative clause is a clause of its own), so
they live together; `syntax.py` weighs them against a clause's later fate and care.
"""

from __future__ import annotations

from workbench.claims.adjunct_clauses import OUTWEIGHED, adjunct_role
from workbench.claims.aid_given import aid_received
from workbench.claims.debris import hurt_by_debris
from workbench.claims.event_nouns import (
    event_noun_role,
    owned_part,
    owned_remains,
    possessive,
    projectile_path,
    ranked,
    remains_of,
)
from workbench.claims.harms import (
    borne_position,
    opening_harm,
    sharpen,
    told_state,
    wound_hit,
)
from workbench.claims.headline_patients import headline_patient
from workbench.claims.noun_states import own_state, participle_role
from workbench.claims.predicates import (
    HARM,
    LINKS,
    OBJECTS,
    SUBJECTS,
    Position,
    Predicate,
    denial,
    lemma,
    negated_clause,
    outcome_position,
    state_role,
    verb_phrase,
    verb_role,
    verb_roles,
    word_at,
)
from workbench.claims.raising import infinitive_role
from workbench.claims.roles import Roles
from workbench.claims.sequels import AFTERWARDS
from workbench.claims.survival import joined_survival
from workbench.claims.verb_objects import whose_object
from workbench.claims.verb_phrases import owned_phrase_role, phrase_role, phrase_roles
from workbench.claims.warrants import warrant_for
from workbench.claims.words import CALENDAR_WORDS, wordset
from workbench.parse import Parse

GROUP_NOUNS = wordset("total number group tally count toll")
WH_WORDS = wordset("who that which whom")
HUNG_DEPS = frozenset(("npadvmod", "prep", "advmod", "dep", "appos"))


def own_position(p: Parse, m: int, roles: Roles) -> Position:
    """The role the noun's own modifiers give it, whatever its clause says: a relative
    clause ("a man who was shot") or a participle ("an injured man", "the teen killed")."""
    inner = relative_position(p, m, roles)
    if inner is not None:
        return inner
    for c in p.children(m):
        if p.deps[c] == "acl" or (p.deps[c] == "amod" and p.tags[c] in ("VBN", "JJ", "VBD", "VBG")):
            state = participle_role(p, c, roles)
            if state is not None and state not in ("involved", "shots", "present"):
                return Position(state, Predicate(lemma(p, c), "passive", False), word_at(p, c))
    if p.heads[m] == m:  # a headline's noun and its state, no verb: "Man in critical condition"
        among = _among(p, m, roles)  # "Teen among 4 shot": the "be" a headline drops
        if among is not None:
            return among
        state = own_state(p, m, roles)
        if state is not None:
            how = opening_harm(p, m, roles).role if state == "injured" else None
            return Position(state, Predicate("be", "state", False), "its state", how)
    return Position(None, None, None)


def _among(p: Parse, v: int, roles: Roles) -> Position | None:
    """ "Reed was among those killed", "Among the dead was a girl": a person said by "be" to
    be among a group in a role of harm is one in that role ("was not among those shot": in
    none, the "be" negated)."""
    for c in p.children(v):
        group = p.child(c, "pobj") if p.deps[c] == "prep" and p.lower(c) == "among" else None
        if group is not None:
            role = own_position(p, group, roles).role or roles.states.get(word_at(p, group))
            if role in HARM and any(p.deps[k] == "neg" for k in p.children(v)):
                return Position(None, Predicate("be", "state", True), f"not among {p.word(group)}")
            if role in HARM:
                return Position(role, Predicate("be", "state", False), f"among {p.word(group)}")
    return None


def relative_position(p: Parse, m: int, roles: Roles) -> Position | None:
    """The role the noun's own relative clause gives it ("a man who was shot")."""
    for c in p.children(m):
        if p.deps[c] == "relcl":
            wh = next(
                (k for k in p.children(c) if p.deps[k] in SUBJECTS and p.lower(k) in WH_WORDS),
                None,
            )
            if wh is None:
                continue
            inner = clause_position(p, wh, roles)
            borne = borne_position(p, wh, roles)  # "who were recovering from wounds"
            if inner.role in ("injured", "hit"):
                sharpen(inner, borne)
                wound_hit(p, wh, p.heads[wh], roles, inner)
            elif inner.role is None:
                inner = borne
            if inner.role is not None:
                return inner
    return None


def clause_position(p: Parse, m: int, roles: Roles) -> Position:
    if p.deps[m] == "conj" and p.is_verb(p.heads[m]):
        own = own_state(p, m, roles)  # a second object of "left", with its own state
        if own is not None:
            return Position(own, Predicate(verb_phrase(p, p.heads[m]), "state", False), "its state")
    seen = 0
    while p.deps[m] in ("conj", "appos") and p.heads[m] != m and seen < 6:
        m = p.heads[m]  # "a woman and two men were shot": the first conjunct's place
        seen += 1
    dep, head = p.deps[m], p.heads[m]
    if (
        dep == "pobj"
        and p.lower(head) == "of"
        and p.lower(p.heads[head]) in GROUP_NOUNS
        and p.heads[head] != head
    ):
        m = p.heads[head]  # "a total of 50 people were killed": the total's place
        dep, head = p.deps[m], p.heads[m]
    if dep in SUBJECTS and (p.is_verb(head) or p.tags[head] == "JJ"):
        # A participle with no auxiliary is a headline's passive ("Three fatally shot").
        bare = p.tags[head] == "VBN" and p.child(head, "aux", "auxpass") is None
        headline = headline_patient(p, m, head, roles)  # "Man shot at VFW post"
        passive = dep == "nsubjpass" or p.child(head, "auxpass") is not None or bare or headline
        if p.tags[head] == "JJ":  # "Two people dead": a state as the clause's head
            role = roles.states.get(word_at(p, head))
            return Position(role, Predicate(word_at(p, head), "state", False), word_at(p, head))
        among = _among(p, head, roles) if lemma(p, head) == "be" else None
        if among is not None:
            return among  # "Reed was among those killed"
        role, why, harm = verb_roles(p, head, passive, roles)
        if role == "hit" and passive and hurt_by_debris(p, head, roles):
            role, why, harm = "injured", f"{why} by debris", harm - {"hit"}  # "by glass"
        lived = joined_survival(p, head, roles) if role == "hit" and passive else None
        if lived is not None:  # "was shot and was OK": joined verbs, injured (and hit derived)
            role, why = "injured", f"{why} and {lived}"
        if role is None:  # "appeared to have been shot", "had to have surgery"
            role, why = infinitive_role(p, head, roles)
        adjunct = adjunct_role(p, head, roles) if role in OUTWEIGHED else None
        if adjunct is not None:  # "called police after being shot": the adjunct's subject
            role, why = adjunct
        # "was dead", not "found the girl injured" (the state is the object's)
        if not passive and lemma(p, head) in LINKS and p.child(head, "dobj") is None:
            for c in p.children(head):
                if p.deps[c] in ("acomp", "attr", "oprd", "prep", "advmod", "xcomp"):
                    state = state_role(p, c, roles) or phrase_role(p, head, roles)
                    role = roles.stronger(role, state)
        predicate = Predicate(verb_phrase(p, head), "passive" if passive else "active", False)
        predicate.negated = negated_clause(p, head, roles)
        denied = denial(p, head, roles) if predicate.negated else None
        if denied is not None and not passive:  # "he did not survive": the negation says it
            role, why, predicate.negated = denied, f"not {verb_phrase(p, head)}", False
        where = outcome_position(p, head, (role, predicate, why), harm)
        if lived is not None:
            where.also, where.also_joined = "hit", True
        where.adjunct = adjunct is not None and where.role == adjunct[0]
        return where
    if dep == "attr" and lemma(p, head) == "be":
        among = _among(p, head, roles)  # "Among the dead was a 12-year-old girl"
        if among is not None:
            return among
        named = _named_by_subject(p, head, roles)  # "the victims were a woman and two men"
        if named.role is not None and not _identified(p, head, m):
            return named
    if dep in OBJECTS and p.is_verb(head):
        role, why, harm = verb_roles(p, head, True, roles, object_at=m)
        if role == "hit" and hurt_by_debris(p, head, roles):
            role, why, harm = "injured", f"{why} by debris", harm - {"hit"}
        predicate = Predicate(verb_phrase(p, head), "active", negated_clause(p, head, roles))
        return outcome_position(p, head, (role, predicate, why), harm, m)
    if dep == "pobj":
        prep = head
        above = p.heads[prep]
        if any(p.lower(c) == "instead" for c in p.children(prep)):
            return Position(None, None, None)  # "shooting him instead of his brother": not done
        if word_at(p, prep) == "with" and p.is_verb(above):
            # "five people were hurt, with two in critical condition": a part's own state
            state = own_state(p, m, roles)
            if state in ("injured", "killed"):
                return Position(state, None, "its own state")
        if word_at(p, prep) == "of" and (p.is_noun(above) or p.tags[above] == "VBG"):
            role = event_noun_role(p, above, roles) or remains_of(p, above, roles)
            if role in AFTERWARDS and _in_bare(p, above):
                return Position(None, None, None)  # "agent in charge of the Bureau"
            role = role or told_state(p, above, roles)  # "the condition of X is stable"
            verb = p.heads[above]
            if role is None and p.deps[above] == "dobj" and whose_object(p, verb) == m:
                role = phrase_roles(p, verb, roles, with_preps=False)[0]  # "took the life of"
            if role is not None:
                return Position(
                    role,
                    None,
                    f"{word_at(p, above) if p.tags[above] == 'VBG' else lemma(p, above)} of",
                )
        if p.deps[prep] == "agent" or word_at(p, prep) == "by":
            return Position(None, None, None)
    owned = owned_part(p, m, roles)
    if owned is not None:  # "struck the knee of a girl", "his nephew's leg was shattered"
        from workbench.claims.syntax import position  # the part's whole reading: a recursion

        where = position(p, owned, roles)
        if where.role is None and (by := projectile_path(p, owned, roles)) is not None:
            return Position("hit", None, f"a {by} into the {lemma(p, owned)}")
        return where
    if (
        possessive(p, m)
        and p.is_noun(head)
        and not ranked(p, head)
        and warrant_for(p, head) is None
    ):
        # ("a warrant for Garza's arrest": an arrest sought, not made, `warrants`)
        # ("Flint's 10th homicide": a tally of a place's deaths, not the one who died)
        if aid_received(p, m, roles) is not None:
            return Position(None, None, None)  # "came to her aid": care, no pledge of aid
        role = event_noun_role(p, head, roles) or owned_phrase_role(p, head, roles)
        role = role or told_state(p, head, roles)  # "the boy's condition was stabilized"
        role = role or owned_remains(p, head, roles)  # "Williams' body was found"
        if role is not None:  # "Hale's death"; "took the man's life", "her life ended"
            return Position(role, None, f"'s {lemma(p, head)}")
    if dep in HUNG_DEPS and p.is_verb(head) and p.lower(m) not in CALENDAR_WORDS:
        # "Six people were shot, two fatally": hung on its group's verb ("one Friday": a time)
        role, why = verb_role(p, head, True, roles)
        for c in p.children(m):
            if p.deps[c] == "advmod" and word_at(p, c) in roles.adverbs:
                role = roles.adverbs[word_at(p, c)]
        state = own_state(p, m, roles) if role in (None, "hit") else None
        if state in ("injured", "killed"):  # "Five were shot, two in critical condition"
            role, why = state, "its own state"
        return Position(role, Predicate(verb_phrase(p, head), "passive", False), why)
    return Position(None, None, None)


PEOPLE = frozenset(("people", "person"))


def _in_bare(p: Parse, noun: int) -> bool:
    """A noun of the law's acts taken bare by "in" on a person's noun before its "of"
    ("the agent in charge of the Bureau"): a fixed phrase of whose duty it is, no charge
    of the "of" object. (A harm's noun so taken is the harm done to it: "a suspect in
    shooting of 10-year-old", so the reading is the law's acts' only.)"""
    prep = p.heads[noun]
    return (
        p.deps[noun] == "pobj"
        and p.lower(prep) == "in"
        and p.is_noun(p.heads[prep])
        and not any(p.deps[c] in ("det", "poss", "amod", "compound") for c in p.children(noun))
    )


def _named_by_subject(p: Parse, be: int, roles: Roles) -> Position:
    """What "X were ..." names is in X's role: the subject's clause gives none, so its
    noun does ("the victims were a woman and two men": the victims are the hit)."""
    subject = p.child(be, "nsubj")
    if subject is None:
        return Position(None, None, None)
    noun = lemma(p, subject)
    if p.tags[subject] == "DT" and own_position(p, subject, roles).role in HARM:
        noun = "ones"  # "Those killed were A and B": the pronoun's own clause says the role
    elif roles.counted_nouns.get(noun) not in HARM and noun not in roles.singular_persons | PEOPLE:
        return Position(None, None, None)  # "the fatal gunshot was the third one"
    # "the uninjured victim was ...": the noun's own state says more than the noun
    role = own_position(p, subject, roles).role or roles.counted_nouns.get(noun)
    if role is None or role in ("involved", "present", "shots"):
        return Position(None, None, None)
    return Position(role, Predicate("be", "state", False), f"the {noun} named")


def _identified(p: Parse, be: int, m: int) -> bool:
    """ "the victim was Frank Ruiz, 18", "police confirmed the victim is Ana Ruiz": a name
    that "be" gives a singular subject told before (a definite article or an owner) says who
    that one is, no one more (the labels count the subject where it was told)."""
    subject = p.child(be, "nsubj")
    if subject is None or p.is_plural(subject) or p.tags[m] != "NNP":
        return False
    return any(
        (p.deps[c] == "det" and p.lower(c) in ("the", "this", "that")) or p.deps[c] == "poss"
        for c in p.children(subject)
    )
