"""Repairs of a coordinated clause that leaves out the auxiliary of the clause before it.

"A man was killed and at least six others shot at a house": the second clause shares the
first's "was/were", so "shot" is a passive participle and "six others" its patients. The
small parser, seeing no auxiliary, tags "shot" as a past tense and reads the six as the
shooters. Like `repair.py`, a rule over the tree (and the roles' verbs done to someone),
writing into copied arrays.
"""

from __future__ import annotations

from workbench.claims.event_nouns import ORDINAL
from workbench.claims.roles import Roles
from workbench.claims.verb_forms import AIMS, lemma, lookup, verb_keys
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

OWN_DEPS = frozenset(
    ("aux", "auxpass", "dobj", "dative", "prt", "ccomp", "xcomp", "attr", "acomp", "oprd")
)
"""What a clause of its own has: its auxiliary, an object, a complement."""


def _passive(p: Parse, v: int) -> bool:
    return any(p.deps[c] == "auxpass" for c in p.children(v))


def _aimed_at_persons(p: Parse, v: int, roles: Roles) -> bool:
    """ "... and officers shot at the suspect": fired at someone, an act of the subject."""
    for c in p.children(v):
        obj = p.child(c, "pobj") if p.deps[c] == "prep" and p.lower(c) in AIMS else None
        if obj is None:
            continue
        noun = lemma(p, obj)
        if p.tags[obj] == "PRP" or noun in roles.singular_persons:
            return True
        if vocabulary().counted_class(noun) == "persons":
            return True
    return False


def gapped_passives(p: Parse, roles: Roles) -> Parse:
    """The parse with each gapped passive set right: a past-tense verb coordinated after a
    passive one, with a subject but no auxiliary, object or complement of its own, that
    the roles know as done to someone (shot, wounded, arrested), is a passive participle
    and its subject the patient (a copy when anything changed)."""
    tags, deps = list(p.tags), list(p.deps)
    for v in range(1, len(p)):
        head = p.heads[v]
        if p.tags[v] != "VBD" or p.deps[v] != "conj" or head > v or not _passive(p, head):
            continue
        kids = p.children(v)
        subject = next((c for c in kids if p.deps[c] == "nsubj" and c < v), None)
        if subject is None or any(p.deps[c] in OWN_DEPS for c in kids):
            continue
        if lookup(roles.acted_on, verb_keys(p, v)) is None or _aimed_at_persons(p, v, roles):
            continue
        tags[v], deps[subject] = "VBN", "nsubjpass"
    if tags == p.tags and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, p.heads)


GAP_PREPOSITIONS = frozenset(("in", "to"))
"""How a gapped clause names where its person was hurt: "and her mother in the arm"."""


def _where_hurt(p: Parse, j: int, v: int, roles: Roles) -> bool:
    """A body part named after j, on j itself or on the verb ("in her arm")."""
    for c in p.children(j) + p.children(v):
        if c > j and p.deps[c] == "prep" and p.lower(c) in GAP_PREPOSITIONS:
            obj = p.child(c, "pobj")
            if obj is not None and lemma(p, obj) in roles.body_parts:
                return True
    return False


def _gapped_verb(p: Parse, j: int, roles: Roles) -> int | None:
    """The harm verb whose clause j's gapped clause repeats: the verb j is a conjunct of,
    or the one whose "in" phrase names the body part j is a conjunct of."""
    h = p.heads[j]
    if p.is_verb(h):
        v = h
    elif lemma(p, h) in roles.body_parts and p.deps[h] == "pobj":
        v = p.heads[p.heads[h]]
        if p.lower(p.heads[h]) not in GAP_PREPOSITIONS or not p.is_verb(v):
            return None
    else:
        return None
    return v if lookup(roles.acted_on, verb_keys(p, v)) is not None else None


_PART_DEPS = frozenset(("appos", "dep", "npadvmod"))
"""How the parser hangs a part told after a comma with no verb of its own."""


def _part_verb(p: Parse, j: int, roles: Roles) -> int | None:
    """The harm verb a part with no verb hangs on ("shot in the back, another in the
    leg"), or whose "in"/"to" phrase it hangs on ("shot in the lower body, another in the
    leg"), else None."""
    h = p.heads[j]
    if p.is_verb(h):
        return h if lookup(roles.acted_on, verb_keys(p, h)) is not None else None
    prep = p.heads[h]
    if p.deps[h] != "pobj" or p.lower(prep) not in GAP_PREPOSITIONS:
        return None
    v = p.heads[prep]
    if not p.is_verb(v) or lookup(roles.acted_on, verb_keys(p, v)) is None:
        return None
    return v


def _gapped_place(p: Parse, j: int) -> int | None:
    """ "One was taken to A and the other to B": j joined to the object of a verb's
    preposition, the verb having that preposition again after j, is a clause that left the
    verb out (the parser hangs the second place on the verb): that verb, else None."""
    h = p.heads[j]
    prep = p.heads[h]
    if p.deps[h] != "pobj" or p.deps[prep] != "prep" or p.lower(prep) not in GAP_PREPOSITIONS:
        return None
    v = p.heads[prep]
    if v == prep or not p.is_verb(v):
        return None
    again = (c > j and p.deps[c] == "prep" and p.lower(c) == p.lower(prep) for c in p.children(v))
    return v if any(again) else None


PART_WORDS = frozenset(("another", "one", "other"))
"""Words standing for one person of a group told one by one ("one ..., another ...")."""


def _part_word(p: Parse, j: int) -> bool:
    """ "another", "the other", "one" or a rank ("a third") standing for a person."""
    return p.lower(j) in PART_WORDS or (
        ORDINAL.fullmatch(p.lower(j)) is not None and p.tags[j] in ("JJ", "NN")
    )


def gapped_arguments(p: Parse, roles: Roles) -> Parse:
    """ "The girl was struck in the head, and her mother in her arm", "shot three people
    in their legs and another person in the abdomen": a person after "and", with where
    they were hurt (or where they were taken: "and the other to Bridgeport Hospital",
    `_gapped_place`) and no verb of their own, is the patient of the clause before it whose
    verb was left out (the parser joins the person to that verb, to its body part or to its
    place): the verb's passive subject, or its object, again. So is each part of a group
    told one by one ("One was shot in the back, another in the leg, and a third in the
    arm"), which the parser also hangs after a comma on the verb or its body part, or on
    the part before it."""
    deps, heads = list(p.deps), list(p.heads)
    gapped: dict[int, int] = {}
    for j in range(2, len(p)):
        if p.lower(p.subtree(j)[0] - 1) not in ("and", ","):
            continue
        v = _left_out_verb(p, j, roles, gapped)
        if v is None or v > j:
            continue
        gapped[j] = v
        if _passive(p, v):
            heads[j], deps[j] = v, "nsubjpass"
        elif p.child(v, "dobj") is not None:
            heads[j], deps[j] = v, "dobj"
    if deps == p.deps and heads == p.heads:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)


def _left_out_verb(p: Parse, j: int, roles: Roles, gapped: dict[int, int]) -> int | None:
    """The verb whose clause the person at j repeats with the verb left out, else None
    (`gapped`: the persons already read so, a part after a part takes its verb)."""
    part = _part_word(p, j)
    if p.deps[j] in _PART_DEPS and part and p.heads[j] not in gapped:
        v = _part_verb(p, j, roles)  # "One was shot in the arm, another in the leg"
        return v if v is not None and v < j and _where_hurt(p, j, v, roles) else None
    if p.deps[j] != "conj" or not (p.is_noun(j) or part) or p.tags[j] == "NNP":
        return None
    if lemma(p, j) in roles.body_parts:
        return None
    if p.heads[j] in gapped and part:
        v = gapped[p.heads[j]]  # "..., another in the leg and a third in the arm"
        return v if _where_hurt(p, j, v, roles) else None
    v = _gapped_verb(p, j, roles)
    if v is None or v > j or not _where_hurt(p, j, v, roles):
        v = _gapped_place(p, j)
    return v
