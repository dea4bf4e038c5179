"""Repairs of subjects parted from their verb: inverted, or set off by a clause.

News writes a list's last member first for weight: "Also killed in the attack was Tom
Reed, 21", "Among the wounded were two teachers". The small parser then hangs the subject
on the auxiliary ("was"), a word that never has a subject of its own, and the person loses
the clause's role. A participle clause between commas after the subject ("The suspect,
believed to be in his 20s, was pronounced dead") takes the subject from the main verb the
same way. Like `repair.py`, a rule over the tree, never over words, writing into copied
arrays.
"""

from __future__ import annotations

from workbench.parse import Parse


def subjects_on_auxiliaries(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "Also killed in the attack was Tom Reed", "Also wounded were two teachers": a
    subject (or an attribute) hung on a passive auxiliary after its participle is the
    participle's subject."""
    for k in range(1, len(p)):
        aux = p.heads[k]
        if p.deps[k] not in ("nsubj", "nsubjpass", "attr") or p.deps[aux] != "auxpass":
            continue
        verb = p.heads[aux]
        if verb >= aux or p.child(verb, "nsubj", "nsubjpass") is not None:
            continue
        heads[k], deps[k] = verb, "nsubjpass"


def subjects_on_interruptions(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "The suspect, believed to be in his 20s, was pronounced dead": a subject hung on a
    participle clause set off by commas (no auxiliary of its own) whose head is a later
    verb with no subject is that verb's subject."""
    for k in range(len(p) - 1):
        clause = p.heads[k]
        if p.deps[k] not in ("nsubj", "nsubjpass") or p.deps[clause] != "advcl":
            continue
        verb = p.heads[clause]
        if not k < clause < verb or p.tags[clause] not in ("VBN", "VBD"):
            continue
        if p.child(clause, "aux", "auxpass") is not None or p.word(k + 1) != ",":
            continue
        if p.child(verb, "nsubj", "nsubjpass", "csubj") is not None or not p.is_verb(verb):
            continue
        if p.word(verb - 1) != "," and p.deps[verb - 1] not in ("aux", "auxpass", "neg"):
            continue
        heads[k] = verb
        deps[k] = "nsubjpass" if p.child(verb, "auxpass") is not None else "nsubj"


def subjects_of_passives(p: Parse, heads: list[int], deps: list[str]) -> None:
    """ "A man who was shot in the arm remains hospitalized": a subject before a passive
    auxiliary, hung on that auxiliary (a relative clause between them leads the parser
    astray), is the subject of the participle after it, when that has none."""
    for k in range(len(p)):
        aux = p.heads[k]
        if p.deps[k] not in ("nsubj", "nsubjpass") or p.deps[aux] != "auxpass" or aux < k:
            continue
        verb = p.heads[aux]
        if verb <= aux or p.child(verb, "nsubj", "nsubjpass") is not None:
            continue
        heads[k], deps[k] = verb, "nsubjpass"


def inversions_repaired(p: Parse) -> Parse:
    """The parse with its inverted or interrupted clauses set right (a copy when anything
    changed)."""
    heads, deps = list(p.heads), list(p.deps)
    subjects_on_auxiliaries(p, heads, deps)
    subjects_on_interruptions(p, heads, deps)
    subjects_of_passives(p, heads, deps)
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)
