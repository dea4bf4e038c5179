"""A count's frame from the dependency parse: the noun it counts, its predicate, its role.

A number modifies a noun (`nummod`) or stands for one ("two died"); that noun sits in a
clause as the subject of a verb, its object, the subject of its passive, or the object of
`of` under an event noun ("the deaths of two children"). What the verb says of it is read
by `predicates.py`; where the noun stands in its clause is `clause_positions.py`'s; this
module weighs that against what the sentence says besides (a later fate, a wound, care alone,
a clause not asserted, the persons a list or "be" names again).
"""

from __future__ import annotations

from workbench.claims.after_clauses import told_after
from workbench.claims.agreement import PLURAL, relative_clause_number
from workbench.claims.clause_positions import clause_position, own_position, relative_position
from workbench.claims.harms import (
    bleeding,
    borne_position,
    opening_harm,
    sharpen,
    tells_an_outcome,
    wound_borne,
    wound_hit,
)
from workbench.claims.later_clauses import clause_verb, later_pronouns
from workbench.claims.predicates import (
    HARM,
    Position,
    Predicate,
    intended,
    lemma,
    verbs_of,
)
from workbench.claims.repair_tree import first_conjunct
from workbench.claims.roles import Roles
from workbench.claims.survival import survival_state
from workbench.claims.verb_forms import hypothetical, still_to_come, unasserted
from workbench.parse import Parse


def position(p: Parse, m: int, roles: Roles) -> Position:
    """The role the clause gives the noun at m (a counted noun or a mention); failing
    that, its own relative clause ("a man who was shot") or participle ("an injured man",
    "the teen killed"). Hit only by a wound the person has is injured, and hit."""
    where = _position(p, m, roles)
    if where.role == "hit" and where.also is None and wound_borne(p, m, roles):
        where.role, where.also, where.wound = "injured", "hit", True
        wound_hit(p, m, clause_verb(p, m), roles, where)  # not "was shot and suffered ..."
    elif where.role == "injured" and bleeding(p, m, roles):
        where.wound = True  # a wound told by a verb: the dead's, where the article tells one
    if where.role == "injured" and where.predicate is not None:
        v = clause_verb(p, m) if p.heads[m] != m else m  # a headline's noun is its clause
        if v is not None and told_after(p, v, m, roles):
            # "in critical condition after he was shot": one count, hit (`after_clauses`)
            where.role, where.also, where.wound, where.also_wound = "hit", None, False, False
    return where


def _position(p: Parse, m: int, roles: Roles) -> Position:
    if named_again(p, m, roles):
        return Position(None, None, None)
    where = clause_position(p, m, roles)
    v = clause_verb(p, m) if where.role is not None else None
    if v is not None and intended(p, v, roles):
        return Position(None, where.predicate, "meant, not done")
    if v is not None and where.predicate is not None and unasserted(p, v):
        # "not able to say if the man had died"; not "whether ... in light of X's death"
        own = own_position(p, m, roles)  # "whether the man who was shot ...": still shot
        return own if own.role is not None else Position(None, where.predicate, "not asserted")
    if v is not None and where.predicate is not None and hypothetical(p, v):
        own = own_position(p, m, roles)  # "the man who was shot may lose an eye": still shot
        return own if own.role is not None else Position(None, where.predicate, "not asserted")
    if v is not None and where.role in CHARGES and still_to_come(p, v):
        return Position(None, where.predicate, "still to come")  # "will be charged"
    inner = relative_position(p, m, roles)
    if where.role in ("injured", "hit"):
        fate = later_fate(p, m, roles)
        if fate is not None:
            also = "hit" if where.role == "hit" else None
            return Position("killed", where.predicate, FATE, also)
    if where.role is not None:
        # "The girl, who was shot in the head, was declared dead": killed, and hit.
        if where.also is None and inner is not None and inner.role in HARM - {where.role}:
            where.also, where.also_wound = inner.role, False
        if where.role in ("injured", "hit"):
            sharpen(where, borne_position(p, m, roles))
            wound_hit(p, m, v, roles, where)
        if where.role == "injured" and v is not None and (where.also is None or where.also_wound):
            # "Shot twice, Reed was rushed to a hospital", "a man shot in the hand went to a
            # hospital": injured, and hit told by a clause of its own (as the labels count it)
            how = opening_harm(p, v, roles).role
            participle = how is not None or _participle_hit(p, m, roles)
            how = how or ("hit" if own_position(p, m, roles).role == "hit" else None)
            if how == "hit" and participle and _care_alone(p, v, roles, where):
                where.role, where.also = "hit", None  # one count, hit (the labels' decision)
            elif how is not None:
                where.also, where.also_wound = how, False
        return where
    own = own_position(p, m, roles)
    borne = borne_position(p, m, roles)  # "taken to the ER with a gunshot wound"
    if own.role is not None:
        if own.role in ("injured", "hit"):  # "their son, who is recovering from a gunshot wound"
            sharpen(own, borne)
            wound_hit(p, m, None, roles, own)
        lived = survival_state(p, m, roles) if own.role == "hit" and own.also is None else None
        if lived is not None:  # "the boy who was shot is making a good recovery": two clauses
            return Position("injured", None, f"a survivor's state: {lived}", "hit")
        return own
    if borne.role is None and (told := _said_of_the_list(p, m, roles)) is not None:
        return told
    if borne.role is None and not (where.predicate and where.predicate.negated):
        named = _named_by_apposition(p, m, roles)
        if named is not None:
            return named
    return borne if borne.role is not None else where


def _said_of_the_list(p: Parse, m: int, roles: Roles) -> Position | None:
    """ "a man and his two children who were found dead": a relative clause after the
    last of coordinated nouns, with a plural verb, tells of them all; the parser hangs it
    on the first (a singular verb tells of the last one alone)."""
    if p.deps[m] != "conj":
        return None
    first = first_conjunct(p, m)
    clause = p.child(first, "relcl")
    if clause is None or clause < m or relative_clause_number(p, first) != PLURAL:
        return None
    return relative_position(p, first, roles)


FATE = "died, as a later clause says"
CHARGES = frozenset(("charged",))
"""The role whose acts still to come the labels count as none ("will be charged"); a
custody told in the future ("will remain in jail") holds the person now."""


def later_fate(p: Parse, m: int, roles: Roles) -> int | None:
    """ "The boy was taken to a hospital, where he was pronounced dead": a later clause's
    pronoun (`later_pronouns`) put among the dead says the noun's fate (the pronoun's
    token, else None)."""
    return next(
        (t for t in later_pronouns(p, m) if clause_position(p, t, roles).role == "killed"), None
    )


def _participle_hit(p: Parse, m: int, roles: Roles) -> bool:
    """ "The four people hit by the gunfire were expected to survive", "a woman shot in the
    hip was taken in serious condition": a participle on the counted noun (no relative
    clause) tells the harm, its clause the care: one count, hit (as "Shot twice, X was
    rushed to ..."); "a woman who was shot ... was listed in stable condition" is two."""
    if p.child(m, "relcl") is not None or relative_position(p, m, roles) is not None:
        return False
    return own_position(p, m, roles).role == "hit"


def _care_alone(p: Parse, v: int, roles: Roles, where: Position) -> bool:
    """The clause at v tells care or a condition only: no harm done ("were injured, all
    hit by gunfire" keeps the injury) and no wound ("taken ... with injuries")."""
    if where.wound or where.also_wound or tells_an_outcome(p, v, roles):
        return False
    preps = [c for u in verbs_of(p, v) for c in p.children(u) if p.deps[c] == "prep"]
    return not any(
        p.lower(c) == "with" and lemma(p, o) in roles.borne_nouns
        for c in preps
        for o in p.children(c)
        if p.deps[o] == "pobj"
    )


def _named_by_apposition(p: Parse, m: int, roles: Roles) -> Position | None:
    """ "The victims, three men and a woman, were all in their thirties": persons set off
    after a plural noun of harm are that noun's persons; where their clause gives no role,
    the noun does (as "the victims were ..." does, `_named_by_subject`)."""
    k = first_conjunct(p, m)
    head = p.heads[k]
    if p.deps[k] != "appos" or head == k or not p.is_plural(head):
        return None
    if any(p.deps[c] == "nummod" for c in p.children(head)):
        return None  # "Two gunshot victims, both males, ...": counted once, by the noun
    noun = lemma(p, head)
    role = own_position(p, head, roles).role or roles.counted_nouns.get(noun)
    if role not in HARM:
        return None
    return Position(role, Predicate("be", "state", False), f"the {noun} named")


def named_again(p: Parse, m: int, roles: Roles) -> bool:
    """ "One victim was a 36-year-old man who was shot", "The other woman killed was Ana
    Ruiz", "the second injured individual is a woman": what "be" names after a subject that
    is a count in a role of harm of its own (a number of a noun of harm, or one person in a
    role of harm) is that person again, counted once, as the subject ("One of the victims
    was X, who is in the hospital": the subject is no count of its own, X is)."""
    head = p.heads[m]
    if p.deps[m] != "attr" or head == m or lemma(p, head) != "be":
        return False
    subject = p.child(head, "nsubj")
    if subject is None or not p.is_noun(subject):
        return False
    if any(p.deps[c] == "nummod" for c in p.children(subject)):
        return roles.counted_nouns.get(lemma(p, subject)) in HARM
    if p.is_plural(subject) or lemma(p, subject) not in roles.singular_persons:
        return False
    return own_position(p, subject, roles).role in HARM
