"""One person's care told in a clause of time beside their state: one telling.

"He was awake and talking when medics took him to a hospital": the "when" clause tells
the same person's care at the time of the main clause's state, one injured count (the
labels' decision, as a "where" clause on a care clause's hospital); a coordinated clause
with its own subject ("..., and he was taken to ...") or a relative clause stays a count
of its own (`mentions.singular_mentions`).
"""

from __future__ import annotations

from workbench.parse import Parse

TIME_MARKS = frozenset(("when", "as", "while", "after"))
"""Marks of a clause of time; "after" too: "is recovering after a shooting left him
paralyzed" tells the one person's state and its cause, one injured count."""
SAME_PERSON = {"him": "he", "he": "he", "her": "she", "she": "she"}
"""A pronoun and the subject pronoun it can say again."""


def main_subject(p: Parse, k: int) -> int | None:
    """The subject of the clause a time clause holding the pronoun at k hangs on, when the
    pronoun can name that subject again ("He was awake when medics took him": "He")."""
    v = p.heads[k]
    if v == k or p.deps[v] != "advcl" or p.deps[k] not in ("dobj", "nsubjpass", "nsubj"):
        return None
    if not any(p.deps[c] in ("mark", "advmod") and p.lower(c) in TIME_MARKS for c in p.children(v)):
        return None
    head = p.heads[v]
    for _ in range(3):  # "was awake and talking when ...": the first conjunct's subject
        if p.deps[head] not in ("conj", "acomp") or p.child(head, "nsubj") is not None:
            break
        head = p.heads[head]
    subject = p.child(head, "nsubj", "nsubjpass")
    if subject is None or subject == k:
        return None
    same = SAME_PERSON.get(p.lower(k))
    if same is None:
        return None
    return subject if p.lower(subject) == same or p.tags[subject] in ("NN", "NNP") else None
