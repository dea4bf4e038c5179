"""Follow each labelled real disagreement of the dev incidents through the conflict finder.

For a labelled pair (article a says N, article b says M, of one role), says at which step the
finder lets it go: the article is not in the database, no claim holds the value, the claim
has another role, is read as a part or screened out, the source's figure for the role is
another value, the two sources are in different stories, one is a copy of the other, a
figure is set aside as inconsistent with its own source, the sources seem to tell different
events, or the two figures can both hold (and why). Dev only: never run it on held-out.

    python bench/trace_conflicts.py                 # the dev pairs the finder misses
    python bench/trace_conflicts.py --all           # every labelled real pair of dev
    python bench/trace_conflicts.py --incident 441681
    python bench/trace_conflicts.py --split dev_d   # another development split
    python bench/trace_conflicts.py --split pool    # the pool's hand-listed pairs
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import conflict_judging as judging  # noqa: E402
import gva  # noqa: E402
import quality_conflicts as quality  # noqa: E402
import recall_stages as stages  # noqa: E402

REAL = ("contradiction", "update")


def _claim_line(claim, screen) -> str:
    why = screen(claim)
    flags = [
        f"role={claim.role}",
        "implicit" if claim.implicit else "",
        "derived" if claim.derived else "",
        why or "",
    ]
    return f"{claim.text!r} " + " ".join(f for f in flags if f)


def _screen(claims, sources, vocab):
    """Why a claim is left out of its source's figures, or None."""
    from workbench.findings import part_mentions
    from workbench.findings.screening import aggregate_sentences, date_spans, elsewhere, misread

    by_id = {s.id: s for s in sources}
    dates = date_spans(claims)
    wider = aggregate_sentences(claims, by_id, vocab)

    def why(claim) -> str | None:
        if part_mentions.is_part(claim):
            return "[read as a part]"
        if (claim.source_id, claim.sentence) in wider:
            return "[sentence sums many events]"
        if misread(claim, by_id.get(claim.source_id), dates):
            return "[misread: inside a word or a date]"
        if elsewhere(claim, vocab):
            return "[another event's figure]"
        return None

    return why


def trace_incident(incident: dict, every: bool) -> list[str]:
    return traced(incident, every)[0]


def traced(incident: dict, every: bool) -> tuple[list[str], list[str]]:
    """The trace's lines and, for each labelled real pair, the stage where it is lost
    (`stages.STAGES`; "found" or "found, below the threshold" when it is not)."""
    from workbench import vocabulary
    from workbench.findings.event_facts import EventCheck
    from workbench.findings.figure_findings import story_figures
    from workbench.findings.figure_holds import both_hold
    from workbench.findings.group_parts import inconsistent_parts
    from workbench.findings.knowledge import role_bounds
    from workbench.findings.views import source_story_names
    from workbench.store import Store

    pairs = [p for p in incident.get("pairs", []) if p["relation"] in REAL]
    if not pairs:
        return [], []
    docs = [gva.documents()[a["doc_id"]] for a in incident["articles"]]
    if not any(d["text"].strip() for d in docs):
        return [], [stages.INGEST] * len(pairs)
    loaded = gva.load(docs)
    source_of = {doc: sid for sid, doc in loaded.doc_of_source.items()}
    vocab = vocabulary.default()
    with Store(loaded.db_path) as store:
        sources = store.sources()
        claims = store.claims()
        stories = store.story_map()
        conflicts = store.conflicts()
    names = source_story_names(sources)
    events = EventCheck.of(claims, sources, vocab)
    prepared = story_figures(claims, sources, vocab, stories, names, events=events)
    screen = _screen(claims, sources, vocab)
    by_source_role = defaultdict(list)
    for f in prepared.figures:
        by_source_role[(f.source, f.role)].append(f)
    grouped = defaultdict(lambda: defaultdict(list))
    for f in prepared.figures:
        grouped[(f.story, f.kind)][f.role].append(f)
    odd = set()
    for roles in grouped.values():
        odd |= inconsistent_parts(roles)
    implied = _implied_pairs(grouped, odd)
    copy_of = {s.id: s.copy_of for s in sources}
    threshold = quality._threshold()
    out, lost = [], []
    for pair in pairs:
        scores = [
            c.score
            for c in conflicts
            if c.kind == "quantity" and judging.matches(pair, _conflict_docs(c, loaded), c.role)
        ]
        found = bool(scores)
        if found:
            lost.append(stages.FOUND if max(scores) >= threshold else stages.SCORE)
        tell = not found or every
        if not tell:
            continue
        head = (
            f"{incident['incident_id']} {pair['role']} {pair['relation']}: "
            f"{pair['a_phrase']!r}={pair['a_value']} vs {pair['b_phrase']!r}={pair['b_value']}"
            f" -> {'FOUND' if found else 'missed'}"
        )
        out.append(head)
        figs, side_stages, inferred, unhurt = [], [], [], False
        for side in ("a", "b"):
            doc, value, role = pair[side], pair[f"{side}_value"], pair["role"]
            sid = source_of.get(doc)
            if sid is None:
                out.append(f"   {side}: article not in the database")
                figs.append(None)
                side_stages.append(stages.INGEST)
                continue
            note = f" (copy of {copy_of[sid]})" if copy_of.get(sid) else ""
            holding = [
                c
                for c in claims
                if c.source_id == sid and c.kind == "quantity" and judging.contains(c, value)
            ]
            out.append(f"   {side}: source {sid}{note}, story {stories.get(sid)}")
            if not holding:
                out.append(f"      no claim holds {value}")
            for c in holding:
                out.append(f"      claim {_claim_line(c, screen)}")
            mine = by_source_role.get((sid, role), [])
            for f in mine:
                flag = " SET ASIDE (inconsistent with its own source)" if id(f) in odd else ""
                out.append(
                    f"      figure {role}={f.typical:g} kind={f.kind} implicit={f.implicit} "
                    f"derived={f.derived} published={f.published} period={f.event_period}{flag}"
                )
            if not mine:
                out.append(f"      no {role} figure")
            told = {r: fs[0].typical for (s, r), fs in by_source_role.items() if s == sid}
            infers = not any(c.role == role for c in holding) and stages.inferable(
                role, value, told
            )
            if infers:
                out.append(f"      {role} {value} is a value the finder infers from {told}")
            inferred.append(sid if infers else None)
            unhurt = unhurt or (infers and not stages.hurt_told(role, told))
            side_stages.append(stages.side_stage(holding, mine, value, odd, infers))
            out.append(f"      figures told: {told}")
            figs.append(mine[0] if mine else None)
        if any(inferred) and not found:
            stage = _inferred_stage(pair["role"], inferred, source_of, pair, implied, prepared)
            stage = stages.INFERRED_UNHURT if unhurt else stage
            sides = {stories.get(source_of.get(pair[side])) for side in ("a", "b")}
            apart = stages.pair_stage(len(sides) > 1, False, True)  # no zero across stories
            out.append(f"   {apart or stage}")
            lost.append(stages.earliest([*side_stages, stage, apart]))
            continue
        a, b = figs
        if a is None or b is None:
            if not found:
                lost.append(stages.earliest(side_stages))
            continue
        if a.story != b.story:
            out.append(f"   different stories: {a.story} vs {b.story}")
        if a.witness == b.witness:
            out.append("   one witness (a copy)")
        one_event = prepared.one_event(a, b)
        if not one_event:
            out.append("   one_event: the sources name none of the same people and places")
            for f in (a, b):
                out.append(f"      {f.source}: {sorted(names.get(f.witness, ()))}")
            out.append(f"      their towns: {sorted(events.towns(a.source, b.source))}")
            for f in (a, b):
                out.append(f"      {f.source} facts: {events.facts.get(f.source)}")
        bound = (a.role, b.role) in role_bounds()
        holds = both_hold(a, b, bound, prepared.recalls(a, b))  # as the finder asks
        out.append(f"   both hold? {holds or 'no: a dispute'}")
        if not found:
            pair_stage = stages.pair_stage(a.story != b.story, a.witness == b.witness, one_event)
            lost.append(stages.earliest([*side_stages, pair_stage or stages.held(holds)]))
    return out, lost


def _implied_pairs(grouped, odd: set[int]) -> list[tuple]:
    """(inferred figure, the other source's figure) as the finder makes them in each story
    (`figure_conflicts.figure_pairs`: zeros from every figure, wholes from those kept)."""
    from workbench.findings.implied import implied_wholes, implied_zeros

    out = []
    for roles in grouped.values():
        out += implied_zeros(roles)
        out += implied_wholes({r: [f for f in fs if id(f) not in odd] for r, fs in roles.items()})
    return out


def _inferred_stage(role, inferred, source_of, pair, implied, prepared) -> str:
    """The stage of a missed pair one side of which is a value the finder infers."""
    from workbench.findings.figure_holds import apart

    sides = [source_of.get(pair[side]) for side in ("a", "b")]
    made = [
        (one, other)
        for one, other in implied
        if one.role == role and {one.source, other.source} == set(sides) and one.source in inferred
    ]
    if not made:
        return stages.inferred_stage(False, False, False)
    one, other = made[0]
    one_event = prepared.one_event(one, other)
    headline = prepared.headline_tells(one, one.role)
    return stages.inferred_stage(
        True, one_event, apart(one, other, windowless=False), headline=headline
    )


def _conflict_docs(conflict, loaded) -> dict[str, list]:
    by_doc = defaultdict(list)
    for claim in conflict.claims:
        by_doc[loaded.doc_of_source.get(claim.source_id, "?")].append(claim)
    return by_doc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="found pairs too")
    parser.add_argument("--incident", help="one dev incident id")
    parser.add_argument(
        "--split",
        choices=(*gva.DEV, "pool"),
        default="dev",
        help="a development split, or pool: the judged pool's pairs",
    )
    args = parser.parse_args()
    for incident in gva.labels(args.split):
        if args.incident and incident["incident_id"] != args.incident:
            continue
        for line in trace_incident(incident, args.all):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
