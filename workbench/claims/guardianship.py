"""Custody that guards rather than holds: "the boy is in protective custody", "all three
children were in state custody".

"In custody" tells an arrest (`roles.json`: the arrested role's phrases), but a custody
named by its keeper's duty to protect is a child's or a witness's, the care of an agency,
not the police holding a suspect (the labels' README: children "in state custody" are no
arrest). Read by the custody noun's own modifier, so "police custody", "federal custody"
and "the custody of Interpol" stay arrests.
"""

from __future__ import annotations

from workbench.claims.verb_forms import lemma
from workbench.parse import Parse

CUSTODY_NOUNS = frozenset(("custody",))
"""Nouns of being kept whose keeper a modifier may name."""
GUARDIAN_KEEPERS = frozenset(("protective", "state", "foster", "protection"))
"""Modifiers of custody that name a guardian's duty (protection, the state as guardian,
foster care), not an arrest."""


def guardian_custody(p: Parse, noun: int) -> bool:
    """The noun is custody whose own modifier names a guardian's keeping."""
    if lemma(p, noun) not in CUSTODY_NOUNS:
        return False
    return any(
        p.deps[c] in ("amod", "compound") and p.lower(c) in GUARDIAN_KEEPERS
        for c in p.children(noun)
    )
