"""A clause of time with no subject of its own speaks of the subject of the clause it is in.

"Rivera called police after being shot in the arm", "The teen ran home after getting shot",
"Lopez faces charges after undergoing surgery", "Diaz spoke to reporters before being
taken to a hospital": a gerund or a participle under a preposition or a subordinator of
time ("after", "before", "while", "since", "following", "upon", "when") has no subject;
English gives it the subject of the clause it hangs on (subject control of adjuncts), so
what it says happened is that subject's. The parser hangs it as `pcomp` under the
preposition, or as `advcl` with the word of time as its `mark`; the role readers followed
a subject to its own verb and that verb's conjuncts, so a main verb of no harm ("called",
"ran", "faces") left the person with no role.

Read only when the main verb tells the subject no role of harm or custody (`OUTWEIGHED`:
none, or only that they were there or took part; the caller,
`clause_positions.clause_position`, asks after the verb and its infinitive complement):
the adjunct's verb read as the subject's, passive where it has its passive auxiliary
("being shot", "getting shot"); an active adjunct's death is not read here (a shooter's
"before taking his own life" is `controlled.own_ends`'); "without", "instead of", "to
avoid" tell what did not happen and are no words of time.
"""

from __future__ import annotations

from workbench.claims.predicates import HARM, SUBJECTS, lemma, verb_roles
from workbench.claims.roles import Roles
from workbench.claims.words import wordset
from workbench.parse import Parse

TIME_WORDS = wordset("after before while since following upon when")
"""The prepositions and subordinators of time an adjunct with no subject hangs under: each
tells an event that took place, beside the clause's own."""
_GERUND_TAGS = frozenset(("VBG", "VBN"))
_GOT_DEPS = frozenset(("acomp", "xcomp", "oprd", "ccomp"))
"""How the parser may hang the participle of "getting shot" on "getting"."""
OUTWEIGHED = frozenset((None, "involved", "present"))
"""The main verb's roles an adjunct's harm says more than ("ran home": involved); one of
custody ("faces charges", "was arrested") is a count of its own role, kept."""


def _adjuncts(p: Parse, verb: int) -> list[int]:
    """The verbs of the clauses of time on `verb` that have no subject of their own."""
    found = []
    for c in p.children(verb):
        if p.deps[c] == "prep" and p.lower(c) in TIME_WORDS:
            found += [g for g in p.children(c) if p.deps[g] == "pcomp" and _nonfinite(p, g)]
        elif p.deps[c] == "advcl" and _nonfinite(p, c) and _marked(p, c):
            found.append(c)
    return [g for g in found if p.child(g, *SUBJECTS) is None]


def _nonfinite(p: Parse, g: int) -> bool:
    return p.tags[g] in _GERUND_TAGS


def _marked(p: Parse, c: int) -> bool:
    """The clause at c is marked by a word of time ("when shot", "after struck")."""
    return any(p.deps[k] == "mark" and p.lower(k) in TIME_WORDS for k in p.children(c))


def _passive(p: Parse, g: int) -> tuple[int, bool]:
    """The adjunct's verb and whether it is passive: "being shot", "getting shot" (the
    parser's `auxpass`), or "getting" with the participle as its complement."""
    if p.child(g, "auxpass") is not None:
        return g, True
    if lemma(p, g) == "get":
        kids = p.children(g)
        done = next((k for k in kids if p.tags[k] == "VBN" and p.deps[k] in _GOT_DEPS), None)
        if done is not None:
            return done, True
    return g, False


def adjunct_role(p: Parse, verb: int, roles: Roles) -> tuple[str, str] | None:
    """The harm role a clause of time with no subject on `verb` gives the verb's subject,
    and why ("after being shot"); None when none does."""
    for g in _adjuncts(p, verb):
        done, passive = _passive(p, g)
        role, why, _ = verb_roles(p, done, passive, roles)
        if role not in HARM or (role == "killed" and not passive):
            continue
        marker = p.heads[g] if p.deps[g] == "pcomp" else p.child(g, "mark")
        return role, f"{p.lower(marker)} {why}"
    return None
