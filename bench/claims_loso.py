"""A learned role reader beside the rules, measured leave-one-set-out on the development sets.

The rules over the parse decide which person is counted in which role. Here that decision is
learned from the hand labels instead, and measured as a model is: for every development set,
fit on the other sets and score the one left out, rules alone against rules with the learned
decision, as `claims_scoring.py` counts (a labelled count is right when a claim of its
sentence has its role and value; every claim in a role that is no label lowers precision).

Two decisions are learned (logistic regressions over `role_features.py`'s syntax features):
the **adder** reads every nominal token of a parsed sentence and adds a count of one in a role
the rules did not give it (the targets: the labelled counts of one the rules missed, aligned
to the token their phrase is about); the **dropper** reads each of the rules' counts and drops
the ones it judges no label. The thresholds are fixed (0.5 unless given), never chosen on the
set left out.

    python bench/claims_loso.py                      # the table, adder and dropper
    python bench/claims_loso.py --adder 0.6 --dropper 0 # adder at 0.6, no dropper

The articles' claims are read once (about a minute) and kept in a cache named by the
extractor's version, so a second run only refits. Only the development sets (`gva.DEV`) are
read; no fresh or held-out set.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva
from claims_scoring import ROLES, Tally, score_article
from role_features import (
    SINGULAR_TAGS,
    candidates,
    claim_features,
    head_of_span,
    rules_features,
    token_features,
)

from workbench.claims import EXTRACTOR_VERSION
from workbench.claims.datelines import parse_of
from workbench.claims.tallies import TALLY_MARK
from workbench.models import Claim, Sentence
from workbench.parse import Parse

LEARNED = "learned"
"""The `why` of a count the adder made."""


def read_articles(cache: Path) -> dict[str, list[tuple[dict, dict, tuple]]]:
    """Every development set's labelled articles: (doc, label, (source, sentences, claims,
    parses)) per set, read through the product's path once and kept in `cache`."""
    import json

    from workbench.claims import _usable, extract_claims, sentences_to_parse
    from workbench.ingest.prepare import IngestError, Input, extraction_job, prepare
    from workbench.parse import parse_all

    docs = gva.documents()
    read = pickle.loads(cache.read_bytes()) if cache.is_file() else {}
    fresh = False
    out: dict[str, list] = {}
    for split in gva.DEV:
        out[split] = []
        for incident in gva.labels(split):
            for label in incident["articles"]:
                doc = docs.get(label["doc_id"])
                if doc is None or not doc["text"].strip():
                    continue
                if label["doc_id"] not in read:
                    record = {k: doc[k] for k in ("title", "outlet", "url", "published", "text")}
                    item = Input(name="gva.jsonl", data=(json.dumps(record) + "\n").encode())
                    try:
                        source, sentences = extraction_job(next(iter(prepare(item))))
                    except IngestError:
                        continue  # a page the ingest refuses: nothing read (`claims_scoring`)
                    wanted = sentences_to_parse(_usable(source, sentences), source)
                    parses = parse_all(wanted)
                    claims = extract_claims(source, sentences, parses)
                    read[label["doc_id"]] = (source, sentences, claims, parses)
                    fresh = True
                out[split].append((doc, label, read[label["doc_id"]]))
    if fresh:
        cache.write_bytes(pickle.dumps(read))
    return out


def _rule_spans(claims: list[Claim], sentence) -> list[tuple[int, int, str]]:
    return [
        (c.start - sentence.start, c.end - sentence.start, c.role)
        for c in claims
        if c.kind == "quantity" and c.role in ROLES and not c.headline
        if c.sentence_id == sentence.id
    ]


def token_rows(article: tuple):
    """(sentence, parse, token, syntax features, rules' features) of every candidate of the
    article's parsed sentences."""
    _, sentences, claims, parses = article
    for sentence in sentences:
        p = parse_of(sentence.text, parses)
        if p is None:
            continue
        spans = _rule_spans(claims, sentence)
        for k in candidates(p):
            rules: dict[str, float] = {}
            rules_features(p, k, spans, rules)
            yield sentence, p, k, token_features(p, k), rules


def adder_targets(doc: dict, label: dict, article: tuple, stats: Counter) -> tuple[dict, dict]:
    """(sentence id, token) -> the roles of the labelled counts of one about it: those the
    rules missed, and all of them; also counts how many labels align (`stats`)."""
    source, sentences, claims, parses = article
    trace: list = []
    score_article(doc, label, Tally(), False, (source, sentences, claims), trace)
    missed: dict[tuple[int, int], set[str]] = {}
    told: dict[tuple[int, int], set[str]] = {}
    for _, gold, sentence, spot, claim in (t for t in trace if t[0] == "label"):
        if gold["value"] != 1:
            continue
        stats["labels of one"] += 1
        stats["missed by the rules"] += claim is None
        p = None if sentence is None else parse_of(sentence.text, parses)
        if p is None:
            continue
        start = spot - sentence.start
        k = head_of_span(p, start, start + len(gold["phrase"]), candidates(p))
        if k is None:
            continue
        stats["aligned to a token"] += 1
        told.setdefault((sentence.id, k), set()).add(gold["role"])
        if claim is None:
            stats["aligned and missed"] += 1
            missed.setdefault((sentence.id, k), set()).add(gold["role"])
    return missed, told


def fit(rows: list[tuple[dict, int]]):
    """A logistic regression over the rows' indicator features (deterministic: liblinear,
    which takes 32-bit indices)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([f for f, _ in rows])
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")
    y = [t for _, t in rows]
    if len(set(y)) < 2:
        return None
    model = LogisticRegression(C=1.0, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(x, y)
    return vectoriser, model


def probability(fitted, features: list[dict]) -> list[float]:
    if fitted is None or not features:
        return [0.0] * len(features)
    vectoriser, model = fitted
    return list(model.predict_proba(vectoriser.transform(features))[:, 1])


def learned_claim(source, sentence, p, k: int, role: str) -> Claim:
    start, end = sentence.start + p.starts[k], sentence.start + p.ends[k]
    value = {
        "low": 1,
        "high": 1,
        "unit": None,
        "counted": p.word(k).casefold(),
        "exact": True,
        "hedge": None,
        "why": LEARNED,
    }
    return Claim(
        id="",
        source_id=source.id,
        kind="quantity",
        text=p.word(k),
        start=start,
        end=end,
        sentence=sentence.text,
        sentence_id=sentence.id,
        value=value,
        role=role,
        implicit=True,
    )


def _scored(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == "quantity" and c.role in ROLES and not c.headline]


@dataclass(slots=True)
class Token:
    """One candidate token of a labelled article, with what the labels say of it."""

    article: int
    sentence: Sentence
    parse: Parse
    k: int
    syntax: dict[str, float]
    rules: dict[str, float]
    missed: set[str]
    """The roles of its labelled counts of one the rules did not read."""
    told: set[str]
    """The roles of all its labelled counts of one."""


class Split:
    """One development set's rows for every decision, read once."""

    def __init__(self, articles: list[tuple[dict, dict, tuple]], stats: Counter) -> None:
        self.articles = articles
        self.tokens: list[Token] = []
        self.dropper: list[tuple[dict, int]] = []
        for i, (doc, label, article) in enumerate(articles):
            _, sentences, _, parses = article
            missed, told = adder_targets(doc, label, article, stats)
            for sentence, p, k, syntax, rules in token_rows(article):
                key = (sentence.id, k)
                self.tokens.append(
                    Token(
                        i,
                        sentence,
                        p,
                        k,
                        syntax,
                        rules,
                        missed.get(key, set()),
                        told.get(key, set()),
                    )
                )
            trace: list = []
            score_article(doc, label, Tally(), False, article[:3], trace)
            starts = {s.id: s.start for s in sentences}
            for _, claim, is_label in (t for t in trace if t[0] == "claim"):
                self.dropper.append((claim_features(claim, parses, starts), int(is_label)))


def adder_rows(tokens: list[Token], mode: str, role: str) -> list[tuple[dict, int]]:
    """The adder's rows: "fill" learns the rules' misses from syntax and the rules' reading;
    "reader" (and "replace") every labelled count of one, from syntax alone."""
    if mode == "fill":
        return [({**t.syntax, **t.rules}, int(role in t.missed)) for t in tokens]
    return [(t.syntax, int(role in t.told)) for t in tokens]


def _replaced(claim: Claim) -> bool:
    """A count of one the rules read from a singular mention: what "replace" reads anew."""
    return claim.implicit and not claim.derived and claim.value.get("low") == 1


def apply(
    split: Split, adders: dict, dropper, adder_at: float, dropper_at: float, mode: str
) -> tuple[Tally, Counter]:
    """Score the set with the learned decisions: the dropper's rule counts below
    `dropper_at` removed, the adder's counts at or above `adder_at` added where the rules
    read none in that role on the token ("replace": in place of the rules' counts of one)."""
    tally, changes = Tally(), Counter()
    added: dict[int, list[Claim]] = {}
    if adders and adder_at <= 1:
        singular = [t for t in split.tokens if t.parse.tags[t.k] in SINGULAR_TAGS]
        for role in ROLES:
            rows = adder_rows(singular, mode, role)
            odds = probability(adders[role], [f for f, _ in rows])
            for t, q in zip(singular, odds, strict=True):
                if q < adder_at:
                    continue
                if mode != "replace" and f"here_rule={role}" in t.rules:
                    continue
                source = split.articles[t.article][2][0]
                claim = learned_claim(source, t.sentence, t.parse, t.k, role)
                added.setdefault(t.article, []).append(claim)
    for i, (doc, label, article) in enumerate(split.articles):
        source, sentences, claims, parses = article
        kept = [c for c in claims if not _replaced(c)] if mode == "replace" else claims
        if dropper is not None and dropper_at > 0:
            starts = {s.id: s.start for s in sentences}
            judged = [c for c in _scored(kept) if not c.value.get(TALLY_MARK)]
            odds = probability(dropper, [claim_features(c, parses, starts) for c in judged])
            gone = {id(c) for c, q in zip(judged, odds, strict=True) if q < dropper_at}
            kept = [c for c in kept if id(c) not in gone]
            changes["dropped"] += len(gone)
        changes["added"] += len(added.get(i, []))
        score_article(doc, label, tally, False, (source, sentences, kept + added.get(i, [])))
    return tally, changes


def _row(name: str, tally: Tally) -> tuple[str, float, float]:
    f = tally.figures()
    right, gold = f["counts_all"]["right"], f["counts_all"]["gold"]
    claims = sum(r["claims"] for r in f["roles"].values())
    correct = sum(tally.correct.values())
    share = right / gold if gold else 0.0
    precision = correct / claims if claims else 0.0
    imp = f["counts_implicit"]
    return (
        f"{right:>4}/{gold:<4} {share:6.1%}  impl {imp['right']:>4}/{imp['gold']:<4} "
        f"P {precision:.3f} ({correct}/{claims})",
        share,
        precision,
    )


def _mean(rows: list[tuple[str, float, float]]) -> str:
    n = len(rows)
    return f"{sum(r[1] for r in rows) / n:.1%} P {sum(r[2] for r in rows) / n:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--adder",
        type=float,
        nargs="+",
        default=[0.5],
        help="add at or above (>1: off); the first gets the per-set table, each a summary",
    )
    parser.add_argument("--dropper", type=float, default=0.5, help="drop below (0: off)")
    parser.add_argument(
        "--mode",
        choices=("fill", "reader", "replace"),
        default="fill",
        help="the adder's decision (see `adder_rows`)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / f"claims_loso_{EXTRACTOR_VERSION}.pkl",
        help="where the articles' claims and parses are kept between runs",
    )
    args = parser.parse_args()
    if not gva.available():
        sys.exit(f"the corpus is not at {gva.CORPUS}")
    began = time.time()
    stats: Counter = Counter()
    splits = {name: Split(arts, stats) for name, arts in read_articles(args.cache).items()}
    at = " ".join(map(str, args.adder))
    print(f"python bench/claims_loso.py --mode {args.mode} --adder {at} --dropper {args.dropper}")
    print(f"EXTRACTOR {EXTRACTOR_VERSION}; labelled counts of one: {dict(stats)}")
    print(f"{'left out':<8} {'rules alone':<48} rules + learned (adder {args.adder[0]})")
    rules_all = Tally()
    learned_all = {a: Tally() for a in args.adder}
    rows: dict[str, list] = {"rules": [], **{str(a): [] for a in args.adder}}
    for name, split in splits.items():
        others = [s for n, s in splits.items() if n != name]
        tokens = [t for s in others for t in s.tokens]
        adders = {role: fit(adder_rows(tokens, args.mode, role)) for role in ROLES}
        dropper = fit([r for s in others for r in s.dropper]) if args.dropper > 0 else None
        rules, _ = apply(split, {}, None, 2.0, 0.0, "fill")
        rules_all += rules
        rows["rules"].append(_row(name, rules))
        for i, a in enumerate(args.adder):
            learned, changes = apply(split, adders, dropper, a, args.dropper, args.mode)
            learned_all[a] += learned
            rows[str(a)].append(_row(name, learned))
            if i == 0:
                print(
                    f"{name:<8} {rows['rules'][-1][0]:<48} {rows[str(a)][-1][0]}  "
                    f"(+{changes['added']} -{changes['dropped']})"
                )
    print(
        f"{'all':<8} {_row('all', rules_all)[0]:<48} {_row('all', learned_all[args.adder[0]])[0]}"
    )
    print(f"mean of the {len(splits)} sets left out: rules {_mean(rows['rules'])}")
    for a in args.adder:
        print(
            f"  rules + learned, adder {a}: mean {_mean(rows[str(a)])}; "
            f"all {_row('all', learned_all[a])[0]}"
        )
    print(f"({time.time() - began:.0f} s)")


if __name__ == "__main__":
    main()
