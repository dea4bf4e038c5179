"""The truth kept for each event: which articles disagree, and which only look as if they do."""

from __future__ import annotations

from corpus_names import strip_accents
from corpus_records import Article, Event
from corpus_values import UNIT_PAIRS


class TruthKeeper:
    """The planted conflicts and look-alikes of one event: a mixin of `CorpusBuilder`."""

    def _truth(self, ev: Event, arts: list[Article], conflict: dict | None) -> None:
        recs = [a.record for a in arts]  # type: ignore[attr-defined]
        if conflict:
            odd = recs[conflict["odd"]]
            kind = conflict["kind"]
            if kind == "quantity":
                fact = odd["facts"][conflict["field"]]
                odd_text, odd_sentence = fact["phrase"], fact["sentence"]
                others = [
                    r["article"] for r in recs if r is not odd and conflict["field"] in r["facts"]
                ]
                phrases = [
                    r["facts"][conflict["field"]]["phrase"]
                    for r in recs
                    if r is not odd and conflict["field"] in r["facts"]
                ]
            elif kind == "place":
                odd_text, odd_sentence = odd["district_shown"], odd["place_phrase"]
                others = [r["article"] for r in recs if r is not odd]
                phrases = [r["place_phrase"] for r in recs if r is not odd]
            else:
                odd_text, odd_sentence = odd["date_phrase"], odd["date_phrase"]
                others = [r["article"] for r in recs if r is not odd]
                phrases = [r["date_phrase"] for r in recs if r is not odd]
            self.conflicts.append(
                {
                    "id": f"c{len(self.conflicts) + 1:05d}",
                    "event": ev.id,
                    "kind": kind,
                    "field": conflict["field"],
                    "label": conflict["label"],
                    "odd_article": odd["article"],
                    "odd_text": odd_text,
                    "odd_context": odd_sentence,
                    "odd_value": conflict["odd_value"],
                    "true_value": conflict["true_value"],
                    "other_articles": others,
                    "other_texts": phrases,
                }
            )
        odd_id = recs[conflict["odd"]]["article"] if conflict else None
        ok = [r for r in recs if r["article"] != odd_id]

        def add(kind: str, a: dict, b: dict, ta: str, tb: str, why: str) -> None:
            self.lookalikes.append(
                {
                    "id": f"l{len(self.lookalikes) + 1:05d}",
                    "event": ev.id,
                    "kind": kind,
                    "articles": [a["article"], b["article"]],
                    "texts": [ta, tb],
                    "why": why,
                }
            )

        # Same day written two ways.
        by_day: dict[str, dict] = {}
        for r in ok:
            seen = by_day.get(r["day"])
            if seen and seen["date_phrase"] != r["date_phrase"]:
                add(
                    "date_format",
                    seen,
                    r,
                    seen["date_phrase"],
                    r["date_phrase"],
                    f"both mean {r['day']}",
                )
                break
            by_day.setdefault(r["day"], r)
        # A name with and without accents.
        if ev.district != strip_accents(ev.district):
            said = [r for r in ok if r["district_shown"] in r["place_phrase"]]
            plain = [r for r in said if r["district_shown"] != ev.district]
            fancy = [r for r in said if r["district_shown"] == ev.district]
            if plain and fancy:
                add(
                    "accent",
                    fancy[0],
                    plain[0],
                    ev.district,
                    plain[0]["district_shown"],
                    "the same district with and without accents",
                )
        # A city against a district inside it.
        city_only = [
            r
            for r in ok
            if r["place_phrase"].endswith(f" {strip_accents(ev.city)}")
            and r["district"] not in r["place_phrase"]
            and strip_accents(r["district"]) not in r["place_phrase"]
        ]
        named = [r for r in ok if r not in city_only]
        if city_only and named:
            add(
                "containment",
                city_only[0],
                named[0],
                city_only[0]["place_phrase"],
                named[0]["place_phrase"],
                "a city and a district inside it",
            )
        for f in ev.domain.facts:
            holders = [r for r in ok if f.key in r["facts"]]
            styles = {r["facts"][f.key]["style"]: r for r in holders}
            if f.unit in UNIT_PAIRS and "both" in styles and "other" in styles:
                a, b = styles["both"], styles["other"]
                add(
                    "unit",
                    a,
                    b,
                    a["facts"][f.key]["phrase"],
                    b["facts"][f.key]["phrase"],
                    "the same measure in two units",
                )
            exact = [r for r in holders if r["facts"][f.key]["style"] == "exact"]
            if "vague" in styles and exact:
                a, b = styles["vague"], exact[0]
                add(
                    "vague_contains",
                    a,
                    b,
                    a["facts"][f.key]["phrase"],
                    b["facts"][f.key]["phrase"],
                    "a vague count containing the exact one",
                )
            hedged = [
                r
                for r in holders
                if r["facts"][f.key]["style"] in ("around", "more", "nearly", "words")
            ]
            if hedged and exact and f.unit is None:
                a, b = hedged[0], exact[0]
                add(
                    "hedge",
                    a,
                    b,
                    a["facts"][f.key]["phrase"],
                    b["facts"][f.key]["phrase"],
                    "a hedged count compatible with the exact one",
                )
        past = [r for r in ok if "past" in r]
        if past:
            first = ev.domain.facts[0].key
            current = [r for r in ok if first in r["facts"] and r is not past[0]]
            if current:
                add(
                    "past_event",
                    past[0],
                    current[0],
                    past[0]["past"]["phrase"],
                    current[0]["facts"][first]["phrase"],
                    f"a similar event in {past[0]['past']['year']}, not this one",
                )
