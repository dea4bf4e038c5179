"""A death told by the rite that follows it: "his funeral", "the funeral service for Ana",
"Ana was buried Friday", "she is survived by her parents".

The shape is a person's place beside a rite, not the rite's words alone: one singular person
owns a noun of a rite (`rites.nouns`, or a noun a rite modifies: "his funeral costs"), or is
the object of its "of" or "for" ("a funeral for Ana"), or is the subject of a passive verb of
the rite (`rites.verbs`: "was buried", "was laid to rest", "is survived by"). Such a rite tells
that one person dead: killed 1 (the labels' convention: a rite of one person named or owned is
killed 1, implicit). Not counted: a rite without its person ("funeral arrangements"), a
plural owner without a number ("their funerals"), a negated or hypothetical verb ("will not
be buried"). A rite is held for any death, so the count is marked (`RITE_MARK`) and kept only
where the article tells someone dead by another count (`fates.deaths_told_apart`): a funeral in an
article of no death is of a death outside the harm it reports.
"""

from __future__ import annotations

from workbench.claims.event_nouns import possessive
from workbench.claims.roles import Roles
from workbench.claims.survival import PLURAL_OWNERS
from workbench.claims.verb_forms import hypothetical, lemma, negated
from workbench.parse import Parse

RITE_MARK = "rite"
"""Set in the value of a killed count read only from a rite of one person."""

OWNING_PREPOSITIONS = frozenset(("of", "for"))


def _rite_noun(p: Parse, n: int, roles: Roles) -> str | None:
    """The rite a noun names, itself or by a rite modifying it ("funeral service")."""
    if not p.is_noun(n):
        return None
    if lemma(p, n) in roles.rite_nouns:  # "the funerals": of more than one, told no number
        return lemma(p, n) if p.tags[n] not in ("NNS", "NNPS") else None
    mods = (c for c in p.children(n) if p.deps[c] in ("compound", "amod"))
    return next((lemma(p, c) for c in mods if lemma(p, c) in roles.rite_nouns), None)


def _singular(p: Parse, k: int) -> bool:
    return p.tags[k] not in ("NNS", "NNPS") and p.lower(k) not in PLURAL_OWNERS


def _rite_verb(p: Parse, v: int, roles: Roles) -> str | None:
    """The rite a passive verb tells with the words right after it ("laid to rest",
    "survived by"); the data may list a form the lemmatiser does not reduce ("laid")."""
    for words in roles.rite_verbs:
        after = tuple(p.lower(i) for i in range(v + 1, min(v + len(words), len(p))))
        if words[0] in (lemma(p, v), p.lower(v)) and after == words[1:]:
            return " ".join(words)
    return None


def _passive_rite(p: Parse, k: int, roles: Roles) -> str | None:
    """ "Ana was buried", "was to be buried", "is survived by": k the subject of a passive
    verb of a rite (or of a "be" that passes its subject to one), told as done."""
    v = p.heads[k]
    if v == k or p.deps[k] not in ("nsubjpass", "nsubj"):
        return None
    verbs = [v] if p.deps[k] == "nsubjpass" else []
    verbs += [c for c in p.children(v) if p.deps[c] == "xcomp" and p.child(c, "auxpass")]
    for u in verbs:
        rite = _rite_verb(p, u, roles)
        if rite is not None and not (negated(p, u) or negated(p, v) or hypothetical(p, u)):
            return rite
    return None


def rite_told(p: Parse, k: int, roles: Roles) -> str | None:
    """The rite that tells the singular person at k dead: a rite noun k owns or is the "of"
    or "for" of, or a passive verb of a rite k is the subject of; None otherwise."""
    if not _singular(p, k) or p.text.rstrip().endswith("?"):
        return None
    head = p.heads[k]
    if head == k:
        return None
    if possessive(p, k):
        return _rite_noun(p, head, roles)
    if p.deps[k] == "pobj" and p.lower(head) in OWNING_PREPOSITIONS and p.heads[head] != head:
        return _rite_noun(p, p.heads[head], roles)
    return _passive_rite(p, k, roles)


def owns_a_rite(p: Parse, k: int, roles: Roles) -> bool:
    """ "his funeral", "her obituary": a possessive pronoun owning a rite noun."""
    return p.deps[k] == "poss" and rite_told(p, k, roles) is not None
