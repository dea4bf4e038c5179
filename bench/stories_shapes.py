"""How often a shape of two reports occurs across the whole corpus, before a rule reads it:
the pairs of articles published within a range of days apart that place their events at
one place and count K or more telling harm facts in common (an age, a count of two or
more), of one incident and of two, by how alike their words are. Counts only.

    PYTHONPATH=. python bench/stories_shapes.py --kept DIR --days 31 100000 --common 2
    ... --trace A.json --leave-out /tmp/promptsNN/fresh_ids.txt
    PYTHONPATH=. python bench/stories_shapes.py --kept DIR --days 0 3 --victims-apart
    PYTHONPATH=. python bench/stories_shapes.py --kept DIR --days 0 3 --lost-headline
    PYTHONPATH=. python bench/stories_shapes.py --kept DIR --days 0 3 --lost-headlines

`--victims-apart` counts another shape at one place: both articles name their victims (the
claims' roles read through the parse, `EventFacts.victims`) and no word of a name is in
common (`stories.named_apart`'s shape, stories43: one city's two shootings' reports).

`--lost-headline` counts the pairs of a page that lost its article (`features.article_lost`:
its headline all it tells) and any article within the days, by the share of the headline's
TF-IDF weight (squared) that the other article's terms hold (printed as "covered"): whether
a headline's words can place such a page among the reports of its days (stories44: they
cannot; its words, "teen", "accidental shooting", are every such event's).

`--lost-headlines` counts the same pairs by their headlines alone: the cosine of TF-IDF
vectors (scikit-learn's, words and bigrams, English stop words) fitted on every page's
headline less its site's parts (`features.title_without_furniture`, a part five headlines
or more carry), a lost page's headline against the other article's: whether headlines
told apart from the reports' leads place such a page (stories45: every pair of one
incident 0.2 alike or more is together already).

A rule joining such pairs gains the same-incident pairs not yet together and costs the
other-incident ones (`--trace`, a `stories_trace.py` output, says which are together
already). Of the far follow-ups of the notes' tables (a plea, a sentencing months on,
sharing a city and a toll): over 30 days apart, two facts in common, 0.2 alike or more,
44 same-incident pairs (42 together already) against 44 of two incidents (stories40).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

ALIKE = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
"""The similarities the counts are given at or above."""


def shape_pairs(
    kept: Path, days: tuple[int, int], common: int, left_out: set[str], victims_apart: bool = False
) -> list:
    """(a, b, similarity, one incident) of the pairs of the shape, in the kept database."""
    from workbench.store import Store
    from workbench.stories.events import HARM_MOST, Events, days_apart, telling
    from workbench.stories.named_apart import victim_words
    from workbench.stories.similarity import Vectors

    truth = {int(k): v for k, v in json.loads((kept / "truth.json").read_text()).items()}
    with Store(kept / "stories.db") as store:
        published = dict(store.db.execute("SELECT id, published FROM sources").fetchall())
        ids = [s for s, i in truth.items() if i not in left_out and published.get(s)]
        facts = Events(store).of([(s, published[s]) for s in ids])
        vectors = Vectors(store.document_frequencies(), store.document_count())
        terms = {s: store.document_terms(s) for s in ids}
    at: dict[str, list[int]] = defaultdict(list)
    for s in ids:
        f = facts[s]
        told = victim_words(f) if victims_apart else f.harmed
        if told and len(f.harmed) <= HARM_MOST and not f.round_up:
            for place in f.places():
                at[place].append(s)
    seen, found = set(), []
    for members in at.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a, b) in seen or (b, a) in seen:
                    continue
                seen.add((a, b))
                gap = days_apart(published[a][:10], published[b][:10])
                fa, fb = facts[a], facts[b]
                if gap is None or not days[0] <= gap <= days[1]:
                    continue
                if victims_apart:
                    if victim_words(fa) & victim_words(fb):
                        continue
                elif sum(1 for h in fa.harmed & fb.harmed if telling(h)) < common:
                    continue
                if fa.same_place(fb) or fb.same_place(fa):
                    alike = vectors.similarities((a, terms[a]), [(b, terms[b])], [0])[0][0]
                    found.append((a, b, alike, truth[a] == truth[b]))
    return found


def lost_headline_pairs(kept: Path, days: tuple[int, int], left_out: set[str]) -> list:
    """(lost page, article, share of the page's headline weight the article's terms hold,
    one incident) of every pair within `days` one side of which lost its article."""
    from workbench.store import Store
    from workbench.stories.events import days_apart
    from workbench.stories.features import article_lost
    from workbench.stories.similarity import Vectors

    truth = {int(k): v for k, v in json.loads((kept / "truth.json").read_text()).items()}
    with Store(kept / "stories.db") as store:
        rows = store.db.execute("SELECT id, published, title, text FROM sources").fetchall()
        pages = {s: (p, t, x) for s, p, t, x in rows if p and truth.get(s, "") not in left_out}
        pages = {s: v for s, v in pages.items() if s in truth}
        vectors = Vectors(store.document_frequencies(), store.document_count())
        vectors.prepare([(s, store.document_terms(s)) for s in pages])
    lost = [s for s, (_p, title, text) in pages.items() if article_lost(text, title)]
    found = []
    for page in lost:
        weights = vectors.rows[page]
        whole = sum(w * w for w in weights.values())
        for other, (published, _t, _x) in pages.items():
            gap = days_apart(pages[page][0][:10], published[:10])
            if other == page or not whole or gap is None or not days[0] <= gap <= days[1]:
                continue
            held = weights.keys() & vectors.rows[other].keys()
            covered = sum(weights[t] ** 2 for t in held) / whole
            found.append((page, other, covered, truth[page] == truth[other]))
    return found


def lost_headlines_pairs(kept: Path, days: tuple[int, int], left_out: set[str]) -> list:
    """(lost page, article, cosine of their headlines, one incident) of every pair within
    `days` one side of which lost its article."""
    from collections import Counter

    from sklearn.feature_extraction.text import TfidfVectorizer

    from workbench.store import Store
    from workbench.stories.events import days_apart
    from workbench.stories.features import (
        article_lost,
        title_part_key,
        title_parts,
        title_without_furniture,
    )

    truth = {int(k): v for k, v in json.loads((kept / "truth.json").read_text()).items()}
    with Store(kept / "stories.db") as store:
        rows = store.db.execute("SELECT id, published, title, text FROM sources").fetchall()
    pages = {s: (p, t, x) for s, p, t, x in rows if p and s in truth and truth[s] not in left_out}
    parts = Counter(title_part_key(p) for _p, t, _x in pages.values() for p in title_parts(t))
    furniture = {k for k, n in parts.items() if n >= 5}
    ids = sorted(pages)
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=(1, 2))
    matrix = vectors.fit_transform([title_without_furniture(pages[s][1], furniture) for s in ids])
    row = {s: i for i, s in enumerate(ids)}
    found = []
    for page in (s for s in ids if article_lost(pages[s][2], pages[s][1])):
        near = [
            o
            for o in ids
            if o != page
            and (gap := days_apart(pages[page][0][:10], pages[o][0][:10])) is not None
            and days[0] <= gap <= days[1]
        ]
        if not near:
            continue
        alike = (matrix[row[page]] @ matrix[[row[o] for o in near]].T).toarray()[0]
        found += [(page, o, a, truth[page] == truth[o]) for o, a in zip(near, alike, strict=True)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kept", type=Path, required=True, help="a bench_stories --keep DIR")
    parser.add_argument("--days", type=int, nargs=2, default=(31, 100000))
    parser.add_argument("--common", type=int, default=2, help="telling harm facts in common")
    parser.add_argument("--trace", type=Path, help="a stories_trace.py output: its stories")
    parser.add_argument("--leave-out", type=Path, help="incident ids left out, one a line")
    parser.add_argument(
        "--victims-apart", action="store_true", help="both name victims, no word in common"
    )
    parser.add_argument(
        "--lost-headline", action="store_true", help="a lost page's headline covered by another"
    )
    parser.add_argument(
        "--lost-headlines", action="store_true", help="a lost page's headline against others'"
    )
    args = parser.parse_args()
    left_out = set(args.leave_out.read_text().split()) if args.leave_out else set()
    if args.lost_headline:
        found = lost_headline_pairs(args.kept, tuple(args.days), left_out)
    elif args.lost_headlines:
        found = lost_headlines_pairs(args.kept, tuple(args.days), left_out)
    else:
        found = shape_pairs(args.kept, tuple(args.days), args.common, left_out, args.victims_apart)
    measure = "covered" if args.lost_headline else "alike"
    stories = {}
    if args.trace:
        stories = {int(s): v for s, v in json.loads(args.trace.read_text())["clusters"].items()}

    def together(a: int, b: int) -> bool:
        return a in stories and stories.get(a) == stories.get(b)

    for least in ALIKE:
        chosen = [f for f in found if f[2] >= least]
        one = [f for f in chosen if f[3]]
        two = [f for f in chosen if not f[3]]
        print(
            f"{least:.2f} {measure} or more: one incident {len(one)} "
            f"({sum(together(a, b) for a, b, *_ in one)} together), "
            f"two incidents {len(two)} ({sum(together(a, b) for a, b, *_ in two)} together)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
