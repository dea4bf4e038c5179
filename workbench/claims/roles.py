"""Roles as data: which words put a count in which role, merged with the user's own file.

The built-in roles live in `workbench/data/roles.json` (its `_about` says what each list
means); a file of the same shape named by `$WORKBENCH_ROLES`, else
`<config dir>/workbench/roles.json`, is merged on top, so a newsroom covering elections or
floods adds its words without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from workbench.claims.words import STOP, wordset
from workbench.user_data import merged, packaged, read_extension, user_file, user_file_stamp
from workbench.vocabulary import singular

ROLES_ENV = "WORKBENCH_ROLES"
HARM_ROLES = ("killed", "injured", "hit")
IMPLICIT_ROLES = frozenset(("killed", "injured", "hit", "arrested", "charged", "missing"))
"""Roles a singular mention is counted in: what happened to a person, not what one did."""


_FUNCTION_WORDS = wordset(
    "a an the in into to of for by with on at his her their own be take send find put "
    "keep leave lose suffer sustain remain victim"
)


class RolesError(Exception):
    """The user's roles file cannot be read or has the wrong shape."""


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().split())


@dataclass(slots=True)
class Roles:
    """Lookups from a base form (or a phrase of base forms) to the role it gives."""

    rank: dict[str, int] = field(default_factory=dict)
    acted_on: dict[tuple[str, ...], str] = field(default_factory=dict)
    undergo: dict[tuple[str, ...], str] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    adverbs: dict[str, str] = field(default_factory=dict)
    counted_nouns: dict[str, str] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    denied: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Verbs that put their subject in the role when negated ("did not survive")."""
    bereaved: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Verbs whose object, when it names persons, is in the role ("lost three children")."""
    singular_persons: frozenset[str] = frozenset()
    multipliers: dict[str, int] = field(default_factory=dict)
    wounds: dict[str, str] = field(default_factory=dict)
    """Words on a borne harm noun that say its role ("fatal", "gunshot", "non-fatal")."""
    borne_nouns: frozenset[str] = frozenset()
    """Nouns for a harm a person bears ("a gunshot wound", "injuries", "a bullet")."""
    borne_verbs: frozenset[str] = frozenset()
    """Verbs whose subject bears their object ("sustained a gunshot wound")."""
    carried_to_care: frozenset[tuple[str, str]] = frozenset()
    """The ways others carry a person to care, as (verb, preposition): with a place named
    only by its name ("was taken to Stroger"), the person is in care (`care_role`)."""
    not_care: frozenset[str] = frozenset()
    """Words of a named place that say it is no place of care ("Cook County Jail")."""
    survival_states: frozenset[str] = frozenset()
    """Words of a living person's health ("alive", "okay"): a survivor's state (`survival`)."""
    survival_nouns: frozenset[str] = frozenset()
    """Nouns of the healing a wounded person goes through ("a good recovery", "stitches")."""
    near_misses: frozenset[str] = frozenset()
    """Verbs of a projectile that passed a person by ("missed his eye"): no path through."""
    survival_phrases: frozenset[str] = frozenset()
    """A survivor's state in more than one word: a verb and its particle, adverb or object
    ("pull through", "make it", "do well"), or a complement ("all right") (`survival`)."""
    survival_verbs: frozenset[str] = frozenset()
    """Verbs of healing ("recover"): one in the clause of a person's verb tells that person
    healing ("is in the hospital recovering", `survival`)."""
    care_places: frozenset[str] = frozenset()
    """The places of care ("hospital", "trauma center"): one said to be at one is in care,
    where the article told of a harm (`survival`)."""
    care_vehicles: frozenset[str] = frozenset()
    """The vehicles of care ("ambulance", "stretcher"): places of care too ("loaded into an
    ambulance"), where medics, not a hospital, hold the person (`care_of_the_dead`)."""
    care_releases: frozenset[str] = frozenset()
    """The verbs of the ways out of care ("release from", "discharge from"): a person told
    released with no place or one of care ("one of the victims was released") lived."""
    care_role: str | None = None
    care_verbs: frozenset[str] = frozenset()
    """The verbs of the ways to care ("take", "treat", "hospitalize"): a person they carry or
    keep is told in care, not how they were hurt (`harms.how_of_an_outcome`)."""
    aid_verbs: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    """Care given by anyone (`claims/aid_given.py`): verbs of tending and nouns of first aid."""
    wound_verbs: frozenset[str] = frozenset()
    """Verbs one undergoes that tell a wound the subject has ("was bleeding from his
    head"): injured, as a wound borne, unless the article tells the person died."""
    debris_nouns: frozenset[str] = frozenset()
    """What a shot sends flying ("glass", "shrapnel"): one hit by it is hurt, not shot."""
    wound_nouns: frozenset[str] = frozenset()
    """Borne nouns that name what a person has, not how it was done ("a gunshot wound",
    "stab injuries"): a person who has one lived, unless told dead."""
    conditions: frozenset[str] = frozenset()
    """Nouns that hold a person's state ("his condition was stabilized"), as the wound
    nouns do ("her injuries are not life-threatening")."""
    deaths: frozenset[str] = frozenset()
    """Nouns that name one person's death as an event ("after the killing"): said alone,
    one dead (`mention_kinds.a_death_told`)."""
    deadly_event_nouns: frozenset[str] = frozenset()
    """Nouns of an event that tell no harm of their own ("incident", "argument"): said
    deadly ("a fatal incident"), one dead, as the roles' event nouns (`deadly_events`)."""
    deadly_event_verbs: frozenset[str] = frozenset()
    """Verbs of becoming ("turn", "prove"): with a word of death as their complement ("the
    argument turned deadly"), their subject's event is told deadly (`deadly_events`)."""
    rite_nouns: frozenset[str] = frozenset()
    """Nouns of a rite held for one who died ("funeral", "obituary"): one person owning
    one, or named by its "of" or "for", is told dead (`rites`)."""
    rite_verbs: frozenset[tuple[str, ...]] = frozenset()
    """Verbs of such a rite with their preposition ("bury", "lay to rest", "survive by"):
    their passive's subject is told dead (`rites`)."""
    absence_states: frozenset[str] = frozenset()
    """Words of a person gone ("my son is gone"): one so told is dead (`told_dead`)."""
    absence_returns: frozenset[tuple[str, str]] = frozenset()
    """Verbs of return with their adverb ("bring back"): denied of a person, dead."""
    killers: frozenset[str] = frozenset()
    """Nouns of the one who killed ("killer"): owned by one person, that person is dead."""
    dead_persons: frozenset[str] = frozenset()
    """Adjectives that stand as a noun for one dead person ("the deceased")."""
    losses: frozenset[str] = frozenset()
    """Nouns of the bereaved verbs ("loss"): told of one person, one dead (`losses`)."""
    """Nouns of the one who killed ("killer"): owned by one person, that person is dead."""
    body_parts: frozenset[str] = frozenset()
    """Nouns whose owner bears what happens to them ("struck the knee of a girl")."""
    intentions: frozenset[str] = frozenset()
    """Verbs and nouns that say a harm was meant, not done ("tried to kill")."""
    turned_role: str | None = None
    """The role of a person a weapon is turned on ("turned the gun on himself")."""
    turned_verbs: frozenset[str] = frozenset()
    turned_prepositions: frozenset[str] = frozenset()
    turned_weapons: frozenset[str] = frozenset()
    doing_with_object: frozenset[str] = frozenset()
    """Verbs one undergoes that, with an object, tell of doing ("passed a test")."""
    words: frozenset[str] = frozenset()
    """The content words (base forms) that name a role a singular mention can be counted
    in: a sentence without one of them, and without a number, need not be parsed."""

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Roles:
        roles = cls()
        words: set[str] = set()
        # Lower rank first, so that a word two roles list goes to the stronger one.
        made = _with_custody(data, _with_care(data))
        entries = sorted(made.items(), key=lambda kv: kv[1].get("rank", 99))
        for name, entry in entries:
            roles.rank[name] = int(entry.get("rank", 99))
            named = words if name in IMPLICIT_ROLES else set()
            for key, table in (
                ("acted_on", roles.acted_on),
                ("undergo", roles.undergo),
                ("phrases", roles.phrases),
                ("denied", roles.denied),
                ("bereaved", roles.bereaved),
            ):
                for text in entry.get(key, []):
                    table.setdefault(_phrase(text), name)
                    if key == "phrases":  # the parse gives a noun's singular
                        *head, last = _phrase(text)
                        table.setdefault((*head, singular(last)), name)
                    named.update(w for w in _phrase(text) if w not in _FUNCTION_WORDS)
            for key, flat in (
                ("states", roles.states),
                ("nouns", roles.nouns),
                ("adverbs", roles.adverbs),
                ("counted_nouns", roles.counted_nouns),
                ("wounds", roles.wounds),
            ):
                for text in entry.get(key, []):
                    flat.setdefault(text.casefold(), name)
                    if key != "wounds":  # a modifier alone is no reason to parse
                        named.update(w for w in _phrase(text) if w not in _FUNCTION_WORDS)
        borne = data.get("borne", {})
        roles.borne_nouns = frozenset(w.casefold() for w in borne.get("nouns", []))
        roles.borne_verbs = frozenset(w.casefold() for w in borne.get("verbs", []))
        roles.wound_nouns = frozenset(w.casefold() for w in borne.get("wounds", []))
        roles.wound_verbs = frozenset(w.casefold() for w in borne.get("wound_verbs", []))
        roles.debris_nouns = frozenset(w.casefold() for w in borne.get("debris", []))
        roles.near_misses = frozenset(w.casefold() for w in borne.get("near_misses", []))
        care = data.get("care", {})
        roles.care_role = care.get("role")
        roles.carried_to_care = frozenset(
            tuple(w.casefold().rsplit(" ", 1)) for w in care.get("carried", [])
        )
        roles.not_care = frozenset(w.casefold() for w in care.get("not_care", []))
        roles.survival_states = frozenset(w.casefold() for w in care.get("survival_states", []))
        roles.survival_nouns = frozenset(w.casefold() for w in care.get("survival_nouns", []))
        roles.survival_verbs = frozenset(w.casefold() for w in care.get("survival_verbs", []))
        roles.survival_phrases = frozenset(w.casefold() for w in care.get("survival_phrases", []))
        roles.care_places = frozenset(w.casefold() for w in _care_places(care))
        roles.care_vehicles = frozenset(w.casefold() for w in care.get("vehicles", []))
        roles.care_verbs = frozenset(w.casefold().split()[0] for w in care.get("ways", []))
        roles.care_releases = frozenset(
            w.casefold().split()[0] for w in care.get("ways", []) if w.casefold().endswith(" from")
        )
        words.update(roles.care_releases)
        roles.aid_verbs = frozenset(w.casefold() for w in care.get("aid_verbs", []))
        roles.aid_nouns = frozenset(w.casefold() for w in care.get("aid_nouns", []))
        words.update(roles.aid_verbs | roles.aid_nouns)
        words.update(roles.survival_states | roles.survival_nouns | roles.survival_verbs)
        # a phrase's content words ("right", "pull"), not its function words: "through" or
        # "all" alone would send many sentences to the parser for nothing
        words.update(
            w for phrase in roles.survival_phrases for w in phrase.split() if w not in STOP
        )
        words.update(roles.borne_nouns)
        roles.body_parts = frozenset(w.casefold() for w in data.get("body_parts", []))
        roles.deaths = frozenset(w.casefold() for w in data.get("deaths", []))
        deadly = data.get("deadly_events", {})
        roles.deadly_event_nouns = frozenset(w.casefold() for w in deadly.get("nouns", []))
        roles.deadly_event_verbs = frozenset(w.casefold() for w in deadly.get("verbs", []))
        words.update(roles.deadly_event_verbs)
        turned = data.get("turned_weapons", {})
        roles.turned_role = turned.get("role")
        roles.turned_verbs = frozenset(w.casefold() for w in turned.get("verbs", []))
        roles.turned_prepositions = frozenset(w.casefold() for w in turned.get("prepositions", []))
        roles.turned_weapons = frozenset(w.casefold() for w in turned.get("weapons", []))
        words.update(roles.turned_verbs)
        rites = data.get("rites", {})
        roles.rite_nouns = frozenset(w.casefold() for w in rites.get("nouns", []))
        roles.rite_verbs = frozenset(_phrase(w) for w in rites.get("verbs", []))
        words.update(roles.rite_nouns | {w[0] for w in roles.rite_verbs})
        absences = data.get("absences", {})
        roles.absence_states = frozenset(w.casefold() for w in absences.get("states", []))
        roles.absence_returns = frozenset(
            tuple(w.casefold().split()[:2]) for w in absences.get("returns", [])
        )
        roles.killers = frozenset(w.casefold() for w in absences.get("killers", []))
        roles.dead_persons = frozenset(w.casefold() for w in absences.get("persons", []))
        roles.losses = frozenset(w.casefold() for w in absences.get("losses", []))
        words.update(roles.absence_states | roles.killers | roles.dead_persons | roles.losses)
        words.update(verb for verb, _ in roles.absence_returns)
        roles.conditions = frozenset(w.casefold() for w in data.get("conditions", []))
        words.update(roles.conditions)
        roles.singular_persons = frozenset(w.casefold() for w in data.get("singular_persons", []))
        roles.intentions = frozenset(w.casefold() for w in data.get("intentions", []))
        roles.doing_with_object = frozenset(w.casefold() for w in data.get("doing_with_object", []))
        roles.multipliers = {k.casefold(): int(v) for k, v in data.get("multipliers", {}).items()}
        roles.words = frozenset(words)
        return roles

    def stronger(self, a: str | None, b: str | None) -> str | None:
        """Of two roles for one count, the one that says more ("killed" over "hit")."""
        if a is None or b is None:
            return a or b
        return a if self.rank.get(a, 99) <= self.rank.get(b, 99) else b


def _care_places(care: dict[str, Any]) -> list[str]:
    """The places of care and the vehicles of care: a person put in either is in care."""
    return [*care.get("places", []), *care.get("vehicles", [])]


def _with_care(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The roles with the care phrases made from `care`: each way a person reaches care
    with each place of care ("airlift to" + "trauma center"), bare or with an article, and
    being "in" each place of care ("in the trauma unit"), so that a new hospital word or a
    new way to get there is one entry, not one per pair; and each way's verb "for" a need of
    care ("transport for treatment")."""
    entries = dict(data.get("roles", {}))
    care = data.get("care", {})
    name = care.get("role")
    if name not in entries:
        return entries
    ways = care.get("ways", [])
    # "remains in the trauma unit", "is in intensive care": being in a place of care too
    made = [
        f"{way} {article}{place}"
        for way in [*ways, "in"]
        for place in _care_places(care)
        for article in ("", "the ", "a ")
    ]
    # "flown to UF Health Jacksonville for treatment": the need says care, whatever the place
    made += [
        f"{way.rsplit(' ', 1)[0]} for {need}" for way in ways for need in care.get("needs", [])
    ]
    entries[name] = {**entries[name], "phrases": [*entries[name].get("phrases", []), *made]}
    return entries


def _with_custody(
    data: dict[str, Any], entries: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The custody phrases made from `custody`: each way a person is brought to or kept at
    a place of custody with each such place ("booked into" + "county jail", "taken to" +
    "detention center"), bare or with an article: custody told by its place is an arrest,
    however the reporter names the place or the way there."""
    custody = data.get("custody", {})
    name = custody.get("role")
    if name not in entries:
        return entries
    made = [
        f"{way} {article}{place}"
        for way in custody.get("ways", [])
        for place in custody.get("places", [])
        for article in ("", "the ", "a ")
    ]
    entries[name] = {**entries[name], "phrases": [*entries[name].get("phrases", []), *made]}
    return entries


def builtin_data() -> dict[str, Any]:
    return packaged("roles.json")


def user_roles_path() -> Path | None:
    return user_file(ROLES_ENV, "roles.json")


def load(user_path: Path | None = None) -> Roles:
    """The built-in roles with the user's file (if any) merged on top."""
    data = builtin_data()
    if user_path is not None:
        data = merged(data, read_extension(user_path, "roles", RolesError))
    return Roles.from_data(data)


@lru_cache(maxsize=4)
def _cached(path: str | None, mtime: float | None) -> Roles:
    return load(Path(path) if path else None)


def default() -> Roles:
    """The roles in effect now (cached until the user's file changes)."""
    return _cached(*user_file_stamp(ROLES_ENV, "roles.json"))
