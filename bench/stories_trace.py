"""Why development articles are kept out of their incident's story: a kept database
grouped again, each placement watched, and the pairs two groupings differ on.

    PYTHONPATH=. python bench/stories_trace.py --reuse DIR --out A.json [--try '{...}']
    PYTHONPATH=. python bench/stories_trace.py --compare A.json B.json
    PYTHONPATH=. python bench/stories_trace.py --causes A.json
    ... --except dev_ad --except dev_ac --leave-out /tmp/promptsNN/fresh_ids.txt

`--except SPLIT` (a validation set) and `--leave-out FILE` (incident ids, one a line: a
session's fresh incidents) keep those incidents out of the tracing and the comparisons
(the tuning development part the notes' tables count).

The first groups a copy of a `bench_stories.py --keep` database as `--reuse` does, with
`workbench.stories.grouping.place` wrapped: for every development article placed away from the
story holding most of its incident's earlier articles (a split), it records whether
those articles were among its candidates (and where the full-text ranking put them
when not), its similarity with them, the days between, and which event facts the two
share. It writes the stories and those records to a JSON file and prints the counts.
The second prints the pairs of development articles newly together in B (right: one
incident; wrong: two) and those no longer together, as the notes' tables give them. The
third counts the traced part's missed pairs (one incident, two stories) by cause, as the
notes' tables since the thirty-eighth session give them (`cause`): a page that lost its
article, below the similarity its distance in time asks (by days apart, and within days
by how alike), or kept out however alike.

Only development incidents are traced or compared one by one; the untouched ones are
never looked at per item (bench_stories.held_out).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402
from bench_stories import clusters, figures, group_all, held_out  # noqa: E402
from stories_kept import reused  # noqa: E402

DEEP = 4000
"""How far down the full-text ranking a missed article's incident is looked for."""
LEFT_OUT: set[str] = set()
"""Development incidents neither traced nor compared (`--except`, `--leave-out`)."""


def traced(incident: str) -> bool:
    """A development incident this run traces and compares: not untouched, not left out."""
    return not held_out(incident) and incident not in LEFT_OUT


def _facts_shared(events, article, members) -> dict:
    from workbench.stories import events as ev

    mine = events.of([(article.source_id, article.published)])[article.source_id]
    told = list(events.of([(m.source_id, m.published) for m in members]).values())
    return {
        "same_event": ev.same_event(mine, told),
        "same_harm": ev.same_harm(mine, told),
        "same_harm_anywhere": ev.same_harm(mine, told, anywhere=True),
        "same_victims_there": ev.same_victims_there(mine, told),
        "followed_up": ev.followed_up(mine, told),
        "another_day": ev.another_day(mine, told, 2),
        "shared_people": sorted(ev.shared_people(mine, told)),
        "other_people": ev.other_people(mine, told),
        "harmed": sorted(mine.harmed),
        "their_harmed": sorted(set().union(*(t.harmed for t in told))),
        "place": mine.place,
        "their_places": sorted({p for t in told for p in t.places()}),
        "day": mine.day,
        "their_days": sorted({t.day for t in told if t.day}),
    }


def trace(reuse: Path, trial, out: Path) -> None:
    import workbench.stories.grouping as grouping
    from workbench.stories.lookup import days_between, lookup_terms

    path, truth = reused(reuse, Path(tempfile.mkdtemp(prefix="wb-trace-")))
    dev = {s for s, i in truth.items() if traced(i)}
    by_incident: dict[str, list[int]] = defaultdict(list)
    records: list[dict] = []
    real = grouping.place

    def watched(article, index, settings, vectors, events=None):
        placement = real(article, index, settings, vectors, events)
        incident = truth.get(article.source_id)
        earlier = by_incident[incident] if incident else []
        if article.source_id in dev and earlier:
            placed = getattr(index, "store", index).story_map(earlier)
            homes = Counter(story for story, _thread in placed.values())
            if homes:
                home = min(homes, key=lambda s: (-homes[s], s))
                chosen = placement.story_id
                if chosen != home:
                    records.append(
                        _split(article, index, settings, vectors, events, placement, home)
                        | {"incident": incident}
                    )
        if incident:
            by_incident[incident].append(article.source_id)
        return placement

    def _split(article, index, settings, vectors, events, placement, home):
        keys = lookup_terms(article.terms, vectors.frequency, vectors.documents, settings)
        offered = [m.source_id for m in index.candidates(keys, settings.candidates)]
        store = getattr(index, "store", index)
        members = [index.member(s) for s in store.story_source_ids(home)]
        members = [m for m in members if m is not None and m.source_id != article.source_id]
        ids = {m.source_id for m in members}
        record = {
            "source": article.source_id,
            "published": article.published,
            "lost": article.lost,
            "home_ids": sorted(ids),
            "how": placement.how,
            "joined_other": placement.story_id is not None,
            "home_size": len(members),
            "in_candidates": bool(ids & set(offered)),
            "lookup_terms": len(keys),
        }
        if not record["in_candidates"]:
            deep = [m.source_id for m in index.candidates(keys, DEEP)]
            ranks = [i for i, s in enumerate(deep) if s in ids]
            record["rank"] = ranks[0] if ranks else None
            record["shared_keys"] = len(set(keys) & set().union(*(m.terms for m in members)))
        scores, together = vectors.similarities(
            (article.source_id, article.terms),
            [(m.source_id, m.terms) for m in members],
            [home] * len(members),
        )
        gaps = [days_between(article.published, m.published) for m in members]
        known = [g for g in gaps if g is not None]
        record |= {
            "score": round(max(scores, default=0.0), 4),
            "centroid": round(together.get(home, 0.0), 4),
            "gap": min(known) if known else None,
            "span": max(known) if known else None,
        }
        if events is not None:
            record |= _facts_shared(events, article, members)
        return record

    grouping.place = watched
    try:
        group_all(path, trial)
    finally:
        grouping.place = real
    print(json.dumps(figures(path, truth, untouched=False)))
    found = clusters(path)
    out.write_text(
        json.dumps({"clusters": found, "truth": truth, "splits": records, "traced": sorted(dev)})
    )
    summary(records)


def summary(records: list[dict]) -> None:
    def bucket(gap):
        return "undated" if gap is None else "<=3" if gap <= 3 else "4-30" if gap <= 30 else ">30"

    print(f"splits: {len(records)}")
    missed = [r for r in records if not r["in_candidates"]]
    by_gap = dict(Counter(bucket(r["gap"]) for r in missed))
    print(f"  not among the candidates: {len(missed)}", by_gap)
    print("    found deeper in the ranking:", sum(1 for r in missed if r.get("rank") is not None))
    print("    sharing no lookup term:", sum(1 for r in missed if not r.get("shared_keys")))
    offered = [r for r in records if r["in_candidates"]]
    by_gap = dict(Counter(bucket(r["gap"]) for r in offered))
    print(f"  among them, kept out: {len(offered)}", by_gap)
    print("  joined another story:", sum(1 for r in records if r["joined_other"]))


def compare(first: Path, second: Path) -> None:
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    truth = {int(k): v for k, v in a["truth"].items()}

    def pairs(found):
        by_story = defaultdict(list)
        for s, story in found.items():
            if traced(truth[int(s)]):
                by_story[story].append(int(s))
        return {p for members in by_story.values() for p in combinations(sorted(members), 2)}

    before, after = pairs(a["clusters"]), pairs(b["clusters"])
    new, lost = after - before, before - after
    right = lambda ps: sum(1 for x, y in ps if truth[x] == truth[y])  # noqa: E731
    print(f"newly together: {right(new)} right / {len(new) - right(new)} wrong")
    print(f"no longer together: {right(lost)} right / {len(lost) - right(lost)} wrong")


def cause(record: dict, settings) -> str:
    """Why a split article stayed out of its incident's story (the notes' table)."""
    gap, alike = record["gap"], max(record["score"], record["centroid"])
    near = gap is not None and gap <= settings.near_days
    if record.get("lost"):
        return "a page that lost its article, " + ("within days" if near else "from afar")
    if alike >= settings.threshold(gap):
        return "kept out, though alike enough" + (" (joined another)" * record["joined_other"])
    if gap is None:
        return "below the bar, undated"
    if near:
        return f"below the bar, within days, {'under' if alike < 0.1 else 'at least'} 0.1 alike"
    if gap <= settings.mid_days:
        return "below the bar, within weeks"
    return "below the bar, months on"


def causes(path: Path) -> None:
    """The traced part's missed pairs (one incident, two stories) by cause: each pair by
    the record of its later article placed away from the earlier one's story."""
    from workbench.stories.settings import default

    data = json.loads(path.read_text())
    found = {int(s): story for s, story in data["clusters"].items()}
    truth = {int(k): v for k, v in data["truth"].items()}
    by_incident: dict[str, list[int]] = defaultdict(list)
    for s in data["traced"]:
        by_incident[truth[s]].append(s)
    records = {r["source"]: r for r in data["splits"]}
    settings = default()
    counted: Counter[str] = Counter()
    for members in by_incident.values():
        for a, b in combinations(sorted(members), 2):
            if found[a] == found[b]:
                continue
            # The record of the article placed away from the other's story, else of
            # either placed away from its incident's main story.
            holding = [
                records[x]
                for x, y in ((b, a), (a, b))
                if y in records.get(x, {}).get("home_ids", ())
            ]
            record = next(iter(holding), records.get(b) or records.get(a))
            counted[cause(record, settings) if record else "neither placed away"] += 1
    print(f"missed pairs: {sum(counted.values())}")
    for name, n in counted.most_common():
        print(f"  {n:4d}  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--try", dest="trial", default=None)
    parser.add_argument("--compare", type=Path, nargs=2)
    parser.add_argument("--causes", type=Path, help="a trace's missed pairs by cause")
    parser.add_argument("--leave-out", type=Path, help="incident ids left out, one a line")
    gva.add_except_option(parser, "a development set left out (validation)")
    args = parser.parse_args()
    selection = gva.selection()
    LEFT_OUT.update(i for split in args.unlisted for i in selection.get(split, ()))
    if args.leave_out:
        LEFT_OUT.update(args.leave_out.read_text().split())
    if args.causes:
        causes(args.causes)
        return 0
    if args.compare:
        compare(*args.compare)
        return 0
    trial = None
    if args.trial:
        from workbench.stories import settings as story_settings

        trial = replace(story_settings.default(), **json.loads(args.trial))
    trace(args.reuse, trial, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
