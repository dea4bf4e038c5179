"""A headline's verb phrases joined by a comma: "shootout killed suspect, wounded officer",
"saw his father kill mother, shoot sister".

Headlines write a comma where prose writes "and" between two verbs and their objects; the
small parser reads the second verb as a modifier of its object ("wounded officer", "shoot
sister" as a compound) and hangs that object anywhere (the first verb's object, an
apposition), so the second person loses the verb's role. A harm verb right after the
comma, hung so on the noun after it, is the first verb's conjunct, the noun its object.
"""

from __future__ import annotations

from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.parse import Parse

_VERB_TAGS = frozenset(("VB", "VBD", "VBZ", "VBP"))
_NOUN_TAGS = frozenset(("NN", "NNS"))
_REACH = 4
"""How many words before the comma the first verb may be (its object between)."""


def _harm_verb(p: Parse, k: int, roles: Roles) -> bool:
    """A word that is a harm verb's form whatever its tag ("wounded", "shoot" read as a
    noun): a past or a base form of a verb of the roles' harms."""
    lemmas = {lemma_of(p.word(k), tag) for tag in ("VBD", "VB")}
    return any(roles.acted_on.get((lemma,)) in HARM_ROLES for lemma in lemmas)


def _first_verb(p: Parse, comma: int) -> int | None:
    """The verb nearest before the comma, a few words back at most."""
    for k in range(comma - 1, max(comma - 1 - _REACH, -1), -1):
        if p.tags[k] in _VERB_TAGS:
            return k
    return None


def comma_verbs(p: Parse, roles: Roles) -> Parse:
    """ "killed suspect, wounded officer": the second harm verb after a comma, hung as a
    modifier (`amod`, `compound`) on the noun after it, is the first verb's conjunct with
    that noun its object; the first verb's object, if the parser hung it on the second
    noun too ("suspect" an adjective of "officer"), is the first verb's again."""
    tags, heads, deps = list(p.tags), list(p.heads), list(p.deps)
    for comma in range(2, len(p) - 2):
        verb, obj = comma + 1, comma + 2
        if p.word(comma) != "," or p.heads[verb] != obj or p.deps[verb] not in ("amod", "compound"):
            continue
        if p.tags[obj] not in _NOUN_TAGS or not _harm_verb(p, verb, roles):
            continue
        first = _first_verb(p, comma)
        if first is None or first in p.subtree(obj):
            continue
        before = comma - 1
        if p.heads[before] == obj and before != first:
            tags[before], heads[before], deps[before] = "NN", first, "dobj"
        tags[verb] = p.tags[first] if p.tags[first] != "VBP" else "VB"
        heads[verb], deps[verb] = first, "conj"
        heads[obj], deps[obj] = verb, "dobj"
        heads[comma] = first
    if heads == p.heads:
        return p
    return Parse(p.text, p.starts, p.ends, tags, deps, heads)
