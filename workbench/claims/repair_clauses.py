"""A clause's subject that the parser joined to the clause before it.

"A woman was hit in her foot and a man was hit in his arm", "One suffered serious injuries
and the other three are in stable condition": the small model reads the noun after "and"
as one more object of the clause before (a conjunct of "foot", of "injuries"), so the verb
after it has no subject and the person no role. A noun joined by "and" or "but" to an
object of a verb (a direct object or a preposition's object in that verb's clause), right
before a subjectless verb coordinated with that verb (or with the verbs that verb is
coordinated with: "was hit in his arm and taken to X Hospital and a man was hit ..."),
past the age set off by commas a name may have ("and Ana Ruiz, 23, was shot"), starts that
verb's clause: it is that clause's subject. The verb is one with an auxiliary before it,
or a finite form no participle shares (a present tense, or "was"/"were" as the verb
itself: "and the other three are in stable condition"); a verb's form that tells its
subject's number ("is", "were", "remains") must agree with the noun's. So is an age used as
a noun that the parser hung on a subjectless verb as its modifier. The other way round, a
bare noun of a list ("in the lower back, knee, groin and thigh and is in critical
condition") read as a later verb's subject is a list item again. Rules over the tree, never
over words.
"""

from __future__ import annotations

from workbench.claims.numbers import words_to_number
from workbench.claims.repair_tree import (
    AUX_DEPS,
    SUBJECT_DEPS,
    SUBORDINATORS,
    first_conjunct,
    nominal,
    subjectless_verbs,
)
from workbench.parse import Parse

_JOINS = frozenset(("and", "but"))
"""The words that join two clauses (and two nouns: the parser's confusion)."""
_OBJECT_DEPS = frozenset(("dobj", "pobj"))
_PATH_DEPS = frozenset(("dobj", "pobj", "prep", "agent"))
"""An object's way up to its verb: through prepositions and the nouns they hang on."""
_PLURAL_FORMS = frozenset(("are", "were", "have"))


def _before_aux(p: Parse, aux: int) -> int | None:
    """The last word of what stands right before the auxiliary, past an age set off by
    commas ("Ana Ruiz, 23, was")."""
    j = aux - 1
    if j >= 3 and p.word(j) == "," and p.tags[j - 1] == "CD" and p.word(j - 2) == ",":
        return j - 3
    return j if j >= 0 else None


def _openings(p: Parse) -> list[tuple[int, int]]:
    """Each verb with no subject and the word its clause starts with: its first auxiliary
    (`subjectless_verbs`), or the verb itself when it is a conjunct in a finite form that
    no participle shares (a present tense, "was"/"were"): "and the other three are in
    stable condition", "and a second man remains in the hospital"."""
    out = subjectless_verbs(p)
    for v in range(len(p)):
        tag = p.tags[v]
        if p.deps[v] != "conj" or not (tag in ("VBZ", "VBP") or p.lower(v) in ("was", "were")):
            continue
        if not any(p.deps[c] in SUBJECT_DEPS or p.deps[c] in AUX_DEPS for c in p.children(v)):
            out.append((v, v))
    return out


def _plural(p: Parse, k: int) -> bool:
    """Whether the noun at k names more than one: a plural noun, or a number above one
    standing for persons ("the other three")."""
    if p.tags[k] != "CD":
        return p.is_plural(k)
    word = p.word(k).replace(",", "")
    value = float(word) if word.isdigit() else words_to_number(word)
    return value is not None and value > 1


def _agrees(p: Parse, k: int, start: int) -> bool:
    """Whether the clause's first verb agrees in number with the noun at k as its subject:
    "and the other three are", "and a man was"; a form that tells no number ("had",
    "will") takes a singular only, as this repair always did. A singular before "were" is
    the last of a coordinated subject ("and Ana and a second man were shot"), or of an
    object ("confirmed one man and one woman were found dead"): not one subject."""
    form, plural = p.lower(start), _plural(p, k)
    if form in _PLURAL_FORMS or p.tags[start] == "VBP":
        return plural
    return not plural


def _joined_noun(p: Parse, last: int, start: int) -> int | None:
    """The noun whose phrase ends at token `last` (or at the age after it, when the age
    hangs on it), a conjunct after "and"/"but" of a verb's object (a noun, a number
    standing for persons, "the other"); else None."""
    k = last
    for _ in range(len(p)):  # up from the phrase's last word ("a man with a wound")
        if not last <= p.subtree(k)[1] < start:
            return None
        if p.deps[k] == "conj" and (nominal(p, k) or p.tags[k] == "CD"):
            break
        if p.heads[k] == k:
            return None
        k = p.heads[k]
    else:
        return None
    lo = p.subtree(k)[0]
    if lo == 0 or p.lower(lo - 1) not in _JOINS:
        return None
    first = first_conjunct(p, k)
    if p.deps[first] not in _OBJECT_DEPS or p.lower(p.heads[first]) in SUBORDINATORS:
        return None  # "after four adults and a boy were shot": the whole list (`repair`)
    return k


def _subject(p: Parse, last: int, start: int) -> tuple[int, int | None] | None:
    """The subject a subjectless clause starting at `start` lost to the clause before:
    (the noun, None), or a coordinated pair (the first noun, the second) when a singular
    stands last before a plural form and the noun before its "and" was joined to the same
    object too ("and Agent Ana Ruiz and the suspect were killed"); else None."""
    j = _joined_noun(p, last, start)
    if j is None:
        return None
    if _agrees(p, j, start):
        return j, None
    lo = p.subtree(j)[0]
    if _plural(p, j) or lo < 2:
        return None
    first = p.heads[j]  # "and both Ana and Ruiz were": the second hung on the first
    if p.deps[j] != "conj" or first > j or p.lower(p.subtree(first)[0] - 1) not in _JOINS:
        first = _joined_noun(p, lo - 2, lo - 1)
    if first is None or first_conjunct(p, first) != first_conjunct(p, j):
        return None
    return first, j


def _object_verb(p: Parse, o: int) -> int | None:
    """The verb whose clause holds the object at o: up through prepositions and the nouns
    they hang on ("sustained injuries to his arm"), never out of a clause."""
    for _ in range(len(p)):
        h = p.heads[o]
        if h == o or p.deps[o] not in _PATH_DEPS:
            return None
        if p.is_verb(h):
            return h
        o = h
    return None


def _first_verb(p: Parse, k: int) -> int:
    """The first of the coordinated verbs token k belongs to ("was hit in his arm and taken
    to X Hospital and a man was hit ...": "taken" and the second "hit" are both the first
    "hit"'s conjuncts)."""
    for _ in range(len(p)):  # bounded: a repaired tree may not be one
        if p.deps[k] != "conj" or p.heads[k] == k or not p.is_verb(p.heads[k]):
            break
        k = p.heads[k]
    return k


def _age_on_a_verb(p: Parse, k: int) -> bool:
    """ "A 25-year-old who was shot remains hospitalized": an age used as a noun ("old"
    with its span of years), hung as a modifier on a later verb with no subject."""
    h = p.heads[k]
    if p.lower(k) != "old" or p.deps[k] != "amod" or h <= k or not p.is_verb(h):
        return False
    if not any(p.deps[c] == "npadvmod" and p.is_noun(c) for c in p.children(k)):
        return False
    return not any(p.deps[c] in SUBJECT_DEPS for c in p.children(h))


def _listed_object(p: Parse, s: int) -> int | None:
    """ "was shot in the lower back, knee, groin and thigh and is in critical condition":
    a bare singular noun (no determiner, owner or number) right after a comma that ends a
    preposition's object, read as the subject of a verb coordinated with the preposition's
    verb, is one more item of that object (a singular common noun with no determiner does
    not begin a clause); the object's token, else None."""
    if p.tags[s] != "NN" or s < 2 or p.word(s - 1) != "," or p.subtree(s)[0] != s:
        return None
    v = p.heads[s]
    if p.deps[v] != "conj" or not p.is_verb(v):
        return None
    o = s - 2
    for _ in range(3):  # up from the object's last word ("the lower back": "back" on "lower")
        if p.deps[o] == "pobj" or p.heads[o] == o:
            break
        o = p.heads[o]
    if p.deps[o] != "pobj" or p.subtree(o)[1] != s - 2:
        return None
    return o if _first_verb(p, p.heads[p.heads[o]]) == _first_verb(p, v) else None


def clause_subjects(p: Parse) -> Parse:
    """The parse with each such noun made its clause's subject, and each list item read as
    a subject made an item again (a copy when anything changed)."""
    heads, deps = list(p.heads), list(p.deps)
    for s in range(len(p)):
        if p.deps[s] in SUBJECT_DEPS and (o := _listed_object(p, s)) is not None:
            heads[s], deps[s] = o, "conj"
    for v, start in _openings(p):
        last = _before_aux(p, start)
        found = None if last is None or p.deps[v] != "conj" else _subject(p, last, start)
        if found is None:
            continue
        j, pair = found
        verb = _object_verb(p, first_conjunct(p, j))
        if verb is None or _first_verb(p, verb) != _first_verb(p, v):
            continue  # the object's clause is one of the verbs the verb is coordinated with
        passive = any(p.deps[c] == "auxpass" for c in p.children(v))
        heads[j], deps[j] = v, "nsubjpass" if passive else "nsubj"
        if pair is not None:
            heads[pair], deps[pair] = j, "conj"
        if last + 2 < start and p.tags[last + 2] == "CD":  # the name's age, wherever it hung
            heads[last + 2], deps[last + 2] = j, "appos"
    for k in range(len(p)):
        if _age_on_a_verb(p, k):
            passive = any(p.deps[c] == "auxpass" for c in p.children(p.heads[k]))
            deps[k] = "nsubjpass" if passive else "nsubj"
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)
