"""A verb's complement that tells the state of its object, the object its subject.

"Police found a man, 30, suffering from gunshot wounds", "found him unresponsive with a
gunshot wound": an adjective or a participle with no subject of its own says what the object
of "found" was (the parser hangs it as a clausal complement, an adverbial clause, or an
adverb); a harm its phrase names is the object's (`harms`).
"""

from __future__ import annotations

from workbench.claims.predicates import SUBJECTS
from workbench.parse import Parse

COMPLEMENT_DEPS = frozenset(("ccomp", "xcomp", "advcl", "acomp", "oprd", "advmod"))
"""Where the parser hangs a predicate of the object ("found him unresponsive")."""
STATE_TAGS = frozenset(("JJ", "VBG"))


def object_complements(p: Parse, verb: int) -> list[int]:
    """The adjectives and participles under the verb that tell its object's state: no
    subject of their own."""
    return [
        c
        for c in p.children(verb)
        if p.deps[c] in COMPLEMENT_DEPS
        and p.tags[c] in STATE_TAGS
        and p.child(c, *SUBJECTS) is None
    ]
