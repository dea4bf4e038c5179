"""A time of day alone ("at 2:40 a.m.") takes its day from the story, never the byline.

A sentence that gives a time and no day is read with the day the story last gave (the
nearest date before it in the article, else the first after it): "The shooting happened
Saturday night. ... Police arrived at 2:40 a.m." is the Saturday's night, whatever day the
article was published or scraped. With no day anywhere in the text the time stays
unresolved, its claim dated by the publication date and marked so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from workbench.claims.date_clauses import tells_harm
from workbench.claims.date_resolve import resolve_time
from workbench.models import Claim


def _needs_day(claim: Claim) -> bool:
    value = claim.value
    return (
        claim.kind == "date"
        and value.get("granularity") == "minute"
        and not value.get("resolved")
        and bool(value.get("local"))
    )


def _story_days(claims: Sequence[Claim]) -> list[tuple[int, str, bool]]:
    """(offset, ISO day, whether its clause tells the event's harm) of every day the text
    itself gives, in text order."""
    return sorted(
        (c.start, str(c.value["start"])[:10], tells_harm(c.value))
        for c in claims
        if c.kind == "date"
        and c.value.get("resolved")
        and c.value.get("granularity") == "day"
        and c.value.get("start")
    )


def days_for_times(claims: list[Claim]) -> list[Claim]:
    """The claims, with each bare time of day resolved on the day the story gives."""
    if not any(_needs_day(c) for c in claims):
        return claims
    days = _story_days(claims)
    if not days:
        return claims
    out = []
    for claim in claims:
        if _needs_day(claim):
            # a time told with the event takes the event's day ("The incident occurred
            # around 5 p.m." after "a shooting Thursday evening"), not a later one's
            pool = [d for d in days if d[2]] if tells_harm(claim.value) else []
            pool = pool or days
            before = [d for d in pool if d[0] < claim.start]
            _, day, _ = before[-1] if before else pool[0]
            expression = claim.value.get("expression") or claim.text
            value = resolve_time(expression, date.fromisoformat(day), "story")
            value["expression"] = expression
            if value.get("resolved"):  # the text gives the day: in another sentence
                claim = replace(claim, value=value, event_date=day, event_date_basis="text")
        out.append(claim)
    return out
