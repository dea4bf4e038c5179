"""The decisions as schema.org ClaimReview JSON-LD: one object per claim with a current
decision, its rating derived from the status its verdict (or tag) set.

Rating scale (`reviewRating.ratingValue`; `worstRating` 1, `bestRating` 3):

    3  Verified    the sources bear the claim out
    2  Unresolved  checked, but the sources do not settle it
    1  Disputed    the sources contradict it

Appearances: a claim appears in its own source, in the sources of the claims that
corroborate it, and in every copy of any of those sources (transitively);
`firstAppearance` is the earliest dated one. A claim a re-analysis has since dropped
appears only in the source its log row recorded.
"""

from __future__ import annotations

from typing import Any, TextIO

from workbench.export.json_text import HAS_LINE_SEPARATOR, LINE_SEPARATORS, encode_string, json_text
from workbench.export.options import Filters
from workbench.export.roles import decided_role
from workbench.export.verdicts import rating_explanation
from workbench.models import Review
from workbench.safe_text import json_safe
from workbench.store import Store

RATING_VALUES = {"verified": 3, "unresolved": 2, "disputed": 1}
BEST_RATING, WORST_RATING = 3, 1
CLAIM_REVIEWED_WIDTH = 75


def shorten(text: str, width: int = CLAIM_REVIEWED_WIDTH) -> str:
    """Whitespace collapsed; cut on a word boundary with an ellipsis when longer than width."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    head = text[: width + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else ""
    if len(cut) < width // 2:  # one very long word: cut inside it
        cut = text[:width]
    return cut.rstrip(" ,;:-–—") + "…"


class _Appearances:
    """Where each claim appears: source metadata held once, links looked up per claim.

    Sources are few next to claims, so their headers, copy families, order and encoded
    `CreativeWork`s are kept; corroborations are read per claim with an indexed query.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sources = {s.id: s for s in store.source_headers()}
        self.family = self._copy_families()
        ordered = sorted(
            self.sources.values(), key=lambda s: (s.published is None, s.published or "", s.id)
        )
        self.rank = {s.id: i for i, s in enumerate(ordered)}
        self.works: dict[int, _Encoded] = {}
        self.corroborations: dict[str, frozenset[int]] = {}

    def _copy_families(self) -> dict[int, frozenset[int]]:
        def root(source_id: int) -> int:
            seen = {source_id}
            while (up := self.sources[source_id].copy_of) in self.sources and up not in seen:
                seen.add(up)
                source_id = up
            return source_id

        groups: dict[int, set[int]] = {}
        for source_id in self.sources:
            groups.setdefault(root(source_id), set()).add(source_id)
        return {sid: frozenset(g) for g in groups.values() for sid in g}

    def _work(self, source_id: int) -> _Encoded:
        work = self.works.get(source_id)
        if work is None:
            s = self.sources[source_id]
            work = self.works[source_id] = _Encoded(
                _work(s.file, s.title, s.outlet, s.url, s.published)
            )
        return work

    def of(self, review: Review) -> list[_Encoded]:
        own = self.store.claim_source_id(review.claim_id)
        if own not in self.sources:
            work = _work(review.source_file, None, review.outlet, review.url, review.published)
            return [_Encoded(work)]
        ids = set(self.family[own])
        for corroboration_id in self.store.corroboration_ids_of(review.claim_id):
            ids |= self._corroboration(corroboration_id)
        return [self._work(sid) for sid in sorted(ids, key=self.rank.__getitem__)]

    def _corroboration(self, corroboration_id: str) -> frozenset[int]:
        """A corroboration's sources and their copies, read once: some span a third of a corpus."""
        ids = self.corroborations.get(corroboration_id)
        if ids is None:
            found = self.store.corroboration_source_ids(corroboration_id)
            ids = frozenset().union(*(self.family[sid] for sid in found if sid in self.sources))
            self.corroborations[corroboration_id] = ids
        return ids


class _Encoded:
    """A value encoded once as indented JSON, pasted into larger documents at any depth."""

    __slots__ = ("_at", "text")

    def __init__(self, value: Any) -> None:
        self.text = _indented(value)
        self._at: dict[int, str] = {}

    @classmethod
    def array(cls, items: list[_Encoded]) -> _Encoded:
        """`_Encoded(items)` without walking the items again: one paste per array."""
        encoded = cls.__new__(cls)
        encoded.text = "[" + ",".join("\n  " + item.at(1) for item in items) + "\n]"
        encoded._at = {}
        return encoded

    def at(self, level: int) -> str:
        text = self._at.get(level)
        if text is None:
            # JSON strings hold no raw newlines, so every newline is a line of layout.
            text = self._at[level] = self.text.replace("\n", "\n" + "  " * level)
        return text


def _indented(value: Any, level: int = 0) -> str:
    """`json_text(value, indent=2)`, byte for byte, with `_Encoded` parts pasted in.

    With an indent the json module drops to its pure-Python encoder, which took most of
    the time of a large ClaimReview export; here only the layout is Python.
    """
    kind = type(value)
    if kind is str:
        text = json_safe(encode_string(value))
        return text.translate(LINE_SEPARATORS) if HAS_LINE_SEPARATOR.search(text) else text
    if kind is _Encoded:
        return value.at(level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        pad = "\n" + "  " * (level + 1)
        items = [f"{pad}{_indented(str(k))}: {_indented(v, level + 1)}" for k, v in value.items()]
        return "{" + ",".join(items) + "\n" + "  " * level + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        pad = "\n" + "  " * (level + 1)
        items = [pad + _indented(v, level + 1) for v in value]
        return "[" + ",".join(items) + "\n" + "  " * level + "]"
    return json_text(value)


def _work(
    file: str | None, title: str | None, outlet: str | None, url: str | None, published: str | None
) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": title or file}
    if url:
        work["url"] = url
    if published:
        work["datePublished"] = published
    if outlet:
        work["publisher"] = {"@type": "Organization", "name": outlet}
    return work


def claim_review(
    review: Review,
    appearances: list[Any] | _Encoded,
    *,
    first: Any = None,
    org: str | None = None,
    base_url: str | None = None,
    explanation: str | None = None,
    note: str | None = None,
    noted: bool = False,
    role: str | None = None,
) -> dict[str, Any]:
    """One schema.org ClaimReview for a claim's current decision: the tag as the rating,
    the reviewer's note on the claim as the `reviewBody` (`note`, else the one the log row
    carries), the verdict that set the tag as the `ratingExplanation`. `noted`: the claim
    has note edits, the latest of which is `note`; a note cleared or undone since the tag
    is then no `reviewBody` (the tag's row still carries it: it was published as if it
    stood).

    `appearances` (earliest first) are `CreativeWork` dicts, or one `_Encoded` array of
    them with `first` its first item; write the result with `_indented`.

    `role`: a count's role (`roles.decided_role`), said first in `claimReviewed` ("hit: A
    5-year-old child was shot ..."). `claimReviewed` is the text fact-check feeds show
    beside the rating; one mention counted as injured and as hit is two claims quoting one
    sentence, which without the role read as one claim rated twice, maybe both ways.
    """
    assert review.status is not None
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": review.status.capitalize(),
        "ratingValue": RATING_VALUES[review.status],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
    }
    if explanation:  # the verdict that set the status
        rating["ratingExplanation"] = explanation
    author = (
        {"@type": "Organization", "name": org}
        if org
        else {"@type": "Person", "name": review.reviewer}
    )
    obj: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": review.claim_id,
        "claimReviewed": shorten(
            (f"{role}: " if role else "") + (review.sentence or review.claim_text or "")
        ),
        "reviewRating": rating,
        **({"reviewBody": body} if (body := note if noted else note or review.note) else {}),
        "itemReviewed": {
            "@type": "Claim",
            "appearance": appearances,
            "firstAppearance": appearances[0] if first is None else first,
        },
        "author": author,
        "datePublished": review.at[:10],
    }
    if base_url:
        obj["url"] = f"{base_url}#claim-{review.claim_id}"
    return obj


def write_claimreview(
    store: Store, filters: Filters, out: TextIO, *, org: str | None, base_url: str | None
) -> int:
    appearances = _Appearances(store)
    claim_notes = store.latest_note_edits("claim")
    count = 0
    out.write("[")
    for review in store.reviews(
        since=filters.since, reviewer=filters.reviewer, status=filters.status, latest=True
    ):
        if review.status is None:  # undone: no rating to publish, but said (notes)
            store.notes.undone_claims += 1
            continue
        works = appearances.of(review)
        obj = claim_review(
            review,
            _Encoded.array(works),
            first=works[0],
            org=org,
            base_url=base_url,
            explanation=rating_explanation(store, review),
            note=(note.note if (note := claim_notes.get(review.claim_id)) else None),
            noted=note is not None,
            role=decided_role(store, review).role,
        )
        out.write(",\n" if count else "\n")
        out.write(_indented(obj))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
