"""How the conflict finder's cost grows with the corpus: 1,000 against 4,000 articles.

Builds synthetic claim sets shaped like extracted news (about 20 claims an article, five
articles an event, each event with its own day, names and places, most figures agreeing
and some disputed), times `find_findings` on each, and prints the growth ratio: about 4
means linear, about 16 quadratic.

    python bench/bench_conflicts.py            # 1,000 and 4,000 articles
    python bench/bench_conflicts.py 500 2000   # other sizes
    python bench/bench_conflicts.py --quality 200   # precision/recall on bench/corpus.py
    python bench/bench_conflicts.py --quality 200 --seed 11 --db /tmp/q11.db -v
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from workbench import vocabulary
from workbench.findings.blocking import candidate_pairs
from workbench.findings.conflicts import find_findings
from workbench.findings.views import build_views
from workbench.models import Claim, Frame, Source

ARTICLES_PER_EVENT = 5
FACTS_PER_EVENT = 12
FILLER_PER_ARTICLE = 8
SEED = 7

SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ta",
    "ve",
    "lu",
    "so",
    "na",
    "pe",
    "di",
    "gor",
    "bel",
    "tan",
    "vik",
    "mar",
    "sel",
    "dor",
    "al",
    "en",
    "ri",
]
COUNTED = [
    "people",
    "soldiers",
    "residents",
    "workers",
    "countries",
    "vehicles",
    "houses",
    "protesters",
]
ACTIONS = [
    "detain",
    "kill",
    "injure",
    "evacuate",
    "rescue",
    "attend",
    "protest",
    "recognise",
    "employ",
    "trap",
]
UNITS = (None, None, None, "km", "miles", "$")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _fact(rng: random.Random, day: date, places: list[str]) -> dict:
    kind = rng.choices(("quantity", "place", "date"), weights=(6, 2, 2))[0]
    return {
        "kind": kind,
        "action": rng.choice(ACTIONS),
        "counted": rng.choice(COUNTED),
        "unit": rng.choice(UNITS),
        "value": rng.randint(3, 5000),
        "place": rng.choice(places),
        "day": day - timedelta(days=rng.randint(0, 400)) if kind == "date" else day,
    }


def _claim(cid: str, sid: int, fact: dict, names: list[str], rng: random.Random) -> Claim:
    kind, action = fact["kind"], fact["action"]
    who = rng.choice(names)
    if kind == "quantity":
        n = fact["value"] if rng.random() > 0.1 else int(fact["value"] * rng.uniform(1.3, 2))
        unit = fact["unit"] or ""
        text = f"{n} {unit or fact['counted']}".strip()
        sentence = f"{who} said {text} were {action}ed near {fact['place']} on the day."
        value = {"low": n, "high": n, "unit": fact["unit"], "counted": fact["counted"]}
    elif kind == "place":
        text = fact["place"] if rng.random() > 0.1 else _name(rng)
        sentence = f"The {action} happened in the {text} district, {who} told reporters."
        value = {"name": text, "container": None, "type": "district"}
    else:
        day = fact["day"] + timedelta(days=0 if rng.random() > 0.1 else rng.randint(2, 9))
        text = day.strftime("%B %d")
        sentence = f"The {action} took place on {text}, according to {who}."
        iso = day.isoformat()
        value = {"start": iso, "end": iso, "granularity": "day"}
    start = sentence.find(text)
    return Claim(
        id=cid,
        source_id=sid,
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        frame=Frame(action, fact["counted"] if kind == "quantity" else None),
        value=value,
        event_date=fact["day"].isoformat(),
        event_date_basis="text",
        attribution=who if rng.random() < 0.3 else None,
    )


def synthetic(articles: int, seed: int = SEED) -> tuple[list[Claim], list[Source]]:
    """Claims and sources equivalent to `articles` extracted news articles."""
    rng = random.Random(seed)
    claims: list[Claim] = []
    sources: list[Source] = []
    events = (articles + ARTICLES_PER_EVENT - 1) // ARTICLES_PER_EVENT
    for e in range(events):
        day = date(2021, 1, 4) + timedelta(days=rng.randint(0, 4 * 365))
        names = [f"{_name(rng)} {_name(rng)}" for _ in range(4)]
        places = [_name(rng) for _ in range(3)]
        facts = [_fact(rng, day, places) for _ in range(FACTS_PER_EVENT)]
        for a in range(ARTICLES_PER_EVENT):
            sid = len(sources) + 1
            if sid > articles:
                break
            sources.append(
                Source(
                    sid,
                    f"{sid:05d}.txt",
                    "",
                    f"h{sid}",
                    f"Outlet {sid % 97}",
                    None,
                    day.isoformat(),
                )
            )
            for f, fact in enumerate(facts):
                claims.append(_claim(f"e{e}a{a}f{f}", sid, fact, names, rng))
            for k in range(FILLER_PER_ARTICLE):
                filler = _fact(rng, day, places)
                claims.append(_claim(f"e{e}a{a}x{k}", sid, filler, names, rng))
    return claims, sources


def measure(articles: int) -> tuple[int, int, float, int]:
    claims, sources = synthetic(articles)
    vocab = vocabulary.default()
    views, _ = build_views(claims, sources, vocab)
    pairs = sum(1 for _ in candidate_pairs(views))
    started = time.perf_counter()
    conflicts, _corroborations = find_findings(claims, sources, vocab)
    return len(claims), pairs, time.perf_counter() - started, len(conflicts)


def main(argv: list[str]) -> None:
    small, large = (int(argv[0]), int(argv[1])) if len(argv) == 2 else (1000, 4000)
    results = {}
    for articles in (small, large):
        n_claims, pairs, seconds, conflicts = measure(articles)
        results[articles] = seconds
        print(
            f"{articles:>6} articles  {n_claims:>7} claims  {pairs:>9} pairs compared  "
            f"{conflicts:>6} conflicts  {seconds:7.2f} s"
        )
    ratio = results[large] / results[small]
    print(f"growth for {large / small:.0f}x the articles: {ratio:.2f}x the time")


# --- quality at scale: the synthetic corpus with its planted truth ---------------------------


def _located(text: str, needle: str, context: str | None) -> tuple[int, int] | None:
    """Where a truth snippet sits in a cleaned text (inside its context when given)."""
    base = text.find(context) if context else 0
    at = text.find(needle, max(base, 0)) if base >= 0 else text.find(needle)
    if at < 0:
        at = text.find(needle)
    return (at, at + len(needle)) if at >= 0 else None


def _load_corpus_module():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("corpus", Path(__file__).with_name("corpus.py"))
    corpus = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = corpus
    spec.loader.exec_module(corpus)
    return corpus


def quality(
    articles: int, seed: int = SEED, db: str | None = None, verbose: bool = False
) -> tuple[float, float]:
    """Precision and recall of the conflict list on `bench/corpus.py`'s planted truth.

    With `db`, the ingested corpus is kept there and reused, so a change to the finder
    is measured in seconds (the claims are whatever the extractor gave when it was made).
    """
    import tempfile
    from pathlib import Path

    from workbench.findings.judging import conflicting_pairs
    from workbench.ingest import Input, ingest_inputs
    from workbench.store import Store

    records, truth = _load_corpus_module().generate(articles, seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(db) if db else Path(tmp) / "q.db"
        fresh = not path.exists()
        with Store(path) as store:
            started = time.perf_counter()
            if fresh:
                inputs = [
                    Input(
                        name=f"{r['id']}.txt",
                        data=r["text"].encode("utf-8"),
                        meta={k: r.get(k) for k in ("outlet", "url", "published", "title")},
                    )
                    for r in records
                ]
                ingest_inputs(store, inputs)
            built = time.perf_counter() - started
            texts = {s.file[:-4]: s.text for s in store.sources()}
            claims, sources = store.claims(), store.sources()
        started = time.perf_counter()
        conflicts, _ = find_findings(claims, sources)
        found_in = time.perf_counter() - started
        pairs = conflicting_pairs(claims, sources)

    def on(claim, article: str, needle: str, context: str | None = None) -> bool:
        if claim.file[:-4] != article:
            return False
        span = _located(texts[article], needle, context)
        return span is not None and claim.start < span[1] and span[0] < claim.end

    def hits(claims, c) -> bool:
        odd = any(on(x, c["odd_article"], c["odd_text"], c.get("odd_context")) for x in claims)
        other = any(
            on(x, art, text)
            for x in claims
            for art, text in zip(c["other_articles"], c["other_texts"], strict=False)
        )
        return odd and other

    recalled = [c for c in truth["conflicts"] if any(hits(f.claims, c) for f in conflicts)]
    true = [f for f in conflicts if any(hits(f.claims, c) for c in truth["conflicts"])]
    looks = 0
    for look in truth["lookalikes"]:
        (a1, a2), (t1, t2) = look["articles"][:2], look["texts"][:2]
        if any(
            (on(x, a1, t1) and on(y, a2, t2)) or (on(y, a1, t1) and on(x, a2, t2)) for x, y in pairs
        ):
            looks += 1
    n_truth = len(truth["conflicts"])
    precision = len(true) / max(len(conflicts), 1)
    recall = len(recalled) / max(n_truth, 1)
    how = f"{built:.1f} s to ingest and analyse" if fresh else f"reused {path}"
    print(
        f"{articles} articles, seed {seed} ({how}; finder {found_in:.2f} s): "
        f"{len(conflicts)} conflicts, precision {precision:.2f}, "
        f"recall {recall:.2f} ({len(recalled)}/{n_truth}), "
        f"look-alikes reported {looks}/{len(truth['lookalikes'])}"
    )
    if verbose:
        for f in conflicts:
            mark = "  ok " if any(f is t for t in true) else "  FP "
            print(f"{mark}{f.score:.3f} {f.reason}")
            if mark == "  FP ":
                for c in f.claims:
                    print(f"         {c.file} [{c.text}] {' '.join(c.sentence.split())[:150]}")
        for c in truth["conflicts"]:
            if not any(c is r for r in recalled):
                print(
                    f"  MISSED {c['kind']} {c['label']}: {c['odd_text']!r} ({c['odd_article']})"
                    f" vs {c['other_texts']}"
                )
    return precision, recall


def _quality_main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="bench_conflicts.py --quality")
    parser.add_argument("articles", type=int, nargs="?", default=200)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--db", help="keep the ingested corpus here and reuse it")
    parser.add_argument("-v", "--verbose", action="store_true", help="list findings and misses")
    args = parser.parse_args(argv)
    quality(args.articles, args.seed, args.db, args.verbose)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--quality"]:
        _quality_main(sys.argv[2:])
    else:
        main(sys.argv[1:])
