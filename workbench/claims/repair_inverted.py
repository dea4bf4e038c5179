"""Repairs of clauses written in inverted order, where the subject follows its verb.

News writes a list's last member first for weight: "Also killed in the attack was Tom
Reed, 21", "Among the wounded were two teachers". The small parser then hangs the subject
on the auxiliary ("was"), a word that never has a subject of its own, and the person loses
the clause's role. Like `repair.py`, a rule over the tree, never over words, writing into
copied arrays.
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


def inversions_repaired(p: Parse) -> Parse:
    """The parse with its inverted clauses set right (a copy when anything changed)."""
    heads, deps = list(p.heads), list(p.deps)
    subjects_on_auxiliaries(p, heads, deps)
    if heads == p.heads and deps == p.deps:
        return p
    return Parse(p.text, p.starts, p.ends, p.tags, deps, heads)
