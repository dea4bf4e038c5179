"""How well the claims read real news: the hand-labelled incidents of the gva corpus.

The report of the scores `claims_scoring.py` keeps (a labelled count is right when a claim
of its sentence has its role and value; per role precision and recall; each article's event
date and place), one block of lines a split.

    python bench/claims_gva.py [--misses] [--dev-only]   # dev figures, held-out totals
    python bench/claims_gva.py --extras --dev-only      # the dev claims that are no label
    python bench/claims_gva.py --misses --except dev_p  # a validation set read as totals only

The dev figure is every development set together (`gva.DEV`: the first 40 incidents, the 15 of
`dev_c`, the 7 of `dev_d`, the 18 of `dev_e`, the 18 of `dev_f`, the 4 of `dev_g`, the 10 of
`dev_h`, the 25 of `dev_i`, the 25 of `dev_j`, the 25 of `dev_k`, the 25 of `dev_l`, the 23 of
`dev_m`, the 12 of `dev_n`, the 25 of `dev_o`, the 25 of `dev_p`, the 25 of `dev_q`, the 25 of
`dev_r`, the 25 of `dev_s`, the 25 of `dev_t`, the 25 of `dev_u`, the 12 of `dev_v`, the 25 of
`dev_w`, the 12 of `dev_x`, the 25 of `dev_y`, the 10 of `dev_z`, the 25 of `dev_aa`, the 25 of
`dev_ab`, the 25 of `dev_ac`, the 25 of `dev_ad`, the 10 of `dev_ae`, the 25 of `dev_af`, the 10 of
`dev_ag`, the 25 of `dev_ah`, the 10 of `dev_ai`, the 25 of `dev_aj`, the 15 of `dev_ak`, the 25 of
`dev_al`, the 15 of `dev_am`, the 25 of `dev_an`, the 15 of `dev_ao`, the 25 of `dev_ap`, the 15 of
`dev_aq`, the 25 of `dev_ar`, the 15 of `dev_as`, the 25 of `dev_at` and the 15 of `dev_au`), each
also on a line of its own. A fresh set (`gva.FRESH`, nobody tunes on it in the session that labels
it) is on a line of its own, also with `--dev-only`, outside the dev figure, and `--misses` (or
`--extras`) never lists it. The held-out splits (the first set, the second, and both together) are
scored in aggregate only: nothing here prints a held-out or fresh sentence, claim or label. The
roles some incidents were read for beyond the three (`roles_read`: arrested and charged, on the
multi-article dev sets) are scored there on lines of their own (`claims_read_roles.py`), for every
development set together."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva
from claims_marks import report_marks
from claims_read_roles import incidents_read, read_figures, score_read_roles
from claims_read_roles import report as report_read_roles
from claims_scoring import Tally, score

DEV_NAMES = (
    "dev, the first 40 incidents",
    "dev_c, 15 incidents labelled 3 Dec",
    "dev_d, 7 incidents labelled 3-4 Dec",
    "dev_e, 18 two-article incidents labelled 4 Dec",
    "dev_f, 18 two-article incidents labelled 4 Dec",
    "dev_g, 4 two-article incidents labelled 4 Dec",
    "dev_h, 10 three-article incidents labelled 4 Dec",
    "dev_i, 25 one-article incidents labelled 4 Dec",
    "dev_j, 25 one-article incidents labelled 4 Dec",
    "dev_k, 25 one-article incidents labelled 5 Dec",
    "dev_l, 25 one-article incidents labelled 5 Dec",
    "dev_m, 23 one-article incidents labelled 5 Dec",
    "dev_n, 12 multi-article incidents labelled 5 Dec",
    "dev_o, 25 one-article incidents labelled 5 Dec",
    "dev_p, 25 one-article incidents labelled 5 Dec",
    "dev_q, 25 one-article incidents labelled 5 Dec",
    "dev_r, 25 one-article incidents labelled 5 Dec",
    "dev_s, 25 one-article incidents labelled 5 Dec",
    "dev_t, 25 one-article incidents labelled 5 Dec",
    "dev_u, 25 one-article incidents labelled 6 Dec",
    "dev_v, 12 multi-article incidents labelled 6 Dec",
    "dev_w, 25 one-article incidents labelled 6 Dec",
    "dev_x, 12 multi-article incidents labelled 6 Dec",
    "dev_y, 25 one-article incidents labelled 6 Dec",
    "dev_z, 10 multi-article incidents labelled 6 Dec",
    "dev_aa, 25 one-article incidents labelled 6 Dec",
    "dev_ab, 25 one-article incidents labelled 6 Dec",
    "dev_ac, 25 one-article incidents labelled 6 Dec",
    "dev_ad, 25 one-article incidents labelled 6 Dec",
    "dev_ae, 10 multi-article incidents labelled 6 Dec",
    "dev_af, 25 one-article incidents labelled 6 Dec",
    "dev_ag, 10 multi-article incidents labelled 6 Dec",
    "dev_ah, 25 one-article incidents labelled 7 Dec",
    "dev_ai, 10 multi-article incidents labelled 7 Dec",
    "dev_aj, 25 one-article incidents labelled 7 Dec",
    "dev_ak, 15 multi-article incidents labelled 7 Dec",
    "dev_al, 25 one-article incidents labelled 7 Dec",
    "dev_am, 15 multi-article incidents labelled 7 Dec",
    "dev_an, 25 one-article incidents labelled 7 Dec",
    "dev_ao, 15 multi-article incidents labelled 7 Dec",
    "dev_ap, 25 one-article incidents labelled 7 Dec",
    "dev_aq, 15 multi-article incidents labelled 7 Dec",
    "dev_ar, 25 one-article incidents labelled 7 Dec",
    "dev_as, 15 multi-article incidents labelled 7 Dec",
    "dev_at, 25 one-article incidents labelled 7 Dec",
    "dev_au, 15 multi-article incidents labelled 7 Dec",
)


def report(figures: dict, name: str) -> list[str]:
    lines = [
        f"{name}: {figures['articles']} articles "
        f"({figures['title_only']} labelled counts only in titles and "
        f"{figures['cleaned_away']} in repeats the cleaning removed: not scored)"
    ]
    t = figures["titles"]
    if t.get("gold"):
        lines.append(
            f"  title-only counts, read from the headline: "
            f"{t.get('right', 0)}/{t['gold']} {t['share']:.1%} "
            f"({t.get('claims', 0)} headline claims in these roles, "
            f"{t.get('labelled', 0)} of them a label)"
        )
    for kind in ("all", "explicit", "implicit"):
        f = figures[f"counts_{kind}"]
        share = "n/a" if f["share"] is None else f"{f['share']:.1%}"
        lines.append(f"  stated counts right, {kind:<8} {f['right']:>4}/{f['gold']:<4} {share}")
    for role, f in figures["roles"].items():
        p = "n/a" if f["precision"] is None else f"{f['precision']:.2f}"
        r = "n/a" if f["recall"] is None else f"{f['recall']:.2f}"
        lines.append(
            f"  {role:<8} precision {p} ({f['claims']} claims)  recall {r} ({f['gold']} labels)"
        )
    for what in ("event_date", "place"):
        f = figures[what]
        share = "n/a" if f["share"] is None else f"{f['share']:.1%}"
        lines.append(f"  {what:<10} {f.get('right', 0)}/{f.get('gold', 0)} {share}")
    return lines + report_marks(figures.get("marks", {}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--misses", action="store_true", help="list the development sets' misses and extras"
    )
    parser.add_argument(
        "--extras",
        action="store_true",
        help="list only the development sets' extras: claims in a role that are no label",
    )
    gva.add_except_option(
        parser,
        "a development set whose misses and extras are not listed (a validation set read only "
        "as totals; repeat for more)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="leave the held-out splits out (while tuning); the fresh set's totals stay",
    )
    args = parser.parse_args()
    if not gva.available():
        sys.exit(f"the corpus is not at {gva.CORPUS}")
    listing = args.misses or args.extras
    devs = {split: score(split, keep_misses=listing) for split in gva.DEV}
    read = {split: score_read_roles(split, keep_misses=listing) for split in gva.DEV}
    if listing:
        wanted = ("EXTRA",) if args.extras else ("",)
        listed = [split for split in gva.DEV if split not in args.unlisted]
        misses = [
            m for split in listed for tally in (devs[split], read[split]) for m in tally.misses
        ]
        print("\n".join(m for m in misses if m.startswith(wanted)))
    figures = {split: tally.figures() for split, tally in devs.items()}
    figures[gva.DEV_ALL] = sum(devs.values(), Tally()).figures()
    read_all = read_figures(
        sum(read.values(), Tally()), sum(map(incidents_read, gva.DEV), Counter())
    )
    figures[gva.DEV_ALL]["read_roles"] = read_all
    lines = report(figures[gva.DEV_ALL], f"dev (every set: {' + '.join(gva.DEV)})")
    lines += report_read_roles(read_all, "dev (every set)")
    for split, name in zip(gva.DEV, DEV_NAMES, strict=True):
        lines += report(figures[split], name)
    for split in gva.FRESH:  # totals only: score() keeps no misses outside gva.DEV
        figures[split] = score(split).figures()
        lines += report(figures[split], f"{split} (fresh, untuned this session)")
    if not args.dev_only:
        held = {split: score(split) for split in gva.HELD_OUT}
        for split, name in (("heldout", "held-out"), ("heldout2", "held-out 2")):
            figures[split] = held[split].figures()
            lines += report(figures[split], name)
        both = held["heldout"] + held["heldout2"]
        figures[gva.HELD_OUT_ALL] = both.figures()
        lines += report(figures[gva.HELD_OUT_ALL], "held-out, both sets")
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
