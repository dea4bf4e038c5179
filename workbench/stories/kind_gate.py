"""Which tokens of a sentence could tell a kind of event, asked before the readings.

`event_kind._told_at` asks four readings of every token (a predicate, an aimed act, a noun,
a verb misread or a means), and each finds a kind only through a table entry for the token
itself: its word, its base form or a stem of it as a kind's word or verb or as the verb of
a role counting things (`verb_keys`, `kind_shapes.aimed_act_kind`), the last word of a
kind's two-word phrase, the third person of a kind's verb, a means it is or begins with,
or the end of a hyphenated word. A token none of these holds is passed over unread: on
the whole corpus the first titling walked 338,515 tokens and 30,816 pass (speed32's
leftover). The gate passes every token a reading could find a kind at, so what a text
tells is unchanged; what a word and its tag give is kept per word and tag.
"""

from __future__ import annotations

from workbench.claims.roles import Roles
from workbench.claims.verb_forms import lemma, word_at
from workbench.parse.tree import Parse
from workbench.stories.kind_shapes import THIRD_PERSON
from workbench.stories.kind_tables import KindWords
from workbench.vocabulary import stems


class KindGate:
    """The table entries a token must meet for any reading of `_told_at` to find a kind."""

    def __init__(self, table: KindWords, roles: Roles) -> None:
        singles = {key[0] for key in table.words if len(key) == 1}
        # a role's verb tells a kind only as an act aimed with a thing its last word counts
        # ("fired at", "opened fire on": `kind_shapes.aimed_act_kind`)
        aimed = [
            key
            for key in (*roles.acted_on, *roles.phrases)
            if key and roles.acted_on.get(key[-1:], "") in table.things
        ]
        forms = {key[0] for key in (*table.verbs, *aimed) if key}
        third = {key[0] + end for key in table.verbs if len(key) == 1 for end in THIRD_PERSON}
        pair_ends = {key[1] for key in table.words if len(key) == 2}
        self._words = frozenset(singles | pair_ends | third)
        """A word written so: a kind's word, a phrase's last, a verb's third person."""
        self._lemmas = frozenset(singles | forms | set(table.means))
        """A base form: a kind's word, a verb's (a kind's or a role's), a means."""
        self._forms = frozenset(forms)
        """A stem: a verb's base form (as `verb_keys` tries the stems)."""
        self._means = tuple(table.means)
        """What a word run together with a happening begins with ("gunfight")."""
        self._seen: dict[tuple[str, str], bool] = {}
        """What each word with its tag gave (everything the entries read of a token)."""

    def passes(self, p: Parse, k: int) -> bool:
        if k >= 2 and p.word(k - 1) == "-":
            return True  # a hyphenated word's end ("shoot-out")
        key = (p.word(k), p.tags[k])
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._met(p, k)
        return found

    def _met(self, p: Parse, k: int) -> bool:
        word = word_at(p, k)
        return (
            word in self._words
            or word.startswith(self._means)
            or lemma(p, k) in self._lemmas
            or any(stem in self._forms for stem in stems(word))
        )
