"""A synthetic multi-source news corpus with a known truth, for benchmarks at any size.

Real corpora of thousands of labelled, multi-outlet reports do not exist in the open, so
the benchmark makes one: many invented events, each reported by several invented outlets
in their own words, with the mess real articles have (hedged numbers, relative dates,
quotations, syndicated copies, scraper junk) and a ground truth of planted conflicts and
planted look-alikes, so the conflict finder's precision and recall can be measured at
scale. Everything derives from one `random.Random(seed)`: the same seed gives the same
bytes.

    python bench/corpus.py --articles 1000 --seed 7 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_names import DOMAINS, OFFICIAL_TITLES, OUTLET_FORMS, Names
from corpus_prose import ORG_FORMS, PARTY_FORMS
from corpus_records import CONFLICT_RATE, COPY_RATE, FIRST_DAY, SPAN_DAYS, Article, Event
from corpus_truth import TruthKeeper
from corpus_values import UNIT_PAIRS, draw_value, nice_value, odd_value
from corpus_writing import ArticleWriter


class CorpusBuilder(ArticleWriter, TruthKeeper):
    """Builds events, their articles and the truth, all from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names = Names(self.rng)
        self.cities: list[tuple[str, str, float, str, list[str]]] = []
        self.outlets = self._outlets(40)
        self.people = [self.names.person() for _ in range(300)]
        self.orgs = [f.replace("{X}", self.names.word((2, 2))) for f in ORG_FORMS * 6]
        self.parties = [f.replace("{X}", self.names.word((2, 2))) for f in PARTY_FORMS * 4]
        self.articles: list[Article] = []
        self.conflicts: list[dict] = []
        self.lookalikes: list[dict] = []
        self.copies: list[dict] = []

    def _outlets(self, count: int) -> list[str]:
        return [
            self.rng.choice(OUTLET_FORMS).replace("{X}", self.names.word((1, 2)))
            for _ in range(count)
        ]

    # --- events -------------------------------------------------------------------------

    def _city(self) -> tuple[str, str, float, str, list[str]]:
        """A city from the pool (cities host several events over the years), or a new one."""
        rng = self.rng
        if self.cities and rng.random() < 0.6:
            return rng.choice(self.cities)
        name = self.names.word((1, 2), ending=True)
        if rng.random() < 0.25:
            name = self.names.accented(name)
        region = self.names.word((2, 3))
        population = nice_value(rng.uniform(40_000, 2_500_000))
        river = self.names.word((2, 2))
        districts = []
        for _ in range(4):
            d = self.names.word((2, 3))
            if rng.random() < 0.3:
                d = self.names.accented(d)
            districts.append(d)
        city = (name, region, population, river, districts)
        self.cities.append(city)
        return city

    def event(self, index: int, day: dt.date) -> Event:
        rng = self.rng
        domain = rng.choice(DOMAINS)
        city, region, population, river, districts = self._city()
        district, *others = rng.sample(districts, len(districts))
        officials = []
        for title, body in rng.sample(OFFICIAL_TITLES, 3):
            officials.append((title, rng.choice(self.people), body))
        values = {f.key: draw_value(f, rng) for f in domain.facts}
        return Event(
            id=f"e{index:05d}",
            domain=domain,
            city=city,
            region=region,
            district=district,
            other_districts=others,
            day=day,
            noun=rng.choice(domain.nouns),
            officials=officials,
            values=values,
            population=population,
            org=rng.choice(self.orgs),
            party=rng.choice(self.parties),
            river=river,
            rally=day + dt.timedelta(days=rng.randint(6, 9)),
        )

    # --- a whole event's coverage -------------------------------------------------------

    def coverage(self, ev: Event, first_index: int, outlets: int, copies: int) -> list[Article]:
        rng = self.rng
        names = rng.sample(self.outlets, outlets)
        published = []
        for _ in range(outlets):
            r = rng.random()
            lag = 0 if r < 0.55 else 1 if r < 0.85 else rng.randint(2, 5)
            published.append(ev.day + dt.timedelta(days=lag))
        # Which facts each outlet reports: every fact by at least two outlets.
        keys = [f.key for f in ev.domain.facts]
        reports = {i: {k for k in keys if rng.random() < 0.7} for i in range(outlets)}
        for k in keys:
            holders = [i for i in range(outlets) if k in reports[i]]
            for i in rng.sample(range(outlets), outlets):
                if len(holders) >= 2:
                    break
                if i not in holders:
                    reports[i].add(k)
                    holders.append(i)
        plans: list[dict] = [{"facts": reports[i]} for i in range(outlets)]
        # The first outlet holding a fact states it exactly: the reference a conflict needs.
        for k in keys:
            first = next(i for i in range(outlets) if k in reports[i])
            plans[first].setdefault("exact", set()).add(k)
        # Look-alike: a measure in two units in one piece, another unit elsewhere.
        for f in ev.domain.facts:
            if f.unit in UNIT_PAIRS:
                holders = [i for i in range(outlets) if f.key in reports[i]]
                if len(holders) < 2:
                    continue
                plans[holders[0]].setdefault("unit_form", {})[f.key] = "both"
                plans[holders[1]].setdefault("unit_form", {})[f.key] = "other"

        conflict = None
        if outlets >= 2 and rng.random() < CONFLICT_RATE:
            kind = rng.choices(["quantity", "place", "date"], weights=[6, 2, 2])[0]
            if kind == "quantity":
                counts = [f for f in ev.domain.facts if f.unit is None] or list(ev.domain.facts)
                fact = rng.choice(counts)
                holders = [i for i in range(outlets) if fact.key in reports[i]]
                ref = next(i for i in holders if fact.key in plans[i].get("exact", ()))
                odd = rng.choice([i for i in holders if i != ref])
                value = odd_value(ev.values[fact.key], rng)
                plans[odd].setdefault("odd", {})[fact.key] = value
                plans[odd].setdefault("exact", set()).add(fact.key)
                conflict = {
                    "kind": "quantity",
                    "field": fact.key,
                    "label": fact.label,
                    "odd": odd,
                    "true_value": ev.values[fact.key],
                    "odd_value": value,
                }
            elif kind == "place":
                odd = rng.randrange(outlets)
                plans[odd]["district"] = ev.other_districts[0]
                plans[odd]["named"] = True
                plans[(odd + 1) % outlets]["named"] = True
                conflict = {
                    "kind": "place",
                    "field": "location",
                    "label": "location",
                    "odd": odd,
                    "true_value": ev.district,
                    "odd_value": ev.other_districts[0],
                }
            else:
                odd = rng.randrange(outlets)
                shift = rng.choice([-2, -1, 1, 2])
                wrong = ev.day + dt.timedelta(days=shift)
                if wrong > published[odd]:
                    wrong = ev.day - dt.timedelta(days=abs(shift))
                plans[odd]["day"] = wrong
                conflict = {
                    "kind": "date",
                    "field": "day",
                    "label": "date of the event",
                    "odd": odd,
                    "true_value": ev.day.isoformat(),
                    "odd_value": wrong.isoformat(),
                }

        arts = []
        index = first_index
        for i in range(outlets):
            arts.append(self.article(ev, index, names[i], published[i], plans[i]))
            index += 1
        originals = list(arts)
        for _ in range(copies):
            arts.append(self.copy(rng.choice(originals), index))
            index += 1
        self._truth(ev, originals, conflict)
        return arts

    # --- the whole corpus ---------------------------------------------------------------

    def build(self, articles: int) -> list[Article]:
        rng = self.rng
        out: list[Article] = []
        # Spread events over four years; generate in date order so copies follow originals.
        n_events = max(1, round(articles / 4.9))
        days = sorted(
            FIRST_DAY + dt.timedelta(days=rng.randrange(SPAN_DAYS)) for _ in range(n_events)
        )
        e = 0
        while len(out) < articles:
            remaining = articles - len(out)
            outlets = rng.randint(3, 6)
            r = rng.random()
            copies = 2 if r < COPY_RATE / 2 else 1 if r < COPY_RATE * 4 else 0
            if remaining < outlets + copies + 3:
                copies = min(copies, max(0, remaining - 3))
                outlets = remaining - copies
            day = days[e] if e < len(days) else days[-1] + dt.timedelta(days=e - len(days) + 1)
            ev = self.event(e, day)
            out.extend(self.coverage(ev, len(out), outlets, copies))
            for a in out[-(outlets + copies) :]:
                if a.copy_of:
                    self.copies.append(
                        {"article": a.id, "original": a.copy_of, "kind": a.copy_kind}
                    )
            e += 1
        self.articles = out
        return out

    def truth(self) -> dict:
        return {
            "articles": [
                {
                    "id": a.id,
                    "event": a.event,
                    "outlet": a.outlet,
                    "url": a.url,
                    "published": a.published.isoformat() if a.published else None,
                    "copy_of": a.copy_of,
                    "words": len(a.text.split()),
                }
                for a in self.articles
            ],
            "copies": self.copies,
            "conflicts": self.conflicts,
            "lookalikes": self.lookalikes,
        }


def generate(articles: int, seed: int) -> tuple[list[dict], dict]:
    """The corpus as records (text + metadata) and its truth, in memory."""
    builder = CorpusBuilder(seed)
    arts = builder.build(articles)
    records = [
        {
            "id": a.id,
            "text": a.text,
            "outlet": a.outlet,
            "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "title": a.title,
        }
        for a in arts
    ]
    truth = builder.truth()
    truth["seed"] = seed
    return records, truth


def write(records: list[dict], truth: dict, out: Path, fmt: str = "jsonl") -> None:
    """`articles.jsonl` (or one .txt per article and `manifest.json`) plus `truth.json`."""
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with (out / "articles.jsonl").open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        folder = out / "articles"
        folder.mkdir(exist_ok=True)
        manifest = []
        for r in records:
            name = f"{r['id']}.txt"
            (folder / name).write_text(r["text"], encoding="utf-8")
            manifest.append(
                {"file": name, **{k: r[k] for k in ("id", "outlet", "url", "published", "title")}}
            )
        (out / "manifest.json").write_text(
            json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8"
        )
    (out / "truth.json").write_text(
        json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    records, truth = generate(args.articles, args.seed)
    write(records, truth, args.out, args.format)
    print(
        f"{len(records)} articles, {len(truth['conflicts'])} planted conflicts, "
        f"{len(truth['lookalikes'])} look-alikes, {len(truth['copies'])} copies -> {args.out}"
    )


if __name__ == "__main__":
    main()
