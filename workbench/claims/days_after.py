"""A day told as so long after the harm: "died Thursday, three days after he was shot".

A report of a death, an arrest or a closing dates its own news and reaches back to the
harm by a span ("a day after", "two weeks after"): the harm's day is the news's day less
the span. Read from the words right after the date: a count of days or weeks, "after",
and within the clause after it a word of harm (the roles' own verbs and nouns).
"""

from __future__ import annotations

import re

from workbench.claims import roles as roles_data
from workbench.claims.numbers import words_to_number
from workbench.claims.roles import HARM_ROLES
from workbench.claims.words import WORD_RUN, fold_case, lemma
from workbench.models import Claim

_SPAN_AFTER = re.compile(
    r"^[\s,—–-]*(?:just\s+|only\s+|about\s+)?(?P<n>a|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d{1,2})\s+(?P<unit>day|week)s?\s+after\s+(?P<clause>[^,;.]{1,80})",
    re.I,
)
_UNIT_DAYS = {"day": 1, "week": 7}


def _harm_word(clause: str) -> bool:
    """A word of the clause that names a harm in the roles ("shot", "killed", "the
    shooting"); an arrest's or a charge's word names none."""
    roles = roles_data.default()
    for word in WORD_RUN.findall(fold_case(clause)):
        base = lemma(word)
        for key in ((word,), (base,)):
            if (roles.acted_on.get(key) or roles.undergo.get(key)) in HARM_ROLES:
                return True
        if (roles.nouns.get(word) or roles.nouns.get(base)) in HARM_ROLES:
            return True
    return False


def harm_days_before(claim: Claim) -> int:
    """How many days before the claim's date its sentence puts the harm ("Rohan died
    Thursday, three days after he was shot": 3), 0 when it puts none."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return 0
    m = _SPAN_AFTER.match(claim.sentence[at + len(claim.text) :])
    if m is None or not _harm_word(m.group("clause")):
        return 0
    n = m.group("n").casefold()
    count = 1 if n == "a" else int(n) if n.isdigit() else words_to_number(n)
    return int(count or 0) * _UNIT_DAYS[m.group("unit").casefold()]
