"""Repairs of the few attachments the small parser gets wrong where counts live.

The small English model misreads some news clauses in ways that lose a count's role: a
subject after a subordinating "after"/"when" taken as that preposition's object ("after
four adults and a toddler were shot"), or as an apposition of the word before it ("on
Easter, 3-year-old Ana Ruiz was shot"); a count and its verb read as a modifier of the
verb's object ("all three suffered minor injuries"); a participle after its noun hung on the
clause's verb ("the name of the teen killed"); a number hung on a singular possessor ("three
sheriff's deputies"); an object and its state read as a clause ("left one man dead"). The
broken lists are mended in `repair_conjuncts`. Each repair is a rule over the tree, never
over words: the arrays are copied, the cached parse is left as it was.
"""

from __future__ import annotations

from workbench.claims import repair_conjuncts as lists
from workbench.claims.inflections import IRREGULAR
from workbench.claims.lemmas import lemma_of
from workbench.claims.repair_headlines import comma_objects, then_reflexives
from workbench.claims.repair_tree import (
    ARGUMENT_DEPS,
    AUX_DEPS,
    SUBJECT_DEPS,
    SUBORDINATORS,
    first_conjunct,
    inside,
    nominal,
    subjectless_verbs,
)
from workbench.claims.words import CALENDAR_WORDS
from workbench.parse import Parse


def _orphan_subjects(p: Parse, heads: list[int], deps: list[str]) -> None:
    """A noun phrase right before a subjectless verb's auxiliary is that verb's subject."""
    for v, aux in subjectless_verbs(p):
        j = aux - 1
        while j >= 0 and p.tags[j] in ("RB", "RBR"):
            j -= 1
        j = _before_apposition(p, j)
        if j < 0 or not nominal(p, j) or p.deps[j] == "compound" or p.heads[j] == v:
            continue
        noun = first_conjunct(p, j)
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


def _before_apposition(p: Parse, j: int) -> int:
    """ "The two others, 33 and 28, were ...": the noun an apposition set off by commas
    ends at j describes (j itself when no such apposition ends there)."""
    if j < 1 or p.word(j) != ",":
        return j
    for a in range(j - 1, 0, -1):
        head = p.heads[a]
        if p.deps[a] == "appos" and head < a and p.subtree(a)[1] == j - 1:
            return head if p.word(a - 1) == "," else j
    return j


def _adjectives_read_as_modifiers(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "The other, 20, is in fair condition", "the youngest, 15, was taken": an adjective
    with its determiner, set off from an age by commas, is the noun ("the other"), the age
    its apposition (the parser hangs both words on the number as its modifiers); and "One
    died and the other, 20, remains ...": such a noun read as a conjunct of the verb before
    is the subject of the subjectless verb after its age."""
    for k in range(3, len(p) - 1):
        if p.tags[k] != "CD" or p.word(k - 1) != "," or p.word(k + 1) != ",":
            continue
        adjective = k - 2
        if p.tags[adjective] not in ("JJ", "JJS") or p.deps[adjective - 1] != "det":
            continue
        if p.deps[adjective] == "amod" and p.heads[adjective] == k:
            heads[adjective], deps[adjective] = p.heads[k], p.deps[k]
            heads[k], deps[k] = adjective, "appos"
            for c in p.children(k):
                if c < k and c != adjective:
                    heads[c] = adjective
        elif p.deps[k] != "appos" or p.heads[k] != adjective:
            continue
        verb = _verb_after(p, k + 2)
        if deps[adjective] == "conj" and verb is not None and p.heads[verb] == heads[adjective]:
            passive = p.child(verb, "auxpass") is not None
            heads[adjective], deps[adjective] = verb, "nsubjpass" if passive else "nsubj"


def _verb_after(p: Parse, t: int) -> int | None:
    """The verb a clause opens with at t (through its auxiliaries), when it has no subject
    and is joined to the clause before it."""
    if t >= len(p):
        return None
    verb = p.heads[t] if p.deps[t] in AUX_DEPS else t
    if not p.is_verb(verb) or p.deps[verb] != "conj":
        return None
    return None if any(p.deps[c] in SUBJECT_DEPS for c in p.children(verb)) else verb


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


def _counts_read_as_days(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "wounded three Saturday night", "killed 12 Monday": a number right after a verb with
    no object, read as counting the singular day or time of day after it, is the verb's
    object (a number above one counts no singular noun); the day stays the verb's time."""
    for n in range(1, len(p) - 1):
        v, day = n - 1, p.heads[n]
        if p.tags[n] != "CD" or p.deps[n] != "nummod" or p.lower(n) in ("one", "1"):
            continue
        if not p.is_verb(v) or p.child(v, "dobj") is not None or day <= n:
            continue
        if p.lower(day) not in CALENDAR_WORDS or p.tags[day] not in ("NN", "NNP"):
            continue
        if p.heads[day] == v and p.deps[day] in ("npadvmod", "dobj", "tmod"):
            heads[n], deps[n] = v, "dobj"
            deps[day] = "npadvmod"


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
        if not any(heads[c] == link and deps[c] == "dobj" for c in range(len(p))):
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


def _opening_participle(p: Parse, heads: list[int], deps: list[str], tags: list[str]) -> None:
    """ "Shot three times, Jimerson was rushed to ...": a participle opening the sentence,
    capitalised only because it opens it and read as a name hung on the verb, is a clause
    of its own on that verb (set off by a comma, the verb's subject after it)."""
    if len(p) < 4 or p.tags[0] not in ("NNP", "NN") or not p.word(0)[:1].isupper():
        return
    low = p.lower(0)
    v = p.heads[0]
    if not (low in IRREGULAR or low.endswith("ed")) or v == 0 or not p.is_verb(v):
        return
    comma = p.subtree(0)[1] + 1
    subject = p.child(v, "nsubj", "nsubjpass")
    if comma < len(p) and p.word(comma) == "," and subject is not None and subject > comma:
        tags[0], deps[0] = "VBN", "advcl"


def _remains_as_verb(p: Parse, heads: list[int], deps: list[str], tags: list[str]) -> None:
    """ "the 20-year-old died and the 19-year-old remains in critical condition": "remains"
    read as a plural noun with the age as its modifier, heading a clause of its own (no
    noun heads a clause), is the verb, the age its subject."""
    for k in range(1, len(p)):
        if p.lower(k) not in ("remains", "remain") or p.tags[k] != "NNS":
            continue
        if p.deps[k] not in ("ROOT", "conj", "ccomp") or (
            p.deps[k] == "conj" and not p.is_verb(p.heads[k])
        ):
            continue
        age = next((c for c in p.children(k) if c < k and p.lower(c) == "old"), None)
        if age is None or p.child(k, "prep", "acomp", "oprd") is None:
            continue
        tags[k] = "VBZ" if p.lower(k) == "remains" else "VBP"
        heads[age], deps[age] = k, "nsubj"
        for c in p.children(k):
            if c < k and p.deps[c] in ("det", "nummod", "compound", "poss") and c < age:
                heads[c] = age


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
    _adjectives_read_as_modifiers(p, heads, deps)
    _orphan_subjects(p, heads, deps)
    lists.comma_lists(p, heads, deps)
    lists.listed_appositions(p, heads, deps)
    lists.counted_appositions(p, heads, deps)
    lists.objects_read_as_verbs(p, heads, deps)
    lists.gerunds_read_as_modifiers(p, heads, deps)
    _reduced_relatives(p, heads, deps)
    lists.far_conjuncts(p, heads, deps)
    lists.along_with(p, heads, deps)
    _counts_on_possessors(p, heads, deps)
    _counts_read_as_days(p, heads, deps)
    lists.listed_ages(p, heads, deps)
    tags = list(p.tags)
    comma_objects(p, heads, deps, tags, persons)
    then_reflexives(p, heads, deps)
    _opening_participle(p, heads, deps, tags)
    _remains_as_verb(p, heads, deps, tags)
    _counts_read_as_modifiers(p, heads, deps, tags)
    _small_clauses(p, heads, deps, tags)
    if heads == p.heads and deps == p.deps and tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)
