"""A person held "on a charge": "was booked on a murder charge", "is being held on charges of
assault", "remains in jail on a charge of X", "was arrested Thursday on charges of ...".

The labels' convention (tests/labelled/gva/README.md, "a person booked, jailed or held 'on a
charge'", arrests33's `"Booked on charges of" named crimes: arrested 1 and charged 1`): the
named charges are charges filed, so such a person is arrested and charged, one count each.
The shape is the clause's: a count read arrested whose predicate (the verb above it, a verb
joined to it with no subject of its own, or the place of custody one of them holds: "in jail
on ...", "behind bars on ...") has "on" with a charge noun as its object. The count is then
also a count of the charged, on the same words and with the same value. A charge for
something else stays another case's: `unrelated_arrests` marks the charged count as it marks
the arrest ("in jail on unrelated charges").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from workbench.claims.datelines import parse_of
from workbench.claims.predicates import verbs_of
from workbench.claims.unrelated_arrests import count_predicate, reasons
from workbench.claims.verb_forms import still_to_come
from workbench.models import Claim, Sentence
from workbench.parse import Parse

CHARGE_NOUNS = frozenset(("charge",))
"""Nouns of a charge filed ("on a murder charge", "on charges of assault"). A warrant is no
charge filed: a person "arrested on a warrant" is held, and no charge is told (the labels
count a warrant's charge as holding no one)."""
ON = frozenset(("on",))
"""The preposition that gives a custody its charge."""
ARRESTED, CHARGED = "arrested", "charged"


def charge_held_on(p: Parse, start: int, end: int) -> int | None:
    """The predicate of the arrested count at these sentence offsets when it is held on a
    charge (the module's docstring), else None."""
    predicate = count_predicate(p, start, end)
    if predicate is None or still_to_come(p, predicate):
        return None  # "will be booked on a murder charge": no charge filed yet
    return predicate if reasons(p, verbs_of(p, predicate), ON, CHARGE_NOUNS) else None


def with_charges_held_on(
    sentences: Sequence[Sentence], claims: list[Claim], parses: Mapping[str, Parse]
) -> list[Claim]:
    """The claims, each arrested count held on a charge followed by its charged count: one
    for each predicate ("Two men, A and B, were arrested on charges": the men, once), none
    where the sentence counts those words charged already ("arrested and charged on ...")."""
    by_id = {s.id: s for s in sentences if "charge" in s.text.lower()}
    if not by_id:
        return claims
    charged = {(c.sentence_id, c.start, c.end) for c in claims if c.role == CHARGED}
    done: set[tuple[int | None, int]] = set()
    out = []
    for c in claims:
        out.append(c)
        sentence = by_id.get(c.sentence_id)
        if (
            sentence is None
            or c.kind != "quantity"
            or c.role != ARRESTED
            or c.headline
            or not c.value.get("low")
            or c.value.get("negated")
            or (c.sentence_id, c.start, c.end) in charged
        ):
            continue
        p = parse_of(sentence.text, parses)
        at = (c.start - sentence.start, c.end - sentence.start)
        predicate = None if p is None else charge_held_on(p, *at)
        if predicate is None or (c.sentence_id, predicate) in done:
            continue
        done.add((c.sentence_id, predicate))
        why = f"{c.value.get('why') or ARRESTED}; charged: held on a charge"
        out.append(replace(c, role=CHARGED, value={**c.value, "why": why}))
    return out
