"""A condition told as a field of a record: "Sex: F Race: B Age: 27 Condition: Serious".

Police releases and blotters list each victim as a record of labelled fields; the field of a
condition noun (`roles.conditions`) whose value grades a living person's state ("Serious",
"Non-life threatening") tells one person in care (`roles.care_role`: injured), as "she is in
serious condition" does. A value of death ("Deceased") is read already, as the adjective
standing for one dead (`mention_kinds`). The parse of such a record is no sentence, so the
field is read from its tokens: the noun, a colon, and the words up to the next field's label.
"""

from __future__ import annotations

import re

from workbench.claims.mention_record import Mention, overlaps
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.parse import Parse

_WORD = re.compile(r"[a-z]+")


def _field_end(p: Parse, k: int) -> int:
    """The last token of the field value that starts at k: before the next label (a word
    followed by a colon) or the end."""
    end = k
    while (
        end + 1 < len(p)
        and p.word(end + 1) != ":"
        and not (end + 2 < len(p) and p.word(end + 2) == ":")
    ):
        end += 1
    return end


def _grade_role(value: str, roles: Roles) -> str | None:
    """The harm role a value's words grade ("non-life threatening": injured), hyphened
    words read joined ("non-life-threatening")."""
    words = _WORD.findall(value.casefold())
    found = None
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            said = "-".join(words[i : i + n])
            role = roles.states.get(said) or roles.wounds.get(said)
            if role in HARM_ROLES:
                found = roles.stronger(found, role)
    return found


def condition_fields(p: Parse, roles: Roles, taken: list[tuple[int, int]]) -> list[Mention]:
    """One person in care for each condition field that grades a living person's state."""
    found = []
    for k in range(len(p) - 2):
        label = p.lower(k) in roles.conditions and p.word(k)[:1].isupper()
        if not label or p.word(k + 1) != ":":
            continue
        end = _field_end(p, k + 2)
        start, stop = p.starts[k + 2], p.ends[end]  # the value: an age before the label
        role = _grade_role(p.text[start:stop], roles)  # may have taken it ("27 Condition")
        if role != roles.care_role or overlaps(start, stop, taken):
            continue
        why = f"a record's condition field: “{p.text[p.starts[k] : stop]}”"
        found.append(Mention(start, stop, 1, role, why, True, None))
    return found
