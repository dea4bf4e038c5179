"""Writing one article of an event (and a copy of one) for the corpus builder."""

from __future__ import annotations

import datetime as dt
import random
import re

from corpus_names import AGGREGATORS, MONTHS, Fact, strip_accents
from corpus_prose import (
    AGENCIES,
    BUILDINGS,
    CLAIMS,
    CREDIT_FORMS,
    DESCRIPTIONS,
    FILLER,
    JOBS,
    JUNK_TAIL,
    QUOTES,
    REPORTERS,
    SAY_VERBS,
    SCENES,
    SECTORS,
    SHOPS,
    SPEAKERS,
    STATES,
    TAILS,
    TOPICS,
    WORKERS,
    vary,
)
from corpus_records import MAX_WORDS, MIN_WORDS, Article, Event
from corpus_values import (
    Said,
    as_written,
    draw_value,
    fmt,
    say_count,
    say_date,
    say_measure,
    say_past,
    weekday,
)


class ArticleWriter:
    """One article of an event in an outlet's words, and its copies: a mixin of `CorpusBuilder`."""

    # --- one article --------------------------------------------------------------------

    def _filler_sentence(self, ev: Event, plain: bool, used: set[str] | None = None) -> str:
        """Background prose; `used` keeps one article from saying the same thing twice."""
        for _ in range(8):
            s = self._background(ev, plain)
            if used is None or s not in used:
                break
        if used is not None:
            used.add(s)
        return s

    def _background(self, ev: Event, plain: bool) -> str:
        rng = self.rng
        city = strip_accents(ev.city) if plain else ev.city
        roll = rng.random()
        if roll < 0.45:
            s = rng.choice(FILLER)
        elif roll < 0.85:
            who = rng.choice(SPEAKERS)
            if rng.random() < 0.5:
                who = f"{rng.choice(self.people)}, a {rng.choice(JOBS)} in {{City}},"
            s = f"{who} {rng.choice(SAY_VERBS)} {rng.choice(CLAIMS)}{rng.choice(TAILS)}."
        elif roll < 0.95:
            s = (
                rng.choice(DESCRIPTIONS)
                .replace("{state}", rng.choice(STATES))
                .replace("{scene}", rng.choice(SCENES))
            )
        else:
            s = rng.choice(
                [
                    f"{{City}} is home to about {fmt(ev.population)} people.",
                    f"Some {fmt(ev.population)} people live in {{City}}, census figures show.",
                    f"The {{City}} area has a population of roughly {fmt(ev.population)}.",
                ]
            )
        return vary(
            s.replace("{City}", city)
            .replace("{sector}", rng.choice(SECTORS))
            .replace("{topic}", rng.choice(TOPICS))
            .replace("{party}", ev.party)
            .replace("{Person}", rng.choice(self.people))
            .replace("{shop}", rng.choice(SHOPS))
            .replace("{org}", ev.org)
            .replace("{workers}", rng.choice(WORKERS))
            .replace("{building}", rng.choice(BUILDINGS))
            .replace("{River}", ev.river),
            rng,
        )

    def _place(self, ev: Event, district: str, plain: bool, rng: random.Random, named: bool) -> str:
        """Where it happened; `named` insists on the district (a conflict needs it said)."""
        city = strip_accents(ev.city) if plain else ev.city
        district = strip_accents(district) if plain else district
        return rng.choice(
            [
                f"in the {district} district of {city}",
                f"in {district}, a neighbourhood of {city}",
                f"in a district of {city} called {district}",
                f"in the {district} neighbourhood",
                f"in {district}",
                *([] if named else [f"in {city}"]),
            ]
        )

    def _attribution(self, ev: Event, plain: bool, rng: random.Random) -> tuple[str, str]:
        """(lead-in, tail) forms of who says so, e.g. ('According to police', ', police said')."""
        title, person, body = rng.choice(ev.officials)
        name = strip_accents(person) if plain else person
        who = rng.choice([f"{title} {name}", body, f"{name}, the {title}"])
        tail_who = rng.choice([body, f"{title} {name}"])
        return f"according to {who}", f"{tail_who} said"

    def _fact_sentence(
        self, ev: Event, fact: Fact, said: Said, date: str | None, plain: bool, rng: random.Random
    ) -> str:
        clause = rng.choice(fact.clauses)
        counted = rng.choice(fact.counted)
        q = said.phrase
        clause = clause.replace("{n}", counted).replace("{noun}", ev.noun).replace("{q}", q)
        lead, tail = self._attribution(ev, plain, rng)
        shape = rng.randrange(5)
        if clause[0].isdigit() and (shape in (3, 4) or not date):
            shape = 1  # House style: a sentence never opens with a figure.
        if shape == 0 and date:
            s = f"{date[0].upper()}{date[1:]}, {clause}, {tail}"
        elif shape == 1:
            s = f"{lead[0].upper()}{lead[1:]}, {clause}" + (f" {date}" if date else "")
        elif shape == 2:
            s = f"{tail.split(' said')[0]} said {clause}" + (f" {date}" if date else "")
            s = s[0].upper() + s[1:]
        elif shape == 3:
            s = f"{clause[0].upper()}{clause[1:]}, {lead}"
        else:
            s = f"{clause[0].upper()}{clause[1:]}" + (f" {date}" if date else "")
        return s + "."

    def article(
        self,
        ev: Event,
        index: int,
        outlet: str,
        published: dt.date,
        plan: dict,
    ) -> Article:
        """One independent outlet's piece on the event; `plan` says what it gets wrong."""
        rng = self.rng
        aid = f"a{index:06d}"
        plain = rng.random() < 0.4  # this outlet drops accents
        day = plan.get("day", ev.day)
        district = plan.get("district", ev.district)
        city = strip_accents(ev.city) if plain else ev.city
        date_phrase = say_date(day, published, rng)
        record: dict = {
            "article": aid,
            "date_phrase": date_phrase,
            "day": day.isoformat(),
            "district": district,
            "plain": plain,
            "facts": {},
        }

        # Lead: what, where, when.
        place = self._place(ev, district, plain, rng, named=plan.get("named", False))
        record["place_phrase"] = place
        record["district_shown"] = strip_accents(district) if plain else district
        dateline = f"{city.upper()} — " if rng.random() < 0.5 else ""
        lead = rng.choice(
            [
                f"{dateline}A {ev.noun} {place} {date_phrase} made headlines across the region, "
                "officials said.",
                f"{dateline}Authorities in {city} were dealing with the aftermath of the "
                f"{ev.noun} {place} {date_phrase}.",
                f"{dateline}The {ev.noun} {place} {date_phrase} drew attention across the region.",
            ]
        )
        lead = lead[0].upper() + lead[1:] if not dateline else lead
        event_paras: list[list[str]] = [[lead]]
        used: set[str] = set()

        facts = [f for f in ev.domain.facts if f.key in plan["facts"]]
        for fact in facts:
            value = plan.get("odd", {}).get(fact.key, ev.values[fact.key])
            exact = fact.key in plan.get("exact", ())
            if fact.unit is None:
                said = say_count(value, rng, exact=exact)
            else:
                said = say_measure(fact, value, rng, form=plan.get("unit_form", {}).get(fact.key))
            when = date_phrase if rng.random() < 0.4 else None
            sentence = self._fact_sentence(ev, fact, said, when, plain, rng)
            record["facts"][fact.key] = {
                "phrase": as_written(said.phrase, sentence),
                "style": said.style,
                "value": value,
                "sentence": sentence,
            }
            para = [sentence]
            if rng.random() < 0.5:
                para.append(self._filler_sentence(ev, plain, used))
            event_paras.append(para)

        # Quotations with attributions.
        for _ in range(rng.randint(1, 3)):
            title, person, body = rng.choice(ev.officials)
            name = strip_accents(person) if plain else person
            quote = rng.choice(QUOTES)
            surname = name.split()[-1]
            form = rng.choice(
                [
                    f"“{quote},” said {name}, the {title}.",
                    f"“{quote},” {title} {name} told reporters.",
                    f"{name} said: “{quote}.”",
                    f"“{quote},” Mr. {surname} said."
                    if rng.random() < 0.5
                    else f"“{quote},” {surname} said.",
                ]
            )
            event_paras.append([form])

        # A time of day, sometimes with the same instant in GMT.
        if rng.random() < 0.3:
            hour, minute = rng.randint(1, 11), rng.choice([0, 10, 15, 30, 45, 50])
            gmt = (hour + rng.choice([3, 4, 5])) % 24
            event_paras.append(
                [
                    f"The first reports came in at {hour}:{minute:02d} a.m. "
                    f"({gmt:02d}:{minute:02d} GMT), {rng.choice(REPORTERS)}."
                ]
            )

        # Background history: a similar past event with its own number (not a conflict).
        if rng.random() < 0.35:
            fact = ev.domain.facts[0]
            when, year = say_past(published, rng)
            past = draw_value(fact, rng)
            said = (
                say_count(past, rng, exact=True)
                if fact.unit is None
                else say_measure(fact, past, rng, form="base")
            )
            clause = rng.choice(fact.clauses).replace("{n}", fact.counted[0])
            clause = clause.replace("{noun}", ev.noun).replace("{q}", said.phrase)
            s = f"{when[0].upper()}{when[1:]}, in a similar {ev.noun} in {city}, {clause}."
            record["past"] = {"phrase": as_written(said.phrase, s), "year": year, "sentence": s}
            event_paras.append([s])

        # A planned follow-up: a future date, resolved forward from publication.
        if rng.random() < 0.3:
            days = (ev.rally - published).days
            when = (
                f"on {weekday(ev.rally)}"
                if days < 7
                else f"on {MONTHS[ev.rally.month - 1]} {ev.rally.day}"
            )
            event_paras.append([f"The {ev.party} has called for a rally {when}."])

        # Background filler up to the article's length.
        # Leave room for junk and the last sentence's overshoot under MAX_WORDS.
        target = int(rng.triangular(MIN_WORDS + 30, MAX_WORDS - 110, 650))
        words = sum(len(s.split()) for p in event_paras for s in p)
        body = [event_paras[0]]
        rest = event_paras[1:]
        filler: list[list[str]] = []
        while words < target:
            para = []
            for _ in range(rng.randint(2, 5)):
                s = self._filler_sentence(ev, plain, used)
                para.append(s)
                words += len(s.split())
                if words >= target:
                    break
            filler.append(para)
        # Interleave: details and background alternate after the lead.
        while rest or filler:
            if rest and (not filler or rng.random() < 0.55):
                body.append(rest.pop(0))
            else:
                body.append(filler.pop(0))
        paragraphs = [" ".join(p) for p in body]

        # A photo credit glued to a sentence (no space), as scrapers leave them.
        if rng.random() < 0.3 and len(paragraphs) > 3:
            i = rng.randrange(2, len(paragraphs))
            credit = (
                rng.choice(CREDIT_FORMS)
                .replace("{P}", rng.choice(self.people))
                .replace("{A}", rng.choice(AGENCIES))
            )
            paragraphs[i] = paragraphs[i] + credit
            record["credit"] = credit
        junk = self._junk(outlet)
        title = rng.choice(ev.domain.titles)
        first = ev.domain.facts[0].key
        n = plan.get("odd", {}).get(first, ev.values[first])
        title = title.replace("{N}", fmt(n)).replace("{noun}", ev.noun).replace("{place}", city)
        title = title[0].upper() + title[1:]
        art = Article(
            aid,
            ev.id,
            outlet,
            published,
            self._url(outlet, aid, published),
            title,
            paragraphs,
            junk,
        )
        art.record = record  # type: ignore[attr-defined]
        return art

    def _junk(self, outlet: str | None) -> list[str]:
        rng = self.rng
        junk = []
        if outlet and rng.random() < 0.3:
            junk.append(f"Originally published in {outlet}.")
        if rng.random() < 0.45:
            junk.extend(rng.sample(JUNK_TAIL, rng.randint(1, 3)))
        return junk

    def _url(self, outlet: str | None, aid: str, published: dt.date | None) -> str:
        host = re.sub(r"[^a-z]", "", (outlet or "reposts").lower()) or "news"
        stamp = published.strftime("%Y/%m/%d") if published else "undated"
        return f"https://{host}.example/{stamp}/{aid}"

    def copy(self, original: Article, index: int) -> Article:
        """A scraped or syndicated copy: whole or shortened, under another name."""
        rng = self.rng
        aid = f"a{index:06d}"
        outlet = rng.choice(AGGREGATORS)
        kind = "whole" if rng.random() < 0.5 else "shortened"
        paragraphs = list(original.paragraphs)
        if kind == "shortened":
            # Drop later paragraphs at random, never below the shortest realistic article.
            words = sum(len(p.split()) for p in paragraphs)
            drop = round(len(paragraphs) * rng.uniform(0.15, 0.45))
            for i in sorted(rng.sample(range(1, len(paragraphs)), drop), reverse=True):
                if words - len(paragraphs[i].split()) < MIN_WORDS + 20:
                    continue
                words -= len(paragraphs[i].split())
                del paragraphs[i]
        if rng.random() < 0.5:
            paragraphs = [p.replace("“", '"').replace("”", '"') for p in paragraphs]
        published = None if rng.random() < 0.3 else original.published
        junk = self._junk(outlet)
        junk.append(
            f"Source: {original.outlet} ({original.url})"
            if rng.random() < 0.5
            else "Read the original article."
        )
        art = Article(
            aid,
            original.event,
            outlet,
            published,
            self._url(outlet, aid, published),
            original.title,
            paragraphs,
            junk,
            copy_of=original.id,
            copy_kind=kind,
        )
        return art
