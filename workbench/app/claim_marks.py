"""Where an article's claims and their sentences fall on its wrapped lines, and the
highlight layers each line carries.

Offsets only: the pane (`widgets.article_view`) keeps the state and draws; what is marked
where is worked out here, so it reads (and is tested) without a screen. Never imports
Textual.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.app.data import Article
from workbench.app.text import highlight_runs, line_of
from workbench.models import Claim

Span = tuple[int, int]

STATE_CLASSES = {
    None: "article--unreviewed",
    "verified": "article--verified",
    "disputed": "article--disputed",
    "unresolved": "article--unresolved",
}


def claim_sentences(article: Article, claims: Sequence[Claim], strong: set[str]) -> list[Span]:
    """The sentences of the strongly highlighted claims (each once), to be marked softly."""
    spans: list[Span] = []
    by_id = {s.id: s for s in article.sentences}
    for claim in claims:
        if claim.id not in strong:
            continue
        sentence = by_id.get(claim.sentence_id) if claim.sentence_id else None
        if sentence is None:
            sentence = next(
                (s for s in article.sentences if s.start <= claim.start < s.end),
                None,
            )
        if sentence is not None and (sentence.start, sentence.end) not in spans:
            spans.append((sentence.start, sentence.end))
    return spans


def sentence_start(article: Article | None, claim: Claim) -> int:
    """Where the sentence holding `claim` begins (the claim itself if none is known)."""
    sentences = article.sentences if article is not None else []
    found = next((s for s in sentences if s.start <= claim.start < s.end), None)
    return found.start if found is not None else claim.start


def lines_of(lines: Sequence[Span], start: int, end: int) -> range:
    """The wrapped lines the text from `start` to `end` touches."""
    if not lines:
        return range(0)
    return range(line_of(lines, start), line_of(lines, max(start, end - 1)) + 1)


def claims_by_line(lines: Sequence[Span], claims: Sequence[Claim]) -> list[list[int]]:
    """Per wrapped line, the indices (in `claims`) of the claims that touch it."""
    by_line: list[list[int]] = [[] for _ in lines]
    for i, claim in enumerate(claims):
        for line in lines_of(lines, claim.start, claim.end):
            by_line[line].append(i)
    return by_line


def line_layers(
    line: Span,
    sentences: Sequence[Span],
    hit: Span | None,
    touching: Sequence[Claim],
    statuses: Mapping[str, str],
    strong: set[str],
) -> list[tuple[int, int, tuple[str, ...]]]:
    """One wrapped line as runs of text offsets, each with its highlight layers (soft
    sentence, search hit, claim state, focus), bottom first."""
    start, end = line
    layers: list[tuple[int, int, str]] = []
    for s, e in sentences:
        if s < end and e > start:
            layers.append((s, e, "article--sentence"))
    if hit is not None and hit[0] < end and hit[1] > start:
        layers.append((*hit, "article--hit"))
    for claim in touching:
        state = STATE_CLASSES.get(statuses.get(claim.id), "article--unreviewed")
        layers.append((claim.start, claim.end, state))
    for claim in touching:
        if claim.id in strong:
            layers.append((claim.start, claim.end, "article--focus"))
    return highlight_runs(start, end, layers)
