"""A second opinion on a story the rules keep an article out of: a logistic model of the
same evidence, its weights fitted on the development incidents (bench/stories_refit.py).

The rules (`weighing`) each lower the similarity asked on one kind of evidence, or keep an
article out on another; none weighs the evidence together. A report that shares a little
of several (a name, a victim counted alike, the same event day told, alike words) can be
its story's though no rule alone lets it in. The model only adds joins: where the rules
join, it is not asked.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from workbench.stories import events as ev
from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events
from workbench.stories.names import person_tokens, shares_a_name
from workbench.stories.placed import own_outlet
from workbench.stories.settings import Settings

FEATURES = (
    "together",
    "centroid",
    "log_gap",
    "near",
    "mid",
    "lost",
    "same_outlet",
    "same_event",
    "same_harm",
    "same_harm_any",
    "victims_there",
    "followed_up",
    "told_day",
    "another_day",
    "other_people",
    "elsewhere",
    "people",
    "part",
    "toll",
    "name",
    "has_day",
    "has_place",
    "has_harm",
)
"""What `features` reads of an offer, in the order bench/stories_refit.py fits them."""
NO_GAP = 5.0
"""The log-days feature of an undated pair: as far as five months."""


def features(
    found,
    named: Sequence[str],
    frequency: Mapping[str, int],
    settings: Settings,
    events: Events | None,
) -> dict[str, float]:
    """The evidence of one offer (`weighing.Offer`) as the model reads it."""
    article, members, told, mine = found.article, found.members, found.told, found.mine
    gap = found.gap

    def person(named_in) -> bool:
        return shares_a_name(person_tokens(named_in(mine, told)), members, frequency, settings)

    tolls = events.toll_users() if events is not None else {}
    same_outlet = own_outlet(article, members)
    return {
        "together": found.together,
        "centroid": found.centroid,
        "log_gap": math.log1p(gap) if gap is not None else NO_GAP,
        "near": float(gap is not None and gap <= settings.near_days),
        "mid": float(gap is not None and settings.near_days < gap <= settings.mid_days),
        "lost": float(article.lost),
        "same_outlet": float(same_outlet),
        "same_event": float(ev.same_event(mine, told)),
        "same_harm": float(ev.same_harm(mine, told)),
        "same_harm_any": float(ev.same_harm(mine, told, anywhere=True)),
        "victims_there": float(ev.same_victims_there(mine, told)),
        "followed_up": float(ev.followed_up(mine, told)),
        "told_day": float(ev.tells_their_day(mine, told)),
        "another_day": float(ev.another_day(mine, told, settings.event_days_apart)),
        "other_people": float(ev.other_people(mine, told)),
        "elsewhere": float(ev.placed_elsewhere(mine, told)),
        "people": float(person(ev.shared_people)),
        "part": float(person(ev.shared_part)),
        "toll": float(
            bool(tolls) and ev.own_toll(mine, told, tolls, settings.name_share, settings.toll_least)
        ),
        "name": float(shares_a_name(named, members, frequency, settings)),
        **_told(mine),
    }


def _told(mine: EventFacts) -> dict[str, float]:
    """What the article's own claims tell at all (a brief tells little of anything)."""
    return {
        "has_day": float(bool(mine.day)),
        "has_place": float(bool(mine.places())),
        "has_harm": float(bool(mine.harmed)),
    }


def probability(values: Mapping[str, float], settings: Settings) -> float:
    """The model's probability that the offer is the article's story."""
    z = settings.learned_intercept + sum(
        weight * values[name] for name, weight in settings.learned_weights
    )
    return 1.0 / (1.0 + math.exp(-z))
