"""Refit the conflict score from hand labels (and reviewers' verdicts) and show its reliability.

Every conflict the finder lists on the labelled development incidents of the real-news corpus
is an example: confirmed when it matches a labelled contradiction or update, else a false
alarm (a flag of a role the labels do not cover is left out: nobody judged it); so is every
flag judged by hand on a pool of 450 further real incidents (`bench/flag_pool.py`,
`tests/labelled/gva/flags_judged.jsonl`: most of what the finder lists on real news is
there). The conflicts listed on the invented corpora of `tests/corpora/` (but the held-out
one) are a check, scored in the table, and count in the fit only at `--invented-weight`
(default `INVENTED_WEIGHT`, 0: reviewers work on real news). A logistic model over the
features each conflict keeps is fitted to them and written to
`workbench/data/conflict_model.json` (or `-o FILE`, which `$WORKBENCH_CONFLICT_MODEL` can then
name). Databases given with `--db` add their reviewers' verdicts as labels. The held-out
incidents are never used to fit; only their aggregate reliability is printed, as the check.
The reliability table goes to `bench/conflict_reliability.md`.

The default threshold is the cut of the real-news flags, scored out of fold, that costs a
reviewer least when a real disagreement left below it costs `MISS_COST` false alarms read
above it: the list opens on the flags at or above it and says how many more lie below.
With fewer than five confirmed flags no threshold is learned (0: every flag listed).

    python bench/calibrate.py                  # fit, write the packaged model and the table
    python bench/calibrate.py --heldout        # the same, with the held-out aggregate
    python bench/calibrate.py --pool-db /tmp/pool.db   # keep the pool's database between runs
    python bench/calibrate.py --pool-db /tmp/pool300.db --pool-db /tmp/fresh.db  # in parts
    python bench/calibrate.py --db team.db -o my_model.json
    python bench/calibrate.py --recentre --pool-db /tmp/pool.db  # the intercept alone

What a fit reads depends on the tree and the pool's database: the dev flags and their
features on the extractor and finder, the pool's on the claims stored in the database it is
refound in (a kept pool database keeps the claims of the extractor that built it: build it
anew, `flag_pool.py --build`, to read today's), and every refit of nineteen coefficients on a
few dozen flags, with its threshold, moves with a single flag more or less (the twenty-fifth
session's 71 flags cut at 0.227, the twenty-sixth's 70 at 0). Given the same examples the fit
is deterministic (lbfgs, folds by sorted incident; the examples read under two hash seeds
are identical), so `--save-examples FILE` keeps what a fit read and `--examples FILE` fits it
again with nothing re-read; the model records the versions that read them and their digest.
The packaged model's are `bench/conflict_examples.jsonl`:
    python bench/calibrate.py --recentre --examples bench/conflict_examples.jsonl -o /tmp/m.json

`--recentre` keeps the coefficients of the model in force and refits only its intercept
(`calibration.recentred`: the mean score becomes the share of flags confirmed), scored out
of fold the same way: when the finder's changes have moved how many of its flags are real
but a full refit of nineteen coefficients on a few dozen flags does worse out of fold.
    python bench/calibrate_compare.py --pool-db /tmp/pool.db   # which invented weight
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402
import reliability  # noqa: E402
from calibration_examples import (  # noqa: E402
    corpus_examples,
    digest,
    judged_flags,
    labelled_examples,
    pool_examples,
    read_examples,
    verdict_examples,
    write_examples,
)

from workbench.calibration import (  # noqa: E402
    out_of_fold,
    recentred,
    recentred_out_of_fold,
    threshold,
)

PACKAGED = gva.REPO / "workbench" / "data" / "conflict_model.json"
TABLE = Path(__file__).resolve().parent / "conflict_reliability.md"
INVENTED_WEIGHT = 0.0
"""What a flag of the invented corpora counts for in the fit beside a real one (0: unused).
Reviewers work on real news, and the invented corpora were written to the extractor's own
assumptions: their confirmed place and date conflicts held the place/date weight up while
about one real-news date flag in five is real. Out of fold on the 76 real-news flags of
the ninth session (same folds, `bench/calibrate_compare.py`): weight 0 Brier 0.174, band
gap 0.038; 0.1 0.174, 0.062; 0.25 0.175, 0.060; 0.5 0.180, 0.083; 1 0.193, 0.088. So they
are a check (scored in the reliability table), not evidence."""


def quality_lines(figures: dict[str, dict]) -> list[str]:
    """The labelled figures of each split, as a table (the aggregate, for held-out)."""
    lines = [
        "## The flags on the labelled real incidents",
        "",
        "| split | flags | real | precision | labelled real | found | recall | "
        "listed as labelled | look-alikes flagged |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for split, f in figures.items():
        real = round((f["precision"] or 0) * f["flags"])
        lines.append(
            f"| {split} | {f['flags']} | {real} | {f['precision']} | {f['labelled_real']} | "
            f"{f['found_real']} | {f['recall']} | {f['relation_right']} of {real} | "
            f"{f['lookalikes_flagged']} of {f['lookalikes_labelled']} |"
        )
    return [
        *lines,
        "",
        "Recall is bounded by extraction and grouping more than by the comparison: `python "
        "bench/trace_conflicts.py` says at which step each labelled dev pair is lost.",
        "",
    ]


def band_lines(title: str, note: str, scores: list[float], labels: list[int]) -> list[str]:
    rows = reliability.bands(scores, labels)
    return [
        f"## {title}",
        "",
        f"{note} {len(labels)} flags, {sum(labels)} confirmed"
        + (f"; Brier score {reliability.brier(scores, labels):.3f}." if labels else "."),
        "",
        *reliability.HEADER,
        *(band.row() for band in rows),
        "",
    ]


def markdown(model, counts: dict[str, tuple[int, int]], sections: list[list[str]], figures) -> str:
    made = "; ".join(f"{name} {n} ({k} confirmed)" for name, (n, k) in counts.items())
    lines = [
        "# Reliability of the conflict score (written by `python bench/calibrate.py`)",
        "",
        (
            "Coefficients kept from the fit of " + str(model.fitted_on.get("examples")) + " flags, "
            "intercept refitted"
            if "recentred_on" in model.fitted_on
            else "Fitted"
        )
        + f" on {sum(n for n, _ in counts.values())} judged flags: {made}; threshold "
        f"{model.threshold:.3f}. Each band gives its count and a 90% Wilson interval: with a "
        "few dozen flags a band's share is a rough estimate, and a band of fewer than ten "
        "flags says little. The fitting flags are scored out of fold (each incident by a "
        "model fitted without it); the held-out incidents are never used to fit, and only "
        "their aggregate is shown. Where a band is confirmed less often than its score says, "
        "the score overstates how often such a flag is right.",
        "",
        *quality_lines(figures),
    ]
    for section in sections:
        lines += section
    return "\n".join(lines)


def _recentred(base, rows: list[dict], labels: list[int], groups: list[str]):
    """The model in force with only its intercept refitted to the real-news flags (and
    verdicts), and those flags' scores out of fold, each by the intercept fitted without its
    incident (`calibration.recentred`)."""
    folded = recentred_out_of_fold(base, rows, labels, groups)
    return recentred(base, rows, labels), list(zip(folded, labels, strict=True))


def _fitted_on(args, invented_labels: list[int]) -> dict:
    invented = f" + tests/corpora (not held out) at weight {args.invented_weight:g}"
    return {
        "labels": f"tests/labelled/gva {', '.join(gva.DEV)} + flags_judged (pool, dev other "
        "roles)" + (invented if invented_labels else ""),
        "databases": len(args.db),
    }


def _tree() -> dict:
    """The versions that read the examples: the same examples come only from the same."""
    from workbench.claims import EXTRACTOR_VERSION
    from workbench.findings.conflicts import FINDER_VERSION

    return {"extractor": EXTRACTOR_VERSION, "finder": FINDER_VERSION, "dev": list(gva.DEV)}


def _read_on(tree: dict, parts: dict) -> dict:
    """What a fit records of its examples: the versions that read them and their digest, so
    `--examples` on the file they were saved to (`--save-examples`) refits the same model."""
    kept = {k: tree[k] for k in ("extractor", "finder") if k in tree}
    return {**kept, "examples_digest": digest(parts)}


def main() -> int:
    from workbench.findings import score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", default=[], help="a database with verdicts")
    parser.add_argument(
        "--pool-db", action="append", default=[], help="the judged pool's database(s)"
    )
    parser.add_argument("-o", "--output", default=str(PACKAGED))
    parser.add_argument(
        "--examples",
        help="fit the judged flags saved in this file (`--save-examples`) instead of "
        "reading them anew (bench/conflict_examples.jsonl: the packaged model's)",
    )
    parser.add_argument("--save-examples", help="write the judged flags fitted to this file")
    parser.add_argument(
        "--invented-weight",
        type=float,
        default=INVENTED_WEIGHT,
        help=f"what an invented corpus's flag counts for beside a real one (0: unused; "
        f"default {INVENTED_WEIGHT:g})",
    )
    parser.add_argument(
        "--heldout", action="store_true", help="also the held-out aggregate (once, at the end)"
    )
    parser.add_argument(
        "--recentre",
        action="store_true",
        help="keep the coefficients of the model in force and refit only its intercept "
        "(the share of flags confirmed) to the real-news flags",
    )
    args = parser.parse_args()
    if not gva.available():
        print(f"no corpus at {gva.CORPUS}", file=sys.stderr)
        return 1
    if args.examples:
        parts, tree = read_examples(args.examples)
        (dev_rows, dev_labels, dev_groups), (pool_rows, pool_labels, pool_groups) = (
            parts.get(split, ([], [], [])) for split in ("dev", "pool")
        )
        unjudged = tree.get("pool_unjudged", 0)
    else:
        dev_rows, dev_labels, dev_groups = labelled_examples(gva.DEV_ALL)
        pool_rows, pool_labels, pool_groups, unjudged = pool_examples(args.pool_db)
        parts = {
            "dev": (dev_rows, dev_labels, dev_groups),
            "pool": (pool_rows, pool_labels, pool_groups),
        }
        tree = {**_tree(), "pool_unjudged": unjudged}
    if args.save_examples:
        write_examples(Path(args.save_examples), parts, tree)
        print(f"examples -> {args.save_examples}")
    invented_rows, invented_labels, invented_groups = (
        corpus_examples()  # a check in the table, or a part of the fit at a weight
        if args.invented_weight > 0 or args.output == str(PACKAGED)
        else ([], [], [])
    )
    check_rows, check_labels = invented_rows, invented_labels
    if args.invented_weight <= 0:
        invented_rows, invented_labels, invented_groups = [], [], []
    rows = dev_rows + pool_rows + invented_rows
    labels = dev_labels + pool_labels + invented_labels
    groups = dev_groups + pool_groups + invented_groups
    weights = [1.0] * (len(dev_labels) + len(pool_labels)) + [args.invented_weight] * len(
        invented_labels
    )
    counts = {
        f"dev labelled incidents ({', '.join(gva.DEV)})": (len(dev_labels), sum(dev_labels)),
        "judged pool of real incidents": (len(pool_labels), sum(pool_labels)),
    }
    if invented_labels:
        counts[f"invented corpora at weight {args.invented_weight:g}"] = (
            len(invented_labels),
            sum(invented_labels),
        )
    if args.db:
        more_rows, more_labels = verdict_examples(args.db)
        rows, labels = rows + more_rows, labels + more_labels
        groups += [f"db:{i}" for i in range(len(more_labels))]
        weights += [1.0] * len(more_labels)
        counts["reviewers' verdicts"] = (len(more_labels), sum(more_labels))
    print(f"pool: {len(pool_labels)} judged flags listed, {unjudged} listed but not judged")
    real = len(dev_labels) + len(pool_labels)
    try:
        if args.recentre:  # the real-news flags and the verdicts: never the invented ones
            judged = [*range(real), *range(real + len(invented_labels), len(labels))]
            model, kept = _recentred(
                score.default(), *([seq[i] for i in judged] for seq in (rows, labels, groups))
            )
            model.fitted_on["recentred_on"] |= _read_on(tree, parts)
        else:
            model = score.fit(rows, labels, _fitted_on(args, invented_labels), weights)
            model.fitted_on |= {"recipe": "every coefficient", **_read_on(tree, parts)}
            folded = out_of_fold(rows, labels, groups, weights=weights, scored=real)[:real]
            kept = [(s, y) for s, y in zip(folded, labels[:real], strict=True) if s is not None]
    except ValueError as exc:
        print(f"cannot fit: {exc}", file=sys.stderr)
        return 1
    if not args.recentre:  # a recentred model keeps its cut, moved with the intercept
        model.threshold = threshold([s for s, _ in kept], [y for _, y in kept])
    Path(args.output).write_text(model.to_json(), encoding="utf-8")
    print(f"fitted on {len(labels)} conflicts ({sum(labels)} confirmed) -> {args.output}")
    print(f"threshold {model.threshold:.3f}")
    score.default.cache_clear()
    if args.output != str(PACKAGED):
        return 0
    sections = [
        band_lines(
            "Real news, out of fold",
            "The labelled dev incidents and the judged pool, each flag scored by a model "
            "fitted without its incident:",
            [s for s, _ in kept],
            [y for _, y in kept],
        )
    ]
    check = f"weight {args.invented_weight:g}" if invented_labels else "not fitted on: a check"
    planted = [model.probability(r) for r, y in zip(check_rows, check_labels, strict=True) if y]
    check += f"; {sum(p >= model.threshold for p in planted)} of {len(planted)} planted "
    check += "conflicts at or above the threshold"
    sections.append(
        band_lines(
            "Invented corpora, final model",
            f"The flags of `tests/corpora/` (not the held-out one), scored by the packaged "
            f"model ({check}); written to the extractor's own assumptions, they say whether "
            "the score still ranks their planted conflicts, not how often a reviewer of real "
            "news confirms a flag.",
            [model.probability(r) for r in check_rows],
            check_labels,
        )
    )
    figures = {}
    for split in (*gva.DEV, *gva.HELD_OUT) if args.heldout else gva.DEV:
        flags, figures[split] = judged_flags(split)
        sections.append(
            band_lines(
                f"{split} labelled incidents, final model",
                "Scored by the packaged model"
                + (" (fitted on them: optimistic)." if split in gva.DEV else " (never fitted on)."),
                [f.score for f in flags],
                [int(f.judged == "real") for f in flags],
            )
        )
    text = markdown(model, counts, sections, figures)
    TABLE.write_text(text + "\n", encoding="utf-8")
    print(f"reliability table -> {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
