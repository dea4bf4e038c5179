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
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

MIN_WORDS = 300
MAX_WORDS = 1500
FIRST_DAY = dt.date(2021, 1, 4)
SPAN_DAYS = 4 * 365
CONFLICT_RATE = 0.55
"""Share of events with one planted conflict."""
COPY_RATE = 0.09
"""Share of articles that are copies of another piece of the same event."""

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_db"

# --- invented names ---------------------------------------------------------------------


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    """A word list written as one string, so the tables below stay readable."""
    return tuple(w.strip() for w in text.split(sep))


ONSETS = _words("b br d dr f g gr h k kl l m n p pr r s st t tr v z sh th j")
VOWELS = _words("a e i o u a e o ai ei ou")
CODAS = ("", "", "", *_words("n r l s m k nd rt st v"))
PLACE_ENDINGS = ("", *_words("a ia en or ar ova heim ton dale mouth ik"))
ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
FIRST_NAMES = _words(
    "Ana Tomas Elena Marek Lina Oskar Irene Pavel Nadia Hugo Sofia Dmitri Leila Jonas Marta "
    "Felix Ines Kofi Amara Yusuf Greta Emil Rosa Ivo Clara Noor Mateo Zofia Anil Hana Lucas "
    "Mira Tariq Vera Bruno Aylin Selim Ilse Omar Petra Nils Dalia Ravi Alma Kenji Edda"
)
ACCENTED_FIRST = {"Ines": "Inés", "Tomas": "Tomás", "Zofia": "Zófia", "Selim": "Sélim"}
OFFICIAL_TITLES = (
    ("police spokesman", "police"),
    ("police chief", "police"),
    ("Interior Minister", "the interior ministry"),
    ("Mayor", "the city council"),
    ("regional governor", "the regional government"),
    ("fire chief", "the fire service"),
    ("health official", "the health ministry"),
    ("emergency services director", "emergency services"),
)
OUTLET_FORMS = _words(
    "The {X} Herald | {X} Daily | The {X} Post | {X} Times | {X} News Agency | Radio {X} | "
    "The {X} Courier | {X} Tribune | {X} Observer | {X} Morning Star",
    "|",
)
AGGREGATORS = (None, None, "NewsNow Digest", "DailyFeed", "WorldWire Reposts", "Headline Hub")

WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = _words(
    "January February March April May June July August September October November December"
)
AP_MONTHS = _words("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.")
NUMBER_WORDS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
TENS = _words("_ _ twenty thirty forty fifty sixty seventy eighty ninety")


def number_words(n: int) -> str:
    if n < 20:
        return NUMBER_WORDS[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("" if ones == 0 else "-" + NUMBER_WORDS[ones])


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _sample_words() -> frozenset[str]:
    """Words of the project's sample articles: invented names must not collide with them."""
    words: set[str] = set()
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        text = strip_accents(path.read_text(encoding="utf-8", errors="replace")).casefold()
        words.update(re.findall(r"[a-z]+", text))
    return frozenset(words)


class Names:
    """Pronounceable invented names, never repeated, never a word of the sample."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.forbidden = _sample_words()

    def word(self, syllables: tuple[int, int] = (2, 3), ending: bool = False) -> str:
        rng = self.rng
        while True:
            parts = []
            for _ in range(rng.randint(*syllables)):
                parts.append(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS))
            if ending:
                parts.append(rng.choice(PLACE_ENDINGS))
            name = "".join(parts)
            key = name.casefold()
            if 4 <= len(name) <= 12 and key not in self.used and key not in self.forbidden:
                self.used.add(key)
                return name.capitalize()

    def accented(self, name: str) -> str:
        """The same name with one accented vowel (a look-alike source), else unchanged."""
        spots = [i for i, c in enumerate(name) if c in ACCENTS]
        if not spots:
            return name
        i = self.rng.choice(spots)
        return name[:i] + ACCENTS[name[i]] + name[i + 1 :]

    def person(self) -> str:
        first = self.rng.choice(FIRST_NAMES)
        if self.rng.random() < 0.3:
            first = ACCENTED_FIRST.get(first, first)
        last = self.word((2, 2))
        if self.rng.random() < 0.35:
            last = self.accented(last)
        return f"{first} {last}"


# --- domains and their facts ------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """Something an event has a number for, and the ways outlets say it."""

    key: str
    label: str
    counted: tuple[str, ...]
    clauses: tuple[str, ...]
    low: float
    high: float
    unit: str | None = None
    """None for counts; else 'km', 'ha', 'mm', 'm', 'kmh', 'usd', 'pct', 'years'."""


@dataclass(frozen=True)
class Domain:
    name: str
    nouns: tuple[str, ...]
    titles: tuple[str, ...]
    facts: tuple[Fact, ...]


DOMAIN_TABLE = """
protest | protest, demonstration, rally, march
  = {N} detained after {noun} in {place}; Police break up {noun} in {place}
  detained | number detained | people, protesters, demonstrators | 8 | 140 | -
    {q} {n} were detained; {q} {n} were arrested; police detained {q} {n}
    {q} {n} were taken into custody
  injured | number injured | people, protesters, officers | 3 | 60 | -
    {q} {n} were injured; {q} {n} were hurt; {q} {n} were wounded in clashes
  marchers | size of the crowd | people, demonstrators | 800 | 60000 | -
    {q} {n} took part in the {noun}; the {noun} drew {q} {n}
    {q} {n} marched through the centre
flood | flood, flooding, floods
  = Floods hit {place}; {N} dead as floods sweep {place}
  dead | death toll | people, residents | 2 | 90 | -
    {q} {n} were killed; {q} {n} died; {q} {n} lost their lives; the {noun} killed {q} {n}
  evacuated | number evacuated | residents, people, families | 200 | 40000 | -
    {q} {n} were evacuated; {q} {n} were forced from their homes; authorities evacuated {q} {n}
  rainfall | rainfall | rain | 60 | 400 | mm
    {q} of rain fell in a single day; the area received {q} of rain
election | election, vote, ballot
  = Turnout high in {place} {noun}; {place} goes to the polls
  turnout | turnout | voters | 35 | 82 | pct
    turnout was {q}; {q} of registered voters cast a ballot
  votes | votes for the winner | votes | 4000 | 900000 | -
    the winning candidate received {q} {n}; the incumbent won {q} {n}
  seats | seats won | seats | 5 | 120 | -
    the governing party won {q} {n}; the opposition took {q} {n}
strike | strike, walkout, stoppage
  = Workers strike in {place}; {noun} shuts factories in {place}
  strikers | number on strike | workers, employees, staff | 300 | 80000 | -
    {q} {n} walked off the job; {q} {n} joined the {noun}; {q} {n} stopped work
  raise | pay rise demanded | raise | 4 | 25 | pct
    unions are demanding a raise of {q}; the union wants wages raised by {q}
  losses | estimated losses | losses | 1 | 900 | usd
    losses were estimated at {q}; the {noun} cost businesses {q}
accident | crash, collision, accident
  = Train crash near {place}; {N} dead in {noun} near {place}
  dead | death toll | people, passengers | 2 | 70 | -
    {q} {n} were killed; {q} {n} died; the {noun} killed {q} {n}
  injured | number injured | people, passengers | 5 | 200 | -
    {q} {n} were injured; {q} {n} were taken to hospital; {q} {n} were hurt
  speed | speed of the train | speed | 60 | 220 | kmh
    the train was travelling at {q}; the train was going {q}
fire | fire, wildfire, blaze
  = Wildfire near {place}; {noun} forces evacuations near {place}
  area | area burned | land | 300 | 60000 | ha
    the {noun} has burned {q}; {q} of forest were destroyed
  homes | homes destroyed | homes, houses, buildings | 4 | 900 | -
    {q} {n} were destroyed; the {noun} destroyed {q} {n}
  firefighters | firefighters deployed | firefighters | 40 | 3000 | -
    {q} {n} were fighting the {noun}; authorities deployed {q} {n}
court | trial, case, verdict
  = Court rules in {place} {noun}; Verdict in {place} {noun}
  sentence | prison sentence | sentence | 2 | 30 | years
    the court sentenced him to {q} in prison; he was given a prison term of {q}
  fine | fine imposed | fine | 1 | 400 | usd
    the company was fined {q}; the court imposed a fine of {q}
  defendants | number of defendants | defendants, people | 2 | 40 | -
    {q} {n} stood trial; {q} {n} were convicted
earthquake | earthquake, quake, tremor
  = Earthquake strikes {place}; {N} dead in {place} {noun}
  dead | death toll | people, residents | 3 | 400 | -
    {q} {n} were killed; {q} {n} died; the {noun} killed {q} {n}
  buildings | buildings collapsed | buildings, homes | 10 | 2000 | -
    {q} {n} collapsed; the {noun} flattened {q} {n}
  depth | depth of the quake | depth | 5 | 70 | km
    the {noun} struck at a depth of {q}; the epicentre was {q} deep
storm | storm, cyclone, hurricane
  = Storm batters {place}; {noun} leaves thousands without power in {place}
  wind | wind speed | winds | 90 | 260 | kmh
    winds reached {q}; the {noun} brought gusts of {q}
  power | homes without power | homes, households, customers | 2000 | 400000 | -
    {q} {n} were left without power; the {noun} cut power to {q} {n}
  dead | death toll | people | 2 | 60 | -
    {q} {n} were killed; {q} {n} died
outbreak | outbreak, epidemic
  = Outbreak spreads in {place}; {N} cases in {place} {noun}
  cases | number of cases | cases | 20 | 9000 | -
    {q} {n} have been confirmed; health officials reported {q} {n}
  hospitalized | number in hospital | people, patients | 5 | 600 | -
    {q} {n} were admitted to hospital; {q} {n} were hospitalized
  dead | death toll | people, patients | 2 | 80 | -
    {q} {n} have died; the {noun} has killed {q} {n}
mine | mine collapse, mining accident
  = Miners trapped near {place}; Rescue under way at {place} mine
  trapped | miners trapped | miners, workers | 3 | 60 | -
    {q} {n} were trapped underground; {q} {n} remain trapped
  shaft | depth of the miners | depth | 80 | 900 | m
    the miners are {q} below the surface; the tunnel collapsed {q} down
  rescuers | rescuers at the site | rescuers | 20 | 500 | -
    {q} {n} are working at the site; {q} {n} were sent to the mine
"""


def _domains(table: str) -> tuple[Domain, ...]:
    """Parse the table: `name | nouns`, `  = titles`, then per fact `  key | label | counted |
    low | high | unit` followed by indented lines of clauses, `;`-separated."""
    domains: list[Domain] = []
    for block in re.split(r"\n(?=\S)", table.strip()):
        lines = block.splitlines()
        name, nouns = (p.strip() for p in lines[0].split("|"))
        titles = _words(lines[1].strip().removeprefix("= "), ";")
        facts: list[list[str]] = []
        for line in lines[2:]:
            if line.startswith("   "):
                facts[-1].append(line.strip())
            else:
                facts.append([line])
        parsed = []
        for head, *clauses in facts:
            key, label, counted, low, high, unit = (p.strip() for p in head.split("|"))
            parsed.append(
                Fact(
                    key,
                    label,
                    _words(counted, ","),
                    _words("; ".join(clauses), ";"),
                    float(low),
                    float(high),
                    None if unit == "-" else unit,
                )
            )
        domains.append(Domain(name, _words(nouns, ","), titles, tuple(parsed)))
    return tuple(domains)


DOMAINS = _domains(DOMAIN_TABLE)


# --- quantities -------------------------------------------------------------------------

UNIT_PAIRS = {
    "km": ("kilometers", "km", "miles", 0.621371),
    "kmh": ("kilometers per hour", "km/h", "mph", 0.621371),
    "mm": ("millimeters", "mm", "inches", 0.0393701),
    "m": ("meters", "m", "feet", 3.28084),
    "ha": ("hectares", "ha", "acres", 2.47105),
}


def _nice(value: float) -> float:
    """Round a drawn value the way a reporter would give it."""
    if value >= 10000:
        return round(value, -3)
    if value >= 1000:
        return round(value, -2)
    if value >= 100:
        return round(value, -1)
    return round(value)


def _fmt(n: float) -> str:
    if abs(n - round(n)) < 1e-9:
        return f"{round(n):,}"
    return f"{n:,.1f}"


def draw_value(fact: Fact, rng: random.Random) -> float:
    # Log-uniform: small and large events are both common.
    import math

    lo, hi = math.log(fact.low), math.log(fact.high)
    return _nice(math.exp(rng.uniform(lo, hi)))


@dataclass
class Said:
    """One way of stating a value: the phrase, and whether it holds the true value exactly."""

    phrase: str
    style: str
    value: float


def say_count(n: float, rng: random.Random, exact: bool = False) -> Said:
    """A count as a reporter writes it: exact, in words, hedged, or vague (all true to n)."""
    n = int(n)
    styles = (
        ["exact"]
        if exact
        else ["exact", "exact", "words", "around", "more", "least", "nearly", "vague"]
    )
    style = rng.choice(styles)
    if style == "words" and n <= 99:
        if n == 24:
            return Said("two dozen", style, n)
        if n == 12:
            return Said("a dozen", style, n)
        return Said(number_words(n), style, n)
    if style == "around":
        if 22 <= n <= 26:
            return Said(rng.choice(["around two dozen", "about two dozen"]), style, n)
        shown = _nice(n * rng.uniform(0.96, 1.04)) if n >= 100 else n
        return Said(f"{rng.choice(['around', 'about', 'some', 'roughly'])} {_fmt(shown)}", style, n)
    if style == "more" and n >= 12:
        floor = _nice(n * rng.uniform(0.7, 0.92))
        if floor < n:
            return Said(f"{rng.choice(['more than', 'over'])} {_fmt(floor)}", style, n)
    if style == "least":
        return Said(f"at least {_fmt(n)}", style, n)
    if style == "nearly" and n >= 15:
        ceiling = _nice(n * rng.uniform(1.02, 1.08))
        if ceiling > n:
            return Said(f"{rng.choice(['nearly', 'almost'])} {_fmt(ceiling)}", style, n)
    if style == "vague":
        if 24 <= n < 100:
            return Said("dozens of", style, n)
        if 200 <= n < 1000:
            return Said("hundreds of", style, n)
        if 2000 <= n < 10000:
            return Said("thousands of", style, n)
    return Said(_fmt(n), "exact", n)


def say_measure(fact: Fact, v: float, rng: random.Random, form: str | None = None) -> Said:
    """A measure in one unit, the other, or both ('3 kilometers (2 miles)')."""
    unit = fact.unit
    if unit == "pct":
        return Said(
            rng.choice([f"{_fmt(v)} percent", f"{_fmt(v)}%", f"about {_fmt(v)}%"]), "pct", v
        )
    if unit == "years":
        return Said(
            f"{number_words(int(v)) if v < 20 and rng.random() < 0.5 else _fmt(v)} years",
            "years",
            v,
        )
    if unit == "usd":
        if rng.random() < 0.5:
            return Said(f"${_fmt(v)} million", "usd", v)
        return Said(f"{_fmt(v)} million dollars", "usd", v)
    long, short, other, factor = UNIT_PAIRS[unit]
    w = v * factor
    w_shown = round(w) if w >= 10 else round(w, 1)
    form = form or rng.choice(["both", "both", "base", "short", "other"])
    if form == "both":
        return Said(f"{_fmt(v)} {long} ({_fmt(w_shown)} {other})", "both", v)
    if form == "short":
        return Said(f"{_fmt(v)} {short}", "short", v)
    if form == "other":
        return Said(f"{_fmt(w_shown)} {other}", "other", v)
    return Said(f"{_fmt(v)} {long}", "base", v)


def odd_value(true: float, rng: random.Random) -> float:
    """A value plainly incompatible with the truth and with every hedge of it."""
    factor = rng.choice([rng.uniform(1.7, 3.2), rng.uniform(0.25, 0.55)])
    value = _nice(true * factor)
    if abs(value - true) < max(3, true * 0.4):
        value = _nice(true * 2.5) if true >= 2 else true + 5
    return max(value, 1)


# --- dates ------------------------------------------------------------------------------


def _as_written(phrase: str, sentence: str) -> str:
    """The phrase as it stands in the sentence (capitalised when it opens it)."""
    return phrase if phrase in sentence else phrase[:1].upper() + phrase[1:]


def weekday(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def say_date(event: dt.date, published: dt.date, rng: random.Random) -> str:
    """The event's day as an outlet writing on `published` would put it."""
    delta = (published - event).days
    explicit = [
        f"on {AP_MONTHS[event.month - 1]} {event.day}",
        f"on {MONTHS[event.month - 1]} {event.day}",
        f"on {event.day} {MONTHS[event.month - 1]}",
    ]
    wd = weekday(event)
    if delta == 0:
        options = [f"early {wd}", f"on {wd}", f"on {wd} morning", f"late on {wd}"]
    elif delta == 1:
        options = [f"on {wd}", f"late {wd}", "yesterday", f"on {wd} night"]
    elif delta < 7:
        options = [f"on {wd}", f"last {wd}"]
    else:
        options = []
    return rng.choice(options * 2 + explicit)


def say_past(published: dt.date, rng: random.Random) -> tuple[str, int]:
    """A date for background history: a year, or 'last May'."""
    if rng.random() < 0.5:
        year = published.year - rng.randint(2, 12)
        return f"in {year}", year
    month = rng.randint(1, 12)
    return f"last {MONTHS[month - 1]}", published.year - 1


# --- prose ------------------------------------------------------------------------------

FILLER = (
    "{City} has long been a centre of {sector} in the region, and many families depend on it.",
    "Residents of {City} said the mood in the streets was tense but calm by evening.",
    "The government has faced growing criticism over its handling of {topic} in recent months.",
    "Analysts said the events could weigh on the {party} ahead of next year's vote.",
    "{Person}, who runs a small {shop} in {City}, said business had been slow for weeks.",
    "Local radio stations interrupted their programmes to broadcast updates throughout the day.",
    "Opposition figures called for an independent inquiry into what had happened.",
    "The region's economy relies heavily on {sector}, which has struggled since the pandemic.",
    "Officials did not immediately respond to requests for comment.",
    "Community leaders urged residents to stay indoors and follow official guidance.",
    "Videos shared on social media showed crowds gathering near the main square of {City}.",
    "The {org} said it was monitoring the situation closely.",
    "Schools in parts of {City} were closed as a precaution, according to local officials.",
    "Critics say years of underinvestment in {topic} left the area vulnerable.",
    "{Person}, a researcher at the University of {City}, said the pattern was familiar.",
    "Traffic on the main road into {City} was diverted for much of the afternoon.",
    "The {party} has governed the region for most of the past decade.",
    "Many of those affected are {workers} who moved to {City} from the countryside.",
    "Aid groups said they were preparing to send food and blankets to the area.",
    "Neighbours described hearing loud noises before dawn and seeing smoke over the rooftops.",
    "The streets around the {building} were cordoned off by police for several hours.",
    "A spokeswoman for the {org} declined to say when more information would be released.",
    "Residents complained that warnings came too late and were hard to understand.",
    "{City} lies in a valley along the {River} river, about an hour from the coast.",
    "The area has seen a sharp rise in {topic} complaints over the past year.",
    "Several shops near the {building} stayed shuttered as owners waited for news.",
    "The authorities promised to publish a full account once the facts were established.",
    "Observers noted that the official figures had changed several times during the day.",
    "Reporters at the scene saw ambulances and police vans coming and going.",
    "The {org} has previously warned about the risks facing {City}.",
    "Lawmakers from the {party} are expected to raise the matter in parliament this week.",
    "The incident drew comparisons with earlier events that shook the region.",
    "For many in {City}, the news was a reminder of how fragile daily life has become.",
    "Some residents said they had been expecting trouble for days.",
    "The central bank's latest report described the regional economy as stagnant.",
    "Power and water services were restored to most neighbourhoods by nightfall.",
    "A local priest said the church would open its doors to anyone who needed shelter.",
    "Officials in {City} said they were coordinating with national agencies.",
    "Independent journalists said they had been kept away from the area for hours.",
    "The {org} urged people not to share unverified information online.",
    "Prices for basic goods in {City} have climbed steadily since last winter.",
    "{Person} said that trust in local institutions had been eroding for years.",
    "The {building} was built in the 1970s and had been scheduled for renovation.",
    "International observers called for restraint on all sides.",
    "Foreign embassies advised their citizens to avoid the area until further notice.",
    "The {party} accused the government of playing down the scale of the problem.",
    "Local businesses said they would need months to recover from the disruption.",
    "It was not clear how long the emergency measures would remain in place.",
)
SECTORS = (
    "textile manufacturing",
    "fishing",
    "mining",
    "tourism",
    "farming",
    "shipping",
    "timber",
    "car parts",
    "coffee exports",
    "steelmaking",
)
TOPICS = (
    "public transport",
    "housing",
    "water supply",
    "road safety",
    "policing",
    "flood defences",
    "public health",
    "the electricity grid",
)
SHOPS = ("bakery", "hardware store", "pharmacy", "café", "bookshop", "tailor's shop")
WORKERS = ("factory workers", "day labourers", "seasonal farmhands", "dock workers")
BUILDINGS = ("town hall", "central station", "regional court", "main hospital", "old market")
ORG_FORMS = (
    "{X} Red Cross",
    "National {X} Institute",
    "{X} Civil Protection Agency",
    "{X} Rights Watch",
    "{X} Chamber of Commerce",
)
PARTY_FORMS = ("{X} Party", "{X} Alliance", "Movement for {X}", "{X} People's Front")

SPEAKERS = (
    "Residents",
    "Shopkeepers",
    "Local officials",
    "Community leaders",
    "Several witnesses",
    "Analysts",
    "Aid workers",
    "Opposition lawmakers",
    "Church leaders",
    "Teachers",
    "Taxi drivers",
    "Students",
    "Union representatives",
    "Doctors at the main hospital",
    "Business owners",
    "Human rights groups",
    "Engineers",
    "Retired officials",
)
JOBS = _words(
    "teacher, nurse, taxi driver, shop owner, student, retired engineer, bus driver, "
    "pharmacist, baker, lawyer, farmer, civil servant, mechanic, architect",
    ",",
)
SAY_VERBS = (
    "said",
    "complained",
    "warned",
    "noted",
    "argued",
    "told local media",
    "told reporters",
    "insisted",
    "have long said",
    "pointed out",
)
CLAIMS = (
    "that the authorities had been slow to react",
    "that {topic} had been neglected for years",
    "that they feared a repeat of earlier trouble",
    "that prices in {City} had risen sharply",
    "that nobody had warned them in time",
    "that the official account left too many questions open",
    "that the {party} was using the crisis for its own ends",
    "that money promised for {topic} never arrived",
    "that the {building} had been in poor shape for a long time",
    "that young people were leaving {City} in search of work",
    "that the {org} had done more than the government",
    "that rumours spread faster than the facts",
    "that the police presence had been heavier than usual",
    "that local radio was the only reliable source of news",
    "that the {sector} industry could not take another blow",
    "that the recovery would be long and expensive",
    "that they had stopped trusting official statements",
    "that the streets had never felt so empty",
    "that families were sharing what little they had",
    "that the region needed a plan, not promises",
)
TAILS = (
    "",
    "",
    "",
    " on the day",
    " in recent weeks",
    " in interviews",
    " on social media",
    " at a meeting in {City}",
)
DESCRIPTIONS = (
    "The {building} in {City} {state}.",
    "Along the {River} river, {scene}.",
    "In the older parts of {City}, {scene}.",
    "Near the {building}, {scene}.",
)
STATES = (
    "stood empty for most of the day",
    "was surrounded by journalists",
    "remained closed to the public",
    "became a gathering point for families",
    "was lit up late into the night",
    "was guarded by soldiers",
)
SCENES = (
    "shops pulled down their shutters early",
    "families waited for news",
    "volunteers handed out water and bread",
    "traffic slowed to a crawl",
    "people gathered in small groups to talk",
    "street vendors packed up their stalls",
    "the usual market did not open",
    "police patrols were visible on every corner",
)

REPORTERS = ("witnesses said", "police said", "local media reported")
QUOTES = (
    "We are doing everything we can to help the people affected",
    "The situation is under control",
    "This should never have happened",
    "We will find out who is responsible",
    "Our priority now is the safety of residents",
    "We ask everyone to remain calm",
    "It was chaos, nobody knew what to do",
    "We have been warning about this for years",
    "People are frightened and they want answers",
)

JUNK_TAIL = (
    "error: Content is protected !!",
    "Do NOT follow this link or you will be banned from the site!",
    "Share this:\nFacebook\nTwitter\nEmail",
    "Follow us on Twitter and Facebook for the latest news.",
    "Sign up for our newsletter to get the day's top stories.",
    "Advertisement",
    "Related: More stories from this region",
    "Copyright protected. Reproduction prohibited.",
)
CREDIT_FORMS = ("Credit{P}/{A}", "Photo: {P}/{A}", "(Photo by {P}/{A})")
AGENCIES = ("Reuters", "AFP", "AP", "EPA", "Getty Images")


THESAURUS: dict[str, tuple[str, ...]] = {
    w.split(":")[0].strip(): _words(w.split(":")[1], ",")
    for w in """
city: city, town, municipality, urban area
said: said, noted, added, remarked, stressed
local: local, nearby, area
residents: residents, locals, inhabitants, people living nearby, longtime residents
officials: officials, authorities, administrators, civil servants, bureaucrats
area: area, vicinity, surroundings, locality
region: region, province, surrounding territory, wider area
families: families, households, local families, working families
streets: streets, avenues, roads, alleys
government: government, administration, cabinet, national government
leaders: leaders, figures, representatives, spokespeople
main: main, central, principal, largest
years: years, a long time, decades
groups: groups, organisations, associations, networks
warned: warned, cautioned, predicted, feared
people: people, citizens, locals, the public
analysts: analysts, commentators, experts, political scientists, economists
events: events, developments, incidents, scenes
small: small, modest, family-run, tiny
slow: slow, sluggish, quiet, weak
opposition: opposition, rival, dissident
independent: independent, impartial, external, neutral
economy: economy, labour market, local economy, tax base
community: community, neighbourhood, civic, parish
urged: urged, asked, implored, encouraged
media: media, press, outlets, broadcasters
near: near, close to, next to, around
closed: closed, shut, locked, sealed
traffic: traffic, congestion, the flow of cars, bus services
described: described, recalled, recounted, reported
complained: complained, grumbled, lamented
shops: shops, stores, stalls, kiosks
authorities: authorities, officials, the administration, the state
observers: observers, monitors, onlookers, diplomats
noted: noted, observed, remarked, pointed out
reporters: reporters, journalists, correspondents, the press
trouble: trouble, unrest, problems, difficulties
church: church, parish, chapel, congregation
journalists: journalists, reporters, camera crews, correspondents
prices: prices, costs, the cost of living, rents
empty: empty, deserted, quiet, abandoned
told: told, informed, assured
mood: mood, atmosphere, feeling, spirit
tense: tense, nervous, uneasy, strained
calm: calm, quiet, orderly, peaceful
criticism: criticism, pressure, scrutiny, anger
growing: growing, mounting, increasing, fresh
handling: handling, management, oversight, treatment
stations: stations, broadcasters, channels
updates: updates, bulletins, news flashes, reports
inquiry: inquiry, investigation, review, probe
happened: happened, took place, unfolded, occurred
heavily: heavily, largely, mostly, to a great extent
struggled: struggled, suffered, stalled, shrunk
crowds: crowds, groups of people, onlookers, gatherings
monitoring: monitoring, watching, following, tracking
situation: situation, crisis, events, developments
schools: schools, colleges, kindergartens, classrooms
critics: critics, opponents, detractors, campaigners
vulnerable: vulnerable, exposed, at risk, unprotected
pattern: pattern, sequence, story, trend
familiar: familiar, well known, predictable, all too common
diverted: diverted, rerouted, halted, blocked
affected: affected, hit hardest, displaced, caught up in it
preparing: preparing, getting ready, planning, arranging
neighbours: neighbours, people next door, nearby residents, onlookers
loud: loud, sharp, sudden, heavy
cordoned: cordoned, sealed, closed, fenced
declined: declined, refused, would not agree
warnings: warnings, alerts, notices, announcements
complaints: complaints, grievances, reports, concerns
stayed: stayed, remained, were kept, sat
publish: publish, release, present, issue
changed: changed, shifted, been revised, varied
incident: incident, episode, affair, crisis
reminder: reminder, sign
fragile: fragile, precarious, uncertain, brittle
expecting: expecting, anticipating, fearing, predicting
latest: latest, most recent, newest, quarterly
restored: restored, reconnected
coordinating: coordinating, working, cooperating, liaising
trust: trust, confidence, faith, belief
international: international, foreign, regional, western
advised: advised, warned, urged
accused: accused, blamed, charged, criticised
businesses: businesses, firms, traders, companies
recover: recover, rebuild, bounce back, get back on their feet
disruption: disruption, damage, turmoil, losses
measures: measures, rules, restrictions, precautions
neglected: neglected, ignored, underfunded, overlooked
feared: feared, worried, suspected, dreaded
questions: questions, doubts, gaps, unknowns
crisis: crisis, emergency, turmoil, disaster
money: money, funding, cash, investment
rumours: rumours, stories, false reports, speculation
recovery: recovery, rebuilding, clean-up, reconstruction
expensive: expensive, costly, slow, painful
statements: statements, announcements, briefings, figures
volunteers: volunteers, helpers, aid workers, neighbours
market: market, bazaar, fair, marketplace
""".strip().splitlines()
}
OPENERS = _words(
    "Meanwhile | At the same time | For their part | Still | Elsewhere | Even so | "
    "In the meantime | By then | As it was | Later | Separately | In any case | All the same | "
    "For now | On the ground | Behind the scenes | In practice | Indeed",
    "|",
)
LOWER_FIRST = frozenset(
    _words(
        "the a an residents local officials some several many community "
        "analysts aid schools traffic neighbours critics reporters power "
        "power prices observers independent international foreign "
        "opposition lawmakers it for shopkeepers students teachers"
    )
)


def vary(sentence: str, rng: random.Random) -> str:
    """Reword background prose so that independent articles share phrases, not paragraphs."""
    parts = re.split(r"([A-Za-z']+)", sentence)
    for i in range(1, len(parts), 2):
        options = THESAURUS.get(parts[i].lower())
        if options and rng.random() < 0.7:
            word = rng.choice(options)
            parts[i] = word[0].upper() + word[1:] if parts[i][0].isupper() else word
    out = "".join(parts)
    first = out.split(" ", 1)[0].lower()
    if rng.random() < 0.3 and first in LOWER_FIRST:
        out = f"{rng.choice(OPENERS)}, {out[0].lower()}{out[1:]}"
    return out


# --- the corpus -------------------------------------------------------------------------


@dataclass
class Event:
    id: str
    domain: Domain
    city: str
    region: str
    district: str
    other_districts: list[str]
    day: dt.date
    noun: str
    officials: list[tuple[str, str, str]]
    values: dict[str, float]
    population: float
    org: str
    party: str
    river: str
    rally: dt.date
    """A follow-up every outlet names the same way: the coming rally (a future date)."""


@dataclass
class Article:
    id: str
    event: str
    outlet: str | None
    published: dt.date | None
    url: str
    title: str
    paragraphs: list[str]
    junk: list[str] = field(default_factory=list)
    copy_of: str | None = None
    copy_kind: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs + self.junk) + "\n"


class CorpusBuilder:
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
        population = _nice(rng.uniform(40_000, 2_500_000))
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
                    f"{{City}} is home to about {_fmt(ev.population)} people.",
                    f"Some {_fmt(ev.population)} people live in {{City}}, census figures show.",
                    f"The {{City}} area has a population of roughly {_fmt(ev.population)}.",
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
                "phrase": _as_written(said.phrase, sentence),
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
            record["past"] = {"phrase": _as_written(said.phrase, s), "year": year, "sentence": s}
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
        title = title.replace("{N}", _fmt(n)).replace("{noun}", ev.noun).replace("{place}", city)
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
