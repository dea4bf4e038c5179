"""Repairs of lists the small parser breaks: a comma list of subjects read as several
subjects ("Duncan, Greer and Lindsay were pronounced dead"), names with their ages read as
appositions, a pronoun coordinated with the verb instead of its object ("shot her baby and
then himself"), a conjunct hung on a noun far back, a companion "along with" the subject,
two ages read as one ("killed an 18-year-old, 19-year-old"). Rules over the tree, never over
words; they write into copies of the arrays (see `repair.repaired`)."""

from __future__ import annotations

from itertools import pairwise

from workbench.claims.numbers import words_to_number
from workbench.claims.repair_tree import (
    ARGUMENT_DEPS,
    BARE_DEPS,
    companion,
    first_conjunct,
    inside,
    nominal,
)
from workbench.parse import Parse


def comma_lists(p: Parse, heads: list[int], deps: list[str]) -> None:
    """Two subjects (or objects) of one verb with a comma, or the first one's "and",
    between: one list of conjuncts ("three people from A (ages ...) and a man from B were
    shot": the parser loses the conjunct after the first one's own modifiers)."""
    args: dict[tuple[int, str], list[int]] = {}
    for k, dep in enumerate(p.deps):  # one pass: the arguments of each head, in order
        if dep in ARGUMENT_DEPS and p.heads[k] != k:
            args.setdefault((p.heads[k], dep), []).append(k)
    for ks in args.values():
        if len(ks) > 1:
            same = [c for c in ks if nominal(p, c)]
            for a, b in pairwise(same):
                lo, _hi = p.subtree(b)
                joined = p.word(lo - 1) == "," or _and_after(p, a, lo - 1)
                if lo > 0 and joined and p.subtree(a)[1] in (lo - 1, lo - 2):
                    heads[b], deps[b] = first_conjunct(p, a), "conj"
                elif (
                    p.subtree(a)[1] == lo - 1
                    and p.word(lo - 1)[:1].isalnum()  # "Ana; Man shot": two clauses
                    and p.tags[b] == "NNP"
                    and lo == b
                ):
                    heads[b], deps[b] = a, "appos"  # "his daughter Ana was shot": one person


def _and_after(p: Parse, a: int, cc: int) -> bool:
    """The first argument's own "and" right after its noun phrase, the phrase ending in no
    clause ("a shooting that left two men dead and two others wounded": "and" joins the
    clause's objects, not the subjects)."""
    return p.deps[cc] == "cc" and p.heads[cc] == a and not _path_has_verb(p, cc - 1, a)


def listed_appositions(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Cole, 36, Reed Cole, 5, and Ann Cole": a name read as an apposition of the name
    before it, when it has a conjunct of its own, is a member of the list; so is a person
    with an age after a person with an age ("a 28-year-old man, a 30-year-old man, and a
    50-year-old woman")."""
    for k in reversed(range(len(p))):  # from the list's end: a chain of appositions
        if p.deps[k] != "appos":
            continue
        before = _member_before(p, k)
        if _aged(p, k) and _aged(p, before) and p.tags[k] == p.tags[before] == "NN":
            # its conjunct, or a later member already made one ("a 52 year old male, a 30
            # year old male, a 30 year old female and ...": each read as the one before's)
            target = first_conjunct(p, before)
            later = range(k + 1, len(p))
            if any(deps[c] == "conj" and heads[c] in (k, target) and _aged(p, c) for c in later):
                heads[k], deps[k] = target, "conj"
            continue  # "a 28-year-old man, a 30-year-old man, and a 50-year-old woman"
        if p.tags[k] not in ("NNP", "NNPS") or p.tags[p.heads[k]] != "NNP":
            continue
        if any(p.deps[c] == "conj" and p.tags[c] == "NNP" for c in p.children(k)):
            heads[k], deps[k] = first_conjunct(p, p.heads[k]), "conj"
        elif p.child(k, "det") is None and _listed_before(p, k):
            heads[k], deps[k] = p.heads[k], "conj"  # "Greer, Nicholas Lindsay, and Duncan"


def counted_appositions(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "lost two daughters, a son and two nieces": a counted noun read as an apposition of
    a counted noun before it, with conjuncts of its own, is a member of that list when its
    members do not add up to the count before (an apposition naming the parts of a group
    does: "five people, three men and two women")."""
    for k in range(len(p)):
        if p.deps[k] != "appos" or p.tags[k] not in ("NN", "NNS"):
            continue
        whole = _number(p, p.heads[k])
        members = [k] + [c for c in range(k + 1, len(p)) if p.deps[c] == "conj" and p.heads[c] == k]
        values = [_number(p, c) for c in members]
        if whole is None or len(members) < 2 or None in values or sum(values) == whole:
            continue
        heads[k], deps[k] = p.heads[k], "conj"


def _number(p: Parse, k: int) -> float | None:
    """How many a noun counts: its number ("two nieces"), or one for "a"/"an" before a
    singular ("a son"); None when it says no number."""
    if not p.is_noun(k):
        return None
    for c in p.children(k):
        if p.deps[c] == "nummod" and c < k:
            return words_to_number(p.lower(c)) if not p.word(c).isdigit() else float(p.word(c))
    det = p.child(k, "det")
    if det is not None and p.lower(det) in ("a", "an") and not p.is_plural(k):
        return 1.0
    return None


def _member_before(p: Parse, k: int) -> int:
    """The head the apposition at k is read as renaming; past the town the member before
    it is from ("a 52 year old male from Albion, a 30 year old male ...": the male)."""
    h = p.heads[k]
    prep = p.heads[h]
    if p.deps[h] == "pobj" and p.tags[h] == "NNP" and p.lower(prep) in ("from", "of"):
        return p.heads[prep]
    return h


def _aged(p: Parse, k: int) -> bool:
    """A noun with its age ("a 30-year-old man"): a person of a list of persons."""
    return any(p.lower(c) == "old" and p.deps[c] == "amod" for c in p.children(k))


def _listed_before(p: Parse, k: int) -> bool:
    """A name between commas before its head's ", and" conjunct: a middle member of the
    list, not a second name for the first."""
    h = p.heads[k]
    lo, hi = p.subtree(k)
    if lo == 0 or p.word(lo - 1) != "," or hi + 2 >= len(p) or p.word(hi + 1) != ",":
        return False
    later = [c for c in p.children(h) if p.deps[c] == "conj" and c > k and p.tags[c] == "NNP"]
    return bool(later) and p.lower(hi + 2) in ("and", "or")


def objects_read_as_verbs(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "shot her baby and then himself": a noun coordinated with the verb, after the
    verb's object, is coordinated with the object."""
    for k in range(len(p)):
        v = p.heads[k]
        if p.deps[k] != "conj" or not nominal(p, k) or not p.is_verb(v):
            continue
        obj = p.child(v, "dobj")
        if obj is None or obj > k or p.tags[k] not in ("PRP", "NN", "NNP", "NNS"):
            continue
        # A bare noun only: "and another man in the leg" or "and three others injured"
        # is a clause of its own, its verb left out.
        if any(p.deps[c] not in BARE_DEPS for c in p.children(k)):
            continue
        if any(p.is_verb(t) for t in range(p.subtree(obj)[1] + 1, k)):
            continue  # "shot Ruiz, and rescued Cole": Cole is the second verb's
        heads[k] = obj


def _path_has_verb(p: Parse, k: int, top: int) -> bool:
    """Whether a verb stands between token k and its ancestor top."""
    while k != top and p.heads[k] != k:
        k = p.heads[k]
        if k != top and p.is_verb(k):
            return True
    return False


def far_conjuncts(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "The man who fled after killing his wife and four daughters": a conjunct hung on a
    noun far back, over a clause, belongs to the noun right before the "and"."""
    for c in range(len(p)):
        h = p.heads[c]
        if p.deps[c] != "conj" or not nominal(p, c) or h > c:
            continue
        if not (nominal(p, h) or p.is_verb(h)):  # a noun is never a verb's conjunct
            continue
        if p.child(c, "relcl") is not None and p.child(h, "relcl") is not None:
            continue  # "a man who was shot in the chest and a woman who was ...": parallel
        lo = p.subtree(c)[0]
        if lo < 2 or p.deps[lo - 1] != "cc":
            continue
        near = lo - 2
        if p.tags[near] == "," and near > 0 and p.deps[near - 1] == "appos":
            near -= 1  # "his wife, 34, and the four girls": past the age set off by commas
            if p.tags[near] == "CD" and p.heads[near] < near:
                near = p.heads[near]
        end = p.subtree(near)[1]
        while (
            p.heads[near] != near
            and nominal(p, p.heads[near])
            and p.subtree(p.heads[near])[1] == end
        ):
            near = p.heads[near]  # the noun phrase that ends right before the "and"
        o = p.child(p.heads[near], "dobj")
        if p.deps[near] == "npadvmod" and o is not None and o < near:
            near = o  # "lost three sons last night and two nieces": a time is no list's part
        if p.deps[near] in ("oprd", "acomp") and inside(p, near, h) and near != h:
            # "left a woman dead and her daughter in a coma": a second object with its own
            # state, coordinated with the verb that leaves them so (see noun_states.own_state).
            heads[c] = heads[lo - 1] = p.heads[near]
            continue
        if near == h or not nominal(p, near) or not inside(p, near, h):
            continue
        if p.is_verb(h) or _path_has_verb(p, near, h):
            heads[c] = near
            heads[lo - 1] = near


def along_with(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Ana was shot along with a 22-year-old man", "... alongside a third victim": the
    companion shares the clause's role, as a conjunct of its subject; after an active
    verb's object, of that object ("he shot Pam along with her sister": both shot)."""
    for k in range(len(p)):
        if not companion(p, k) or not nominal(p, k):
            continue
        v = p.heads[k]
        while not p.is_verb(v) and p.heads[v] != v:
            v = p.heads[v]
        obj = p.child(v, "dobj") if p.is_verb(v) else None
        if obj is not None and obj < k and nominal(p, obj) and not _told_apart(p, k):
            heads[k], deps[k] = obj, "conj"
            continue
        subject = p.child(v, "nsubjpass", "nsubj") if p.is_verb(v) else None
        if subject is None or subject > k or _told_apart(p, k):
            continue
        if _person_subject(p, subject, k):
            heads[k], deps[k] = subject, "conj"


def _told_apart(p: Parse, k: int) -> bool:
    """ "was taken to a hospital, along with a man with an arm wound": a companion given a
    harm of its own by a "with" phrase is told its own fate there; it shares the clause's
    circumstance, not its role. (A relative clause on the companion was tried too: on the
    silver slices it gave one article a killed count above the record, and nothing right.)"""
    return any(p.deps[c] == "prep" and p.lower(c) == "with" for c in p.children(k))


def _person_subject(p: Parse, k: int, companion: int) -> bool:
    """A noun; or a partitive's number ("Three of her children were killed, along with")
    when the companion is someone's kin or named ("her niece", "Ana Ruiz"): kin of those
    counted, not a suspect taken along with them ("along with the suspect")."""
    if nominal(p, k):
        return True
    of = p.child(k, "prep")
    if p.tags[k] != "CD" or of is None or p.lower(of) != "of":
        return False
    return p.tags[companion] == "NNP" or p.child(companion, "poss") is not None


def listed_ages(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "killed an 18-year-old, 19-year-old": an age read as a modifier of the age after
    it, a comma between, is a list of two persons (the first the head, as in a conjunction)."""
    for k in range(len(p)):
        h = p.heads[k]
        if p.deps[k] != "amod" or p.lower(k) != "old" or p.lower(h) != "old" or h <= k:
            continue
        comma = k + 1
        if comma >= len(p) or p.word(comma) != "," or p.heads[comma] not in (h, k):
            continue
        heads[k], deps[k] = (k, "ROOT") if p.heads[h] == h else (p.heads[h], p.deps[h])
        heads[h], deps[h] = k, "conj"
        heads[comma] = k
        for c in p.children(h):
            if c < k and p.deps[c] in ("det", "predet"):
                heads[c] = k


def gerunds_read_as_modifiers(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "killing two of the deputies and leading dozens of officers on a chase": a gerund
    right after the "and", read as a modifier of the noun after it, where that noun is
    coordinated with a gerund's object, is a second gerund coordinated with the first, the
    noun its own object (a conjunct of the first object would share the first verb)."""
    for g in range(1, len(p) - 1):
        noun = p.heads[g]
        if p.tags[g] != "VBG" or p.deps[g] != "amod" or noun <= g or p.deps[g - 1] != "cc":
            continue
        if p.deps[noun] != "conj" or not nominal(p, noun):
            continue
        obj = noun
        while p.deps[obj] == "conj" and p.heads[obj] != obj:
            obj = p.heads[obj]  # "two (of the deputies)": a number heads the first
        verb = p.heads[obj]
        if p.deps[obj] != "dobj" or p.tags[verb] != "VBG":
            continue
        heads[g], deps[g] = verb, "conj"
        heads[noun], deps[noun] = g, "dobj"
        heads[g - 1] = verb
