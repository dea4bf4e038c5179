"""Which sentences are worth parsing: those that can carry a count or a role.

Parsing is the costly step of the analysis, so only sentences with a number (digits or
number words), a word of a role ("shot", "arrested", "dead"), a zero ("no one") or a
multiplier ("double") are parsed; the others keep the pattern-based claims.
"""

from __future__ import annotations

from workbench.claims.quantities import may_have_number
from workbench.claims.roles import Roles
from workbench.claims.words import WORD_RUN, fold_case, lemma

_ZERO = frozenset(("nobody", "none"))


def needs_parse(text: str, roles: Roles) -> bool:
    """True when the sentence may hold a stated or implied count."""
    if may_have_number(text):
        return True
    for word in WORD_RUN.findall(fold_case(text)):
        if word in _ZERO or word in roles.multipliers:
            return True
        if word in roles.words or lemma(word) in roles.words:
            return True
    return False
