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

from collections.abc import Iterable

from workbench.claims.roles import Roles
from workbench.claims.roles import default as default_roles
from workbench.claims.verb_forms import lemma, negated, verb_keys, word_at
from workbench.parse.tree import NOUN_TAGS, VERB_TAGS, Parse
from workbench.stories import kind_shapes as shapes
from workbench.stories.kind_persons import (
    DESCRIBES,
    PREDICATE_TAGS,
    a_person,
    a_thing,
    common_person,
    harms_a_person,
    persons_noun,
    persons_word,
)
from workbench.stories.kind_tables import (
    KindTable,
    KindWords,
    a_participle,
    happening_nouns,
    kind_gate,
    kind_table,
)

_PATIENT_DEPS = ("dobj", "nsubjpass", "nsubj")
"""Who bears a predicate, in the order asked (`_patients`)."""
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "pcomp", "attr", "appos", "ROOT"))
"""Where a noun of a kind is an event told, not a word naming another thing (`pcomp`: an
"-ing" word after a preposition, "in critical condition after shooting")."""
_CLIMB_DEPS = frozenset(("conj", "xcomp", "advcl", "pcomp", "acomp", "oprd", "prep", "ccomp"))
"""A predicate with no argument of its own takes its clause's ("shot and killed", "died
after being shot", "found dead")."""
_CLIMB = 4


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
    happening = happening_nouns(roles, named)
    gate = kind_gate(kinds, roles)
    found: set[str] = set()
    for read in parses:
        p = repaired_parse(read, roles) if repair else read
        for k in range(len(p)):
            if not gate.passes(p, k):
                continue  # no table entry any reading needs: none tells a kind here
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
    if p.tags[k] in PREDICATE_TAGS or _with_a_subject(p, k):
        kind = _predicate_kind(p, k, table)
        if kind and _has_a_patient(p, k, roles) and not _denied(p, k):
            return kind
    if p.tags[k] in VERB_TAGS and not _denied(p, k):  # "fired at police"
        aimed = lambda c: common_person(p, c, roles)  # noqa: E731
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
        shapes.a_counted_participle(p, k, a_participle, lambda c: persons_word(p, c, roles))
        or shapes.modifies_a_happening(p, k, roles, happening)
        or shapes.a_gerund_of_a_happening(p, k, happening)
        or shapes.harms_in_a_clause(p, k, roles, lambda c: a_person(p, c, roles))
    )


def _misread_verb_kind(p: Parse, k: int, table: KindWords, roles: Roles) -> str | None:
    """The kind of a verb's "-s" form the parser read as a noun before the person it acts
    on ("Boy, 5, shoots friend", "gunman kills 2": `kind_shapes.a_verb_on_persons`), or
    after the person who undergoes it ("A juvenile dies": `an_undergone_misread`)."""
    kind = shapes.third_person_kind(word_at(p, k), table.verbs)
    if kind is None:
        return None
    if shapes.a_verb_on_persons(
        p, k, lambda b: (b,) in table.verbs, lambda c: common_person(p, c, roles)
    ):
        return kind
    undergone = shapes.an_undergone_misread(
        p, k, lambda b: (b,) in roles.undergo, lambda c: persons_word(p, c, roles)
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
            return any(a_person(p, c, roles) for c in arguments)
        if p.deps[at] in DESCRIBES:
            return a_person(p, p.heads[at], roles)
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
    return head in roles.counted_nouns and persons_noun(head, roles)  # "shooting victims"


def _an_argument(p: Parse, k: int, roles: Roles) -> bool:
    """Whether a noun of a kind is an argument of its clause or the harm a person bears
    (not a modifier of another noun, "the fire department", nor the object that makes one
    predicate with its verb in the roles data, "opened fire")."""
    if _a_harm_told(p, k, roles):
        return True
    if persons_noun(lemma(p, k), roles):
        return False  # "the gunman", "protesters": who, not what happened
    if a_thing(p, k, roles):
        return harms_a_person(p, k, roles)
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
