"""Events told deadly: "the fatal shooting", "a deadly incident", "the argument turned deadly".

An event noun said to be deadly tells one death the way "the killing" does
(`mention_kinds.a_death_told`): counted killed 1 where the article counts one dead, and
dropped where it counts more (an event of many deaths tells no number) or no harm at all
(`fates.deaths_of_one`; the labels' "an event told deadly or fatal" decision).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.syntax import lemma
from workbench.parse import Parse

if TYPE_CHECKING:
    from workbench.claims.mention_record import Mention


def _a_death_word(p: Parse, k: int, roles: Roles) -> bool:
    """A word of the killed role's states ("fatal", "deadly")."""
    return roles.states.get(p.lower(k)) == "killed"


def event_noun(p: Parse, k: int, roles: Roles) -> bool:
    """A noun naming an event: one of the roles' event nouns ("shooting", "stabbing") or
    of `deadly_events.nouns`, events that tell no harm of their own ("incident",
    "argument")."""
    word = lemma(p, k)
    return word in roles.nouns or p.lower(k) in roles.nouns or word in roles.deadly_event_nouns


def told_deadly(p: Parse, k: int, roles: Roles) -> bool:
    """ "the fatal shooting", "a deadly incident": a singular event noun an adjective of
    death modifies (the noun's own words say one died)."""
    if p.tags[k] != "NN" or not event_noun(p, k, roles):
        return False
    return any(p.deps[m] == "amod" and _a_death_word(p, m, roles) for m in p.children(k))


def turned_deadly(p: Parse, k: int, roles: Roles) -> bool:
    """ "the argument turned deadly", "a visit proved fatal": the subject of a verb of
    becoming (`deadly_events.verbs`) whose complement is a word of death: what the subject
    names, or the event its clause tells, ended in a death."""
    head = p.heads[k]
    if p.deps[k] != "nsubj" or head == k or lemma(p, head) not in roles.deadly_event_verbs:
        return False
    return any(
        p.deps[c] in ("acomp", "oprd") and _a_death_word(p, c, roles) for c in p.children(head)
    )


def deadly_told_once(found: list[Mention]) -> list[Mention]:
    """The mentions without the events told deadly where the sentence counts a person who
    may be the one who died: anyone killed, or one person in a harm ("a party turned
    deadly, leaving X dead", "a deadly shooting that claimed the life of a boy", "a third
    victim in the fatal incident"): the person carries the death, one telling in one
    sentence. A group only hurt or hit ("4 shot in a fatal shooting") is no one person,
    and the event's death is told beside it."""
    if not any(_may_be_the_dead(m) for m in found):
        return found
    return [m for m in found if not m.deadly_event]


def _may_be_the_dead(m: Mention) -> bool:
    """A mention, not an event told deadly, of the dead or of one person in a harm."""
    if m.deadly_event or m.role not in HARM_ROLES:
        return False
    return m.role == "killed" or m.value == 1
