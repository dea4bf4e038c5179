"""Choose a fresh set of incidents to label by hand, by a rule stated before any is read.

Each session's untuned measure is a set labelled before the tool runs on it; the set must be chosen
by a rule (not by reading articles, nor by the extractor) so that another person gets the same
incidents. The rules (tests/labelled/gva/README.md), one a set in `RULES`: incidents with a number
of articles (dev_h: three or more; dev_i to dev_m: exactly one), in the sha1 order of the incident
id from its start, in the development split of bench/bench_stories.py, neither in the flag pool's
first 450 nor named in flags_judged.jsonl or pairs_pool.jsonl, in no labelled split, none of whose
articles is at the walked lines of documents.jsonl (app walks and the silver sample's slice: dev_h
900-2400 and 3000-3600, dev_i 900-2700 and 3000-3600, dev_j 900-3600, dev_k 1-200 and 900-3664,
dev_l and dev_m 1-300 and 900-3664) or at positions 1500-2200, 2400-2900 or 3000-3600 of the claims
silver sample (read per article). dev_m left no incident eligible, so dev_n's rule (the twenty-third
session's) takes incidents of two or more articles from the stories bench's *untouched* split
instead, and lets walked lines pass (the walks read page furniture, not counts); the stories bench
leaves them out of its untouched figure once they join `gva.DEV`. dev_n left no incident of two or
more articles outside the flag pool there, so dev_o's (the twenty-fourth's) takes incidents of
exactly one article from the same untouched split, by the same tests; dev_p's (the twenty-fifth's),
dev_q's (the twenty-sixth's), dev_r's (the twenty-seventh's) and dev_s's (the twenty-eighth's)
continue dev_o's rule. dev_s left 18 eligible there, so dev_t's (the twenty-ninth's) goes back to
the development split for incidents of exactly one article, and lets walked lines pass as dev_n's
did; the silver sample's read slice, the labelled splits, the flag pool and the judged files still
keep an incident out. dev_u's (the thirtieth's) continues dev_t's rule. dev_v's (the thirtieth's
second, for conflicts between outlets) takes incidents of two or more articles from the development
split by dev_t's tests, and keeps out those named by id in the bench notes, bench scripts or tests
when it was stated (the list is frozen in tests/labelled/gva/named_before_dev_v.txt). The
thirty-first session states two: dev_w continues dev_u's (one article, development split) and dev_x
takes incidents of two or more articles from the development split by dev_v's tests, except that a
flag-pool incident no verdict names may pass: dev_v's rule left 7 eligible, all seen the session
before, and the pool's unjudged incidents were read only as flag lists and totals, never as
articles. Both keep out the ids named when they were stated and dev_v's 7
(tests/labelled/gva/named_before_dev_w.txt). The thirty-second session states two more: dev_y
continues dev_w's, and dev_z takes dev_x's tests for incidents of three or more articles (dev_x's
two-article incidents held no real disagreement between outlets); both keep out the ids named when
they were stated, with those kept out before (named_before_dev_y.txt). The thirty-third session
states one: dev_aa continues dev_y's, keeping out the ids named when it was stated
(named_before_dev_aa.txt); the session's untuned measure of the conflict finder is a part of the
flag pool judged before tuning, not a labelled set. The thirty-fourth session states one: dev_ab
continues dev_aa's, keeping out the ids named when it was stated (named_before_dev_ab.txt). The
thirty-fifth session states one: dev_ac continues dev_ab's, keeping out the ids named when it was
stated (named_before_dev_ac.txt). The thirty-sixth session states two: dev_ad continues dev_ac's,
and dev_ae takes dev_z's tests for incidents of three or more articles (the finder's untuned measure
between outlets, the flag pool's tail having been judged and read for three sessions); both keep out
the ids named when they were stated (named_before_dev_ad.txt). The thirty-seventh session states
two: dev_af continues dev_ad's and dev_ag dev_ae's (dev_ae joined the development sets, so the
finder needs a new untuned measure between outlets); both keep out the ids named when they were
stated (named_before_dev_af.txt). The thirty-eighth session states two: dev_ah continues dev_af's
and dev_ai dev_ag's (dev_ag joined the development sets); both keep out the ids named when they were
stated (named_before_dev_ah.txt). The thirty-ninth session states two: dev_aj continues dev_ah's and
dev_ak dev_ai's (dev_ai joined the development sets); both keep out the ids named when they were
stated (named_before_dev_aj.txt). The fortieth session states two: dev_al continues dev_aj's and
dev_am dev_ak's (dev_ak joined the development sets); both keep out the ids named when they were
stated (named_before_dev_al.txt). The forty-first session states two: dev_an continues dev_al's and
dev_ao dev_am's (dev_am joined the development sets); both keep out the ids named when they were
stated (named_before_dev_an.txt). The forty-second session states two: dev_ap continues dev_an's and
dev_aq dev_ao's (dev_ao joined the development sets); both keep out the ids named when they were
stated (named_before_dev_ap.txt). The forty-third session states two: dev_ar continues dev_ap's and
dev_as dev_aq's (dev_aq joined the development sets); both keep out the ids named when they were
stated (named_before_dev_ar.txt). The forty-fourth session states two: dev_at continues dev_ar's and
dev_au dev_as's (dev_as joined the development sets); both keep out the ids named when they were
stated (named_before_dev_at.txt). The forty-fifth session states two: dev_av continues dev_at's and
dev_aw dev_au's (dev_au joined the development sets); both keep out the ids named when they were
stated (named_before_dev_av.txt); dev_av labelled early, it states a third, dev_ax, dev_av's rule
again, keeping out the ids named by then (named_before_dev_ax.txt).

    python bench/select_fresh.py                  # the newest rule's ids, then why not others
    python bench/select_fresh.py --replay dev_h   # choose again as if dev_h were not taken
    python bench/select_fresh.py --rule dev_v --count 12
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

import gva  # noqa: E402
from bench_stories import HELD_OUT_SHARE, held_out  # noqa: E402
from claims_silver import sample  # noqa: E402
from flag_pool import POOL_INCIDENTS, pool_incidents  # noqa: E402

SILVER_READ = ((1500, 2200), (2400, 2900), (3000, 3600))
"""Positions of the claims silver sample whose articles were read one by one
(claims_silver.py --show, silver_misses.py)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """How one fresh set was chosen: how many articles its incidents have, and the lines of
    documents.jsonl (1-based, ends included, one line of margin each side) read before it,
    in app walks or the silver sample's slice."""

    min_articles: int
    max_articles: int | None
    walked_lines: tuple[tuple[int, int], ...]
    count: int
    from_untouched: bool = False
    """Take the incidents from the stories bench's untouched split (by the hash of the id
    alone) rather than its development split: the development split had none left."""
    kept_out: str | None = None
    """A file of tests/labelled/gva listing incident ids named in the bench notes, bench
    scripts and tests when the rule was stated (read while tuning), kept out of the set."""
    from_pool: bool = False
    """Let a flag-pool incident pass when no verdict in flags_judged.jsonl names it."""


RULES = {
    "dev_h": Rule(3, None, ((900, 2400), (3000, 3600)), 15),
    "dev_i": Rule(1, 1, ((900, 2700), (3000, 3600)), 25),
    "dev_j": Rule(1, 1, ((900, 3600),), 25),
    "dev_k": Rule(1, 1, ((1, 200), (900, 3664)), 25),
    "dev_l": Rule(1, 1, ((1, 300), (900, 3664)), 25),
    "dev_m": Rule(1, 1, ((1, 300), (900, 3664)), 25),
    "dev_n": Rule(2, None, (), 15, from_untouched=True),
    "dev_o": Rule(1, 1, (), 25, from_untouched=True),
    "dev_p": Rule(1, 1, (), 25, from_untouched=True),
    "dev_q": Rule(1, 1, (), 25, from_untouched=True),
    "dev_r": Rule(1, 1, (), 25, from_untouched=True),
    "dev_s": Rule(1, 1, (), 25, from_untouched=True),
    "dev_t": Rule(1, 1, (), 25),
    "dev_u": Rule(1, 1, (), 25),
    "dev_v": Rule(2, None, (), 12, kept_out="named_before_dev_v.txt"),
    "dev_w": Rule(1, 1, (), 25, kept_out="named_before_dev_w.txt"),
    "dev_x": Rule(2, None, (), 12, kept_out="named_before_dev_w.txt", from_pool=True),
    "dev_y": Rule(1, 1, (), 25, kept_out="named_before_dev_y.txt"),
    "dev_z": Rule(3, None, (), 10, kept_out="named_before_dev_y.txt", from_pool=True),
    "dev_aa": Rule(1, 1, (), 25, kept_out="named_before_dev_aa.txt"),
    "dev_ab": Rule(1, 1, (), 25, kept_out="named_before_dev_ab.txt"),
    "dev_ac": Rule(1, 1, (), 25, kept_out="named_before_dev_ac.txt"),
    "dev_ad": Rule(1, 1, (), 25, kept_out="named_before_dev_ad.txt"),
    "dev_ae": Rule(3, None, (), 10, kept_out="named_before_dev_ad.txt", from_pool=True),
    "dev_af": Rule(1, 1, (), 25, kept_out="named_before_dev_af.txt"),
    "dev_ag": Rule(3, None, (), 10, kept_out="named_before_dev_af.txt", from_pool=True),
    "dev_ah": Rule(1, 1, (), 25, kept_out="named_before_dev_ah.txt"),
    "dev_ai": Rule(3, None, (), 10, kept_out="named_before_dev_ah.txt", from_pool=True),
    "dev_aj": Rule(1, 1, (), 25, kept_out="named_before_dev_aj.txt"),
    "dev_ak": Rule(2, None, (), 15, kept_out="named_before_dev_aj.txt", from_pool=True),
    "dev_al": Rule(1, 1, (), 25, kept_out="named_before_dev_al.txt"),
    "dev_am": Rule(2, None, (), 15, kept_out="named_before_dev_al.txt", from_pool=True),
    "dev_an": Rule(1, 1, (), 25, kept_out="named_before_dev_an.txt"),
    "dev_ao": Rule(2, None, (), 15, kept_out="named_before_dev_an.txt", from_pool=True),
    "dev_ap": Rule(1, 1, (), 25, kept_out="named_before_dev_ap.txt"),
    "dev_aq": Rule(2, None, (), 15, kept_out="named_before_dev_ap.txt", from_pool=True),
    "dev_ar": Rule(1, 1, (), 25, kept_out="named_before_dev_ar.txt"),
    "dev_as": Rule(2, None, (), 15, kept_out="named_before_dev_ar.txt", from_pool=True),
    "dev_at": Rule(1, 1, (), 25, kept_out="named_before_dev_at.txt"),
    "dev_au": Rule(2, None, (), 15, kept_out="named_before_dev_at.txt", from_pool=True),
    "dev_av": Rule(1, 1, (), 25, kept_out="named_before_dev_av.txt"),
    "dev_aw": Rule(2, None, (), 15, kept_out="named_before_dev_av.txt", from_pool=True),
    "dev_ax": Rule(1, 1, (), 25, kept_out="named_before_dev_ax.txt"),
}
"""Each fresh set's rule by its split; the last is the newest (the default)."""


def _within(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(low - 1 <= position <= high + 1 for low, high in spans)


def _hashed_untouched(incident: str) -> bool:
    return int(hashlib.sha1(incident.encode()).hexdigest(), 16) % HELD_OUT_SHARE == 0


def _untouched(incident: str, replayed: set[str]) -> bool:
    """In the stories bench's untouched split as it was when the incident was chosen: a
    replayed split is fresh (`gva.FRESH`) now, and fresh incidents are untouched."""
    if incident in replayed:
        return _hashed_untouched(incident)
    return held_out(incident)


def _kept_out(rule: Rule) -> set[str]:
    if rule.kept_out is None:
        return set()
    lines = (gva.LABELS / rule.kept_out).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def named_in_judged() -> set[str]:
    """Incidents that flags_judged.jsonl or pairs_pool.jsonl name, by id or by an article."""
    incident_of = {doc_id: d["incident_id"] for doc_id, d in gva.documents().items()}
    named: set[str] = set()
    for name in ("flags_judged.jsonl", "pairs_pool.jsonl"):
        text = (gva.LABELS / name).read_text(encoding="utf-8")
        named |= set(re.findall(r'"incident_id": "(\d+)"', text))
        named |= {incident_of[h] for h in re.findall(r"[0-9a-f]{32}", text) if h in incident_of}
    return named


def reasons_against(rule: Rule, replay: str | None = None) -> dict[str, list[str]]:
    """Every incident with the rule's number of articles, in the sha1 order, with why it may
    not be taken (an empty list: it may); `replay` names a split chosen so, left out of the
    labelled ones so that its choice can be made again."""
    line = {doc_id: n for n, doc_id in enumerate(gva.documents(), start=1)}
    silver = {d["doc_id"]: n for n, d in enumerate(sample(3700))}
    chosen = gva.selection()
    replayed = set(chosen.get(replay, ())) if replay else set()
    taken = {i for split, ids in chosen.items() if split != replay for i in ids}
    pool = set(pool_incidents(POOL_INCIDENTS))
    named = named_in_judged()
    kept_out = _kept_out(rule)
    out: dict[str, list[str]] = {}
    grouped = gva.by_incident()
    for incident in sorted(grouped, key=lambda i: hashlib.sha1(i.encode()).hexdigest()):
        docs = grouped[incident]
        if len(docs) < rule.min_articles or len(docs) > (rule.max_articles or len(docs)):
            continue
        tests = {
            "labelled": incident in taken,
            "flag pool": incident in pool and not (rule.from_pool and incident not in named),
            "judged": incident in named,
            "named in notes": incident in kept_out,
            "untouched split": not rule.from_untouched and _untouched(incident, replayed),
            "development split": rule.from_untouched and not _hashed_untouched(incident),
            "walked lines": any(_within(line[d["doc_id"]], rule.walked_lines) for d in docs),
            "silver read": any(
                d["doc_id"] in silver and _within(silver[d["doc_id"]], SILVER_READ) for d in docs
            ),
        }
        out[incident] = [why for why, failed in tests.items() if failed]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rule", choices=RULES, help="a set's rule (default: --replay's, else the newest)"
    )
    parser.add_argument("--count", type=int, help="how many to choose (default: the rule's)")
    parser.add_argument(
        "--replay", choices=RULES, help="a split chosen by its rule, to choose again"
    )
    args = parser.parse_args()
    rule = RULES[args.rule or args.replay or list(RULES)[-1]]
    reasons = reasons_against(rule, args.replay)
    chosen = [i for i, why in reasons.items() if not why][: args.count or rule.count]
    grouped = gva.by_incident()
    print(
        json.dumps(
            [{"incident_id": i, "doc_ids": sorted(d["doc_id"] for d in grouped[i])} for i in chosen]
        )
    )
    passed = Counter(why for whys in reasons.values() for why in whys if whys)
    print(f"{len(chosen)} chosen of {len(reasons)}; passed over for: {dict(passed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
