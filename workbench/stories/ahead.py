"""Grouping's per-article work, done ahead in the workers that extract claims.

Placing articles is serial (each placement reads the ones before it), but what grouping
reads of one article, its paragraphs' keys and its matching terms, depends on its own text
only. The extraction workers make both beside the claims (`features_row`); grouping then
takes them instead of making them in the main process after every worker is done. The
terms are those with no page furniture left out: an article whose paragraphs turn out to
be furniture (known only once every article is counted) has its terms made again.

So are the article's event facts (`events.facts_of`: its day, place and who was harmed),
which depend on its own claims only: made from the claims in the order grouping reads
them from the store, they are the facts grouping would make, without reading every new
article's claims back in the one serial stage.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from workbench.models import Claim, Source
from workbench.parse.tree import Parse
from workbench.stories.events import EventFacts, facts_of
from workbench.stories.features import paragraph_keys, story_text
from workbench.stories.roles import role_claims, sentence_parses
from workbench.stories.similarity import terms

FeaturesRow = tuple[str, str, str, str, str]
"""(content hash, checksum, paragraph keys, terms, event facts), keys and terms joined by
spaces, the facts as JSON ("" when not made)."""


def checksum(source: Source) -> str:
    """What the kept features were made from: the title and the text (an article kept under
    the same content hash with another title or text is made again)."""
    material = f"{source.title or ''}\x1f{source.text}".encode()
    return hashlib.sha1(material).hexdigest()


def features_row(
    source: Source,
    claims: Sequence[Claim] | None = None,
    parses: Mapping[str, Parse] | None = None,
) -> FeaturesRow:
    """An article's paragraph keys, its terms with nothing left out as furniture, and,
    given its claims (and the parses of their sentences, by the text the parser read),
    its event facts."""
    keys = paragraph_keys(source.text, source.title)
    found = story_text(source.id, source.text, source.title, source.published)
    return (
        source.content_hash,
        checksum(source),
        " ".join(sorted(keys)),
        " ".join(terms(found.document())),
        "" if claims is None else facts_json(claims, source.published, parses),
    )


def stored_order(claims: Sequence[Claim]) -> list[Claim]:
    """The claims in the order the store gives one source's (`ClaimStore.claims`: the
    headline's first, then by start, end and kind), ties as extracted (as written)."""
    return sorted(claims, key=lambda c: (not c.headline, c.start, c.end, c.kind))


def facts_json(
    claims: Sequence[Claim], published: str | None, parses: Mapping[str, Parse] | None = None
) -> str:
    """The event facts grouping reads from these claims, with the publication date they
    were made for."""
    ordered = stored_order(claims)
    found = sentence_parses((c.sentence for c in role_claims(ordered)), parses or {})
    facts = facts_of(ordered, published, found)
    return json.dumps(
        {
            "published": published,
            "day": facts.day,
            "place": facts.place,
            "container": facts.container,
            "named": sorted(facts.named),
            "dated": sorted(facts.dated),
            "harmed": sorted(facts.harmed),
            "months": sorted(facts.months),
            "people": sorted(facts.people),
            "victims": sorted(facts.victims),
            "accused": sorted(facts.accused),
            "streets": sorted(facts.streets),
            "hours": sorted(facts.hours),
            "event_hours": sorted(facts.event_hours),
            "round_up": facts.round_up,
        }
    )


class Ahead:
    """The features kept for some sources, each checked against the source it is used for."""

    def __init__(self, kept: Mapping[str, tuple[str, str, str, str]]) -> None:
        self.kept = kept

    def _row(self, source: Source) -> tuple[str, str, str, str] | None:
        row = self.kept.get(source.content_hash)
        return row if row is not None and row[0] == checksum(source) else None

    def keys(self, source: Source) -> set[str] | None:
        row = self._row(source)
        return None if row is None else set(row[1].split())

    def terms(self, source: Source) -> list[str] | None:
        """The terms with no furniture left out, when kept."""
        row = self._row(source)
        return None if row is None else row[2].split()

    def events(self, source: Source) -> EventFacts | None:
        """The event facts, when kept and made for this publication date."""
        row = self._row(source)
        if row is None or not row[3]:
            return None
        data = json.loads(row[3])
        if data["published"] != source.published or "round_up" not in data:
            return None  # made for another day, or before the round-up reading was kept
        return EventFacts(
            data["day"],
            data["place"],
            data["container"],
            frozenset(data["named"]),
            frozenset(data["dated"]),
            frozenset(data["harmed"]),
            frozenset(data["months"]),
            frozenset(data.get("people", ())),
            frozenset(data["victims"]),
            frozenset(data["accused"]),
            frozenset(data["streets"]),
            frozenset(data["hours"]),
            frozenset(data["event_hours"]),
            data["round_up"],
        )
