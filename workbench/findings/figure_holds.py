"""Why two sources' figures for one role can both hold, and so are no dispute.

Each rule names a way two different figures are both right: dated to different events,
a part in its whole, lower bounds read from singular mentions, a gunman counted by one
report and not the other, a later report naming whom it speaks of. Kept apart from the
pairing and scoring of disputes (`figure_conflicts`), which asks `both_hold` first.
"""

from __future__ import annotations

import math
import re
from datetime import date

from workbench import vocabulary
from workbench.claims.agents import WITHOUT_AGENT_MARK
from workbench.claims.rank_floors import rank_number
from workbench.claims.roles import default as roles_default
from workbench.findings.figure_relations import (
    disjoint,
    exceeds,
    one_floor,
    owned_before,
    owned_by_both,
)
from workbench.findings.figures import Figure
from workbench.findings.knowledge import growing_roles, perpetrator_classes, update_cues
from workbench.findings.later_acts import one_held_then_all, undated_acts, windowless_acts
from workbench.models import Claim

HARM_ROLES = frozenset({"killed", "injured", "hit"})
"""Roles whose counts a first report often gets wrong and a later one corrects."""


def _bound_only(figure: Figure) -> bool:
    """Read from mentions, parts or care, the figure says "at least", never what changed."""
    return figure.implicit or figure.care or (figure.derived and math.isinf(figure.range.high))


def says_update(figure: Figure) -> bool:
    return any(update_cues().search(c.sentence) for c in figure.claims)


UPDATE_WINDOW_DAYS = 60
"""Reports of one story's figures further apart than this are taken for two events told
alike (a story that wrongly joined them), unless the figure is about a lasting state; past
a week the two sources must also share more of their names (`one_event`). Measured on
1,100 mixed real articles (the first 400 of the corpus and a pool of 300 incidents outside
the labels): stories joined two incidents of one city 20, 341 and 900 days apart; at 60
days with the names rule none of them is listed, while one incident's arrest reported 18
days after "no arrests" is (at 14 days it was dropped)."""
RETROSPECT_DAYS = 7
"""A figure the text dates to a month or a year that ended this long before both reports
were published ("last year", "in February"), set against one the text does not date, tells
of an earlier event: news reports what just happened. A day named that long before is
the event's own, told again in a follow-up ("the Nov. 22 shooting")."""


def apart(a: Figure, b: Figure, windowless: bool) -> bool:
    """The two figures are of two different events: the text dates them to periods that
    do not meet (a day's slack), or one to a month or year long past while the other is of
    the reports' own days, or the reports are too far apart to tell one event's changes
    (unless `windowless`: a lasting state's figure, or texts that tell one scene and toll,
    `EventCheck.recalls`)."""
    pa, pb = a.event_period, b.event_period
    if pa and pb:
        return (pa[0] - pb[1]).days > 1 or (pb[0] - pa[1]).days > 1
    if a.published is None or b.published is None:
        return False
    stated = pa or pb
    coarse = stated is not None and stated[0] != stated[1] and not (pa and pb)
    if coarse and (min(a.published, b.published) - stated[1]).days > RETROSPECT_DAYS:
        return True
    return not windowless and abs((a.published - b.published).days) > UPDATE_WINDOW_DAYS


def fell(a: Figure, b: Figure) -> bool:
    """The later report's figure is smaller, for a role whose count never falls ("one
    victim died", then "nobody's dead"): not a change in the world but a correction."""
    if a.role != b.role or a.role not in growing_roles() or not (a.published and b.published):
        return False
    first, later = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
    return first.published != later.published and later.range.high < first.range.low


def _named_more_later(a: Figure, b: Figure) -> bool:
    """A later report counts past the first by rank ("a second body was found", "a fourth
    suspect": at least N, a floor). Singular mentions added up ("his father and his
    brother" beside another day's "an unidentified woman") name whom each report saw, not
    more than there were: on dev_d and the judged pool all four such flags were false."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    first, later = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
    return later.typical > first.typical and math.isinf(later.range.high)


def _named_fewer_later(a: Figure, b: Figure) -> bool:
    """A later report names fewer people than the earlier one named ("Stafford", months
    after "Stafford and Greenhouse" were arrested): each name is one of them, and a
    follow-up speaks of whom its story is about, not of how many there were."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    first, later = sorted((a, b), key=lambda f: f.published)  # type: ignore[arg-type,return-value]
    return later.typical < first.typical


def ranked_past(a: Figure, b: Figure) -> bool:
    """The larger figure counts by rank ("a second body was found", "a fourth suspect"): the
    rank says the count grew past an earlier one, so the smaller is that earlier state, an
    update even when both were published the same day."""
    small, large = sorted((a, b), key=lambda f: f.typical)
    return small.typical < large.typical and any(_by_rank(c) for c in large.claims)


def _by_rank(claim: Claim) -> bool:
    """A count read from an ordinal: implicit (no number stated), yet a floor of two or more
    (a singular mention is exactly one)."""
    value = claim.value
    return claim.implicit and value.get("high") is None and float(value.get("low") or 0) >= 2


def _ranked_as_far(a: Figure, b: Figure) -> bool:
    """The larger figure is a rank's floor ("a second person was arrested": at least two)
    and the smaller's own mention ranks its person as far ("the second man", a rank told
    again, which the claims count as one): the smaller report knew of as many already, so
    the rank tells no change between them."""
    small, large = sorted((a, b), key=lambda f: f.typical)
    if not any(_by_rank(c) for c in large.claims):
        return False
    ranks = (rank_number(w) for c in small.claims for w in _WORD.findall(c.text.casefold()))
    return any((r or 0) >= large.typical for r in ranks)


_WORD = re.compile(r"[a-z0-9]+")


def _rank_past_floor(a: Figure, b: Figure) -> bool:
    """A later report ranks a person past an earlier report's floor ("a second suspect
    arrested" days after "at least one person was taken into custody"): the rank tells
    the ones before it, so the count grew past the floor's number; both are floors, yet
    not two readings of one number (an earlier floor at or past the rank still holds)."""
    first, later = sorted((a, b), key=lambda f: f.published or date.min)
    ranked = any(_by_rank(c) for c in later.claims)
    return ranked and first.range.low < later.range.low and math.isinf(first.range.high)


def _one_beside_parts(a: Figure, b: Figure, bound: bool) -> bool:
    """A whole of one set against another source's parts (or against their sum): "one
    victim is in critical condition" names a person, one of those hurt more often than
    all of them, so as a whole it proves at least one, like a singular mention."""
    if bound:
        return b.typical == 1
    return any(x.derived and not y.derived and y.typical == 1 for x, y in ((a, b), (b, a)))


_INCLUDING = re.compile(r"\bincluding\s+(?:the\s+|a\s+|one\s+)?([a-z-]+)", re.IGNORECASE)


def _own_nouns(figure: Figure) -> set[str]:
    """The nouns its mentions count that the roles data counts in its role ("suspect" of
    the involved; not "people" read into the role from "opened fire")."""
    own = roles_default().counted_nouns
    nouns = {str((c.counted or {}).get("noun") or "").casefold() for c in figure.claims}
    return {n for n in nouns if own.get(n) == figure.role}


def named_alike(a: Figure, b: Figure) -> bool:
    """Two counts of a loose role (`loose_roles`: the involved, those present) count one
    group: both name one of the role's own nouns. Each report cuts that role its own way
    ("one suspect" beside "four people" shot at, two marshals beside four officers
    involved, "thousands" beside "about 300 people" there): on the judged pool every such
    dispute, ten, was a false alarm."""
    return bool(_own_nouns(a) & _own_nouns(b))


def _with_perpetrator(figure: Figure) -> bool:
    """The figure's count takes in who did the harm ("5 dead, including gunman"): the
    vocabulary's class of the word after an "including" that follows the count's own
    words is a perpetrator's. One before them is another count's ("Six were killed,
    including the suspect, and four were injured": the four are victims)."""
    vocab, classes = vocabulary.default(), perpetrator_classes()
    return any(
        vocab.role(m.group(1)) in classes
        for c in figure.claims
        for m in _INCLUDING.finditer(c.sentence, max(c.sentence.find(c.text), 0) + len(c.text))
    )


def _victims_only(figure: Figure) -> bool:
    """The figure counts a person's victims where its article tells that person dead too
    ("Hale killed one person ... and then killed himself", `claims.agents`): the doer
    is left out of it."""
    return any(c.value.get(WITHOUT_AGENT_MARK) for c in figure.claims)


def _perpetrator_counted(a: Figure, b: Figure) -> bool:
    """One report counts the gunman among the dead, the other only his victims: the first
    is one more, and both hold ("four dead, including gunman" and "three people killed";
    "two people are dead" and "killed one person, then killed himself")."""
    small, large = sorted((a, b), key=lambda f: f.typical)
    return large.typical - small.typical == 1 and (_with_perpetrator(large) or _victims_only(small))


def _told_beside(a: Figure, b: Figure) -> bool:
    """The larger figure is told as a group of parts one of which is the smaller figure
    ("five adults and an unborn child" against "five adults"): the larger counts others
    beside the same people, the smaller leaves them out; both hold, as with the gunman. So
    when the smaller's source tells one more after it, as an addition ("Her unborn child
    also died", `Figure.one_more`), and the larger is that one more."""
    small, large = sorted((a, b), key=lambda f: f.typical)
    if small.one_more and large.typical == small.typical + 1:
        return True
    for claim in large.claims:
        group = claim.group or {}
        parts = group.get("parts") or []
        if group.get("whole") == large.typical and small.typical in parts and len(parts) > 1:
            return True
    return False


def _not_past(floor: Figure, other: Figure) -> bool:
    """A floor ("at least two suspects") and a bounded figure that goes no further past it
    ("as many as four suspects", "two suspects"): its least is no more than the floor's,
    so nothing says the number went past the floor; only a report past it ("three
    people", after "at least one") tells a change."""
    return (
        math.isinf(floor.range.high)
        and not math.isinf(other.range.high)
        and other.range.low <= floor.range.low
    )


def both_hold(a: Figure, b: Figure, bound: bool = False, recalled: bool = False) -> str | None:
    """Why the two figures can both hold (and so are no dispute), or None when they cannot.
    A short reason, for a bench tracing a pair it expected. `recalled`: their texts tell
    one scene and toll (no window parts them)."""
    lasting = isinstance(a.story, tuple) and a.story[0] == "thread"
    a, b = undated_acts(a, b)  # an arrest's day is the arrest's, not the event's
    if apart(a, b, windowless=lasting or recalled or windowless_acts(a, b)):
        return "apart: dated to different events, or reports too far apart"
    days_differ = a.published is not None and b.published is not None and a.published != b.published
    if days_differ and (a.derived or b.derived or (bound and a.role in HARM_ROLES)):
        # Over days the dead are counted again among the wounded, and a total added up
        # from parts mixes two moments: only reports of one day pin a part in its whole.
        return "days differ and a figure is derived or a part"
    cue = says_update(a) or says_update(b)
    if a.role == b.role and a.role in HARM_ROLES and _perpetrator_counted(a, b):
        return "one counts the gunman among them, the other only his victims"
    if a.role == b.role and a.role in HARM_ROLES and _told_beside(a, b):
        return "one counts others beside the people the other counts"
    if a.implicit and b.implicit and _ranked_as_far(a, b):
        return "the smaller report's own mention ranks its person as far: no change"
    if a.role in HARM_ROLES and _one_beside_parts(a, b, bound):
        return "a count of one set against parts: one of them"
    if bound:
        if not exceeds(a, b):
            return "the part fits in its whole"
    elif a.implicit and b.implicit and a.role in HARM_ROLES and not _named_more_later(a, b):
        # Each read from singular mentions ("a man was shot"): a report tells of one victim
        # or two without naming every one, so each proves at least its own; only a later
        # report naming more ("a second body was found") tells of a change (those charged,
        # by contrast, are named in full).
        return "both read from singular mentions: lower bounds"
    elif a.implicit and b.implicit and _named_fewer_later(a, b):
        return "a later report names fewer of them: whom it speaks of"
    elif not disjoint(a, b) and not (
        days_differ and (_rank_past_floor(a, b) or one_held_then_all(a, b))
    ):
        if not days_differ or _bound_only(a) or _bound_only(b):
            return "ranges meet"  # "at least 3" and "5" the same day: both can hold
        if one_floor(a, b):
            return "two floors of one number"
        if _not_past(a, b) or _not_past(b, a):
            return "a floor and a figure that goes no further than it"
        if not (math.isinf(a.range.high) or math.isinf(b.range.high)):
            # "about 18" and "15 to 18" days apart: nothing says the figure changed; only
            # a floor ("at least one") a later report goes past tells a change.
            return "ranges meet and neither is a floor"
    elif not cue and (owned_before(a, b) if days_differ else owned_by_both(a, b)):
        return "each source also states the other's figure: one counts a part"
    return None
