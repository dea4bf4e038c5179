"""A round-up in a story bridges no article into it (`tests/labelled/gva/README.md`,
"Stories: the story of a round-up page").

A round-up (`round_up`: a page telling two or more incidents apart) shares the streets,
hours, tolls and words of each incident it tells; placed in the story of one of them, it
drew the reports of another into that story (a city's weekend round-up joined two of its
shootings' reports). So an article is weighed against a story's reports of one event, not
its round-ups, unless round-ups are all the story has.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.stories.event_record import NONE, EventFacts
from workbench.stories.placed import Index, Member


def without_bridges(
    members: Sequence[Member], facts: Mapping[int, EventFacts], index: Index, events
) -> list[Member]:
    """The candidates less each story's round-ups: those of a story whose other candidates
    are reports of one event go, and so do a story's round-up candidates alone when the
    story holds such a report besides (an article sharing only a round-up's words is not
    of that story's event)."""
    told = {m.source_id for m in members if facts.get(m.source_id, NONE).round_up}
    if not told:
        return list(members)
    by_story: dict[int, list[Member]] = {}
    for member in members:
        by_story.setdefault(member.story_id, []).append(member)
    kept: list[Member] = []
    for story_id, found in by_story.items():
        reports = [m for m in found if m.source_id not in told]
        if reports:
            kept += reports
        elif not _has_reports(story_id, index, events):
            kept += found
    return [m for m in members if m in kept]


def _has_reports(story_id: int, index: Index, events) -> bool:
    """Whether the story holds an article that is no round-up."""
    read = getattr(index, "story_source_ids", None)
    if read is None or events is None:
        return False
    placed = [m for s in read(story_id) if (m := index.member(s)) is not None]
    return any(
        not f.round_up for f in events.of([(m.source_id, m.published) for m in placed]).values()
    )
