"""Scoring the roles some incidents were read for beyond killed, injured and hit.

An incident whose label names `roles_read` (the arrested and charged roles, labelled at the
thirty-third session on the multi-article dev sets) has every mention of those roles
labelled, so the claims in them can be scored there, and only there: elsewhere a claim of
the role is neither right nor wrong. A labelled count is right when a claim of its sentence
(a title's label: a headline claim) has its role and value, each claim used once, as
`claims_scoring` matches the three harm roles; precision counts every claim of the role in
those articles, headline claims included (the titles are not scored apart here).
"""

from __future__ import annotations

from collections import Counter

import gva
from claims_scoring import Tally, _mention, _sentence_of, extract, matches

from workbench.claims.headline import headline_copy
from workbench.claims.tallies import TALLY_MARK

READ_ROLES = ("arrested", "charged")
"""The roles a label may be read for besides the three every label holds."""


def read_figures(tally: Tally, incidents: Counter) -> dict:
    """The read roles' precision and recall from a `claims_scoring.Tally` of them (its
    counters keyed by the read roles), with how many incidents were read for each."""

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    out = {}
    for role in READ_ROLES:
        explicit, implicit = (tally.share(kind, role) for kind in (False, True))
        right, gold = explicit[0] + implicit[0], explicit[1] + implicit[1]
        out[role] = {
            "incidents": incidents[role],
            "precision": ratio(tally.correct[role], tally.predicted[role]),
            "recall": ratio(right, gold),
            "claims": tally.predicted[role],
            "gold": gold,
            "explicit": "/".join(map(str, explicit)),
            "implicit": "/".join(map(str, implicit)),
        }
    return out


def incidents_read(split: str) -> Counter:
    """How many of a split's incidents were read for each role of `READ_ROLES`."""
    read = (incident.get("roles_read", ()) for incident in gva.labels(split))
    return Counter(role for roles in read for role in roles if role in READ_ROLES)


def score_read_roles(split: str, keep_misses: bool = False) -> Tally:
    """Every article of a split's incidents read for a role of `READ_ROLES` (misses are kept
    only for the development sets)."""
    keep = keep_misses and split in gva.DEV
    docs, tally = gva.documents(), Tally()
    for incident in gva.labels(split):
        roles = [r for r in incident.get("roles_read", ()) if r in READ_ROLES]
        for label in incident["articles"] if roles else ():
            doc = docs.get(label["doc_id"])
            if doc is not None and doc["text"].strip():
                score_roles_of_article(doc, label, roles, tally, keep)
    return tally


def score_roles_of_article(
    doc: dict, label: dict, roles: list[str], tally: Tally, keep_misses: bool
) -> None:
    source, sentences, claims = extract(doc)
    if source is None:
        return
    counts = [
        c
        for c in claims
        if c.kind == "quantity" and c.role in roles and not c.value.get(TALLY_MARK)
    ]
    copy = headline_copy(source)  # the text's copy of the title: the headline's claims
    used: set[int] = set()
    seen: Counter = Counter()
    in_copy: list[tuple[str, str]] = []
    """Labels matched in the text's copy of the title: the title's label of the same phrase
    is the same mention, read once (as `claims_scoring.score_title` takes it)."""
    for gold in (g for g in label["counts"] if g["role"] in roles):
        spots, nth, place = _mention(gold["phrase"], seen[gold["phrase"]], source.text, doc)
        seen[gold["phrase"]] += 1
        if place == "cleaned":
            tally.cleaned_away += 1
            continue
        copied = place == "text" and copy is not None and copy[0] <= spots[nth] < copy[1]
        sentence = _sentence_of(sentences, spots[nth]) if place == "text" else None
        key = (bool(gold["implicit"]), gold["role"])
        tally.gold[key] += 1
        if sentence is None and (gold["phrase"], gold["role"]) in in_copy:
            in_copy.remove((gold["phrase"], gold["role"]))
            tally.right[key] += 1
            continue
        match = next(
            (
                i
                for i, c in enumerate(counts)
                if i not in used
                and (_in(c, sentence) or (copied and c.headline))
                and matches(c, gold)
            ),
            None,
        )
        if match is not None:
            used.add(match)
            tally.right[key] += 1
            in_copy += [(gold["phrase"], gold["role"])] if copied else []
        elif keep_misses:
            got = [f"{c.role} {c.value.get('low')} {c.text!r}" for c in counts if _in(c, sentence)]
            where = "title" if sentence is None else repr(sentence.text[:240])
            tally.misses.append(
                f"MISS {'implicit' if gold['implicit'] else 'explicit'} {gold['role']} "
                f"{gold['value']} {gold['phrase']!r} [{label['doc_id'][:6]}] got: {got}"
                f"\n    in: {where}"
            )
    for i, c in enumerate(counts):
        tally.predicted[c.role] += 1
        if i in used:
            tally.correct[c.role] += 1
        elif keep_misses:
            tally.misses.append(
                f"EXTRA {c.role} {c.value.get('low')} {c.text!r} [{label['doc_id'][:6]}] "
                f"in: {c.sentence[:300]!r}"
            )


def _in(claim, sentence) -> bool:
    """The claim is of the sentence (None: of the title, a headline claim)."""
    return claim.headline if sentence is None else claim.sentence_id == sentence.id


def report(figures: dict, name: str) -> list[str]:
    """The read roles' lines of a split's block."""
    lines = []
    for role, f in figures.items():
        if not f["incidents"]:
            continue
        p = "n/a" if f["precision"] is None else f"{f['precision']:.2f}"
        r = "n/a" if f["recall"] is None else f"{f['recall']:.2f}"
        lines.append(
            f"  {role:<8} precision {p} ({f['claims']} claims)  recall {r} ({f['gold']} labels: "
            f"explicit {f['explicit']}, implicit {f['implicit']}; {f['incidents']} incidents "
            f"read for it, titles included)"
        )
    return [f"{name}: roles read beyond the three", *lines] if lines else []
