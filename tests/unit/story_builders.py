"""A stand-in for the store's story lookup, and the facts and articles the tests of placing
one article share."""

from __future__ import annotations

from dataclasses import replace

from workbench.claims import extract_claims
from workbench.ingest.sentences import split_sentences
from workbench.models import Claim, Source
from workbench.stories.events import EventFacts, Events, facts_of
from workbench.stories.grouping import Article, Member
from workbench.stories.similarity import Vectors


class MemberIndex:
    """Stored members offered by shared terms, as the store's candidate query does."""

    def __init__(self, members: list[Member]) -> None:
        self.members = members

    def candidates(self, terms, limit):
        return [m for m in self.members if set(terms) & set(m.terms)][:limit]

    def member(self, source_id):
        return next((m for m in self.members if m.source_id == source_id), None)


def facts_told(text: str, published: str) -> EventFacts:
    """The event facts a text published on `published` tells, as grouping reads them."""
    source = Source(id=1, file="t", text=text, content_hash="x", published=published)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    return facts_of(extract_claims(source, sentences), published)


def weak_match(published: str) -> tuple[Article, MemberIndex, Vectors]:
    """An article sharing only the story's place and event word with its one stored report
    (similarity 0.12: below the same-week 0.15), published on `published`."""
    first = ("shooting", "n_kessling", "wounded", "hospital", "night", "party", "gunfire")
    own = ("teens", "leaving", "dance", "hurt", "friday", "mattawa", "granger", "yakima")
    frequency = {t: 2 for t in (*first, *own)} | {"n_kessling": 20, "shooting": 10}
    article = Article(2, published, ("shooting", "n_kessling", *own))
    return article, MemberIndex([Member(1, 10, 10, "2020-01-03", first)]), Vectors(frequency, 100)


def placed_same_day(
    first: tuple[str, ...], own: tuple[str, ...], facts: tuple[EventFacts, EventFacts], **rules
) -> int | None:
    """The story (10, its one stored report 1, or None: a new one) an article of the same
    day joins, its terms `own` alike to the report's `first` between the same-week bar and
    0.6, the two telling `facts`, under the default settings changed by `rules`."""
    from workbench.stories.grouping import place
    from workbench.stories.settings import default

    vectors = Vectors({t: 3 for t in {*first, *own}}, 100)
    alike = vectors.similarities((2, own), [(1, first)], [10])[0][0]
    assert 0.15 < alike < 0.6
    index = MemberIndex([Member(1, 10, 10, "2020-01-05", first)])
    events = events_known({1: facts[0], 2: facts[1]})
    article = Article(2, "2020-01-05", own)
    return place(article, index, replace(default(), **rules), vectors, events).story_id


def events_known(known: dict[int, EventFacts]) -> Events:
    """Grouping's event reader with the stored reports' facts already read."""
    events = Events(None)
    events.known.update(known)
    return events


def harm_headline(source_id: int) -> Claim:
    """A headline's count of someone harmed ("Teen shot ... has died"), implicit: what
    `Events.harm_headlines` reads."""
    return Claim(
        id=f"h{source_id}",
        source_id=source_id,
        kind="quantity",
        text="Teen",
        start=0,
        end=4,
        sentence="Teen shot in Kessling has died",
        value={"low": 1, "high": 1},
        role="killed",
        headline=True,
        implicit=True,
    )
