"""Dates told of the event itself, in a sentence that names no act: "It occurred on Monday
evening", "The incident took place Tuesday".

A date is compared with another only within a block of one act (`blocking.block_keys`,
the view's topics: the classes its frame or sentence names), so a day told by a sentence
that names no act the vocabulary knows was never compared at all, though the extractor
reads its clause as the event's own (`date_clauses.EVENT`, a verb of its own clause). Two
such days of one story are two answers to one question, the day of the story's event:
they take one topic of their own (`EVENT_TOPIC`), so they are compared with each other and
with nothing else (a named act's day is compared within its act's block, as before). Only
days: a clock of no act named is another moment of the day (`alignment`'s clocks rule).
"""

from __future__ import annotations

from workbench.claims.date_clauses import EVENT
from workbench.models import Claim

EVENT_TOPIC = "@event"
"""The topic of a day told of the event itself; no action of the vocabulary bears it, so
a finding of it is described as a "date"."""


def event_topics(claim: Claim) -> frozenset[str]:
    """{EVENT_TOPIC} for a resolved day the extractor reads as the event's own, told in a
    clause of its own naming no harm ("It occurred on Monday"); otherwise none."""
    value = claim.value
    told = (
        claim.kind == "date"
        and value.get("clause_role") == EVENT
        and value.get("act_head") == "verb"
        and value.get("granularity") == "day"
        and value.get("resolved")
        and not value.get("other_event")
    )
    return frozenset({EVENT_TOPIC}) if told else frozenset()
