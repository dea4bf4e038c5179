"""Repairs of the few attachments the small parser gets wrong where counts live.

The small English model misreads some news clauses in ways that lose a count's role: a
subject after a subordinating "after"/"when" taken as that preposition's object ("after
four adults and a toddler were shot"), or as an apposition of the word before it ("on
Easter, 3-year-old Ana Ruiz was shot"); a comma list of subjects read as several subjects
("Duncan, Greer and Lindsay were pronounced dead"), or a list of names with their ages as
appositions; two ages read as one ("killed an
18-year-old, 19-year-old"); a count and its verb read as a modifier of the verb's object ("all three
suffered minor injuries"); a pronoun coordinated with the verb instead of its object ("shot her baby
and then himself"); a participle after its noun hung on the clause's verb ("the name of the
teen killed"); a number hung on a singular possessor ("three sheriff's deputies"). Each
repair is a rule over the tree,
never over words: the arrays are copied, the cached parse is left as it was.
"""

from __future__ import annotations

from itertools import pairwise

from workbench.claims.lemmas import lemma_of
from workbench.claims.repair_headlines import comma_objects
from workbench.parse import Parse

AUX_DEPS = frozenset(("aux", "auxpass"))
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj"))
SUBORDINATORS = frozenset(("after", "before", "since", "until", "as", "once", "because", "when"))
"""Words that open a clause but that the parser reads as a preposition with an object."""
BARE_DEPS = frozenset(("det", "advmod", "punct", "cc", "compound"))
FINITE_TAGS = frozenset(("VBN", "VBD", "VBZ", "VBP", "VB", "VBG", "JJ"))


def nominal(p: Parse, k: int) -> bool:
    """A noun, a personal pronoun, or an age used as a noun ("a 3-year-old")."""
    if p.is_noun(k) or p.tags[k] == "PRP":
        return True
    return p.lower(k) == "old" and p.deps[k] not in ("amod", "acomp")


def _first_conjunct(p: Parse, k: int) -> int:
    while p.deps[k] == "conj" and p.heads[k] != k and nominal(p, p.heads[k]):
        k = p.heads[k]
    return k


def inside(p: Parse, k: int, root: int) -> bool:
    """Whether token k is in root's subtree."""
    for _ in range(len(p)):
        if k == root:
            return True
        if p.heads[k] == k:
            return False
        k = p.heads[k]
    return False


def subjectless_verbs(p: Parse) -> list[tuple[int, int]]:
    """Verbs with an auxiliary before them and no subject: (verb, first auxiliary)."""
    out = []
    for v in range(len(p)):
        if p.tags[v] not in FINITE_TAGS:
            continue
        kids = p.children(v)
        if any(p.deps[c] in SUBJECT_DEPS for c in kids):
            continue
        auxes = [c for c in kids if p.deps[c] in AUX_DEPS and c < v and p.tags[c] != "TO"]
        if auxes:
            out.append((v, min(auxes)))
    return out


def _orphan_subjects(p: Parse, heads: list[int], deps: list[str]) -> None:
    """A noun phrase right before a subjectless verb's auxiliary is that verb's subject."""
    for v, aux in subjectless_verbs(p):
        j = aux - 1
        while j >= 0 and p.tags[j] in ("RB", "RBR"):
            j -= 1
        if j < 0 or not nominal(p, j) or p.deps[j] == "compound" or p.heads[j] == v:
            continue
        noun = _first_conjunct(p, j)
        held_by_aux = p.deps[p.heads[noun]] in AUX_DEPS and p.heads[p.heads[noun]] == v
        if inside(p, v, noun) or (p.deps[noun] in SUBJECT_DEPS and not held_by_aux):
            continue  # the verb hangs under the noun (a relative clause), or it is taken
        if p.deps[noun] == "pobj" and p.lower(p.heads[noun]) not in SUBORDINATORS:
            continue  # "in rural Texas were shot": a place, the subject is further back
        passive = any(p.deps[c] == "auxpass" for c in p.children(v))
        heads[noun], deps[noun] = v, "nsubjpass" if passive else "nsubj"
        lo, hi = p.subtree(noun)
        for k in range(lo, hi + 1):  # "when" belongs to the clause, not to its subject
            if p.tags[k] in ("WRB", "IN") and p.deps[k] in ("advmod", "mark"):
                heads[k] = v


def _comma_lists(p: Parse, heads: list[int], deps: list[str]) -> None:
    """Two subjects (or objects) of one verb with a comma between: one list of conjuncts."""
    args: dict[tuple[int, str], list[int]] = {}
    for k, dep in enumerate(p.deps):  # one pass: the arguments of each head, in order
        if dep in ARGUMENT_DEPS and p.heads[k] != k:
            args.setdefault((p.heads[k], dep), []).append(k)
    for ks in args.values():
        if len(ks) > 1:
            same = [c for c in ks if nominal(p, c)]
            for a, b in pairwise(same):
                lo, _hi = p.subtree(b)
                if lo > 0 and p.word(lo - 1) == "," and p.subtree(a)[1] in (lo - 1, lo - 2):
                    heads[b], deps[b] = _first_conjunct(p, a), "conj"
                elif (
                    p.subtree(a)[1] == lo - 1
                    and p.word(lo - 1)[:1].isalnum()  # "Ana; Man shot": two clauses
                    and p.tags[b] == "NNP"
                    and lo == b
                ):
                    heads[b], deps[b] = a, "appos"  # "his daughter Ana was shot": one person


def _listed_appositions(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Cole, 36, Reed Cole, 5, and Ann Cole": a name read as an apposition of the name
    before it, when it has a conjunct of its own, is a member of the list; so is a person
    with an age after a person with an age ("a 28-year-old man, a 30-year-old man, and a
    50-year-old woman")."""
    for k in range(len(p)):
        if p.deps[k] != "appos":
            continue
        if _aged(p, k) and _aged(p, p.heads[k]) and p.tags[k] == p.tags[p.heads[k]] == "NN":
            if any(p.deps[c] == "conj" and _aged(p, c) for c in p.children(k)):
                heads[k], deps[k] = _first_conjunct(p, p.heads[k]), "conj"
            continue  # "a 28-year-old man, a 30-year-old man, and a 50-year-old woman"
        if p.tags[k] not in ("NNP", "NNPS") or p.tags[p.heads[k]] != "NNP":
            continue
        if any(p.deps[c] == "conj" and p.tags[c] == "NNP" for c in p.children(k)):
            heads[k], deps[k] = _first_conjunct(p, p.heads[k]), "conj"
        elif p.child(k, "det") is None and _listed_before(p, k):
            heads[k], deps[k] = p.heads[k], "conj"  # "Greer, Nicholas Lindsay, and Duncan"


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


def _objects_read_as_verbs(p: Parse, heads: list[int], deps: list[str]) -> None:
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


def _participle(p: Parse, v: int) -> bool:
    """A past participle, or a regular past the tagger took for the past tense ("the five
    people found shot": "found" hung on the sentence's verb as its conjunct; "a student
    shot and killed by men": coordinated with a participle)."""
    if p.tags[v] == "VBN":
        return True
    if p.tags[v] != "VBD":
        return False
    if p.deps[v] == "conj" and p.child(v, "xcomp", "oprd") is not None:
        return True
    return any(p.deps[c] == "conj" and p.tags[c] == "VBN" for c in p.children(v))


def _reduced_relatives(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "the name of the teen killed": a bare participle right after a noun, with no
    subject or auxiliary of its own, describes that noun (the parser hangs it on the verb)."""
    for v in range(1, len(p)):
        noun = v - 1
        if not _participle(p, v) or not p.is_noun(noun) or p.heads[v] == noun:
            continue
        if any(p.deps[c] in SUBJECT_DEPS | AUX_DEPS for c in p.children(v)):
            continue
        if p.deps[v] in ("advcl", "ccomp", "conj", "dep") and not inside(p, noun, v):
            heads[v], deps[v] = noun, "acl"


def _path_has_verb(p: Parse, k: int, top: int) -> bool:
    """Whether a verb stands between token k and its ancestor top."""
    while k != top and p.heads[k] != k:
        k = p.heads[k]
        if k != top and p.is_verb(k):
            return True
    return False


def _far_conjuncts(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "The man who fled after killing his wife and four daughters": a conjunct hung on a
    noun far back, over a clause, belongs to the noun right before the "and"."""
    for c in range(len(p)):
        h = p.heads[c]
        if p.deps[c] != "conj" or not nominal(p, c) or h > c:
            continue
        if not (nominal(p, h) or p.is_verb(h)):  # a noun is never a verb's conjunct
            continue
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
            # state, coordinated with the verb that leaves them so (see syntax._own_state).
            heads[c] = heads[lo - 1] = p.heads[near]
            continue
        if near == h or not nominal(p, near) or not inside(p, near, h):
            continue
        if p.is_verb(h) or _path_has_verb(p, near, h):
            heads[c] = near
            heads[lo - 1] = near


def _along_with(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Ana was shot along with a 22-year-old man", "... alongside a third victim": the
    companion shares the clause's role, as a conjunct of its subject."""
    for k in range(len(p)):
        if p.deps[k] != "pobj" or not nominal(p, k):
            continue
        prep = p.heads[k]
        word = p.lower(prep)
        if not (word == "alongside" or (word == "with" and p.lower(p.heads[prep]) == "along")):
            continue
        v = prep
        while not p.is_verb(v) and p.heads[v] != v:
            v = p.heads[v]
        subject = p.child(v, "nsubjpass", "nsubj") if p.is_verb(v) else None
        if subject is not None and _person_subject(p, subject, k) and subject < k:
            heads[k], deps[k] = subject, "conj"


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


def _counts_on_possessors(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "three sheriff's deputies", "two Marlow County Sheriff's deputies": the parser hangs
    the number on the singular possessor; a number above one cannot count a singular noun,
    so it counts the plural noun possessed."""
    for n in range(len(p)):
        if p.deps[n] != "nummod" or p.tags[n] != "CD" or p.lower(n) in ("one", "1"):
            continue
        k = p.heads[n]
        while p.deps[k] == "compound" and p.heads[k] != k:
            k = p.heads[k]
        owned = p.heads[k]
        if p.deps[k] != "poss" or p.tags[k] not in ("NN", "NNP") or owned == k:
            continue
        if n < k < owned and p.tags[owned] in ("NNS", "NNPS"):
            heads[n] = owned


SMALL_CLAUSE_VERBS = frozenset(("leave", "find"))
"""Verbs that take an object and its state ("left one man dead and a trooper injured")."""


def _small_clauses(p: Parse, heads: list[int], deps: list[str], tags: list[str]) -> None:
    """ "left one man dead and a trooper injured", "left three men hospitalized": a noun and
    the participle after it read as a clause of its own (subject and past verb) are an
    object of "left" with its state. A second object is a conjunct of the verb, as
    `syntax` reads "left a woman dead and her daughter in a coma"; a first, its object."""
    for v in range(1, len(p)):
        link = p.heads[v]
        if (
            p.tags[v] not in ("VBD", "VBN")
            or p.deps[v] not in ("conj", "ccomp")
            or lemma_of(p.word(link), p.tags[link]) not in SMALL_CLAUSE_VERBS
            or any(p.deps[c] in ("dobj", "aux", "auxpass", "ccomp") for c in p.children(v))
        ):
            continue
        subject = p.child(v, "nsubj")
        if subject is None or p.subtree(subject)[1] != v - 1 or not nominal(p, subject):
            continue
        if p.child(link, "dobj") is None:
            heads[subject], deps[subject] = link, "dobj"
            heads[v], deps[v] = link, "oprd"
        else:
            heads[subject], deps[subject] = link, "conj"
            heads[v], deps[v] = subject, "acl"
        tags[v] = "VBN"


def _counts_read_as_modifiers(p: Parse, heads: list[int], deps: list[str], tags: list[str]) -> None:
    """ "said all three suffered non-life threatening injuries": a past verb read as a
    modifier of the noun after it, with a number of its own before it, is a clause: the
    number its subject, the noun its object ("three wounded men" keeps its number on the
    noun, so it is left alone)."""
    for v in range(1, len(p)):
        n = p.heads[v]
        if p.deps[v] != "amod" or p.tags[v] not in ("VBD", "VBN") or n <= v or not p.is_noun(n):
            continue
        count = next(
            (c for c in p.children(v) if c < v and p.tags[c] == "CD" and p.deps[c] != "amod"),
            None,
        )
        if count is None or p.subtree(count)[1] != v - 1:
            continue
        top = p.heads[n]
        if top == n:
            heads[v], deps[v] = v, "ROOT"
        else:
            heads[v], deps[v] = top, "ccomp" if deps[n] in ARGUMENT_DEPS else deps[n]
        heads[count], deps[count] = v, "nsubj"
        heads[n], deps[n] = v, "dobj"
        tags[v] = "VBD"  # an active past: the participle tag would read as a headline passive


def _listed_ages(p: Parse, heads: list[int], deps: list[str]) -> None:
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


def _verb_tags(p: Parse) -> Parse:
    """ "were each shot": a word with an auxiliary of its own is a verb, whatever its tag;
    so is a headline's "-ing" word with a subject."""
    tags = list(p.tags)
    for a, dep in enumerate(p.deps):
        h = p.heads[a]
        if dep in AUX_DEPS and p.tags[a] != "TO" and p.tags[h] in ("NN", "NNS", "JJ"):
            passive = tags[h] == "VBN" or dep == "auxpass"
            tags[h] = "VBN" if passive else "VB"
        elif dep == "nsubj" and p.tags[h] == "NN" and p.lower(h).endswith("ing") and h > a:
            tags[h] = "VBG"  # "Teen fighting for life": a noun takes no subject
    if tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, p.deps, p.heads)


def repaired(p: Parse, persons: frozenset[str] = frozenset()) -> Parse:
    """The parse with its known misattachments mended (a copy when anything changed);
    `persons` are the nouns that name a person (roles' singular persons)."""
    p = _verb_tags(p)
    heads, deps = list(p.heads), list(p.deps)
    _orphan_subjects(p, heads, deps)
    _comma_lists(p, heads, deps)
    _listed_appositions(p, heads, deps)
    _objects_read_as_verbs(p, heads, deps)
    _reduced_relatives(p, heads, deps)
    _far_conjuncts(p, heads, deps)
    _along_with(p, heads, deps)
    _counts_on_possessors(p, heads, deps)
    _listed_ages(p, heads, deps)
    tags = list(p.tags)
    comma_objects(p, heads, deps, tags, persons)
    _counts_read_as_modifiers(p, heads, deps, tags)
    _small_clauses(p, heads, deps, tags)
    if heads == p.heads and deps == p.deps and tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)
