"""A headline's list of persons joined by commas before the state they share.

"2 men, 3 women shot", "Boy, 2 men injured", "4 women, man, unborn child slain", "left
father, 2 children dead": a headline writes a comma where prose writes "and", and the small
parser hangs the later persons on the first as appositions (or the first on the verb as a
loose dependent), so the group's whole is never added up and the first part loses the
state. Persons next to each other with only a comma between them, the last one followed by
a word of a harm state, are conjuncts of one group the state is said of, as the "and" list
parses: the last part the state's subject, or the state a reduced clause on the last part.
"""

from __future__ import annotations

from itertools import pairwise

from workbench.claims.lemmas import lemma_of
from workbench.claims.repair_headlines import REFLEXIVES
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary

_MODIFIER_TAGS = frozenset(("CD", "JJ", "DT", "PRP$", "HYPH", "NN", "NNP", "NNPS", "VBN"))
"""Tags of the words of a person's phrase before its noun ("2 other", "unborn", "his 4")."""
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
_MODIFIER_DEPS = {"CD": "nummod", "DT": "det", "PRP$": "poss", "HYPH": "punct", "JJ": "amod"}


def _person(p: Parse, k: int, roles: Roles) -> bool:
    """A noun naming persons ("men", "boy", "others") or an age as a noun ("4-year-old")."""
    if p.lower(k) == "old":
        return k >= 2 and p.lower(k - 2) in ("year", "month", "week", "day")
    if p.tags[k] not in ("NN", "NNS", "NNP", "NNPS"):  # "Left Father, 2 Children Dead"
        return False
    noun = lemma_of(p.lower(k), p.tags[k].replace("NNP", "NN"))
    if noun == "other":
        return True
    return noun in roles.singular_persons or vocabulary().counted_class(noun) == "persons"


def _phrase_start(p: Parse, k: int) -> int:
    """The first word of the person's phrase ending at k: its number, article, adjectives
    and compounds, read by their tags (the parse of a headline list is what is wrong)."""
    start = k
    while start > 0 and p.tags[start - 1] in _MODIFIER_TAGS and p.word(start - 1) != ",":
        start -= 1
    return start


def _state_after(p: Parse, k: int, roles: Roles) -> int | None:
    """The harm state right after the last person ("shot", "injured", "dead")."""
    v = k + 1
    if v < len(p) and roles.states.get(p.lower(v)) in HARM_ROLES:
        return v
    return None


def _listed(p: Parse, last: int, roles: Roles) -> list[int]:
    """The persons listed with commas before the last one, in order, with it."""
    items = [last]
    comma = _phrase_start(p, last) - 1
    while comma >= 1 and p.word(comma) == "," and _person(p, comma - 1, roles):
        items.insert(0, comma - 1)
        comma = _phrase_start(p, comma - 1) - 1
    return items


def _top(p: Parse, nodes: set[int]) -> int:
    """Of the list's tokens, the one hung from outside them (or the root among them)."""
    for k in sorted(nodes):
        if p.heads[k] == k or p.heads[k] not in nodes:
            return k
    return min(nodes)


def _state_holder(p: Parse, items: list[int]) -> int:
    """Which part a reduced clause of state hangs on, as the parser hangs it in an "and"
    list: the first of singular persons ("Man and woman injured": the mention of two is
    read from the first), the last of a list with a number ("left three women and one man
    injured": the state written after the group, `counts._shared_state`)."""
    numbered = any(
        p.tags[c] == "CD" and p.tags[c + 1] != "HYPH"  # an age's number counts no one
        for i in items
        for c in range(_phrase_start(p, i), i)
    )
    return items[-1] if numbered else items[0]


def comma_lists(p: Parse, roles: Roles) -> Parse:
    """ "2 men, 3 women shot", "teen, 4-year-old shot": persons with a comma between them
    before a harm state are one group in that state (see the module's docstring)."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for last in range(2, len(p) - 1):
        v = _state_after(p, last, roles)
        if v is None or not _person(p, last, roles):
            continue
        items = _listed(p, last, roles)
        if len(items) < 2:
            continue
        first = items[0]
        spans = {i: range(_phrase_start(p, i), i + 1) for i in items}
        top = _top(p, {*items, v})
        outside = (top, "ROOT") if p.heads[top] == top else (p.heads[top], p.deps[top])
        above = _ancestors(p, top)
        if p.deps[last] in _SUBJECTS and p.heads[last] == v and v not in above:
            heads[first], deps[first] = v, p.deps[last]
            if top != v:  # "A man, woman shot": the verb read as a clause on the first
                heads[v], deps[v] = outside if outside[0] != top else (v, "ROOT")
        else:
            if v in above:  # "leaves 3 men, 1 woman wounded": the verb the list is under
                under = ([top, *above])[above.index(v)]  # takes the state's place
                heads[under], deps[under] = (
                    (under, "ROOT") if p.heads[v] == v else (p.heads[v], p.deps[v])
                )
            if top != first:
                heads[first], deps[first] = outside if outside[0] != top else (first, "ROOT")
            heads[v], deps[v] = _state_holder(p, items), "acl"
            if tags[v] == "NN":
                tags[v] = "VBN"  # "shot" read as a noun
        for before, item in pairwise(items):
            heads[item], deps[item] = before, "conj"
            heads[spans[item][0] - 1], deps[spans[item][0] - 1] = before, "punct"
        for i in items:
            for w in spans[i][:-1]:
                if not spans[i].start <= heads[w] <= i:
                    heads[w], deps[w] = i, _MODIFIER_DEPS.get(tags[w], "compound")
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


_SEPARATORS = (",", "and", "&")


def _harmed_object(p: Parse, obj: int, roles: Roles) -> bool:
    """The object of a harm verb ("shooting self", "killed 5") or the person a harm event
    is told of ("the killing of his wife")."""
    head = p.heads[obj]
    if p.deps[obj] == "dobj" and p.is_verb(head):
        verb = lemma_of(p.word(head), p.tags[head])
        return roles.acted_on.get((verb,)) in HARM_ROLES
    if p.deps[obj] == "pobj" and p.lower(head) == "of" and p.heads[head] != head:
        return roles.nouns.get(p.lower(p.heads[head])) in HARM_ROLES
    return False


def _next_person(p: Parse, start: int, roles: Roles) -> int | None:
    """The noun of the person's phrase that begins at `start` ("four daughters", "girl")."""
    k = start
    while k + 1 < len(p) and p.tags[k + 1] in _MODIFIER_TAGS | {"NNS"} and p.word(k + 1) != ",":
        k += 1
    if any(roles.acted_on.get((lemma_of(p.word(w), "VB"),)) for w in range(start, k)):
        return None  # "kill mother, shoot sister": a verb read as a noun's modifier
    return k if _person(p, k, roles) or (p.tags[k] == "CD" and k == start) else None


def _ancestors(p: Parse, k: int) -> list[int]:
    out = []
    while p.heads[k] != k and len(out) < len(p):
        k = p.heads[k]
        out.append(k)
    return out


def _numbers_across_commas(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "killed 4, unborn child": a number hung on a noun across a comma counts no noun
    there (a number and its noun are never split by a comma); it stands in the noun's
    place, and the noun is the next item of its list."""
    for n in range(len(p) - 2):
        h = p.heads[n]
        if p.tags[n] != "CD" or p.deps[n] != "nummod" or p.word(n + 1) != "," or h <= n + 1:
            continue
        heads[n], deps[n] = (n, "ROOT") if p.heads[h] == h else (p.heads[h], p.deps[h])
        heads[h], deps[h] = n, "conj"
        heads[n + 1] = n


def object_lists(p: Parse, roles: Roles) -> Parse:
    """ "killing wife and four daughters", "the killing of his wife, 4 daughters", "shooting
    self, girl", "killed 5, unborn child": the person listed after a harmed object (with a
    comma or "and" between), which the parser hangs higher up, on a verb or noun the object's
    clause depends on, is the object's conjunct: the harm is done to both."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    _numbers_across_commas(p, heads, deps)
    for obj in range(len(p) - 2):
        if not _harmed_object(p, obj, roles):
            continue  # asked first: a harm's object is rare, a person's noun costs lookups
        listed = _person(p, obj, roles) or p.tags[obj] == "CD" or p.lower(obj) in REFLEXIVES
        if not listed:
            continue
        sep = obj + 1
        while sep < len(p) and p.lower(sep) in _SEPARATORS:
            sep += 1
        if sep == obj + 1 or sep >= len(p):
            continue
        item = _next_person(p, sep, roles)
        if item is None or not _person(p, item, roles) or p.deps[item] in _SUBJECTS:
            continue
        above = _ancestors(p, obj)
        if item in above:  # "Man kills brother, girlfriend": the second read as the root
            top = above[above.index(item) - 1]
            heads[top], deps[top] = (
                (top, "ROOT") if p.heads[item] == item else (p.heads[item], p.deps[item])
            )
        elif p.heads[item] not in above or p.heads[item] == obj:
            continue
        heads[item], deps[item] = obj, "conj"
        for w in range(obj + 1, sep):
            heads[w], deps[w] = obj, "cc" if p.lower(w) != "," else "punct"
        for w in range(sep, item):
            if not sep <= heads[w] <= item:
                heads[w], deps[w] = item, _MODIFIER_DEPS.get(tags[w], "compound")
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)


def states_after_inclusions(p: Parse, roles: Roles) -> Parse:
    """ "4 people, including 2 juveniles, injured in ...": a harm state after a part set off
    by commas ("including ...") is said of the group before it, not of the part the parser
    hangs it on, as "7 people, including 4 juveniles, shot" parses."""
    heads, deps = list(p.heads), list(p.deps)
    for v in range(3, len(p)):
        part = p.heads[v]
        if p.word(v - 1) != "," or p.deps[v] not in ("acl", "amod", "conj") or part >= v:
            continue
        if roles.states.get(p.lower(v)) not in HARM_ROLES or p.deps[part] != "pobj":
            continue
        including = p.heads[part]
        group = p.heads[including]
        if p.lower(including) != "including" or p.deps[including] != "prep":
            continue
        if not _person(p, group, roles) or p.word(including - 1) != ",":
            continue
        heads[v], deps[v] = group, "acl"
        heads[v - 1] = group
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, list(p.tags), deps, heads)
