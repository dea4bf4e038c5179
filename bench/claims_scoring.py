"""Scoring the claims against the hand labels of the gva corpus (`claims_gva.py` reports).

Each labelled article (read from ../shared, never copied) goes through the product's own
path: prepared as an ingest prepares a JSONL record (decoded, cleaned, split into
sentences), then its claims extracted with the parser. A labelled count is **right** when a
quantity claim of its sentence has its role and its value (each claim used once); the
figures are kept apart for explicit counts ("four people were shot") and implicit ones
("a man was shot and killed"). Per role: precision (claims in the role that are a labelled
count) and recall. Per article: the event's date and place (`claims.event.source_event`).
A claim the extractor marks `tally` (a tally to date: "the city's 22nd homicide", "the
12th person shot and killed ... this year") or `other_event` (an earlier shooting the
article recalls) is no claim about this incident: it is kept out
of per-role precision (and of the headline claims' count), and it matches only a label of
other events (`this_incident: false`), never one of this incident. Misses are kept only
for the development sets (`gva.DEV`), never for a fresh or held-out one.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva
from claims_event_scoring import score_event
from claims_marks import OTHER_MARKS, mark_article, mark_pairs

from workbench.claims.hit_sums import SUM_MARK
from workbench.claims.others import SURVIVORS_HIT_MARK
from workbench.claims.predicates import JOINED_HIT_MARK, WOUND_HIT_MARK

ROLES = ("killed", "injured", "hit")


@dataclass
class Tally:
    """Counts behind every figure of one split."""

    gold: Counter = field(default_factory=Counter)  # (implicit, role) -> labelled counts
    right: Counter = field(default_factory=Counter)  # (implicit, role) -> read right
    predicted: Counter = field(default_factory=Counter)  # role -> claims in the role
    correct: Counter = field(default_factory=Counter)  # role -> claims that are a label
    dates: Counter = field(default_factory=Counter)  # "gold", "right"
    places: Counter = field(default_factory=Counter)
    articles: int = 0
    title_only: int = 0
    """Labelled counts whose phrase is only in the title, which is not in the text."""
    titles: Counter = field(default_factory=Counter)
    """The title-only counts against the product's headline claims ("gold", "right"), and
    the headline claims in a role ("claims") and those that are a label ("labelled")."""
    cleaned_away: int = 0
    """Labelled repeats of a phrase beyond its occurrences in the cleaned text (a caption
    repeated per photo, which the ingest's cleaning drops as page furniture)."""
    misses: list[str] = field(default_factory=list)
    marks: Counter = field(default_factory=Counter)
    """How the counts that are not this incident's whole are read (`claims_marks`)."""

    def __add__(self, other: Tally) -> Tally:
        """Two splits' tallies as one (both held-out sets together), field by field."""
        out = Tally()
        for f in fields(self):
            setattr(out, f.name, getattr(self, f.name) + getattr(other, f.name))
        return out

    def share(self, implicit: bool | None = None, role: str | None = None) -> tuple[int, int]:
        keys = [
            k
            for k in self.gold
            if (implicit is None or k[0] == implicit) and (role is None or k[1] == role)
        ]
        return sum(self.right[k] for k in keys), sum(self.gold[k] for k in keys)

    def figures(self) -> dict:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        out: dict = {
            "articles": self.articles,
            "title_only": self.title_only,
            "titles": {
                **self.titles,
                "share": ratio(self.titles["right"], self.titles["gold"]),
            },
            "cleaned_away": self.cleaned_away,
        }
        for name, implicit in (("all", None), ("explicit", False), ("implicit", True)):
            right, gold = self.share(implicit)
            out[f"counts_{name}"] = {"right": right, "gold": gold, "share": ratio(right, gold)}
        out["roles"] = {}
        for role in ROLES:
            right, gold = self.share(None, role)
            out["roles"][role] = {
                "precision": ratio(self.correct[role], self.predicted[role]),
                "recall": ratio(right, gold),
                "claims": self.predicted[role],
                "gold": gold,
            }
        out["event_date"] = {**self.dates, "share": ratio(self.dates["right"], self.dates["gold"])}
        out["place"] = {**self.places, "share": ratio(self.places["right"], self.places["gold"])}
        out["marks"] = dict(self.marks)
        return out


def extract(doc: dict):
    """The article as the product reads it: its cleaned text, sentences and claims; (None, [],
    []) when ingest refuses it (cleaning left no article text: the product reads nothing)."""
    from workbench.extraction import claims_of
    from workbench.ingest.prepare import IngestError, Input, extraction_job, prepare

    record = {k: doc[k] for k in ("title", "outlet", "url", "published", "text")}
    item = Input(name="gva.jsonl", data=(json.dumps(record) + "\n").encode())
    try:
        prepared = next(iter(prepare(item)))
    except IngestError:
        return None, [], []
    source, sentences = extraction_job(prepared)
    return source, sentences, claims_of((source, sentences)) or []


def states(value: dict, n: float) -> bool:
    """The claim says the labelled number: exactly, or as the bound of a hedged figure
    ("at least 5", "more than 30" is above 30, "about 50")."""
    low, high = value.get("low"), value.get("high")
    if low == high == n:
        return True
    if not value.get("hedge"):
        return False
    if high is None:
        return low in (n, n + 1)
    if low == 0:
        return high in (n, n - 1)
    return low is not None and low <= n <= high


def matches(claim, gold: dict) -> bool:
    """The claim says the label's role and number. A tally to date ("the city's 22nd
    homicide", marked `tally`) counts other events too, so it never matches a count of
    this incident (`this_incident: true`), only one labelled as of other events."""
    if any(claim.value.get(mark) for mark in OTHER_MARKS) and gold["this_incident"]:
        return False
    return claim.role == gold["role"] and states(claim.value, gold["value"])


def _occurs(phrase: str, text: str) -> int:
    """How often a labelled phrase is in a text (exactly, else ignoring case)."""
    return len(re.findall(re.escape(phrase), text)) or len(
        re.findall(re.escape(phrase), text, re.IGNORECASE)
    )


def _mention(phrase: str, nth: int, text: str, doc: dict) -> tuple[list[int], int, str]:
    """Which mention the `nth` label of a phrase names: ("text", its spots in the text read,
    which of them), or "title", "cleaned" (a repeat the cleaning removed: a photo caption
    repeated per image, the headline repeated at the raw text's head) or "nowhere".

    The text's exact occurrences come first, then the title's. A phrase the title holds as
    written but the text only in other case ("Fatal Shooting of 3-Year-Old" in the title,
    "the fatal shooting of 3-year-old X" in the text) is the title's first: the labeller
    copied it from the title, and the text's own mention has a label of its own."""
    title = doc.get("title") or ""
    spots = [m.start() for m in re.finditer(re.escape(phrase), text)]
    in_title = _occurs(phrase, title)
    if not spots:
        spots = [m.start() for m in re.finditer(re.escape(phrase), text, re.IGNORECASE)]
        if spots and re.search(re.escape(phrase), title):  # the title's as written: first
            if nth < in_title:
                return spots, nth, "title"
            nth -= in_title
            in_title = 0
    if nth < len(spots):
        return spots, nth, "text"
    # A mention the text read does not hold (every occurrence is already scored): the
    # title's (the product keeps the title apart from the text it reads), or a repeat the
    # cleaning removed.
    if nth - len(spots) < in_title:
        return spots, nth, "title"
    if _occurs(phrase, doc["text"]) > len(spots):
        return spots, nth, "cleaned"
    if not spots:
        return spots, nth, "nowhere"
    return spots, len(spots) - 1, "text"  # a label repeated more often than the text says it


def _labels_anything(label: dict) -> bool:
    """The label holds something to score: a count, an event date or a place. A labelled
    article the ingest refuses stops the benchmark (a cleaning change must not drop labelled
    text silently), unless its label holds nothing (a page keeping only its posting times)."""
    return bool(label["counts"] or label.get("event_date") or label.get("place"))


def _labels_only_its_title(label: dict, doc: dict) -> bool:
    """Every label of the article is a count of its title that its text does not hold, and it
    has no event date or place: a title over site furniture (a newsletter sign-up) that the
    ingest refuses once the cleaning has dropped the furniture. The product reads nothing of
    such a page, so its title's counts are missed, not a reason to stop the benchmark (the
    text, which the stop guards, holds no label)."""
    title, text = doc.get("title") or "", doc.get("text") or ""
    return (
        bool(label["counts"])
        and not label.get("event_date")
        and not label.get("place")
        and all(_occurs(g["phrase"], title) and g["phrase"] not in text for g in label["counts"])
    )


def _score_refused_title(label: dict, tally: Tally, keep_misses: bool) -> None:
    """A refused page's title counts (`_labels_only_its_title`), each a title count not read."""
    for gold in (g for g in label["counts"] if g["role"] in ROLES):
        tally.title_only += 1
        tally.titles["gold"] += 1
        if keep_misses:
            tally.misses.append(
                f"MISS title {gold['role']} {gold['value']} {gold['phrase']!r} "
                f"[{label['doc_id'][:6]}] got: [] (the page is refused by ingest)"
            )


def _sentence_of(sentences, offset: int):
    return next((s for s in sentences if s.start <= offset < s.end), None)


def score_article(
    doc: dict,
    label: dict,
    tally: Tally,
    keep_misses: bool,
    extracted: tuple | None = None,
    trace: list | None = None,
) -> None:
    """Score one labelled article. `extracted` is its (source, sentences, claims) when read
    already (`claims_loso.py` scores claims it changed); `trace`, when given, gains a
    ("label", gold, sentence, spot, claim or None) per labelled count of the text and a
    ("claim", claim, is a label) per scored claim: which count the scoring matched to which."""
    from workbench.claims.headline import headline_copy

    source, sentences, claims = extracted or extract(doc)
    if source is None and not _labels_anything(label):
        return  # a page of furniture only, labelled as telling nothing: nothing to read or miss
    if source is None and _labels_only_its_title(label, doc):
        _score_refused_title(label, tally, keep_misses)
        return
    if source is None:
        raise SystemExit(f"labelled article {doc['doc_id']} is refused by ingest (no article text)")
    text = source.text
    counts = [c for c in claims if c.kind == "quantity" and c.role in ROLES]
    counts = [c for c in counts if not (c.group and "part" in c.group and not c.derived)]
    # The hit a sentence's killed and injured add up to (claims/hit_sums.py) is no stated
    # count: the labels are of stated counts, so it is neither right nor wrong here (the
    # silver check, whose records give the sum, scores it).
    counts = [c for c in counts if not c.value.get(SUM_MARK)]
    # Likewise the hit a survivor's wound adds beside their injured count (`WOUND_HIT_MARK`:
    # "suffered a gunshot wound" is injured 1 by the labels' wound convention, one count).
    # And the hit of a verb joined to the outcome (`JOINED_HIT_MARK`: "was shot in the leg
    # and taken to the hospital" is injured 1 by the labels' joined-verbs convention).
    # And the hit beside victims read injured among survivors (`SURVIVORS_HIT_MARK`: "all
    # five victims were under 21" in an article of wounded only is injured 5, one count).
    derived = (WOUND_HIT_MARK, JOINED_HIT_MARK, SURVIVORS_HIT_MARK)
    counts = [c for c in counts if not any(c.value.get(mark) for mark in derived)]
    copy = headline_copy(source)
    used: set[int] = set()
    seen: Counter = Counter()
    in_title: list[dict] = []
    copied_phrases: list[str] = []
    """Labels matched in the text's copy of the headline: the title's label of the same
    phrase is the same mention (the product reads it once, from the title)."""
    for gold in (g for g in label["counts"] if g["role"] in ROLES):  # others: claims_read_roles
        phrase = gold["phrase"]
        spots, nth, place = _mention(phrase, seen[phrase], text, doc)
        seen[phrase] += 1
        if place == "title":
            tally.title_only += 1
            in_title.append(gold)
            continue
        if place == "cleaned":
            tally.cleaned_away += 1
            continue
        if place == "nowhere":  # nowhere in the text read: counted with the title's
            tally.title_only += 1
            continue
        key = (bool(gold["implicit"]), gold["role"])
        tally.gold[key] += 1
        match = None
        for spot in spots[nth:] + spots[:nth] if spots else []:
            sentence = _sentence_of(sentences, spot)
            if sentence is None:
                continue
            # A phrase in the text's copy of the headline is the title's claim (or the
            # copy's, when the title does not say it in the same words and role).
            copied = copy is not None and copy[0] <= spot < copy[1]
            match = next(
                (
                    i
                    for i, c in enumerate(counts)
                    if i not in used
                    and (c.sentence_id == sentence.id or (copied and c.headline))
                    and matches(c, gold)
                ),
                None,
            )
            if match is not None:
                copied_phrases.append(phrase) if copied else None
                break
        if trace is not None:
            at = (spot if match is not None else spots[nth]) if spots else None
            where = None if at is None else _sentence_of(sentences, at)
            trace.append(("label", gold, where, at, _claim(counts, match)))
        if match is not None:
            used.add(match)
            tally.right[key] += 1
        elif keep_misses:
            got = [
                f"{c.role} {c.value.get('low')} {c.text!r}"
                for c in counts
                if spots and (s := _sentence_of(sentences, spots[0])) and c.sentence_id == s.id
            ]
            kind = "implicit" if gold["implicit"] else "explicit"
            where = _sentence_of(sentences, spots[0])
            tally.misses.append(
                f"MISS {kind} {gold['role']} {gold['value']} {phrase!r} "
                f"[{label['doc_id'][:6]}] got: {got}"
                + (f"\n    in: {where.text[:240]!r}" if where is not None else "")
            )
    score_title(counts, used, in_title, tally, keep_misses, copied_phrases, label["doc_id"])
    for i, c in enumerate(counts):
        if c.headline or any(c.value.get(m) for m in OTHER_MARKS):  # title's: score_title; other
            continue  # claim about this incident, so neither right nor wrong for precision
        tally.predicted[c.role] += 1
        if trace is not None:
            trace.append(("claim", c, i in used))
        if i in used:
            tally.correct[c.role] += 1
        elif keep_misses:
            tally.misses.append(_extra(c, label))
    score_event(source, claims, label, tally, keep_misses)
    tally.articles += 1


def _claim(counts: list, index: int | None):
    return None if index is None else counts[index]


def _extra(claim, label: dict) -> str:
    """A claim that is no label, with its sentence and what the labels say there (the
    labels whose phrase is in it), so its cause can be read off: another role, another
    value, or nothing labelled."""
    said = [
        f"{g['role']} {g['value']}{'' if g['this_incident'] else ' (other event)'} {g['phrase']!r}"
        for g in label["counts"]
        if g["phrase"].casefold() in claim.sentence.casefold()
    ]
    how = "implicit" if claim.implicit else "derived" if claim.derived else "explicit"
    return (
        f"EXTRA {claim.role} {claim.value.get('low')} {how} {claim.text!r} "
        f"[{label['doc_id'][:6]}] in: {claim.sentence[:300]!r}"
        f"\n    labelled there: {said or 'none'}"
    )


def score_title(
    counts: list,
    used: set[int],
    labels: list[dict],
    tally: Tally,
    keep_misses: bool,
    copied: list[str],
    doc_id: str = "",
) -> None:
    """The title's labelled counts against the product's headline claims (each claim used
    once, after the text's labels took theirs)."""
    for gold in labels:
        tally.titles["gold"] += 1
        if gold["phrase"] in copied:  # matched already, in the text's copy of the title
            copied.remove(gold["phrase"])
            tally.titles["right"] += 1
            continue
        match = next(
            (i for i, c in enumerate(counts) if i not in used and c.headline and matches(c, gold)),
            None,
        )
        if match is not None:
            used.add(match)
            tally.titles["right"] += 1
        elif keep_misses:
            got = [f"{c.role} {c.value.get('low')} {c.text!r}" for c in counts if c.headline]
            tally.misses.append(
                f"MISS title {gold['role']} {gold['value']} {gold['phrase']!r} "
                f"[{doc_id[:6]}] got: {got}"
            )
    for i, c in enumerate(counts):
        if c.headline and not any(c.value.get(m) for m in OTHER_MARKS):  # as score_article
            tally.titles["claims"] += 1
            tally.titles["labelled"] += i in used


def score(split: str, keep_misses: bool = False) -> Tally:
    """Every labelled article of a split (misses are kept only for the development sets)."""
    keep = keep_misses and split in gva.DEV
    docs = gva.documents()
    tally = Tally()
    for incident in gva.labels(split):
        read = {}
        for label in incident["articles"]:
            doc = docs.get(label["doc_id"])
            if doc is None or not doc["text"].strip():
                continue
            read[label["doc_id"]] = (label, extract(doc))
            score_article(doc, label, tally, keep, read[label["doc_id"]][1])
            mark_article(label, read[label["doc_id"]][1], tally.marks, states)
        mark_pairs(incident, read, tally.marks, states)
    return tally
