"""The kind of event an article tells, read from the parse of its opening sentences.

A word of a kind in another sense names no event: "a film shot on location" tells of no
shooting, "the fire department said" of no fire, "opened fire" of none either. What the text
tells happened is a predicate of a kind with a person or a group as its patient ("two men
were shot", "the slain man", "protesters marched", "a man died after being shot"), or a
noun of a kind as an argument of a clause ("the shooting happened", "police investigate a
shooting", "killed in a crash", "Fatal shooting on Main Street"), never as a modifier of
another noun ("the fire department", "shooting details") but of a harm or of the persons a
role counts ("a gunshot wound", "crash victims"). The kinds and their words are the stories data's
`event_kinds`; the parse is the one the claims read (cached per sentence), so titling
parses nothing. A page whose opening was never parsed (a headline-only page, a lead with
no count in it) is read by its words (`titles.event_kind`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from workbench.claims.inflections import IRREGULAR
from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import Roles
from workbench.claims.roles import default as default_roles
from workbench.claims.verb_forms import lemma, negated, verb_keys, word_at
from workbench.claims.verb_objects import names_persons
from workbench.claims.words import wordset
from workbench.parse.tree import NOUN_TAGS, VERB_TAGS, Parse
from workbench.stories import kind_shapes as shapes
from workbench.vocabulary import default as vocabulary
from workbench.vocabulary import stems

KindTable = tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
"""(kind, its phrases as word tuples), as `Settings.event_kinds` holds them."""

_PREDICATE_TAGS = VERB_TAGS | {"JJ"}
_PATIENT_DEPS = ("dobj", "nsubjpass", "nsubj")
"""Who bears a predicate, in the order asked (`_patients`)."""
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "pcomp", "attr", "appos", "ROOT"))
"""Where a noun of a kind is an event told, not a word naming another thing (`pcomp`: an
"-ing" word after a preposition, "in critical condition after shooting")."""
_CLIMB_DEPS = frozenset(("conj", "xcomp", "advcl", "pcomp", "acomp", "oprd", "prep", "ccomp"))
"""A predicate with no argument of its own takes its clause's ("shot and killed", "died
after being shot", "found dead")."""
_DESCRIBES = frozenset(("acl", "amod"))
"""A participle or adjective describing a noun: the noun is its patient ("a man shot",
"the slain man", "a film shot on location")."""
_CLIMB = 4
_AGE_UNITS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days"))
_GROUP_PRONOUNS = wordset(
    "he she him her they them we us i you me himself herself themselves myself self"
)
"""Pronouns of persons (not "it"); "self" as a headline writes "shoots self"."""


@dataclass(frozen=True, slots=True)
class KindWords:
    """A kind's words as the parse reads them."""

    verbs: dict[tuple[str, ...], str]
    """Base forms (with a particle) of the verbs whose past a kind lists ("shot": shoot;
    "stepped down": step down): a present or future tense tells the same kind."""
    words: dict[tuple[str, ...], str]
    """The kinds' phrases as written (the first kind in the data's order wins)."""
    means: dict[str, str] = field(default_factory=dict)
    """The means of a harm and the kind each names ("gun": shooting,
    `kind_shapes.means_kinds`)."""
    things: dict[str, str] = field(default_factory=dict)
    """The roles counting things and the kind each names ("shots": shooting,
    `kind_shapes.things_kinds`)."""


def _a_participle(word: str) -> bool:
    """A past form ("shot", "stabbed"), as `kind_words` reads a kind's verbs."""
    return word.endswith("ed") or word in IRREGULAR


@cache
def kind_words(kinds: KindTable) -> KindWords:
    verbs: dict[tuple[str, ...], str] = {}
    words: dict[tuple[str, ...], str] = {}
    for kind, phrases in kinds:
        for phrase in phrases:
            words.setdefault(phrase, kind)
            head = phrase[0]
            if _a_participle(head):  # a past form: "shot", "derailed"
                for base in (lemma_of(head, "VBD"), *stems(head)):
                    if base != head:
                        verbs.setdefault((base, *phrase[1:]), kind)
    return KindWords(verbs, words)


def with_roles(table: KindWords, roles: Roles) -> KindWords:
    """The kinds' words with the verbs of a harm by its means ("gunned down": shooting,
    `kind_shapes.means_verbs`); a kind's own verb wins."""
    verbs = {**shapes.means_verbs(roles, table.words), **table.verbs}
    means, things = shapes.means_kinds(roles, table.words), shapes.things_kinds(roles, table.words)
    return KindWords(verbs, table.words, means, things)


_MADE: dict[tuple[object, int, int], tuple[Roles, object, object]] = {}
"""What `_made_once` made, with the roles and vocabulary it was made from (held, so their
ids are not reused)."""


def _made_once(key: object, roles: Roles, make: Callable[[], Any]) -> Any:
    """`make()`, made once per key, roles and vocabulary (each the same object while its
    user file is unchanged)."""
    words = vocabulary()
    found = _MADE.get((key, id(roles), id(words)))
    if found is None:
        if len(_MADE) >= 8:
            _MADE.clear()
        found = _MADE[key, id(roles), id(words)] = (roles, words, make())
    return found[2]


def kind_table(kinds: KindTable, roles: Roles) -> KindWords:
    """`with_roles(kind_words(kinds), roles)`, made once (half a millisecond a call, asked
    once per source a title reads)."""
    return _made_once(("table", kinds), roles, lambda: with_roles(kind_words(kinds), roles))


def kinds_told(
    parses: Iterable[Parse],
    kinds: KindTable,
    roles: Roles | None = None,
    named: frozenset[str] = frozenset(),
    repair: bool = True,
) -> set[str]:
    """The kinds of event these sentences tell happened, their parses repaired as the
    claims repair them ("Four shot" is a clause) unless `repair` is False: parses the
    claims' repairs already made (`repaired_parses`)."""
    from workbench.claims.parsed import repaired_parse

    roles = roles or default_roles()
    table = kind_table(kinds, roles)
    happening = _made_once(
        ("happening", named), roles, lambda: shapes.happening_nouns(roles, named)
    )
    found: set[str] = set()
    for read in parses:
        p = repaired_parse(read, roles) if repair else read
        for k in range(len(p)):
            kind = _told_at(p, k, table, roles, happening)
            if kind is not None:
                found.add(kind)
    return found


def _told_at(
    p: Parse, k: int, table: KindWords, roles: Roles, happening: frozenset[str]
) -> str | None:
    """The kind the word at k tells happened: as a predicate with a person bearing it, as a
    noun that is an argument (an "-ing" word too: "in connection with shooting") or in a
    headline's shape the parser misreads (`_in_a_headline_shape`); nothing denied ("was
    not shot", "no arrests")."""
    if p.tags[k] in _PREDICATE_TAGS or _with_a_subject(p, k):
        kind = _predicate_kind(p, k, table)
        if kind and _has_a_patient(p, k, roles) and not _denied(p, k):
            return kind
    if p.tags[k] in VERB_TAGS and not _denied(p, k):  # "fired at police"
        aimed = lambda c: _common_person(p, c, roles)  # noqa: E731
        kind = shapes.aimed_act_kind(p, k, roles, table.things, aimed)
        if kind is not None:
            return kind
    if p.tags[k] in NOUN_TAGS or p.tags[k] == "VBG":
        kind = _noun_kind(p, k, table)
        told = kind and (_an_argument(p, k, roles) or _in_a_headline_shape(p, k, roles, happening))
        if told and not _denied(p, k):
            return kind
    if p.tags[k] in NOUN_TAGS or p.deps[k] in shapes.MODIFIER_DEPS:
        kind = _misread_verb_kind(p, k, table, roles)
        if kind is None:
            kind = shapes.means_of_a_happening(p, k, table.means, happening)
        if kind and not _denied(p, k):
            return kind
    return None


def _in_a_headline_shape(p: Parse, k: int, roles: Roles, happening: frozenset[str]) -> bool:
    """A noun of a kind in a shape `kind_shapes` reads: a participle counted ("6 shot");
    modifying a noun of a happening or of its telling, or a verb read as a noun; a gerund
    taking one as its object; described by a clause that harms persons."""
    return (
        shapes.a_counted_participle(p, k, _a_participle, lambda c: _persons_word(p, c, roles))
        or shapes.modifies_a_happening(p, k, roles, happening)
        or shapes.a_gerund_of_a_happening(p, k, happening)
        or shapes.harms_in_a_clause(p, k, roles, lambda c: _a_person(p, c, roles))
    )


def _misread_verb_kind(p: Parse, k: int, table: KindWords, roles: Roles) -> str | None:
    """The kind of a verb's "-s" form the parser read as a noun before the person it acts
    on ("Boy, 5, shoots friend", "gunman kills 2": `kind_shapes.a_verb_on_persons`), or
    after the person who undergoes it ("A juvenile dies": `an_undergone_misread`)."""
    kind = shapes.third_person_kind(word_at(p, k), table.verbs)
    if kind is None:
        return None
    if shapes.a_verb_on_persons(
        p, k, lambda b: (b,) in table.verbs, lambda c: _common_person(p, c, roles)
    ):
        return kind
    undergone = shapes.an_undergone_misread(
        p, k, lambda b: (b,) in roles.undergo, lambda c: _persons_word(p, c, roles)
    )
    return kind if undergone else None


def _with_a_subject(p: Parse, k: int) -> bool:
    """A word the parser tagged a noun that has a subject: a verb misread ("Mother shot
    husband" read as a name), as the claims' repairs read an "-ing" word with one."""
    return p.tags[k] in NOUN_TAGS and p.child(k, "nsubj", "nsubjpass") is not None


def _denied(p: Parse, k: int) -> bool:
    """A predicate negated ("was not shot"), a noun with "no" ("no arrests were made")."""
    return negated(p, k) or any(p.deps[c] == "det" and p.lower(c) == "no" for c in p.children(k))


def _predicate_kind(p: Parse, k: int, table: KindWords) -> str | None:
    """The kind a verb or an adjective names: as written ("shot", "dead"), else by its
    base form ("kills", "stabbing" as a verb)."""
    written = table.words.get((word_at(p, k),))
    if written is not None:
        return written
    if p.tags[k] not in VERB_TAGS and not _with_a_subject(p, k):
        return None
    return next((table.verbs[key] for key in verb_keys(p, k) if key in table.verbs), None)


def _noun_kind(p: Parse, k: int, table: KindWords) -> str | None:
    """The kind a noun names, alone or with the word before it ("plane crash"), or with
    the word a hyphen joins to it ("shoot-out" as "shootout")."""
    joined = shapes.hyphen_joined(p, k)
    if joined is not None and (joined,) in table.words:
        return table.words[(joined,)]
    before = k - 1
    if before >= 0 and p.heads[before] == k:
        pair = table.words.get((word_at(p, before), word_at(p, k)))
        if pair is not None:
            return pair
    if shapes.a_dates_month(p, k):
        return None  # "March 4": the month, no march
    if p.tags[k] in NOUN_TAGS and shapes.third_person_kind(word_at(p, k), table.verbs):
        return None  # "photo shoots": the kind's verb ("shoots") is no noun of it
    written = table.words.get((word_at(p, k),))
    if written is not None or p.tags[k] not in NOUN_TAGS:
        return written  # "firing" is no "fire"
    return table.words.get((lemma(p, k),))


def _has_a_patient(p: Parse, k: int, roles: Roles) -> bool:
    """Whether a person or a group bears the predicate: its object, its (passive)
    subject, else the noun it describes, else its clause's, up the clause; a body's part
    where it struck ("shot in the head") says a person bore it."""
    if shapes.struck_on_a_body(p, k, roles.body_parts):
        return True
    at = k
    for _ in range(_CLIMB):
        arguments = _patients(p, at)
        if arguments:
            return any(_a_person(p, c, roles) for c in arguments)
        if p.deps[at] in _DESCRIBES:
            return _a_person(p, p.heads[at], roles)
        if p.deps[at] not in _CLIMB_DEPS or p.heads[at] == at:
            return False
        at = p.heads[at]
    return False


def _patients(p: Parse, v: int) -> list[int]:
    """Who bears a predicate: its object ("the striker shot the winner": the winner), else
    its passive subject, else its subject ("the man died", "protesters marched"). An
    adjective takes no object: one the parser gives it ("three dead east of town": "east")
    is not its bearer, its subject is."""
    for dep in _PATIENT_DEPS[1:] if p.tags[v] == "JJ" else _PATIENT_DEPS:
        found = [c for c in p.children(v) if p.deps[c] == dep]
        if found:
            return found
    return []


def _a_person(p: Parse, k: int, roles: Roles) -> bool:
    """A person or a group: a noun of persons ("two men", "a teen", "the victims"), a
    name ("Ana Ruiz", "the Guard"), a personal pronoun, a bare number ("two were shot"),
    an age ("a 17-year-old"), a part of the body, the relative pronoun of a clause
    describing one of these."""
    tag = p.tags[k]
    if tag in ("NNP", "NNPS", "CD") or _an_age(p, k):
        return True
    if tag in ("WP", "WDT"):  # "a teen who was shot": the noun the clause describes
        clause = p.heads[k]
        while p.deps[clause] == "conj" and p.heads[clause] != clause:
            clause = p.heads[clause]
        return p.deps[clause] == "relcl" and _a_person(p, p.heads[clause], roles)
    if tag == "PRP" or word_at(p, k) == "self":  # "shoots self", as a headline writes it
        return word_at(p, k) in _GROUP_PRONOUNS
    if tag in NOUN_TAGS and lemma(p, k) in roles.body_parts:
        return True  # "shot his own leg": a person's
    return tag in NOUN_TAGS and names_persons(p, k, roles)


def _common_person(p: Parse, k: int, roles: Roles) -> bool:
    """A person named by a noun of persons, a number or a pronoun, not by a name: a name
    after a verb read as a noun may be a team's or a ship's ("shoots Rovers")."""
    return p.tags[k] not in ("NNP", "NNPS") and _a_person(p, k, roles)


def _persons_word(p: Parse, k: int, roles: Roles) -> bool:
    """A person (`_a_person`), or a word of persons the parser read as an adjective ("a
    juvenile shot")."""
    return _a_person(p, k, roles) or word_at(p, k) in roles.singular_persons


def _a_thing(p: Parse, k: int, roles: Roles) -> bool:
    """A noun the roles data counts as a thing, never as the event ("three shots", "a
    gunshot": `counted_nouns` that are no role's event noun): a "shot" is a photograph's,
    a vaccine's or a ball's as often as a gun's; "a death", "a homicide" are events."""
    base = lemma(p, k)
    return base in roles.counted_nouns and base not in roles.nouns


def _harms_a_person(p: Parse, k: int, roles: Roles) -> bool:
    """Whether a thing is what harmed a person in its clause: the subject of a verb whose
    object or passive subject is a person ("a gunshot struck the boy"), the object of a
    preposition on a verb a person bears or undergoes ("died from gunshots", "a woman
    killed by gunshots": the noun a participle describes bears it), or of "of" on the
    persons a harm role counts ("a victim of a gunshot"); a thing aimed at a person by a
    verb of its own role ("shots fired at deputies", "fired shots at officers": the roles
    data counts shots fired; photographers' "shots" are taken)."""

    def aimed(v: int) -> bool:  # "shots fired at deputies", "fired shots at officers"
        role = roles.counted_nouns.get(lemma(p, k))
        by_its_role = any(roles.acted_on.get(key) == role for key in verb_keys(p, v))
        return by_its_role and shapes.aimed_at(p, v, lambda c: _common_person(p, c, roles))

    at = p.heads[k]
    if any(p.deps[c] in _DESCRIBES and aimed(c) for c in p.children(k)):
        return True
    if p.deps[k] == "dobj":
        return aimed(at)
    if p.deps[k] == "pobj" and p.deps[at] in ("prep", "agent"):
        prep, at = at, p.heads[at]
        if p.lower(prep) == "of" and p.tags[at] in NOUN_TAGS:
            harmed = roles.counted_nouns.get(lemma(p, at)) in shapes.HARM_ROLES
            return harmed and _persons_noun(lemma(p, at), roles)
    elif p.deps[k] not in ("nsubj", "nsubjpass"):
        return False
    if p.tags[at] not in _PREDICATE_TAGS:
        return False
    if p.deps[at] in _DESCRIBES and p.heads[at] != at and _a_person(p, p.heads[at], roles):
        return True
    if aimed(at):
        return True
    undergone = any(key in roles.undergo for key in verb_keys(p, at))
    bearers = ("dobj", "nsubjpass", "nsubj") if undergone else ("dobj", "nsubjpass")
    return any(p.deps[c] in bearers and c != k and _a_person(p, c, roles) for c in p.children(at))


def _persons_noun(base: str, roles: Roles) -> bool:
    return base in roles.singular_persons or vocabulary().counted_class(base) == "persons"


def _an_age(p: Parse, k: int) -> bool:
    """An age standing for a person ("a 17-year-old": "old" with its unit)."""
    return p.lower(k) == "old" and any(p.lower(c) in _AGE_UNITS for c in p.children(k))


def _a_harm_told(p: Parse, k: int, roles: Roles) -> bool:
    """A noun of a kind saying how a harm came ("a gunshot wound", "stab wounds", "the
    shooting death", "crash victims"): a modifier of a noun the roles data reads as a
    harm borne, as the event itself, or as persons it counts in a role (`borne_nouns`,
    `nouns`, `counted_nouns`)."""
    if p.deps[k] not in shapes.MODIFIER_DEPS:
        return False
    head = lemma(p, p.heads[k])
    if head in roles.borne_nouns or head in roles.nouns:
        return True
    return head in roles.counted_nouns and _persons_noun(head, roles)  # "shooting victims"


def _an_argument(p: Parse, k: int, roles: Roles) -> bool:
    """Whether a noun of a kind is an argument of its clause or the harm a person bears
    (not a modifier of another noun, "the fire department", nor the object that makes one
    predicate with its verb in the roles data, "opened fire")."""
    if _a_harm_told(p, k, roles):
        return True
    if _persons_noun(lemma(p, k), roles):
        return False  # "the gunman", "protesters": who, not what happened
    if _a_thing(p, k, roles):
        return _harms_a_person(p, k, roles)
    dep = p.deps[k]
    if dep == "conj":
        return _an_argument(p, p.heads[k], roles)
    if dep not in _ARGUMENT_DEPS:
        return False
    if dep == "dobj":
        verb = p.heads[k]
        phrase = {(*key, word_at(p, k)) for key in verb_keys(p, verb)}
        return not any(key in roles.phrases for key in phrase)
    return True
