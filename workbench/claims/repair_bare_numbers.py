"""A headline's bare number after the verb it is the object of.

"shooting that killed 1 and injured 4", "shooting that injured 13", "man shot 2 in
pursuit": a headline drops the noun after a number ("injured 4 people"), and the small
parser hangs the bare number on some word before the verb (a noun it never modifies, since
a number comes before its noun, or the main verb as its object), or reads "shot 2" as a noun
and its number. A bare number right after a harm verb that has no object of its own is that
verb's object: the persons the verb was done to.
"""

from __future__ import annotations

from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.parse import Parse

_VERB_TAGS = frozenset(("VBD", "VBN", "VBZ", "VBP", "VB", "VBG"))


def _harm_verb(p: Parse, v: int, roles: Roles) -> bool:
    """A verb of harm ("injured", "kills"), or its past read as a noun ("shot")."""
    if p.tags[v] in _VERB_TAGS:
        return roles.acted_on.get((lemma_of(p.word(v), p.tags[v]),)) in HARM_ROLES
    return p.tags[v] == "NN" and roles.acted_on.get((lemma_of(p.word(v), "VBN"),)) in HARM_ROLES


def objects_after_verbs(p: Parse, roles: Roles) -> Parse:
    """Re-hang each such bare number as its verb's object (see the module's docstring)."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for n in range(1, len(p)):
        v, head = n - 1, p.heads[n]
        if p.tags[n] != "CD" or p.children(n) or head == n or not _harm_verb(p, v, roles):
            continue
        if p.child(v, "dobj") not in (None, n) or (n + 1 < len(p) and p.is_noun(n + 1)):
            continue  # "injured 4 people": the number has its noun
        if head == v and p.deps[n] == "nummod" and p.tags[v] == "NN":
            tags[v] = "VBD"  # "shot 2": the verb read as a noun with its number
        elif head >= v or p.deps[n] not in ("nummod", "dobj", "appos", "npadvmod"):
            continue  # hung across the verb, on a word before it, or nothing to mend
        heads[n], deps[n] = v, "dobj"
    if heads == p.heads and deps == p.deps and tags == p.tags:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)
