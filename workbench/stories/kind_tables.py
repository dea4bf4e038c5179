"""The kinds' words as the parse of a sentence reads them (`event_kind`), made once.

The stories data's `event_kinds` lists each kind's phrases; the parse reads a verb's other
tenses too ("shoots" of "shot"), the verbs of a harm by its means ("gunned down") and the
means and things that name a kind (`kind_shapes`). The tables are made once per kinds,
roles and vocabulary: a title reads them for every source of its story.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from workbench.claims.inflections import IRREGULAR
from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import Roles
from workbench.stories import kind_shapes as shapes
from workbench.vocabulary import default as vocabulary
from workbench.vocabulary import stems

KindTable = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
"""(kind, its phrases as word tuples), as `Settings.event_kinds` holds them."""


@dataclass(frozen=True, slots=True)
class KindWords:
    """A kind's words as the parse reads them."""

    verbs: dict[tuple[str, ...], str]
    """Base forms (with a particle) of the verbs whose past a kind lists ("shot": shoot;
    "stepped down": step down): a present or future tense tells the same kind."""
    words: dict[tuple[str, ...], str]
    """The kinds' phrases as written (the first kind in the data's order wins)."""
    means: dict[str, str] = field(default_factory=dict)
    """The means of a harm and the kind each names ("gun": shooting,
    `kind_shapes.means_kinds`)."""
    things: dict[str, str] = field(default_factory=dict)
    """The roles counting things and the kind each names ("shots": shooting,
    `kind_shapes.things_kinds`)."""


def a_participle(word: str) -> bool:
    """A past form ("shot", "stabbed"), as `kind_words` reads a kind's verbs."""
    return word.endswith("ed") or word in IRREGULAR


@cache
def kind_words(kinds: KindTable) -> KindWords:
    verbs: dict[tuple[str, ...], str] = {}
    words: dict[tuple[str, ...], str] = {}
    for kind, phrases in kinds:
        for phrase in phrases:
            words.setdefault(phrase, kind)
            head = phrase[0]
            if a_participle(head):  # a past form: "shot", "derailed"
                for base in (lemma_of(head, "VBD"), *stems(head)):
                    if base != head:
                        verbs.setdefault((base, *phrase[1:]), kind)
    return KindWords(verbs, words)


def with_roles(table: KindWords, roles: Roles) -> KindWords:
    """The kinds' words with the verbs of a harm by its means ("gunned down": shooting,
    `kind_shapes.means_verbs`); a kind's own verb wins."""
    verbs = {**shapes.means_verbs(roles, table.words), **table.verbs}
    means, things = shapes.means_kinds(roles, table.words), shapes.things_kinds(roles, table.words)
    return KindWords(verbs, table.words, means, things)


_MADE: dict[tuple[object, int, int], tuple[Roles, object, object]] = {}
"""What `_made_once` made, with the roles and vocabulary it was made from (held, so their
ids are not reused)."""


def _made_once(key: object, roles: Roles, make: Callable[[], Any]) -> Any:
    """`make()`, made once per key, roles and vocabulary (each the same object while its
    user file is unchanged)."""
    words = vocabulary()
    found = _MADE.get((key, id(roles), id(words)))
    if found is None:
        if len(_MADE) >= 8:
            _MADE.clear()
        found = _MADE[key, id(roles), id(words)] = (roles, words, make())
    return found[2]


def kind_table(kinds: KindTable, roles: Roles) -> KindWords:
    """`with_roles(kind_words(kinds), roles)`, made once (half a millisecond a call, asked
    once per source a title reads)."""
    return _made_once(("table", kinds), roles, lambda: with_roles(kind_words(kinds), roles))


def kind_gate(kinds: KindTable, roles: Roles) -> Any:
    """`kind_gate.KindGate` of `kind_table(kinds, roles)`, made once (it keeps what each
    word gave)."""
    from workbench.stories.kind_gate import KindGate

    return _made_once(("gate", kinds), roles, lambda: KindGate(kind_table(kinds, roles), roles))


def happening_nouns(roles: Roles, named: frozenset[str]) -> frozenset[str]:
    """`kind_shapes.happening_nouns`, made once."""
    return _made_once(("happening", named), roles, lambda: shapes.happening_nouns(roles, named))
