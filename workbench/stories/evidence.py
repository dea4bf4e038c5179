"""The similarity a story asks of an article, lowered by evidence that both tell one event.

`weighing.weigh` asks this first, then applies what keeps an article out however alike.
The evidence, each lowering the bar to its own level (`workbench/data/stories.json`): the
same event day and place; within days, the same victims counted or two victims' ages;
within weeks, a follow-up's month, place and victims, or the same place, victims and a name
of the story's own; the story's event day told among the article's days; a person the
story's claims name harmed, arrested or charged, or named in the same part; a person named
with an age and no other place; a toll few reports state but the story's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.stories.clock import the_scene_and_minute
from workbench.stories.events import (
    Events,
    followed_up,
    own_toll,
    placed_elsewhere,
    same_event,
    same_harm,
    same_victims_there,
    shared_part,
    shared_people,
    tells_their_day,
    two_ages,
)
from workbench.stories.names import person_tokens, shares_a_name
from workbench.stories.people import PREFIX, mostly_theirs, shares_a_person, without_places
from workbench.stories.placed import Index
from workbench.stories.settings import Settings
from workbench.stories.similarity import Vectors
from workbench.stories.streets import recalls_the_scene

if TYPE_CHECKING:
    from workbench.stories.weighing import Offer


@dataclass(slots=True)
class Bar:
    """The similarity a story asks, as evidence lowers it."""

    threshold: float
    floor: float
    agreed: bool = False
    followup: bool = False
    person: bool = False
    told_day: bool = False
    """Whether its only evidence is the story's event day told among the article's days
    (`events.tells_their_day`): a day the article may only recall (`Weighed.recalled`)."""

    def lower(self, to: float) -> None:
        self.threshold = min(self.threshold, to)
        self.floor = min(self.floor, to)

    @property
    def evident(self) -> bool:
        return self.agreed or self.followup or self.person


def evidence(
    found: Offer,
    named: Sequence[str],
    index: Index,
    settings: Settings,
    vectors: Vectors,
    events: Events | None,
) -> Bar:
    """The similarity the story asks once the evidence both tell one event has lowered it."""
    article, members, told, mine = found.article, found.members, found.told, found.mine
    together, gap = found.together, found.gap
    bar = Bar(settings.threshold(gap), settings.story_min)
    # A person named with an age by one side or both (not a place read so: "Grays
    # Ferry, 4,").
    terms: Sequence[str] = article.terms
    aged = together >= min(settings.join_named, settings.join_aged)
    if aged:
        terms = without_places(terms, {p for f in (mine, *told) for p in f.all_places()})
        aged = shares_a_name(terms, members, vectors.frequency, settings, PREFIX) or (
            hasattr(index, "placed_users")
            and shares_a_person(terms, [m.terms for m in members], index.placed_users, settings)
        )
    if aged and settings.join_named < together < bar.threshold:
        # A person of the story's own (named with an age: the victim, the accused, by
        # one side or both) says more than alike words: a trial months later shares
        # little else.
        bar.threshold = settings.join_named
    bar.agreed = together >= settings.join_event and same_event(mine, told)
    if bar.agreed:
        # The same day and place told by both: a follow-up weeks later, a brief of
        # common words, reports of the event however few words they share.
        bar.lower(settings.join_event)
    near = gap is not None and gap <= settings.near_days
    if (
        not bar.agreed
        and near
        and together >= settings.join_harmed
        and (
            same_harm(mine, told)
            or (together >= settings.join_harmed_elsewhere and same_harm(mine, told, anywhere=True))
        )
    ):
        # The same victims counted (an age, "one dead, six hurt") within days.
        bar.lower(settings.join_harmed)
    later = (
        not bar.agreed
        and gap is not None
        and settings.near_days < gap <= settings.mid_days
        and together >= settings.join_harmed_later
        and same_victims_there(mine, told)
        and (
            gap <= 2 * settings.near_days
            or shares_a_name(named, members, vectors.frequency, settings)
        )
    )
    bar.followup = not bar.agreed and together >= settings.join_followup and followed_up(mine, told)
    if bar.followup:
        # The same victims at the same place in the month it tells: a later report
        # (a hearing, an arrest) dated by its own day, naming few of the story's words.
        bar.lower(settings.join_followup)
    if later:
        # The same place, the same victims' age or toll and, past a week (twice
        # `near_days`), a name of the story's own, days or weeks on (an arrest, a charge,
        # a vigil, the victims identified): dated by its own day, like a follow-up, so not
        # kept out by another day told. Further on, one city's "four shot" and its
        # neighbourhood's name recur across years: not enough there.
        bar.lower(settings.join_harmed_later)
        bar.followup = True
    if together >= settings.join_event and the_scene_and_minute(mine, told):
        # The story's event day, a street of it and a time of it to the minute: a later
        # report (the arrests) recalling when and where, whatever site it reads as its
        # place and whatever ages it gives (the accused's), as a follow-up does; so too
        # when its day and place agree already (the ages it gives are no other victims').
        bar.lower(settings.join_event)
        bar.followup = True
    if together >= settings.join_event and recalls_the_scene(mine, told):
        # The story's event day, its place and a street of it recalled by a report of a
        # later day (a victim's death weeks on, the arrests): a follow-up, not another
        # event of another day, whatever ages it gives (the accused's).
        bar.lower(settings.join_event)
        bar.followup = True
    if not bar.agreed and near and together >= settings.join_harmed and two_ages(mine, told):
        # Two victims' ages in common within days: one event wherever and whenever each
        # reads it (a coast's name and its town's; the arraignment's day).
        bar.lower(settings.join_harmed)
        bar.followup = True
    if (
        not bar.evident
        and gap is not None
        and gap > settings.near_days
        and together >= settings.join_told_day
        and tells_their_day(mine, told)
    ):
        # The story's event day told weeks or months on (a trial, an arrest): as near
        # as a report of those days, dated by its own day like a follow-up.
        bar.lower(settings.join_told_day)
        bar.followup = bar.told_day = True
    for named_in, at in (
        (shared_people, settings.join_person),
        (shared_part, settings.join_part),
    ):
        # The same person killed, hurt, arrested or charged, by name (a trial's, a
        # funeral's report months later, dated by its own day); or in the same part,
        # the victim as the victim, the accused as the accused (a charge's, a plea's
        # report weeks on, named in the part the first reports named them in).
        if (
            not bar.evident
            and together >= at
            and shares_a_name(
                person_tokens(named_in(mine, told)), members, vectors.frequency, settings
            )
        ):
            bar.lower(at)
            bar.person = True
    if (
        aged
        and not bar.evident
        and together >= settings.join_aged
        and events is not None
        and not placed_elsewhere(mine, told)
        and mostly_theirs(terms, [m.terms for m in members])
    ):
        # That person and no other place: a bond hearing's, an indictment's, a
        # sentencing's report weeks or months on, dated by its own day.
        bar.lower(settings.join_aged)
        bar.person = True
    if (
        not bar.evident
        and together >= settings.join_toll
        and events is not None
        and not placed_elsewhere(mine, told)
        and own_toll(mine, told, events.toll_users(), settings.name_share, settings.toll_least)
    ):
        # A toll few reports state but the story's ("49 killed", "53 hurt"), and no
        # other place: a survivor's, a vigil's report weeks on, dated by its own day.
        bar.lower(settings.join_toll)
        bar.person = True
    return bar
