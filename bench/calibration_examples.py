"""The examples the conflict score is fitted to and checked on, each as (features,
confirmed, incident): the judged flags of the labelled development incidents, the judged
pool of real incidents (`bench/flag_pool.py`), the invented corpora of `tests/corpora/`
and reviewers' verdicts in a database. `calibrate.py` fits and writes the table;
`calibrate_compare.py` and `calibrate_cross.py` compare fits on the same examples.

The examples a fit read can be written to a file (`write_examples`) and fitted again from
it (`read_examples`): the finder's features depend on the tree (extractor and finder) and the
pool's on the database it was refound in (claims stored at the extractor that built it), so
a refit is reproducible only from the examples themselves, which name their tree.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import flag_pool  # noqa: E402
import gva  # noqa: E402
import quality_conflicts as quality  # noqa: E402


def judged_flags(split: str) -> tuple[list[quality.Flag], dict]:
    """Every judged conflict listed on a split's incidents, and the split's figures. A flag
    of a role the labels do not cover is judged when `flags_judged.jsonl` holds its verdict
    (read from the articles, as for the pool's flags)."""
    result = quality.Result()
    for incident in gva.labels(split):
        quality.evaluate_incident(incident, result)
    figures = quality.summary(result)  # as `quality_conflicts.py` gives them
    verdicts = flag_pool.judged()
    for flag in result.flags:
        if flag.judged == "unlabelled" and flag.key is not None and flag.key in verdicts:
            flag.judged = "real" if verdicts[flag.key]["verdict"] == "real" else "false"
    judged = [f for f in result.flags if f.features and f.judged != "unlabelled"]
    return judged, figures


def labelled_examples(split: str) -> tuple[list[dict], list[int], list[str]]:
    """(features, confirmed, incident) of every judged conflict listed on a split's incidents
    (`gva.DEV_ALL`: both development sets)."""
    judged, _ = judged_flags(split)
    return (
        [f.features for f in judged],
        [int(f.judged == "real") for f in judged],
        [f.incident for f in judged],
    )


def pool_examples(db_paths: list[str]) -> tuple[list[dict], list[int], list[str], int]:
    """(features, confirmed, incident) of every flag of the judged pool the finder lists
    now, and how many it lists that nobody judged yet (left out). Databases kept from an
    earlier run (the whole pool, or parts of it built with `flag_pool.py --first`) have
    their findings found again by the current finder; with none, the pool is built."""
    import tempfile

    from workbench import pipeline
    from workbench.store import Store

    kept = [p for p in db_paths if Path(p).is_file()]
    for path in kept:
        with Store(path) as store:
            pipeline.find(store)
    if not kept:
        kept = [db_paths[0] if db_paths else str(Path(tempfile.mkdtemp()) / "pool.db")]
        flag_pool.load_pool(flag_pool.POOL_INCIDENTS, kept[0])
    verdicts = flag_pool.judged()
    listed = [flag for path in kept for flag in flag_pool.listed(path)]
    rows, labels, groups, unjudged = [], [], [], 0
    for conflict, key, incident in listed:
        verdict = verdicts.get(key)
        if verdict is None or not conflict.features:
            unjudged += 1
            continue
        rows.append(conflict.features)
        labels.append(int(verdict["verdict"] == "real"))
        groups.append(incident)
    return rows, labels, groups, unjudged


CORPORA = gva.REPO / "tests" / "corpora"


def _quoted(claims, texts: dict[str, str], side) -> set[str]:
    """Ids of the claims that lie on a label side's quotes (a side may list several)."""
    found = set()
    for option in side if isinstance(side, list) else [side]:
        at = texts[option["file"]].find(option["quote"])
        end = at + len(option["quote"])
        found |= {c.id for c in claims if c.file == option["file"] and c.start < end and at < c.end}
    return found


def corpus_examples() -> tuple[list[dict], list[int], list[str]]:
    """(features, confirmed) of every conflict listed on the invented corpora of
    `tests/corpora/` (not the one they hold out): confirmed when it sets the two sides of
    a labelled conflict against each other. The real incidents now yield too few flags, all
    of them right, to fit on alone; these add the false alarms a fit needs."""
    import tempfile

    from workbench.ingest import Input, ingest_inputs
    from workbench.store import Store

    rows, labels, groups = [], [], []
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
                groups.append(folder.name)
    return rows, labels, groups


def verdict_examples(paths: list[str]) -> tuple[list[dict], list[int]]:
    """Reviewers' verdicts as labels: 'not a conflict' is 0, a decided side or change is 1."""
    from workbench.calibration import judged_conflicts
    from workbench.store import Store

    rows, labels = [], []
    for path in paths:
        with Store(path) as store:
            more_rows, more_labels, _ = judged_conflicts(store)
        rows += more_rows
        labels += more_labels
    return rows, labels


Examples = tuple[list[dict], list[int], list[str]]
EXAMPLES = Path(__file__).resolve().parent / "conflict_examples.jsonl"
"""The judged flags the packaged conflict score was fitted to, one a line: the split
("dev", "pool"), the incident, whether it was confirmed, and the features it was scored on
(numbers and ids only, no article text); its first line names the tree that read them."""


def write_examples(path: Path, parts: dict[str, Examples], tree: dict) -> str:
    """The examples to `path`, the tree that read them on the first line; their digest."""
    lines = [json.dumps({"tree": tree}, sort_keys=True)]
    for split, (rows, labels, groups) in parts.items():
        for row, label, group in zip(rows, labels, groups, strict=True):
            features = {k: round(float(v), 6) for k, v in sorted(row.items())}
            record = {"split": split, "incident": group, "confirmed": label}
            lines.append(json.dumps({**record, "features": features}, sort_keys=True))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return digest(parts)


def read_examples(path: Path) -> tuple[dict[str, Examples], dict]:
    """The examples of `write_examples`' file by split, in file order, and its tree."""
    parts: dict[str, Examples] = {}
    tree: dict = {}
    with Path(path).open(encoding="utf-8") as f:
        for record in map(json.loads, f):
            if "tree" in record:
                tree = record["tree"]
                continue
            rows, labels, groups = parts.setdefault(record["split"], ([], [], []))
            rows.append(record["features"])
            labels.append(int(record["confirmed"]))
            groups.append(record["incident"])
    return parts, tree


def digest(parts: dict[str, Examples]) -> str:
    """A short hash of the examples as written: two refits from one digest are one fit."""
    text = json.dumps(
        {
            split: [
                [{k: round(float(v), 6) for k, v in sorted(r.items())}, y, g]
                for r, y, g in zip(*ex, strict=True)
            ]
            for split, ex in parts.items()
        },
        sort_keys=True,
    )
    return hashlib.sha1(text.encode()).hexdigest()[:12]
