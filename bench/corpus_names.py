"""Invented names (never a word of the sample) and the domains events are drawn from."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_db"

# --- invented names ---------------------------------------------------------------------


def word_list(text: str, sep: str | None = None) -> tuple[str, ...]:
    """A word list written as one string, so the tables below stay readable."""
    return tuple(w.strip() for w in text.split(sep))


ONSETS = word_list("b br d dr f g gr h k kl l m n p pr r s st t tr v z sh th j")
VOWELS = word_list("a e i o u a e o ai ei ou")
CODAS = ("", "", "", *word_list("n r l s m k nd rt st v"))
PLACE_ENDINGS = ("", *word_list("a ia en or ar ova heim ton dale mouth ik"))
ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
FIRST_NAMES = word_list(
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
OUTLET_FORMS = word_list(
    "The {X} Herald | {X} Daily | The {X} Post | {X} Times | {X} News Agency | Radio {X} | "
    "The {X} Courier | {X} Tribune | {X} Observer | {X} Morning Star",
    "|",
)
AGGREGATORS = (None, None, "NewsNow Digest", "DailyFeed", "WorldWire Reposts", "Headline Hub")

WEEKDAYS = word_list("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = word_list(
    "January February March April May June July August September October November December"
)
AP_MONTHS = word_list("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.")
NUMBER_WORDS = word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
TENS = word_list("_ _ twenty thirty forty fifty sixty seventy eighty ninety")


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
        titles = word_list(lines[1].strip().removeprefix("= "), ";")
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
                    word_list(counted, ","),
                    word_list("; ".join(clauses), ";"),
                    float(low),
                    float(high),
                    None if unit == "-" else unit,
                )
            )
        domains.append(Domain(name, word_list(nouns, ","), titles, tuple(parsed)))
    return tuple(domains)


DOMAINS = _domains(DOMAIN_TABLE)
