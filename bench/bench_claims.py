"""Claim extraction speed: sentences per second on a large generated corpus.

The corpus repeats the sample articles' sentences and the labelled set's sentences with
their numbers varied (so the dateparser cache sees realistic repetition, not one string),
spread over sources with different publication dates. CPU time is printed beside wall
time because a busy machine inflates the wall clock.

    python bench/bench_claims.py [--sentences 20000]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

from workbench.claims import extract_claims
from workbench.claims.date_resolve import _dateparser
from workbench.models import Sentence, Source

ROOT = Path(__file__).resolve().parent.parent


def _seed_sentences() -> list[str]:
    texts = []
    for path in sorted((ROOT / "sample_db").glob("*.txt")):
        for para in path.read_text(encoding="utf-8").splitlines():
            texts.extend(s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", para) if s.strip())
    labelled = ROOT / "tests" / "labelled" / "claims.jsonl"
    for line in labelled.read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    return texts


def corpus(n_sentences: int, per_source: int = 40, seed: int = 7) -> list[tuple[Source, list]]:
    rng = random.Random(seed)
    seeds = _seed_sentences()
    sources = []
    made = 0
    sid = 0
    while made < n_sentences:
        sid += 1
        picked = [
            re.sub(r"\d+", lambda m: str(rng.randint(2, 9) * int(m.group()) // 3 or 1), s)
            if rng.random() < 0.5
            else s
            for s in rng.sample(seeds, min(per_source, n_sentences - made))
        ]
        text = "\n".join(picked)
        sentences, pos = [], 0
        for i, s in enumerate(picked):
            sentences.append(Sentence(i, sid, i, i, pos, pos + len(s), s))
            pos += len(s) + 1
        published = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        source = Source(sid, f"gen-{sid}", text, str(sid), published=published)
        sources.append((source, sentences))
        made += len(picked)
    return sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=20_000)
    args = parser.parse_args()
    data = corpus(args.sentences)
    total = sum(len(s) for _, s in data)
    started, cpu_started = time.perf_counter(), time.process_time()
    claims = sum(len(extract_claims(source, sentences)) for source, sentences in data)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    info = _dateparser.cache_info()
    print(
        f"{total} sentences in {len(data)} sources, {claims} claims, {elapsed:.2f} s: "
        f"{total / elapsed:,.0f} sentences/s; {cpu:.2f} s CPU: {total / cpu:,.0f} sentences/s "
        f"(dateparser calls {info.misses}, cache hits {info.hits})"
    )


if __name__ == "__main__":
    main()
