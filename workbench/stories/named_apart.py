"""Stories that hold a report naming other victims: one event's reports name its victims
alike, two events' name others.

A story is one event. When a report naming no one (a first brief, a headline) joins one
city's shooting to another's of the same days by a toll or an age in common, the later
reports of each (an arrest, a charge, naming the victims) follow it into that one story,
and the finder then sets one event's arrests against the other's. Each of those later
reports names victims that a report already in the story names otherwise, and shares few
words with it. So an article naming its victims does not join a story that names other
victims only (no word of a name in common with any of its reports: "Ana Ruiz" and "Ruiz"
are one victim) when a report naming them at the article's place is less alike to it than
reports of one event are (`named_apart_below`), however well it matches the story's other
reports. Reports of one event that name disjoint victims (a shooter read as a victim, a
victim and a bystander named apart) share the event's words: counted across the corpus,
such pairs of one incident under 0.1 alike are none together (bench/notes/stories.md,
forty-third session).
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.stories.event_record import NONE, EventFacts
from workbench.stories.placed import Article, Index, Member
from workbench.stories.similarity import Vectors


def victim_words(facts: EventFacts) -> frozenset[str]:
    """The words of the victims' names an article gives by the claims' roles (none for a
    round-up, whose victims are several events')."""
    if facts.round_up:
        return frozenset()
    return frozenset(w for name in facts.victims for w in name.split())


def names_other_victims(
    article: Article,
    mine: EventFacts,
    story_id: int,
    index: Index,
    events,
    vectors: Vectors,
    below: float,
) -> bool:
    """Whether the story names victims, none of them the article's (no word of a name in
    common with any of its reports), and one of its reports naming them at the article's
    place is under `below` alike to the article. The story's every report counts, not
    only those the article's candidates matched: the report naming the other victims is
    the one its words do not match. A story one of whose reports names the article's
    victim is that victim's event (a report recalling an earlier death names both)."""
    words = victim_words(mine)
    read = getattr(index, "story_source_ids", None)
    if below <= 0.0 or not words or read is None or events is None:
        return False
    placed = [m for s in read(story_id) if (m := index.member(s)) is not None]
    facts = events.of([(m.source_id, m.published) for m in placed])
    named = [(m, victim_words(facts.get(m.source_id, NONE))) for m in placed]
    if any(theirs & words for _m, theirs in named):
        return False
    others: Sequence[Member] = [
        m for m, theirs in named if theirs and _same_place(mine, facts.get(m.source_id, NONE))
    ]
    if not others:
        return False
    alike, _ = vectors.similarities(
        (article.source_id, article.terms), [(m.source_id, m.terms) for m in others], []
    )
    return min(alike) < below


def _same_place(mine: EventFacts, theirs: EventFacts) -> bool:
    """Whether the two place their events at one place (either names or holds the
    other's): one city's two events are told alike; two cities' are told apart by their
    places already."""
    return mine.same_place(theirs) or theirs.same_place(mine)
