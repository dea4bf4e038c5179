"""A harm's participle after a noun that the parser read as that noun's verb.

"A woman shot in the arm was taken to a hospital", "the man shot was taken": the small
model reads "shot" as the past tense with the noun as its subject (the noun the shooter,
"was taken" a conjunct or the clause it heads). A past form with no auxiliary and no
object of its own cannot take that subject when the next verb of the clause has an
auxiliary (or is a finite linking verb: "the man shot in the arm is in critical condition",
"a baby accidentally shot ... was in stable condition") and no subject, with no "and" or
"but" between them: the past form is a
participle describing the noun, and the noun is the later verb's subject. Only a verb
whose participle states a harm is mended ("the man killed was identified"); a rule over
the tree and the roles' data, never over words.
"""

from __future__ import annotations

from workbench.claims.headline_patients import age_as_noun, aims
from workbench.claims.lemmas import lemma_of
from workbench.claims.predicates import HARM, LINKS, state_role
from workbench.claims.repair_tree import AUX_DEPS, SUBJECT_DEPS
from workbench.claims.roles import Roles
from workbench.claims.words import CALENDAR_WORDS
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

_OWN_ARGUMENTS = AUX_DEPS | frozenset(("dobj", "neg", "mark", "cc", "prt", "dative"))


def _noun_subject(p: Parse, v: int) -> int | None:
    """The noun (never a pronoun) right before v that the parser made v's subject."""
    subjects = [c for c in p.children(v) if p.deps[c] in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or not p.is_noun(subjects[0]) or p.tags[subjects[0]] == "PRP":
        return None
    noun = subjects[0]
    between = range(p.subtree(noun)[1] + 1, v)  # "a baby accidentally shot": its adverbs
    return noun if all(p.heads[k] == v and p.deps[k] == "advmod" for k in between) else None


def _later_verb(p: Parse, v: int) -> int | None:
    """The verb after v that v's clause goes on with: a conjunct with an auxiliary, no
    subject and no conjunction before it; or the verb v stands as the subject of."""
    if p.deps[v] in SUBJECT_DEPS and p.heads[v] > v:
        return p.heads[v]
    for c in p.children(v):
        if p.deps[c] not in ("conj", "ccomp", "advcl") or c < v:
            continue
        if p.deps[c] == "advcl" and not _finite_link(p, c):
            continue  # "shot while he slept": a clause of time, no predicate of the noun
        kids = p.children(c)
        if any(p.deps[k] in SUBJECT_DEPS for k in kids):
            return None
        auxes = [k for k in kids if p.deps[k] in AUX_DEPS and k < c]
        if not auxes and not _finite_link(p, c):
            return None
        if any(p.deps[k] == "cc" and v < k < c for k in p.children(v) + kids):
            return None  # "shot his neighbor and was arrested"
        first = min(auxes) if auxes else c
        return None if p.word(first - 1) == "," else c  # "fired, was tackled": a list
    return None


FINITE_TAGS = frozenset(("VBZ", "VBD", "VBP"))


def _finite_link(p: Parse, c: int) -> bool:
    """A finite linking verb ("is", "was", "remains") with a predicate of state (a place or
    a condition, an adjective): as an auxiliary does, it tells a clause whose subject went
    before ("the man shot in the arm is in critical condition"). Not one that names what the
    noun is ("Woman shot at the pond is first victim of the year": a headline's two
    clauses, each read as written)."""
    if p.tags[c] not in FINITE_TAGS or lemma_of(p.word(c), p.tags[c]) not in LINKS:
        return False
    kids = [p.deps[k] for k in p.children(c)]
    return "attr" not in kids and any(d in ("prep", "acomp") for d in kids)


def reduced_subjects(p: Parse, roles: Roles) -> Parse:
    """The parse with each such harm participle hung on its noun (`acl`) and the noun made
    the later verb's subject (a copy when anything changed)."""
    heads, deps = list(p.heads), list(p.deps)
    for v in range(1, len(p)):
        if p.tags[v] not in ("VBD", "VBN"):
            continue
        if any(p.deps[c] in _OWN_ARGUMENTS for c in p.children(v)):
            continue
        noun = _noun_subject(p, v)
        later = _later_verb(p, v) if noun is not None else None
        if noun is None or later is None or state_role(p, v, roles) not in HARM:
            continue
        passive = any(p.deps[k] == "auxpass" for k in p.children(later))
        if p.deps[v] in SUBJECT_DEPS:  # "the man shot was taken"
            pass
        elif p.heads[v] == v:
            heads[later], deps[later] = later, "ROOT"
        else:
            heads[later], deps[later] = p.heads[v], p.deps[v]
        for k in p.children(v):  # what follows the later verb is its clause's
            if k > later:
                heads[k] = later
        heads[v], deps[v] = noun, "acl"
        heads[noun], deps[noun] = later, "nsubjpass" if passive else "nsubj"
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)


def _age_before(p: Parse, h: int) -> int | None:
    """The age ("old" with its span of years) written right before h and hung on it."""
    k = h - 1
    if k < 0 or p.heads[k] != h or p.deps[k] != "amod":
        return None
    return k if age_as_noun(p, k) else None


def _person_before(p: Parse, h: int, roles: Roles) -> int | None:
    """An age (`_age_before`), or a singular person noun the parser made h's modifier or
    subject ("A teen shot in Wichita has died", "A child shot at a park"), right before h
    and not aimed at something ("A deputy shot into the truck": the deputy fired)."""
    k = h - 1
    if k >= 0 and p.heads[k] == h and p.tags[k] == "NN" and p.deps[k] in ("compound", "nsubj"):
        if lemma_of(p.word(k), "NN") not in roles.singular_persons:
            return None
        return None if any(aims(p, c) for c in p.children(h)) else k
    return _age_before(p, h)


def _object_after(p: Parse, h: int, roles: Roles) -> int | None:
    """A person after h that the parser hung on it (an object, or an apposition when h was
    read as a noun): a pronoun, a person noun or a name (never a day: "shot Friday", nor
    how often: "shot multiple times")."""
    kids = [c for c in p.children(h) if c > h and p.deps[c] in ("dobj", "appos")]
    if not kids or p.word(kids[0] - 1) == ",":
        return None  # "Child shot, mother injured": a headline's comma for "and"
    k = kids[0]
    if p.tags[k] == "PRP":
        return k if p.lower(k) != "it" else None
    if p.tags[k] == "NNP":
        return k if p.lower(k) not in CALENDAR_WORDS else None
    noun = lemma_of(p.word(k), p.tags[k])
    persons = noun in roles.singular_persons or vocabulary().counted_class(noun) == "persons"
    return k if p.is_noun(k) and persons else None


def _coordinated_verb(p: Parse, h: int) -> int | None:
    """A past form right after h and "and" or a comma ("shot and killed", "shot, killed"),
    wherever the parser hung it."""
    v = h + 2
    if v >= len(p) or p.lower(h + 1) not in ("and", ",") or p.tags[v] not in ("VBD", "VBN"):
        return None
    return v


def _lift_above(p: Parse, h: int, also: int, heads: list[int], deps: list[str]) -> None:
    """Where the parser made the coordinated verb `also` the head of h's clause ("A teen
    shot, killed ...": "killed" over "shot"; "A father facing charges after teen shot,
    killed": "killed" the root), the word under `also` on the way up from h takes its
    place, so hanging `also` on h makes no cycle."""
    link = h
    while p.heads[link] not in (also, link):
        link = p.heads[link]
    if p.heads[link] != also:
        return  # `also` is not above h
    top = p.heads[also] != also
    heads[link], deps[link] = (p.heads[also] if top else link), p.deps[also]


def aged_harms(p: Parse, roles: Roles) -> Parse:
    """ "a 7-year-old shot during a dispute", "a 16-year-old shot a friend": an age used
    as a noun right before a harm's past form that the tagger read as a noun (an age says
    how old a person is, never a shot). The age is the person, in the noun's place; the
    form is its verb: active (VBD, the age its subject) when a noun follows as its object
    or a verb coordinated with it has one ("the 34-year-old shot and killed his wife"),
    else a participle on the age (VBN `acl`), with the participle coordinated with it
    ("3-year-old shot, killed"). A verb of the roles' harms only. A reflexive object
    ("An 8-year-old shot himself", "8-year-old shoots himself") is only ever a verb's: the
    form is the verb there, tagged as a plural noun ("shoots") too, and its clause stands
    alone where the parser hung it on a noun (a dateline's "(WMC) - ...")."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for h in range(1, len(p)):
        if p.tags[h] not in ("NN", "NNS"):
            continue
        if roles.acted_on.get((lemma_of(p.word(h), "VBN"),)) not in HARM:
            continue
        age = _person_before(p, h, roles)
        if age is None:
            continue
        reflexive = _reflexive_after(p, h)
        if p.tags[h] == "NNS" and reflexive is None:
            continue  # "two 3-year-old shots": a noun's plural, unless a reflexive follows
        for c in p.children(h):
            if c < age:
                heads[c] = age  # its article is the person's
        obj = _object_after(p, h, roles)
        also = _coordinated_verb(p, h)
        if also is not None:
            _lift_above(p, h, also, heads, deps)
            heads[also], deps[also] = h, "conj"
        if obj is None and (also is None or p.child(also, "dobj") is None):
            heads[age], deps[age] = heads[h], deps[h]
            if heads[h] == h:
                heads[age] = age
            tags[h], heads[h], deps[h] = "VBN", age, "acl"
            for c in p.children(h):
                if c > h and p.tags[c] == "JJ" and p.deps[c] == "amod":
                    deps[c] = "oprd"  # "shot dead": the state the harm left
            if also is not None:
                tags[also] = "VBN"
            continue
        if heads[h] != h and not p.is_verb(heads[h]):
            if reflexive is None:
                continue  # an active clause only where a verb's clause can stand
            heads[h], deps[h] = h, "ROOT"  # a clause of its own: a reflexive's verb
        tags[h], heads[age], deps[age] = ("VBZ" if p.tags[h] == "NNS" else "VBD"), h, "nsubj"
        if obj is not None:
            deps[obj] = "dobj"
        if heads[h] != h:
            deps[h] = "ccomp"
    _aged_objects(p, deps, roles)
    _aged_undergoing(p, tags, heads, deps, roles)
    if tags == p.tags and heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


REFLEXIVES = frozenset(("himself", "herself", "themselves"))


def _reflexive_after(p: Parse, h: int) -> int | None:
    """A reflexive pronoun right after h that the parser hung on it."""
    k = h + 1
    if k < len(p) and p.lower(k) in REFLEXIVES and p.heads[k] == h:
        return k
    return None


def _aged_objects(p: Parse, deps: list[str], roles: Roles) -> None:
    """ "Man kills 4-month-old before ...": an age used as a noun after an active harm verb
    that has no object, which the parser hung on it as a complement (as if "kills old"), is
    its object: an age says how old a person is, and a harm verb's complement is whom it
    was done to."""
    for k in range(1, len(p)):
        v = p.heads[k]
        if not age_as_noun(p, k) or p.deps[k] != "acomp" or v >= k or not p.is_verb(v):
            continue
        if p.child(v, "dobj", "auxpass") is not None or p.tags[v] == "VBN":
            continue
        if roles.acted_on.get((lemma_of(p.word(v), p.tags[v]),)) in HARM:
            deps[k] = "dobj"


def _aged_undergoing(
    p: Parse, tags: list[str], heads: list[int], deps: list[str], roles: Roles
) -> None:
    """ "A 16-year-old dies in accidental shooting": an age used as a noun right before a
    verb one undergoes in the present's -s form, which the tagger read as a plural noun
    the age modifies, is that verb's subject (an age is never a modifier of "dies")."""
    for h in range(1, len(p)):
        if p.tags[h] != "NNS" or heads[h - 1] != h:
            continue
        if roles.undergo.get((lemma_of(p.word(h), "VBZ"),)) not in HARM:
            continue
        age = _age_before(p, h)
        if age is None:
            continue
        for c in p.children(h):
            if c < age:
                heads[c] = age  # its article is the person's
        tags[h], heads[age], deps[age] = "VBZ", h, "nsubj"
