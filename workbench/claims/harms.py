"""A person counted through the harm they bear, where no verb of harm says it.

"Taken to the ER with a gunshot wound", "suffering from a gunshot wound to the head",
"sustained a gun shot wound", "the boy's gunshot wound", "the victim of an accidental
shooting": the person was shot, though no verb says so. The harm noun's role comes from its
modifiers first ("a fatal gunshot wound" is a death, "non-fatal wounds" an injury, "a
gunshot wound" a hit), else from the noun itself; nouns, modifiers and the verbs that bear
them are data (`roles.json`: `wounds`, `borne`).
"""

from __future__ import annotations

from workbench.claims.complements import COMPLEMENT_DEPS, object_complements
from workbench.claims.predicates import (
    SUBJECTS,
    Position,
    lemma,
    lookup,
    second_role,
    verb_keys,
    verbs_of,
)
from workbench.claims.repair_tree import companion, inside
from workbench.claims.roles import Roles
from workbench.parse import Parse

BEARER_PREPOSITIONS = frozenset(("with", "from", "for"))
"""How a clause links a person to a harm: "with a wound", "recovering from", "treated for"."""
OBJECT_PREPOSITIONS = frozenset(("with", "for"))
OWN_PREPOSITIONS = frozenset(("with", "from"))
"""A count's own phrase naming its harm: "3 women with gunshot wounds", "five were
injured, four from gunshots" (the part's own cause: "from" only on the count itself, never
on the whole the part hangs under)."""
PATH_DEPS = frozenset(("prep", "pobj", "conj", "compound", "appos"))
"""Links a misattached "with" phrase may climb to reach its clause's verb ("taken to the ER
at 82nd and Slide with a gunshot wound": the parser hangs it on "Slide")."""
BEARER_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "conj", "appos", "ROOT", "attr"))
"""Where a noun with its own "with a wound" is a person's argument, not a place's name
("transported to Harborview Medical Center with injuries")."""
_OWN_DEPS = frozenset(("det", "poss", "predet", "case"))
RELATIVE_SUBJECTS = frozenset(("who", "that", "which"))


def _modifier_words(p: Parse, k: int) -> list[str]:
    """The words written before a noun in its phrase, a hyphenated word kept whole ("non-
    fatal" is not "fatal"), without its determiner or possessor."""
    kept = [
        c
        for c in range(p.subtree(k)[0], k)
        if p.deps[c] not in _OWN_DEPS and not any(inside(p, c, o) for o in _owners(p, k))
    ]
    if not kept:
        return []
    words = p.text[p.starts[kept[0]] : p.starts[k]].casefold().split()
    return [w.strip(".,;:'\"()") for w in words]


def _owners(p: Parse, k: int) -> list[int]:
    return [c for c in p.children(k) if p.deps[c] in ("poss", "det")]


def harm_role(p: Parse, k: int, roles: Roles) -> str | None:
    """The role of a harm a person bears, when token k is such a noun; else None."""
    noun = lemma(p, k)
    if not p.is_noun(k) or noun not in roles.borne_nouns:
        return None
    said = None
    for w in _modifier_words(p, k):
        said = roles.stronger(said, roles.wounds.get(w))
    return said or roles.wounds.get(noun) or roles.nouns.get(noun)


def harm_modified(p: Parse, k: int, roles: Roles) -> bool:
    """Whether a modifier of the harm noun at k is a word of the wounds data."""
    return any(w in roles.wounds for w in _modifier_words(p, k))


def _reaches(p: Parse, prep: int, verb: int) -> bool:
    """Whether a preposition hangs on the verb, directly or through the prepositional
    phrases the parser nested it in (never through another argument of the verb)."""
    k = p.heads[prep]
    for _ in range(12):
        if k == verb:
            return True
        if p.deps[k] not in PATH_DEPS or p.heads[k] == k or p.is_verb(k):
            return False  # another verb's phrase, or another argument's
        k = p.heads[k]
    return False


Harm = tuple[str, int]
"""A role and the harm noun that says it."""


def _stronger(roles: Roles, a: Harm | None, b: Harm | None) -> Harm | None:
    if a is None or b is None:
        return a or b
    return a if roles.stronger(a[0], b[0]) == a[0] else b


def _harm(p: Parse, k: int | None, roles: Roles) -> Harm | None:
    role = harm_role(p, k, roles) if k is not None else None
    return (role, k) if role is not None else None


def _with_harms(
    p: Parse, verb: int, roles: Roles, preps: frozenset[str] = BEARER_PREPOSITIONS
) -> Harm | None:
    """The harm a "with"/"from"/"for" phrase in the verb's clause names."""
    found = None
    lo, hi = p.subtree(verb)
    for prep in range(lo, hi + 1):
        if p.lower(prep) not in preps or p.deps[prep] != "prep":
            continue
        if _reaches(p, prep, verb):
            found = _stronger(roles, found, _harm(p, p.child(prep, "pobj"), roles))
    return found


def _victim_of(p: Parse, verb: int, roles: Roles) -> Harm | None:
    """ "is the victim of a gunshot wound", "appeared to be the victim of a shooting"."""
    for c in p.children(verb):
        if p.deps[c] != "attr" or roles.counted_nouns.get(lemma(p, c)) is None:
            continue
        of = next((k for k in p.children(c) if p.deps[k] == "prep" and p.lower(k) == "of"), None)
        obj = p.child(of, "pobj") if of is not None else None
        if obj is None:
            continue
        event = roles.nouns.get(lemma(p, obj))
        return _harm(p, obj, roles) or ((event, obj) if event is not None else None)
    return None


def _clause_verbs(p: Parse, v: int) -> list[int]:
    """The verb, the verbs sharing its subject, and its subjectless complements ("found ...,
    suffering from", "appeared to be")."""
    out = list(verbs_of(p, v))
    for u in list(out):
        for c in p.children(u):
            if p.deps[c] in ("xcomp", "advcl") and p.child(c, *SUBJECTS) is None:
                out.append(c)
                out.extend(c2 for c2 in p.children(c) if p.deps[c2] == "xcomp")
    return out


def _bearing_conjuncts(p: Parse, v: int, roles: Roles) -> list[int]:
    """ "was grazed by the bullet and received non-life threatening injuries": a verb of
    bearing joined to a passive, with no subject of its own, whose object is what the
    passive's subject bears (the clause tells the harm done and the harm borne)."""
    return [
        c
        for c in p.children(v)
        if p.deps[c] == "conj"
        and lemma(p, c) in roles.borne_verbs
        and p.child(c, *SUBJECTS) is None
        and p.child(c, "dobj") is not None
    ]


def _clause_harm(p: Parse, m: int, roles: Roles) -> Harm | None:
    """A harm the clause links its subject (or its object) to."""
    head, dep = p.heads[m], p.deps[m]
    if dep == "nsubj" and p.deps[head] in COMPLEMENT_DEPS and p.tags[head] == "JJ":
        return _with_harms(p, head, roles)  # "found him unresponsive with a gunshot wound"
    if head == m or not p.is_verb(head) or dep not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if dep == "dobj":  # "transported him with wounds", not "shielded him from bullets"
        told = (_with_harms(p, c, roles) for c in object_complements(p, head))
        return _with_harms(p, head, roles, OBJECT_PREPOSITIONS) or next(filter(None, told), None)
    active = dep == "nsubj" and p.child(head, "auxpass") is None
    agent = p.child(head, "agent")  # "shattered by a gunshot"
    found = None if active or agent is None else _harm(p, p.child(agent, "pobj"), roles)
    bearing = [] if active else _bearing_conjuncts(p, head, roles)
    for u in _clause_verbs(p, head) + bearing:
        if (active or u in bearing) and p.child(u, "dobj") is not None:  # not "shot her with"
            borne = lemma(p, u) in roles.borne_verbs
            said = _harm(p, p.child(u, "dobj"), roles) if borne else None
        else:
            said = _with_harms(p, u, roles)
        found = _stronger(roles, found, said or _victim_of(p, u, roles))
    return found


def borne_position(p: Parse, m: int, roles: Roles) -> Position:
    """The role of the person at m from a harm they bear: their own "with" phrase, their
    possessed harm, or a harm their clause links them to."""
    found = _borne(p, m, roles)
    if found is None:
        return Position(None, None, None)
    role, k = found
    lo = p.subtree(k)[0]
    return Position(role, None, p.text[p.starts[lo] : p.ends[k]])


def wound_borne(p: Parse, m: int, roles: Roles) -> bool:
    """ "with a gunshot wound", "suffered a stab wound", "the boy's gunshot wound": the
    person at m has a wound whose words say only how it was made (hit). A wound is what a
    person has, so one who has it lived, unless the article tells they died (the labels'
    convention: `article_fates`); "struck by gunshots", "suffered a shot" and "the victim of
    a gunshot wound" tell how, not what is borne."""
    found = _borne(p, m, roles)
    if found is None or found[0] != "hit" or lemma(p, found[1]) not in roles.wound_nouns:
        return False
    of = p.heads[found[1]]  # "the victim of a gunshot wound": the victim noun says hit
    return not (p.lower(of) == "of" and roles.counted_nouns.get(lemma(p, p.heads[of])))


def bleeding(p: Parse, m: int, roles: Roles) -> bool:
    """ "was bleeding from his head", "was sitting on the curb, bleeding": a verb of the
    clause of which m is the subject tells a wound m has (`Roles.wound_verbs`); one who
    bleeds lived, unless the article tells they died, as with a wound borne."""
    v = p.heads[m]
    if v == m or p.deps[m] not in ("nsubj", "nsubjpass") or not p.is_verb(v):
        return False
    return any(lemma(p, u) in roles.wound_verbs for u in _clause_verbs(p, v))


def verb_of_hit(p: Parse, v: int, roles: Roles) -> bool:
    """Whether the verb at v, or one sharing its subject, says a hit done to it ("was shot
    and taken to a hospital"): a harm told by a verb, not only by a wound borne."""
    return any(lookup(roles.acted_on, verb_keys(p, u)) == "hit" for u in verbs_of(p, v))


def _borne(p: Parse, m: int, roles: Roles) -> Harm | None:
    found = None
    # "Six were hurt, five from gunshot wounds": a number hung on the verb is a part too.
    part = p.deps[m] == "npadvmod" and p.tags[m] == "CD"
    bearer = p.deps[m] in BEARER_DEPS or part or companion(p, m)  # "along with a man with"
    lo, hi = p.subtree(m) if bearer else (0, -1)
    for c in range(lo, hi + 1):  # "3 women in their 20s with gunshot wounds"
        if p.deps[c] != "prep" or p.lower(c) not in OWN_PREPOSITIONS:
            continue
        if p.heads[c] == m if p.lower(c) == "from" else _reaches(p, c, m):
            found = _stronger(roles, found, _harm(p, p.child(c, "pobj"), roles))
    if found is None and p.deps[m] == "poss":
        found = _harm(p, p.heads[m], roles)
    return (
        found
        or _clause_harm(p, m, roles)
        or _own_clause_harm(p, m, roles)
        or _borne_by(p, m, roles)
    )


def _borne_by(p: Parse, m: int, roles: Roles) -> Harm | None:
    """ "the fatal injuries sustained by the man and the boy": the agent of a verb of
    bearing (`roles.borne_verbs`), its participle hung on a harm noun, bears that harm."""
    by = p.heads[m]
    if p.deps[m] != "pobj" or p.deps[by] != "agent":
        return None
    verb = p.heads[by]
    if p.deps[verb] != "acl" or lemma(p, verb) not in roles.borne_verbs:
        return None
    return _harm(p, p.heads[verb], roles)


def _own_clause_harm(p: Parse, m: int, roles: Roles) -> Harm | None:
    """ "four people suffering gunshot wounds", "a man who suffered a gunshot wound": the
    harm the noun's own participle or relative clause has it bear."""
    found = None
    for c in p.children(m):
        if p.deps[c] == "acl" and p.tags[c] == "VBG" and p.child(c, *SUBJECTS) is None:
            obj = p.child(c, "dobj") if lemma(p, c) in roles.borne_verbs else None
            found = _stronger(roles, found, _harm(p, obj, roles) or _with_harms(p, c, roles))
        elif p.deps[c] == "relcl":
            wh = p.child(c, "nsubj", "nsubjpass")  # its own subject, not "where she was"
            if wh is not None and p.lower(wh) in RELATIVE_SUBJECTS:
                found = _stronger(roles, found, _clause_harm(p, wh, roles))
    return found


TOLD_DEPS = frozenset(("acomp", "attr", "oprd"))


def told_state(p: Parse, k: int, roles: Roles) -> str | None:
    """ "his condition was stabilized", "her injuries appear to be non-life threatening":
    injured, when the noun at k holds a person's state (`conditions`, a wound noun) and is
    the subject of a clause whose predicate is a word of the injured role; a state of no
    health ("is unknown", "permits") or a death ("were fatal") tells none."""
    noun = lemma(p, k)
    verb = p.heads[k]
    if noun not in roles.conditions | roles.wound_nouns or verb == k:
        return None
    if p.deps[k] not in ("nsubj", "nsubjpass"):
        return None
    said: set[str | None] = set()
    if p.deps[k] == "nsubjpass" or p.child(verb, "dobj") is None:
        # "his condition was stabilized", and the active with no object: "had stabilized"
        said.add(lookup(roles.acted_on, verb_keys(p, verb)))
    verbs = [verb, *(c for c in p.children(verb) if p.deps[c] == "xcomp")]
    for c in (c for u in verbs for c in _told(p, u)):
        lo, hi = p.subtree(c)
        words = p.text[p.starts[lo] : p.ends[hi]].casefold()
        for w in (words, words.replace(" ", "-"), *words.split()):
            said.add(roles.states.get(w) or roles.wounds.get(w))
    return "injured" if "injured" in said and "killed" not in said else None


def _told(p: Parse, verb: int) -> list[int]:
    """What a verb tells of its subject: its complement, and what it lists the subject
    "as" ("his condition was listed as critical but stable")."""
    told = [c for c in p.children(verb) if p.deps[c] in TOLD_DEPS]
    for c in p.children(verb):
        if p.deps[c] == "prep" and p.lower(c) == "as":
            told += [g for g in p.children(c) if p.deps[g] in ("pobj", "amod", "acomp")]
        elif p.tags[c] == "JJ" and any(p.lower(g) == "as" and g < c for g in p.children(c)):
            told.append(c)  # the parser's other reading: "as" a modifier of the adjective
    return told


def opening_harm(p: Parse, v: int, roles: Roles) -> Position:
    """ "Shot twice, Reed was rushed to a hospital", "in critical condition after being
    shot": a participle clause with no subject of its own on the clause's verb (or on its
    open complement: "is expected to survive after being shot") tells how its subject was
    hurt: a person in care so told is injured, and hit (the labels give hit; the archive's
    records count such a person among the injured)."""
    verbs = [v]
    while (x := p.child(verbs[-1], "xcomp")) is not None and len(verbs) < 4:
        verbs.append(x)  # "is expected to survive after being shot": the complement's
    clauses = [c for u in verbs for c in p.children(u) if p.deps[c] == "advcl"]
    for prep in (c for u in verbs for c in p.children(u) if p.deps[c] == "prep"):
        clauses += [c for c in p.children(prep) if p.deps[c] == "pcomp" and p.child(c, "auxpass")]
    for c in clauses:
        if p.tags[c] not in ("VBN", "VB", "VBD"):
            continue
        if p.child(c, "nsubj", "nsubjpass") is not None or p.child(c, "dobj") is not None:
            continue  # "after he shot her": a clause of its own, another's act
        if lookup(roles.acted_on, verb_keys(p, c)) == "hit":
            return Position("hit", None, p.word(c))
    return Position(None, None, None)


def wound_hit(p: Parse, m: int, v: int | None, roles: Roles, where: Position) -> None:
    """ "taken to a hospital with a gunshot wound", "who were recovering from gunshot
    wounds": injured, and hit only by the wound the person bears (`also_wound`), unless a
    verb of the clause at v says the hit too ("was shot and taken ... with a wound")."""
    if where.role == "injured" and where.also == "hit" and not where.also_wound:
        told = v is not None and verb_of_hit(p, v, roles)
        where.also_wound = not told and wound_borne(p, m, roles)


def sharpen(where: Position, borne: Position) -> None:
    """A harm borne says more than the clause: "found with a fatal gunshot wound" is a
    death; "recovering from a gunshot wound" is injured, and hit (the injured are the hit
    who survived); "suffered non-life-threatening gunshot wounds" is injured, and hit."""
    if where.role == "hit" and borne.role in ("killed", "injured"):
        # "suffered non-life-threatening gunshot wounds": the wound says they lived
        if borne.role == "injured" and where.also is None:
            where.also = "hit"
        where.role, where.why = borne.role, borne.why
    elif where.also is None:
        where.also = second_role(where.role, {borne.role})


OUTCOMES = frozenset(("killed", "injured"))


def how_of_an_outcome(p: Parse, t: int, roles: Roles) -> bool:
    """ "X died Thursday, three days after he was shot", "a boy was injured when he was
    shot": the subject at t of an adverbial clause that tells how the outcome its head verb
    says came about (a death one undergoes, or a harm done: "was killed", "was injured";
    not care or a state one is in, where the clause says the how: "is recovering in the
    hospital after she was shot", "was hospitalized after he was shot" are hit), one person
    in one sentence: the outcome's count only (the labels' "one clause, one count, the
    outcome's role")."""
    return adverbial_how(p, p.heads[t], roles)


def adverbial_how(p: Parse, clause: int, roles: Roles) -> bool:
    """Whether the verb at `clause` heads an adverbial clause telling how the outcome of its
    head verb came about (`how_of_an_outcome`)."""
    head = p.heads[clause]
    if p.deps[clause] != "advcl" or head == clause or not p.is_verb(head):
        return False
    return tells_an_outcome(p, head, roles)


def tells_an_outcome(p: Parse, head: int, roles: Roles) -> bool:
    """The verb at head tells an outcome, not care: a death one undergoes ("died") or a
    harm done ("was killed", "was injured")."""
    if p.child(head, "nsubjpass") is None:
        return lookup(roles.undergo, verb_keys(p, head)) == "killed"  # "died after"
    done = lookup(roles.acted_on, verb_keys(p, head))
    return done in OUTCOMES and lemma(p, head) not in roles.care_verbs
