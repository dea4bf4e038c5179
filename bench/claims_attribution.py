"""Who said it (#16): the attribution of the counts the claims bench reads right, against the
labels' `cited` (tests/labelled/gva/README.md, "Who said it: `cited`").

For each labelled count of an article's text that `claims_scoring.score_article` matches to a
claim (its own matching: a claim of the label's sentence with its role and value), the claim's
`attribution` is set beside the label's `cited`, the page's words for whoever it attributes that
count to, or null when the page states it on its own authority. A label without the key is not
read for it (a set not labelled for attribution yet). The figures, per split and together:

- recall: attributed right / labels with a speaker;
- precision: attributed right / matched claims that carry an attribution (a speaker on a count
  the page states itself is a wrong one);
- nulls kept: matched claims with no attribution / labels whose `cited` is null.

A title's labelled counts are read apart (the `title_*` fields, a line of their own): each
label the scoring places in the title (`claims_scoring._mention`) against the first headline
claim of its role and value not taken yet (as `score_title` matches them), its attribution
beside the label's `cited` ("Police: 2 dead", "2 dead in a fire, police say"). Fresh sets
(`gva.FRESH`) are totals only, as `claims_gva.py` prints them; the held-out sets are not
read. `--misses` lists the tuning sets' wrong and missing speakers; a set named with
`--except` (validation) is totals only.

    python bench/claims_attribution.py [--misses] [--except dev_ah] [--split dev_al ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva
from claims_scoring import ROLES, Tally, _mention, extract, matches, score_article
from rapidfuzz import fuzz

FIELDS = ("labelled", "right", "attributed", "nulls", "nulls_kept", "unread")
TITLE = "title_"
"""The prefix of the same fields for the title's counts."""
"""labelled: labels with a speaker whose count was read; right: of them, the same speaker;
attributed: read counts whose claim names a speaker; nulls: labels citing no one whose count
was read; nulls_kept: of them, the claim names no one either; unread: labels with `cited`
whose count the bench does not read right (no claim to compare)."""

_TOLD = re.compile(r"\s+told\s+.*$", re.I)
"""Whom the speaker told ("police told WXYZ", the product's way to keep the outlet): the
speaker is the words before it."""
_ASIDE = re.compile(r"\s*(?:\([^)]*\)|\bon\s+(?:twitter|facebook)\b.*$)", re.I)
"""A handle in brackets or "on Twitter" after a name (an embedded post's author)."""
_CONJUNCTS = re.compile(r"\s*(?:,|\band\b|&)\s*", re.I)
_WORD = re.compile(r"[\w’'.-]+")
_SUFFIXES = frozenset(("jr.", "jr", "sr.", "sr", "ii", "iii", "iv"))
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
FUZZY_CUT = 90
"""rapidfuzz's `token_sort_ratio` above which two heads are the same word spelt apart
("Sgt. Kerry" and "Kerry", "office" and "offices", a name's accent or hyphen)."""


def heads(speaker: str | None) -> set[str]:
    """The head word of each speaker a phrase names, case-folded: the last word of each
    conjunct ("police and witnesses": police, witnesses), after whom it was told, a handle in
    brackets, a name's suffix ("Jr.") and a possessive's ending are taken off. For a name the
    head is its last token (the surname), for a noun phrase its head noun ("the Cook County
    Sheriff's Office": office; "Police spokeswoman Jane Roe": roe)."""
    if not speaker:
        return set()
    text = _ASIDE.sub("", _TOLD.sub("", speaker.strip()))
    out = set()
    for part in _CONJUNCTS.split(text):
        words = [w.strip(".’'-").casefold() for w in _WORD.findall(part)]
        words = [w for w in words if w and w not in _SUFFIXES]
        if words:
            out.add(_POSSESSIVE.sub("", words[-1]))
    return out


def same_speaker(claimed: str | None, cited: str | None) -> bool:
    """Whether the claim's attribution names the speaker the label cites: both none, or a
    head word (`heads`) of one equal to a head word of the other, or above `FUZZY_CUT` by
    rapidfuzz's token sort ratio. Only the head is compared: "police" for "Chicago police",
    "Roe" for "spokeswoman Jane Roe" are right; "police" for "a police spokesman" (head
    spokesman) is not."""
    if not claimed or not cited:
        return not claimed and not cited
    mine, theirs = heads(claimed), heads(cited)
    return any(a == b or fuzz.token_sort_ratio(a, b) > FUZZY_CUT for a in mine for b in theirs)


def score_attribution(trace: list, tally: Counter, misses: list[str] | None, doc_id: str) -> None:
    """Add one article's read labels to the tally: `trace` is what `score_article` recorded
    (("label", gold, sentence, spot, claim or None), ...)."""
    for entry in trace:
        if entry[0] != "label" or "cited" not in entry[1]:
            continue
        _, gold, sentence, _, claim = entry
        cited = gold["cited"]
        if claim is None:
            tally["unread"] += 1
            continue
        said = claim.attribution
        tally["attributed"] += bool(said)
        if cited is None:
            tally["nulls"] += 1
            tally["nulls_kept"] += not said
        else:
            tally["labelled"] += 1
            tally["right"] += bool(said) and same_speaker(said, cited)
        if misses is not None and not same_speaker(said, cited):
            what = "EXTRA" if cited is None else "MISS" if not said else "WRONG"
            where = sentence.text[:240] if sentence is not None else ""
            misses.append(
                f"{what} cited={cited!r} got={said!r} {gold['role']} {gold['value']} "
                f"{gold['phrase']!r} [{doc_id[:6]}]\n    in: {where!r}"
            )


def score_title_attribution(
    doc: dict, label: dict, extracted: tuple, tally: Counter, misses: list[str] | None
) -> None:
    """Add one article's title labels with `cited` to the tally, under the `TITLE` prefix."""
    source, _, claims = extracted
    if source is None:
        return
    heads = [c for c in claims if c.kind == "quantity" and c.headline]
    used: set[int] = set()
    seen: Counter = Counter()
    for gold in (g for g in label["counts"] if g["role"] in ROLES):
        phrase = gold["phrase"]
        place = _mention(phrase, seen[phrase], source.text, doc)[2]
        seen[phrase] += 1
        if place != "title" or "cited" not in gold:
            continue
        match = next((i for i, c in enumerate(heads) if i not in used and matches(c, gold)), None)
        if match is None:
            tally[TITLE + "unread"] += 1
            continue
        used.add(match)
        said, cited = heads[match].attribution, gold["cited"]
        tally[TITLE + "attributed"] += bool(said)
        if cited is None:
            tally[TITLE + "nulls"] += 1
            tally[TITLE + "nulls_kept"] += not said
        else:
            tally[TITLE + "labelled"] += 1
            tally[TITLE + "right"] += bool(said) and same_speaker(said, cited)
        if misses is not None and not same_speaker(said, cited):
            what = "EXTRA" if cited is None else "MISS" if not said else "WRONG"
            misses.append(
                f"{what} title cited={cited!r} got={said!r} {gold['role']} {gold['value']} "
                f"{phrase!r} [{label['doc_id'][:6]}]\n    in: {(doc.get('title') or '')!r}"
            )


def score_split(split: str, misses: list[str] | None = None) -> Counter:
    """The attribution tally of one split's labelled articles (misses only when a list is
    given: the caller keeps them to tuning sets)."""
    docs = gva.documents()
    tally: Counter = Counter()
    for incident in gva.labels(split):
        for label in incident["articles"]:
            doc = docs.get(label["doc_id"])
            if doc is None or not doc["text"].strip():
                continue
            if not any("cited" in g for g in label["counts"]):
                continue
            trace: list = []
            extracted = extract(doc)
            score_article(doc, label, Tally(), False, extracted, trace)
            score_attribution(trace, tally, misses, label["doc_id"])
            score_title_attribution(doc, label, extracted, tally, misses)
    return tally


def has_cited(split: str) -> bool:
    """Whether any count label of the split carries `cited`."""
    return any(
        "cited" in g
        for incident in gva.labels(split)
        for a in incident["articles"]
        for g in a["counts"]
    )


def figures(tally: Counter, prefix: str = "") -> dict:
    """The text's figures, or with `prefix` (`TITLE`) the title's, under the same names."""

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    def get(key: str) -> int:
        return tally[prefix + key]

    return {
        **{k: get(k) for k in FIELDS},
        "recall": ratio(get("right"), get("labelled")),
        "precision": ratio(get("right"), get("attributed")),
        "nulls_kept_share": ratio(get("nulls_kept"), get("nulls")),
    }


def report(f: dict, name: str) -> str:
    def share(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.1%}"

    return (
        f"{name}: speaker right {f['right']}/{f['labelled']} (recall {share(f['recall'])}), "
        f"right/attributed {f['right']}/{f['attributed']} (precision {share(f['precision'])}), "
        f"nulls kept {f['nulls_kept']}/{f['nulls']} ({share(f['nulls_kept_share'])}); "
        f"{f['unread']} labels with `cited` not read right (not compared)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning sets' misses")
    gva.add_except_option(parser, "a development set read only as totals (validation)")
    parser.add_argument(
        "--split", action="append", default=[], help="only these splits (repeatable)"
    )
    args = parser.parse_args()
    if not gva.available():
        sys.exit(f"the corpus is not at {gva.CORPUS}")
    wanted = [s for s in (*gva.DEV, *gva.FRESH) if not args.split or s in args.split]
    splits = [s for s in wanted if has_cited(s)]
    lines, misses, dev_all = [], [], Counter()
    for split in splits:
        listed = args.misses and split in gva.DEV and split not in args.unlisted
        tally = score_split(split, misses if listed else None)
        if split in gva.DEV and split not in args.unlisted:
            dev_all += tally
        kind = " (fresh, untuned this session)" if split in gva.FRESH else ""
        kind = " (validation: totals only)" if split in args.unlisted else kind
        lines.append(report(figures(tally), f"{split}{kind}"))
        lines.append(report(figures(tally, TITLE), f"  {split}'s titles"))
    tuning = [s for s in splits if s in gva.DEV and s not in args.unlisted]
    if len(tuning) > 1:
        together = f"tuning sets together ({' + '.join(tuning)})"
        lines[:0] = [
            report(figures(dev_all), together),
            report(figures(dev_all, TITLE), "  their titles"),
        ]
    if misses:
        print("\n".join(misses))
    print("\n".join(lines) or "no split's labels carry `cited` yet")


if __name__ == "__main__":
    main()
