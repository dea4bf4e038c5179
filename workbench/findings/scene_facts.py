"""Facts of one scene two reports share, for the implied figure's gate.

A count implied from others (0 killed read from people only hurt) is set against another
report's dead only when the two tell one event by two facts at least
(`figure_findings.one_event`): one victim hurt and another killed in one town is common.
A first report seldom names its victim, so besides the names both give, what both texts
tell of the scene counts: the place of one day (`EventCheck.one_scene`, or one street both
name that day: `one_street`), at that place the age of someone harmed both count ("a
15-year-old boy was shot", then "Rohan Levy, 15, died"), and one clock time both tell that
day ("at 7:45 a.m."). Each is one fact however many ages or times agree. An age counts only
at one place: a city's two shootings of one afternoon, in two quarters, each with an
18-year-old among the hurt, share an age and no scene (the judged pool's 727555).
"""

from __future__ import annotations

from workbench.findings.event_facts import EventCheck

AGE = "age:"
"""How `EventFacts.harmed` marks the age of someone harmed (`age:15`)."""


def scene_facts(events: EventCheck, a: int, b: int) -> int:
    """How many facts of one scene the two sources' texts share: a place (one scene's, or
    one street's) on one day, there an age of someone harmed, a clock time of that day."""
    fa, fb = events.facts.get(a), events.facts.get(b)
    if fa is None or fb is None or not fa.same_day(fb):
        return 0
    place = events.one_scene(a, b) or events.one_street(a, b)
    ages = place and bool({h for h in fa.harmed if h.startswith(AGE)} & fb.harmed)
    return int(place) + int(ages) + bool(fa.hours & fb.hours)
