"""A list that names the members of a group in a role: "The victims included a 15-year-old
girl, an 18-year-old man and a 25-year-old man", "police identified the victims as A, 35; B,
18; and C, 36", "the women who died were A and B".

The list's persons stand in no clause of harm of their own; the group they are said to be
(through "be"), to make up ("include") or to be identified as ("identify ... as", "name ...
as") is in a role: its own noun's ("victims": hit), its relative clause's ("who died":
killed) or its state's ("the dead"). The list then counts that many in that role. A group
with a number of its own ("the four victims were ...") is counted by its quantity already.
"""

from __future__ import annotations

from workbench.claims.predicates import HARM, lemma, word_at
from workbench.claims.roles import Roles
from workbench.parse import Parse

MEMBERS = frozenset(("be", "include"))
"""Verbs whose subject is a group and whose object (or complement) names its members."""
NAMING = frozenset(("identify", "name", "list"))
"""Verbs that name a group's members "as" a list ("identified the victims as ...")."""

VICTIM_NOUN = "victim"
"""A group counted only by this noun is hit, or the dead where the article counts as many
(`others.victims_of_the_dead`)."""


def _group(p: Parse, k: int) -> int | None:
    """The group whose members the list starting at k names, if k stands where a list of
    members does."""
    head = p.heads[k]
    if head == k:
        return None
    if p.deps[k] in ("dobj", "attr") and lemma(p, head) in MEMBERS:
        return p.child(head, "nsubj")
    if p.deps[k] == "pobj" and p.lower(head) == "as":
        verb = p.heads[head]
        if verb != head and lemma(p, verb) in NAMING:
            return p.child(verb, "dobj", "nsubjpass")
    return None


def group_role(p: Parse, k: int, roles: Roles, own_role) -> tuple[str, bool] | None:
    """The role of the group a list starting at k names (and whether only its victim noun
    says it); none when the group is no plural noun in a role of harm, or has a number.
    `own_role` reads a noun's own modifiers (`syntax.own_position`)."""
    group = _group(p, k)
    if group is None or not p.is_plural(group) or p.child(group, "nummod") is not None:
        return None
    role = own_role(p, group, roles).role or roles.states.get(word_at(p, group))
    if role in HARM:
        return role, False
    noun = lemma(p, group)
    if roles.counted_nouns.get(noun) in HARM:
        return roles.counted_nouns[noun], noun == VICTIM_NOUN
    return None
