"""What spaCy's named-entity recogniser would cost the analysis, in CPU seconds.

    python bench/bench_ner_cost.py [--articles 1000]

The first N real articles of ../shared/corpora/gva (held-out incidents left out) are
prepared as an ingest prepares them; then, on one core's worth of CPU time (this process),
the parser the claims use (tok2vec, tagger, parser) runs on the sentences the claims parse,
and the model's own recogniser (`ner`, which in the small English model carries its own
embedding layer, so it cannot share the parser's) on those sentences and on every sentence.
The place rules read entities only if these figures leave room in the 20 articles per
second the issue asks of the whole analysis.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_claims_gva import articles


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()

    import spacy

    from workbench.claims import _usable, sentences_to_parse
    from workbench.ingest.prepare import Input, extraction_job, prepare
    from workbench.parse.model import EXCLUDED, MODEL_NAME

    jobs = []
    for doc in articles(args.articles):
        record = {k: doc[k] for k in ("title", "outlet", "url", "published", "text")}
        item = Input(name="gva.jsonl", data=(json.dumps(record) + "\n").encode())
        jobs.append(extraction_job(next(iter(prepare(item)))))
    every = [s.text for source, sentences in jobs for s in _usable(source, sentences)]
    parsed = [t for source, ss in jobs for t in sentences_to_parse(_usable(source, ss))]
    syntax = spacy.load(MODEL_NAME, exclude=list(EXCLUDED))
    entities = spacy.load(MODEL_NAME, exclude=[p for p in syntax.pipe_names if p != "ner"])
    for model in (syntax, entities):  # warm up: the first batches allocate
        list(model.pipe(parsed[:200]))
    print(f"{len(jobs)} articles, {len(every)} sentences, {len(parsed)} parsed by the claims")
    for name, model, texts in (
        ("parser (claims' sentences)", syntax, parsed),
        ("ner (claims' sentences)", entities, parsed),
        ("ner (every sentence)", entities, every),
    ):
        start = _cpu()
        list(model.pipe(texts, batch_size=256))
        spent = _cpu() - start
        per = spent * 1000 / max(len(jobs), 1)
        print(f"  {name:<28} {spent:6.1f} CPU s  ({per:5.1f} CPU s per 1,000 articles)")


if __name__ == "__main__":
    main()
