"""One sentence through the extractor, for tests of how a count is read."""

from __future__ import annotations

from dataclasses import replace

from workbench.claims import extract_claims
from workbench.claims.event import event_of
from workbench.ingest.sentences import split_sentences
from workbench.models import Sentence, Source
from workbench.parse import Parse


def counts(text: str) -> list[tuple[str, float, str | None]]:
    """Each quantity the sentence gives: its words, its low value and its role."""
    source = Source(id=1, file="t", text=text, content_hash="x", published="2021-05-04")
    found = extract_claims(source, [Sentence(1, 1, 0, 0, 0, len(text), text)])
    return [(c.text, c.value["low"], c.role) for c in found if c.kind == "quantity"]


def headline_counts(title: str) -> list[tuple[float, str | None]]:
    """Each count a title gives (under a text that gives none): its low value and role."""
    source = Source(1, "t", "Police are investigating.", "h", published="2021-05-02", title=title)
    found = extract_claims(source, [])
    return [(c.value["low"], c.role) for c in found if c.headline and c.kind == "quantity"]


def article_claims(*texts: str) -> list:
    """The quantity claims of a short article, one sentence per text."""
    text = " ".join(texts)
    sentences, at = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(i + 1, 1, i, 0, at, at + len(t), t))
        at += len(t) + 1
    source = Source(1, "t.txt", text, "h", published="2021-05-02")
    return [c for c in extract_claims(source, sentences) if c.kind == "quantity"]


def article_roles(*texts: str) -> list[tuple[str, float, str | None]]:
    """Each quantity of a short article: its words, its low value and its role (or None)."""
    return [(c.text, c.value["low"], c.role) for c in article_claims(*texts)]


def in_role(role: str, *texts: str) -> list[str]:
    """The words of each quantity a short article counts in one role."""
    return [c.text for c in article_claims(*texts) if c.role == role]


def roles(text: str) -> list[tuple[str | None, float]]:
    """Each quantity's role and low value, sorted: what a test of roles compares."""
    return sorted((role, value) for _, value, role in counts(text))


def hand_parse(text: str, words, tags, deps, heads) -> Parse:
    """A parse written by hand, as the small model sometimes reads a sentence."""
    starts, at = [], 0
    for w in words:
        at = text.index(w, at)
        starts.append(at)
        at += len(w)
    ends = [s + len(w) for s, w in zip(starts, words, strict=True)]
    return Parse(text, starts, ends, tags, deps, heads)


def article_event(text: str, published: str = "2019-03-12", address: str | None = None):
    """The event an article tells (its place, date, container), split as ingest splits it."""
    source = Source(id=1, file="t", text=text, content_hash="x", published=published)
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]  # ids as stored
    return event_of(extract_claims(source, sentences), source.published, address=address)
