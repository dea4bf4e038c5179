"""Refit the conflict score from hand labels (and reviewers' verdicts) and show its reliability.

Every conflict the finder lists on the labelled development incidents of the real-news corpus
is an example: confirmed when it matches a labelled contradiction or update, else a false
alarm (a flag of a role the labels do not cover is left out: nobody judged it); so is every
conflict listed on the invented corpora of `tests/corpora/` but the held-out one. A logistic
model over the features each conflict keeps is fitted to them and written to
`workbench/data/conflict_model.json` (or `-o FILE`, which `$WORKBENCH_CONFLICT_MODEL` can then
name). Databases given with `--db` add their reviewers' verdicts as labels. The held-out
incidents are never used to fit; only their aggregate reliability is printed, as the check.
The reliability table goes to `bench/conflict_reliability.md`.

The default threshold is the score of the flag type most often confirmed on the fitting
data, capped at 0.5: the list opens on the flags the labels confirm most often, and says how
many more lie below. Below five confirmed examples no threshold is learned (0: every flag
listed, best first): a cut drawn from one or two confirmed flags would hide by chance.

    python bench/calibrate.py                  # fit on dev labels, write the packaged model
    python bench/calibrate.py --db team.db -o my_model.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402
import quality_conflicts as quality  # noqa: E402

PACKAGED = gva.REPO / "workbench" / "data" / "conflict_model.json"
TABLE = Path(__file__).resolve().parent / "conflict_reliability.md"
THRESHOLD_CAP = 0.5
MIN_CONFIRMED = 5
"""Confirmed examples needed before the fit may hide any flag below a threshold."""


def judged_flags(split: str) -> tuple[list[quality.Flag], dict]:
    """Every judged conflict listed on a split's incidents, and the split's figures."""
    result = quality.Result()
    for incident in gva.labels(split):
        quality.evaluate_incident(incident, result)
    judged = [f for f in result.flags if f.features and f.judged != "unlabelled"]
    return judged, quality.summary(result)


def labelled_examples(split: str) -> tuple[list[dict], list[int], list[quality.Flag]]:
    """(features, confirmed) of every judged conflict listed on a split's incidents."""
    judged, _ = judged_flags(split)
    return [f.features for f in judged], [int(f.judged == "real") for f in judged], judged


CORPORA = gva.REPO / "tests" / "corpora"


def _quoted(claims, texts: dict[str, str], side) -> set[str]:
    """Ids of the claims that lie on a label side's quotes (a side may list several)."""
    found = set()
    for option in side if isinstance(side, list) else [side]:
        at = texts[option["file"]].find(option["quote"])
        end = at + len(option["quote"])
        found |= {c.id for c in claims if c.file == option["file"] and c.start < end and at < c.end}
    return found


def corpus_examples() -> tuple[list[dict], list[int]]:
    """(features, confirmed) of every conflict listed on the invented corpora of
    `tests/corpora/` (not the one they hold out): confirmed when it sets the two sides of
    a labelled conflict against each other. The real incidents now yield too few flags, all
    of them right, to fit on alone; these add the false alarms a fit needs."""
    import tempfile

    from workbench.ingest import Input, ingest_inputs
    from workbench.store import Store

    rows, labels = [], []
    for folder in sorted(p for p in CORPORA.iterdir() if (p / "labels.json").is_file()):
        spec = json.loads((folder / "labels.json").read_text("utf-8"))
        if spec.get("held_out"):
            continue
        inputs = [
            Input(
                name=s["file"],
                data=(folder / s["file"]).read_bytes(),
                meta={"outlet": s.get("outlet"), "published": s.get("published")},
            )
            for s in spec["sources"]
        ]
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.db") as store:
            ingest_inputs(store, inputs)
            texts = {src.file: src.text for src in store.sources()}
            for conflict in store.conflicts():
                if not conflict.features:
                    continue
                real = False
                for label in spec["conflicts"]:
                    a = _quoted(conflict.claims, texts, label["a"])
                    b = _quoted(conflict.claims, texts, label["b"])
                    real = real or bool(a and b and (a | b) != (a & b))
                rows.append(conflict.features)
                labels.append(int(real))
    return rows, labels


def verdict_examples(paths: list[str]) -> tuple[list[dict], list[int]]:
    """Reviewers' verdicts as labels: 'not a conflict' is 0, a decided side or change is 1."""
    from workbench.calibration import verdict_examples as of_store
    from workbench.store import Store

    rows, labels = [], []
    for path in paths:
        with Store(path) as store:
            more_rows, more_labels = of_store(store)
        rows += more_rows
        labels += more_labels
    return rows, labels


def threshold(model, rows: list[dict], labels: list[int]) -> float:
    """The fitted score of the flags most often confirmed, capped: those open the list."""
    if sum(labels) < MIN_CONFIRMED:
        return 0.0
    scores = sorted(
        {round(model.probability(r), 3) for r, y in zip(rows, labels, strict=True) if y}
    )
    return min(THRESHOLD_CAP, scores[-1]) if scores else THRESHOLD_CAP


def table(flags: list[quality.Flag], bins: int = 5) -> list[tuple[str, int, int, float | None]]:
    """(score band, flags, confirmed, share confirmed) for every band."""
    rows = []
    for i in range(bins):
        low, high = i / bins, (i + 1) / bins
        inside = [f for f in flags if low <= f.score < high or (i == bins - 1 and f.score == 1)]
        real = sum(f.judged == "real" for f in inside)
        rows.append(
            (f"{low:.1f}-{high:.1f}", len(inside), real, real / len(inside) if inside else None)
        )
    return rows


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
        "Recall is bounded by extraction and grouping, not by the comparison: `python "
        "bench/quality_conflicts.py -v --split dev` lists each labelled pair missed.",
        "",
    ]


def markdown(
    tables: dict[str, list], model, examples: int, confirmed: int, figures: dict[str, dict]
) -> str:
    lines = [
        "# Reliability of the conflict score (written by `python bench/calibrate.py`)",
        "",
        f"Fitted on {examples} judged flags ({confirmed} confirmed): those listed on the "
        "labelled development incidents of real news and on the invented corpora of "
        f"`tests/corpora/` (not the one held out); threshold {model.threshold:.3f}"
        + (
            f" (fewer than {MIN_CONFIRMED} confirmed: no flag is hidden). "
            if confirmed < MIN_CONFIRMED
            else ". "
        )
        + "With so few examples the score is a rough ordering, not a probability to lean on: "
        "a band of one or two flags says little. The held-out rows are the aggregate check, "
        "never used to fit. Where a held-out band is confirmed far less often than its score "
        "says, the score overstates how often a flag is right on unseen real news.",
        "",
        *quality_lines(figures),
    ]
    for split, rows in tables.items():
        lines += [f"## {split}", "", "| score band | flags | confirmed | share confirmed |"]
        lines += ["|---|---:|---:|---:|"]
        for band, n, real, share in rows:
            lines.append(f"| {band} | {n} | {real} | {'-' if share is None else f'{share:.2f}'} |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    from workbench.findings import score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", default=[], help="a database with verdicts")
    parser.add_argument("-o", "--output", default=str(PACKAGED))
    args = parser.parse_args()
    if not gva.available():
        print(f"no corpus at {gva.CORPUS}", file=sys.stderr)
        return 1
    rows, labels, _ = labelled_examples("dev")
    invented_rows, invented_labels = corpus_examples()
    rows, labels = rows + invented_rows, labels + invented_labels
    if args.db:
        more_rows, more_labels = verdict_examples(args.db)
        rows, labels = rows + more_rows, labels + more_labels
    try:
        model = score.fit(
            rows,
            labels,
            {
                "labels": "tests/labelled/gva dev + tests/corpora (not held out)",
                "databases": len(args.db),
            },
        )
    except ValueError as exc:
        print(f"cannot fit: {exc}", file=sys.stderr)
        return 1
    model.threshold = threshold(model, rows, labels)
    Path(args.output).write_text(model.to_json(), encoding="utf-8")
    print(f"fitted on {len(labels)} conflicts ({sum(labels)} confirmed) -> {args.output}")
    print(f"threshold {model.threshold:.3f}")
    score.default.cache_clear()
    if args.output != str(PACKAGED):
        return 0
    tables, figures = {}, {}
    for split in ("dev", "heldout"):
        flags, figures[split] = judged_flags(split)
        tables[split] = table(flags)
        print(split, "reliability (band, flags, confirmed, share):", tables[split])
    text = markdown(tables, model, len(labels), sum(labels), figures)
    TABLE.write_text(text + "\n", encoding="utf-8")
    print(f"reliability table -> {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
