"""The event's place and date on every dev-part article, against the archive's records.

The hand labels cover 140 articles and were tuned against; the archive records the date,
city (or county) and state of all 2,172 incidents, so every article of the corpus but the
held-out incidents' can be scored against its incident's record. That is silver, not gold:
an article may name a county for the archive's city, date a death in hospital rather than
the shooting, or be an update weeks later; but over 3,600 articles a rule that fits a few
labelled sentences and hurts the rest shows here.

    python bench/event_silver.py [--limit N] [--misses K] [--cache PATH]

Per article (through the product's ingest and extractor): the place `claims.event.source_event`
gives (or its container) is the record's city; the date it gives is the record's day (and
within a day); by basis (the text dated it, or the publication date stood in). Parses are
kept in a SQLite file (`--cache`, default in /tmp) so a rerun after a rule change costs the
extractor only. Held-out incidents are left out entirely.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gva


class FileCache:
    """A parse cache in a SQLite file (`parse.ParseCache`)."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("create table if not exists parses (key text primary key, data text)")

    def cached_parses(self, keys: Iterable[str]) -> Mapping[str, str]:
        keys = list(keys)
        found: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            sql = f"select key, data from parses where key in ({marks})"
            found.update(self.db.execute(sql, part).fetchall())
        return found

    def save_parses(self, rows: Iterable[tuple[str, str]]) -> None:
        self.db.executemany("insert or replace into parses values (?, ?)", rows)
        self.db.commit()


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold()).replace("saint ", "st ")
    text = text.replace("st. ", "st ").replace("(county)", "county")
    return " ".join("".join(c for c in text if c.isalnum() or c == " ").split())


def same_city(got: str | None, record: str) -> bool:
    """The name given is the record's city or county ("Bexar" for "Bexar (county)"), or
    the place its parentheses name ("Cartersville (Euharlee)")."""
    if not got:
        return False
    inner = re.search(r"\(([^)]*)\)", record)
    if inner and inner.group(1).casefold() != "county":
        outer = record[: inner.start()]
        return same_city(got, outer) or same_city(got, inner.group(1))
    a, b = fold(got), fold(record)
    b_short = b.removesuffix(" county").removesuffix(" township")
    a_short = a.removesuffix(" county").removesuffix(" township")
    return bool(a) and (a == b or a_short == b_short or (len(a) > 3 and a in b) or b in a)


def record_day(record: dict) -> str | None:
    try:
        return datetime.strptime(record["date"], "%B %d, %Y").date().isoformat()
    except (KeyError, ValueError):
        return None


def articles(limit: int | None) -> list[dict]:
    """Every article of the corpus with a record but the held-out incidents', in file
    order."""
    held, records = set(gva.selection()["heldout"]), gva.incidents()
    docs = [
        d
        for d in gva.documents().values()
        if d["incident_id"] not in held and d["incident_id"] in records
    ]
    docs = [d for d in docs if d["text"].strip()]
    return docs[:limit] if limit else docs


def extract(docs: list[dict], cache: FileCache):
    """(doc, source, claims) of each article, through the product's ingest path."""
    from workbench.claims import extract_claims, parse_sources
    from workbench.ingest.prepare import IngestError, Input, extraction_job, prepare
    from workbench.ingest.sentences import read_for_claims

    for i in range(0, len(docs), 64):
        batch = []
        for doc in docs[i : i + 64]:
            record = {k: doc[k] for k in ("title", "outlet", "url", "published", "text")}
            item = Input(name="gva.jsonl", data=(json.dumps(record) + "\n").encode())
            try:
                prepared = next(iter(prepare(item)))
            except IngestError:  # a record the ingest refuses is left out, as a user sees it
                continue
            source, sentences = extraction_job(prepared)
            batch.append((doc, source, read_for_claims(sentences)[0]))
        parses = parse_sources([(s, ss) for _, s, ss in batch], cache)
        for doc, source, sentences in batch:
            yield doc, source, extract_claims(source, sentences, parses)


@contextmanager
def window(days: int):
    """`claims.event`'s window for an earlier date (days before the lede's) set to `days`."""
    from workbench.claims import event

    kept = event._WEEK
    event._WEEK = days
    try:
        yield
    finally:
        event._WEEK = kept


def score(docs: list[dict], cache: FileCache, misses: int, weeks: list[int]) -> Counter:
    from workbench.claims.event import source_event

    records, held = gva.incidents(), gva.held_out_incidents()
    tally: Counter = Counter()
    shown: Counter = Counter()
    for doc, source, claims in extract(docs, cache):
        record = records[doc["incident_id"]]
        event = source_event(source, claims)
        tally["articles"] += 1
        right_city = same_city(event.place, record["city_or_county"]) or same_city(
            event.container, record["city_or_county"]
        )
        tally["place given"] += event.place is not None
        tally["place right"] += right_city
        want = record_day(record)
        if want is None:
            continue
        tally["date records"] += 1
        basis = event.date_basis or "none"
        tally[f"date {basis}"] += 1
        right = event.date == want
        tally["date right"] += right
        tally[f"date right {basis}"] += right
        if event.date and want:
            off = (date.fromisoformat(event.date) - date.fromisoformat(want)).days
            tally["date within a day"] += abs(off) <= 1
            tally["date later"] += off > 1
            tally["date earlier"] += off < -1
        for days in weeks:  # the same article dated with another window (`--window`)
            with window(days):
                tally[f"window {days}"] += source_event(source, claims).date == want
        # The second held-out set's articles are in the measure but are never shown.
        show = misses and doc["incident_id"] not in held
        if show and not right_city and shown["place"] < misses:
            shown["place"] += 1
            print(
                f"PLACE want {record['city_or_county']} got {event.place}/{event.container}"
                f" [{doc['doc_id'][:8]}]"
            )
        if show and not right and shown["date"] < misses:
            shown["date"] += 1
            print(
                f"DATE want {want} got {event.date} ({basis}) published {source.published}"
                f" [{doc['doc_id'][:8]}]"
            )
    return tally


def report(t: Counter) -> list[str]:
    n, days = t["articles"], t["date records"]

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} {a / b:.1%}" if b else "n/a"

    lines = [
        f"silver (dev part, {n} articles, against the archive's records):",
        f"  place = record's city/county  {pct(t['place right'], n)}"
        f"  (a place given for {pct(t['place given'], n)})",
        f"  date = record's day           {pct(t['date right'], days)}"
        f"  (within a day {pct(t['date within a day'], days)};"
        f" >1 day later {t['date later']}, earlier {t['date earlier']})",
    ]
    for key in sorted((k for k in t if k.startswith("window ")), key=lambda k: int(k.split()[1])):
        lines.append(
            f"  date with an earlier-date window of {key.split()[1]} days: {pct(t[key], days)}"
        )
    for basis in ("text", "published", "none"):
        lines.append(
            f"    dated by {basis:<9} {t[f'date {basis}']:>5} articles, right "
            f"{pct(t[f'date right {basis}'], t[f'date {basis}'])}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--misses", type=int, default=0, help="print the first K misses of each")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/wb-silver-parses.sqlite"))
    parser.add_argument("--json", type=Path, help="also write the counts here")
    parser.add_argument(
        "--window",
        default="",
        help="also date every article with these earlier-date windows (days, e.g. 0,1,3,7)",
    )
    args = parser.parse_args()
    if not gva.available():
        sys.exit(f"the corpus is not at {gva.CORPUS}")
    weeks = [int(w) for w in args.window.split(",") if w.strip()]
    tally = score(articles(args.limit), FileCache(args.cache), args.misses, weeks)
    print("\n".join(report(tally)))
    if args.json:
        args.json.write_text(json.dumps(dict(tally), indent=2))


if __name__ == "__main__":
    main()
