"""Repairs of lists of persons that their ages or an opening phrase break apart.

Named victims come in lists with their ages set off by commas, and the small parser often
loses the list's place in the clause: the subject swallowed by an opening phrase as a
conjunct of its object ("According to police, Kelley and Brandon, both 23, were shot and
killed"); a name coordinated with the age before it ("the deaths of Lindsay, 24 and Duncan,
23"); the state of a found or left list hung on the main verb ("arrived to find Lindsay,
26, and Duncan, 23, dead"). Like `repair.py`, each repair is a rule over the tree, never
over words, and writes into copied arrays.
"""

from __future__ import annotations

from workbench.claims.attribution import SPEECH
from workbench.claims.lemmas import lemma_of
from workbench.claims.no_count import value_of
from workbench.claims.repair import SMALL_CLAUSE_VERBS
from workbench.claims.repair_tree import inside, nominal, subjectless_verbs
from workbench.parse import Parse


def _list_start(p: Parse, k: int) -> int | None:
    """The first member of the list whose last conjunct is k, when the list follows a comma
    and hangs as a conjunct on a word before that comma (the opening phrase's object)."""
    for _ in range(len(p)):
        if p.deps[k] != "conj" or p.heads[k] == k or not nominal(p, k):
            return None
        lo = p.subtree(k)[0]
        h = p.heads[k]
        if lo > 0 and p.word(lo - 1) == "," and h < lo - 1:
            return k
        k = h
    return None


def _parenthesis_start(p: Parse, end: int) -> int:
    """Where a phrase set off by commas that ends with a comma at `end` begins (the token
    before its opening comma); `end` itself when there is none."""
    k = end - 1
    while k > 0 and p.word(k) != "," and not p.is_verb(k):
        k -= 1
    return k - 1 if k > 0 and p.word(k) == "," and k < end - 1 else end


def swallowed_subjects(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "According to police, Kelley and Brandon, both 23, were shot": a verb with no
    subject whose auxiliary follows a list hung on the opening phrase's object takes the
    list as its subject."""
    for v, aux in subjectless_verbs(p):
        j = aux - 1
        if j > 0 and p.word(j) == ",":
            j = _parenthesis_start(p, j)
        if j < 0 or (j == aux - 1 and p.word(j) == ",") or not nominal(p, j):
            continue
        first = _list_start(p, j)
        if first is None or not inside(p, first, v) or p.heads[first] == v:
            continue
        passive = any(p.deps[c] == "auxpass" for c in p.children(v))
        heads[first], deps[first] = v, "nsubjpass" if passive else "nsubj"


def names_after_ages(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Lindsay, 24 and Duncan, 23": a name coordinated with the age set beside the name
    before it is that name's conjunct."""
    for k in range(len(p)):
        age = p.heads[k]
        if p.deps[k] != "conj" or not nominal(p, k) or p.tags[age] != "CD":
            continue
        if p.deps[age] == "appos" and nominal(p, p.heads[age]) and age < k:
            heads[k] = p.heads[age]


def found_states(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "arrived to find Lindsay, 26, and Duncan, 23, dead": an adjective right after the
    object of "find"/"leave" (past its list and ages), hung on another verb or on the
    list's last member, is the object's state."""
    for a in range(1, len(p)):
        if p.tags[a] != "JJ":
            continue
        after_noun = p.deps[a] == "amod" and p.heads[a] < a  # "Moreno, 29, dead"
        if p.deps[a] not in ("advcl", "conj", "dep", "ccomp") and not after_noun:
            continue
        if any(p.deps[c] not in ("advmod", "punct", "prep") for c in p.children(a)):
            continue
        before = a - 1 if p.word(a - 1) != "," else a - 2
        obj = before
        while obj >= 0 and p.deps[obj] not in ("dobj",) and p.heads[obj] != obj:
            obj = p.heads[obj]
        if obj < 0 or p.deps[obj] != "dobj" or p.subtree(obj)[1] not in (before, a - 1, a):
            continue
        verb = p.heads[obj]
        if lemma_of(p.word(verb), p.tags[verb]) not in SMALL_CLAUSE_VERBS:
            continue
        if p.child(verb, "oprd", "acomp", "ccomp") is not None or inside(p, verb, a):
            continue
        heads[a], deps[a] = verb, "oprd"


def stray_to(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "was taken to Advocate Christ Medical Center": a "to" read as an infinitive's
    auxiliary on a name is the preposition, the name its object, not the verb's patient."""
    for t in range(len(p) - 1):
        if p.lower(t) != "to" or p.deps[t] != "aux" or p.is_verb(p.heads[t]):
            continue
        noun = p.heads[t]
        while p.deps[noun] == "compound" and p.heads[noun] != noun:
            noun = p.heads[noun]
        verb = p.heads[noun]
        if p.deps[noun] != "dobj" or not p.is_verb(verb) or p.subtree(noun)[0] not in (t, t + 1):
            continue
        heads[t], deps[t] = verb, "prep"
        heads[noun], deps[noun] = t, "pobj"


def adjectives_read_as_nouns(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "four adult, male victims": adjectives set off by a comma before their noun, the
    first read as a singular noun that the number counts. A number above one on a singular
    noun, right before ", <adjective> <plural noun>" with no number of its own, counts that
    plural noun, and the word it hung on is one more of its adjectives."""
    for k in range(len(p) - 3):
        if p.tags[k] != "NN" or p.word(k + 1) != "," or p.tags[k + 2] != "JJ":
            continue
        number = next((c for c in p.children(k) if p.deps[c] == "nummod"), None)
        noun = p.heads[k + 2]
        if number is None or p.deps[k + 2] != "amod" or noun <= k + 2 or p.tags[noun] != "NNS":
            continue
        value = value_of(p, number)
        if value is None or value <= 1 or p.child(noun, "nummod") is not None:
            continue
        heads[number], heads[k], deps[k] = noun, noun, "amod"


def _numbered(p: Parse, k: int) -> bool:
    return any(p.deps[c] == "nummod" for c in p.children(k))


def numbered_appositions(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "One adult male, two adult females, and one child": a counted noun read as an
    apposition of the counted noun before it, in a list that goes on with ", and" another
    counted noun, is a member of the list: an apposition names the same persons again and
    cannot bring a count of its own. Unless its counts add up to the one before: "two
    people, one man and one woman" names the two again, part by part."""
    for k in range(len(p)):
        h = p.heads[k]
        if p.deps[k] != "appos" or h >= k or not (_numbered(p, k) and _numbered(p, h)):
            continue
        later = [c for c in (*p.children(h), *p.children(k)) if p.deps[c] == "conj" and c > k]
        later = [c for c in later if _numbered(p, c)]
        if later and _number(p, h) != sum(_number(p, c) for c in (k, *later)):
            heads[k], deps[k] = h, "conj"


def set_off_lists(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "The victims, three men and a woman, were ...": counted nouns set off by commas
    right after a plural noun with no number of its own name that noun's persons again, an
    apposition; the parser reads them as more members of a list with the plural noun (a
    plural without a number counts nobody, so it cannot be a member beside counted ones)."""
    for k in range(2, len(p) - 1):
        if p.deps[k] != "conj":
            continue  # asked before the subtree: a walk per token was most of this rule's cost
        h, lo = p.heads[k], p.subtree(k)[0]
        if h != lo - 2 or p.word(lo - 1) != ",":
            continue
        if p.tags[h] != "NNS" or _numbered(p, h) or not _numbered(p, k):
            continue
        if any(p.deps[c] == "cc" for c in p.children(h)):
            continue  # "victims, three men and a woman" has its "and" inside the set-off list
        end = p.subtree(k)[1]
        if end + 1 < len(p) and p.word(end + 1) == ",":
            heads[k], deps[k] = h, "appos"


def _number(p: Parse, k: int) -> float:
    n = next(c for c in p.children(k) if p.deps[c] == "nummod")
    return value_of(p, n) or 0


_SAYING = frozenset(SPEECH.split("|"))
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj")


def _item_separator(p: Parse, k: int) -> bool:
    """Whether the phrase of k follows a semicolon: a new item of a list whose items have
    commas inside."""
    lo = p.subtree(k)[0]
    return lo > 0 and p.word(lo - 1) == ";"


def split_arguments(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Two brothers, Tom and Sam; their uncle, Joe; and ... died": a verb has one subject
    and one object, so a second noun in the same place right after a semicolon is a later
    item of the first one's list, which the parser cut off at the semicolon (so is a noun it
    left unlabelled there, or after "were"). (After "and"
    alone it also joined nouns of two clauses on the silver slices.) Not when
    the first has a participle of its own or a verb stands between them: "Woman hit by
    gunfire; Man shot at bar" are two clauses, each with its own verb."""
    for v in range(len(p)):
        kids = p.children(v)
        if not kids:  # most tokens head nothing: no argument to split
            continue
        for dep in (*_ARGUMENTS, "attr"):
            args = [c for c in kids if p.deps[c] == dep and nominal(p, c)]
            if not args or p.child(args[0], "acl", "relcl") is not None:
                continue
            # the parser's unlabelled "dep" after a semicolon: "were A, B; their cousin, C"
            unlabelled = [c for c in kids if p.deps[c] == "dep" and nominal(p, c)]
            for later in args[1:] + [c for c in unlabelled if c > args[0]]:
                between = range(p.subtree(args[0])[1] + 1, p.subtree(later)[0])
                if any(p.is_verb(t) and p.deps[t] != "prep" for t in between):
                    continue
                if _item_separator(p, later):
                    heads[later], deps[later] = args[0], "conj"


def _kin_after_name(p: Parse, k: int) -> bool:
    """ "The boy's uncle, John Reed, 40, and his friend, Ann Hill, died": after ", and" a
    common noun with its own determiner, hung on the name in apposition to a common noun,
    is an item beside that noun (a name has no common noun for a conjunct)."""
    name = p.heads[k]
    return (
        p.word(p.subtree(k)[0] - 2) == ","
        and p.tags[k] in ("NN", "NNS")
        and p.child(k, "poss", "det") is not None
        and p.tags[name] == "NNP"
        and p.tags[p.heads[name]] in ("NN", "NNS")
    )


def semicolon_items(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "their uncle, Joe Reed, 61; and neighbor Ann Hill": in a list whose items are
    set off by semicolons, the item after "; and" is read as a conjunct of the name in
    apposition to the item before; it is an item of the list, beside the noun the name
    names. So is a common noun after ", and" (`_kin_after_name`)."""
    for k in range(len(p)):
        h = p.heads[k]
        if p.deps[k] != "conj" or p.deps[h] != "appos" or not nominal(p, k):
            continue
        lo = p.subtree(k)[0]  # walked only for the few tokens that pass the tests above
        if lo < 2:
            continue
        if p.tags[lo - 1] != "CC" or (p.word(lo - 2) != ";" and not _kin_after_name(p, k)):
            continue
        while p.deps[h] == "appos" and p.heads[h] != h:
            h = p.heads[h]
        if nominal(p, h) and h != p.heads[k]:
            heads[k] = h


def semicolon_appositions(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Those killed were A, 35, and B, 25; their cousin, C, 37; and ...": a noun read as an
    apposition of the list before it, right after a semicolon, is the list's next item (an
    apposition names the same person again and is never set off by a semicolon)."""
    for k in range(len(p)):
        if p.deps[k] != "appos" or not nominal(p, k) or not _item_separator(p, k):
            continue
        h = p.heads[k]
        while p.deps[h] == "conj" and p.heads[h] != h and nominal(p, p.heads[h]):
            h = p.heads[h]
        if nominal(p, h) and h < k:
            heads[k], deps[k] = h, "conj"


def names_set_off(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "were killed, along with her niece, Tina Shelton, 37, and ...": a proper name set off
    by a comma right after a common noun, which the parser hangs on the verb as a loose
    modifier, names the person of that noun (its apposition)."""
    for k in range(1, len(p)):
        if p.tags[k] != "NNP" or p.deps[k] not in ("npadvmod", "dep") or not p.is_verb(p.heads[k]):
            continue
        lo = p.subtree(k)[0]
        n = lo - 2
        if n < 0 or p.word(lo - 1) != "," or p.tags[n] not in ("NN", "NNS") or not nominal(p, n):
            continue
        if p.subtree(n)[1] == n and p.deps[n] in ("pobj", "conj", "dobj"):
            heads[k], deps[k] = n, "appos"


def stolen_subjects(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Police say three women, including Ana, and two men were hit": the first item of a
    subject list read as the object of the verb of saying, the "and" hung on it, the rest
    as the subject of the clause said; the whole list is that clause's subject. A verb of
    saying only (attribution's): "shot a woman and her son was killed" are two clauses."""
    for c in range(len(p)):
        v = p.heads[c]
        if p.deps[c] != "ccomp" or not p.is_verb(c) or v > c or p.lower(v) not in _SAYING:
            continue
        subject = next((s for s in p.children(c) if p.deps[s] in ("nsubj", "nsubjpass")), None)
        obj = p.child(v, "dobj")
        if subject is None or obj is None or not nominal(p, subject) or not obj < subject:
            continue
        lo = p.subtree(subject)[0]
        if p.tags[lo - 1] != "CC" or p.heads[lo - 1] != obj or not nominal(p, obj):
            continue
        heads[obj], deps[obj] = c, deps[subject]
        heads[subject], deps[subject] = obj, "conj"


def items_read_as_verbs(p: Parse) -> Parse:
    """ "their cousin, Tina Shelton, 37; and friend Ann Hill, 26, died": after "; and" in a
    list of persons, a bare verb with no subject or auxiliary of its own whose object is a
    name is the list's next item (a noun) with its name, which the parser read as a verb
    ("friend") and its object. A verb there would need a subject or an auxiliary."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for k in range(2, len(p)):
        if p.tags[k] != "VB" or p.deps[k] != "conj" or p.word(k - 2) != ";":
            continue
        if p.tags[k - 1] != "CC" or not nominal(p, p.heads[k]):
            continue
        kids = p.children(k)
        if any(p.deps[c] in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
            continue
        name = next((c for c in kids if p.deps[c] == "dobj" and p.tags[c] == "NNP"), None)
        if name is None or p.children(k)[0] < k:
            continue
        tags[k] = "NN"
        deps[name] = "appos"
    if tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


def lists_repaired(p: Parse) -> Parse:
    """The parse with its broken lists of persons mended (after `repair.repaired`; a copy
    when anything changed)."""
    p = items_read_as_verbs(p)
    heads, deps = list(p.heads), list(p.deps)
    names_set_off(p, heads, deps)
    if heads != p.heads:  # the lists below read the names in their place
        p = Parse(p.text, p.starts, p.ends, p.tags, deps, heads)
        heads, deps = list(p.heads), list(p.deps)
    swallowed_subjects(p, heads, deps)
    names_after_ages(p, heads, deps)
    found_states(p, heads, deps)
    stray_to(p, heads, deps)
    adjectives_read_as_nouns(p, heads, deps)
    numbered_appositions(p, heads, deps)
    set_off_lists(p, heads, deps)
    split_arguments(p, heads, deps)
    semicolon_items(p, heads, deps)
    semicolon_appositions(p, heads, deps)
    stolen_subjects(p, heads, deps)
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)
