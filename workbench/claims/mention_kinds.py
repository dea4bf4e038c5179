"""What a token must be to stand for one person: a person noun, a name, a pronoun, a body.

`mentions.singular_mentions` asks each token here first; only a candidate is then read for
its clause's role. Kept apart so the kinds of persons and the counting of them change apart.
"""

from __future__ import annotations

from workbench.claims.deadly_events import told_deadly, turned_deadly
from workbench.claims.death_attributes import death_of_a_noun
from workbench.claims.event_nouns import event_noun_role, owned_remains, possessive, ranked
from workbench.claims.harms import told_state
from workbench.claims.losses import a_loss_told
from workbench.claims.owned_wounds import owns_a_wound
from workbench.claims.rites import owns_a_rite
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.survival import owned_healing
from workbench.claims.syntax import lemma
from workbench.claims.told_dead import owns_an_absence, the_deceased
from workbench.claims.words import is_web_address
from workbench.parse import Parse
from workbench.vocabulary import default as vocabulary
from workbench.vocabulary import singular

PERSON_PRONOUNS = frozenset(("he", "she", "him", "her", "himself", "herself"))
SPEAKER_PRONOUNS = frozenset(("i", "me", "myself"))
"""One person too ("I was shot five times", "he shot me in the arm"), counted only as hit
(`mentions.singular_mentions`): who says "I" is alive, and a speaker "hurt" or "wounded" is
as often hurt in feelings."""
OWNING_PRONOUNS = frozenset(("his", "her"))
INDEFINITE_PRONOUNS = frozenset(
    ("everybody", "everyone", "anybody", "anyone", "somebody", "nobody", "none", "no-one")
)
"""Tagged as nouns, capitalised at a sentence's head, but no one's name."""


def _person_name(p: Parse, m: int, roles: Roles) -> bool:
    """A proper noun in a person's place: a harm verb's patient, or named with an age."""
    if p.tags[m] != "NNP" or p.deps[m] == "compound":
        return False
    return any(p.deps[c] == "appos" and p.tags[c] == "CD" for c in p.children(m)) or (
        p.deps[m] in ("nsubjpass", "dobj", "poss", "nsubj", "pobj")
        or possessive(p, m)
        or (p.deps[m] == "attr" and _persons_named(p, p.child(p.heads[m], "nsubj"), roles))
    )


def _persons_named(p: Parse, subject: int | None, roles: Roles) -> bool:
    """ "Those killed were A and B", "the men who died were A and B": a subject that
    stands for persons names persons ("the shooting was Murder-Suicide" names none)."""
    if subject is None:
        return False
    noun = lemma(p, subject)
    return (
        p.tags[subject] in ("DT", "CD")
        or noun in roles.singular_persons | roles.counted_nouns.keys()
    )


AGE_UNITS = frozenset(("year", "month", "week", "day"))
NOMINAL_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "ROOT"))


def _first_mention(p: Parse, k: int) -> bool:
    """ "a body", "another body", "the body of Ana Ruiz": not "the body" said again."""
    det = p.child(k, "det")
    if det is None:
        return False
    if p.lower(det) in ("a", "an", "another"):
        return True
    return any(p.deps[c] == "prep" and p.lower(c) == "of" for c in p.children(k))


def _the_body(p: Parse, k: int, roles: Roles) -> bool:
    """ "The body was taken to the medical examiner", "identified the body found Wednesday":
    a noun of the dead themselves (not an event noun) with a definite article, told again,
    names the one dead as "the killing" does (the labels count each mention; the article's
    count of one dead decides, as for a death noun: `fates.deaths_of_one`)."""
    if roles.counted_nouns.get(lemma(p, k)) != "killed" or lemma(p, k) in roles.nouns:
        return False
    det = p.child(k, "det")
    if det is None or p.lower(det) not in ("the", "this", "that") or ranked(p, k):
        return False
    if _of_someone(p, k, roles) or p.deps[k] not in NOMINAL_DEPS:
        return False
    return owned_remains(p, k, roles) == "killed"


def _of_someone(p: Parse, k: int, roles: Roles) -> bool:
    """ "the death of a boy", "Ruiz's death": the person named is the count, not the event;
    "the body of a boy" too (possessed, "the boy's body", the body is still the count)."""
    if roles.nouns.get(lemma(p, k)) is None:
        return _persons_of(p, k, roles)
    if any(possessive(p, c) for c in p.children(k)):
        return True
    return any(p.deps[c] == "prep" and p.lower(c) == "of" for c in p.children(k))


def _persons_of(p: Parse, k: int, roles: Roles) -> bool:
    """ "the body of 41-year-old Ana and her son": the noun's "of" names persons."""
    of = next((c for c in p.children(k) if p.deps[c] == "prep" and p.lower(c) == "of"), None)
    obj = p.child(of, "pobj") if of is not None else None
    if obj is None:
        return False
    return candidate(p, obj, roles) is not None or (
        p.is_plural(obj) and vocabulary().counted_class(lemma(p, obj)) == "persons"
    )


def _age(p: Parse, k: int) -> bool:
    """An age modifying a noun: "old" with its unit ("3-year-old")."""
    return (
        p.lower(k) == "old"
        and p.deps[k] == "amod"
        and any(p.lower(c) in AGE_UNITS for c in p.children(k))
    )


def _used_as_noun(p: Parse, k: int) -> bool:
    """ "a minor", "left juvenile injured": a word that is also an adjective, tagged one,
    is a noun where it fills a noun's place (a subject, an object) or has an article of
    its own ("a minor injury": the article is the injury's); "was a senior at ..." says
    what someone is, no one of its own."""
    if p.deps[k] in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True
    det = p.child(k, "det")
    return p.deps[k] in ("ROOT", "conj") and det is not None and p.lower(det) in ("a", "an")


def _age_clause(p: Parse, k: int) -> bool:
    """ "A 17-year-old shot in hand ..., police say": an age the parser made the head of a
    clause (a complement of the telling) for the participle hung on it; only a noun takes
    a participle so (`acl`), so the age stands for the person."""
    return p.deps[k] in ("ccomp", "dep") and any(p.deps[c] == "acl" for c in p.children(k))


def counted_noun(p: Parse, k: int) -> str | None:
    """The noun a person is counted as ("a 3-year-old boy": boy); none for an age standing
    as a noun ("a 17-year-old": not a count of "old") or a name with an age ("31-year-old
    Ana Ruiz": a name is no kind of thing)."""
    if p.lower(k) == "old" or p.tags[k] == "NNP":
        return None
    return lemma(p, k)


def _owns_a_death(p: Parse, k: int, roles: Roles) -> bool:
    """ "her death", "the news of his murder", "his body": a singular possessive pronoun
    owning an event noun of the dead (or the body) names one dead, as "Hale's death" does
    (never a noun with an "of" of its own: "his killing of a clerk" names the killer; nor a
    ranked one: "his second murder" is a tally of what he did)."""
    head = p.heads[k]
    if p.deps[k] != "poss" or head == k or not p.is_noun(head) or ranked(p, head):
        return False
    if any(p.deps[c] == "prep" and p.lower(c) == "of" for c in p.children(head)):
        return False
    return "killed" in (event_noun_role(p, head, roles), owned_remains(p, head, roles))


DEATH_NOUN_MARK = "death_noun"
"""Set in the value of a killed count read only from a noun of one death (`a_death_told`)."""
DEATH_DETERMINERS = frozenset(("the", "a", "an", "this", "that"))
NOT_THE_EVENT_DEPS = frozenset(("compound", "amod", "attr", "oprd", "appos", "npadvmod"))
"""A noun that modifies another ("a murder charge"), says what something else is ("was
ruled a homicide") or only renames it: no event told of its own."""


def a_death_told(p: Parse, k: int, roles: Roles) -> bool:
    """ "after the killing", "police confirmed the death": a singular noun that names one
    person's death as an event (`roles.deaths`), with an article or a demonstrative of its
    own, owned by no one and told "of" no one (those name the dead themselves: "her
    death", "the death of a boy"), neither a modifier nor an attribute, nor ranked ("the
    city's 22nd homicide" is a tally) nor meant ("the attempted murder") nor joined to
    another event noun nor said to be a rank ("the killing was the 14th homicide"): one
    dead. So is an event noun told deadly ("the fatal shooting", "one deadly incident":
    `deadly_events.told_deadly`), also with no article at all, as headlines drop it
    ("Overnight fatal shooting ruled an accident")."""
    deadly = told_deadly(p, k, roles)
    if p.tags[k] != "NN" or not (deadly or lemma(p, k) in roles.deaths):
        return False
    if p.deps[k] in NOT_THE_EVENT_DEPS or ranked(p, k):
        return False
    if p.deps[k] == "conj" or p.child(k, "conj") is not None:
        return False  # "this murder or attempted murder": events joined, no one count
    attrs = (a for a in p.children(p.heads[k]) if p.deps[a] == "attr")
    if p.deps[k] == "nsubj" and any(ranked(p, a) for a in attrs):
        return False  # "the killing was the county's 14th homicide": a tally told of it
    det = p.child(k, "det")
    told = det is not None and p.lower(det) in DEATH_DETERMINERS
    if not (told or (deadly and (det is None or _one(p, k)))):
        return False  # a bare event told deadly is a headline's: "Fatal shooting in Oak Park"
    if any(possessive(p, c) or (p.deps[c] == "prep" and p.lower(c) == "of") for c in p.children(k)):
        return False
    return deadly or event_noun_role(p, k, roles) == "killed"


def _one(p: Parse, k: int) -> bool:
    """ "one fatal shooting": the noun counted by "one"."""
    return any(p.deps[c] == "nummod" and p.lower(c) in ("one", "1") for c in p.children(k))


def _owns_a_told_state(p: Parse, k: int, roles: Roles) -> bool:
    """ "his condition was stabilized", "her injuries are not life-threatening": a singular
    possessive pronoun owning a noun whose clause tells a state of care (`harms.told_state`)
    names one in care, as "she is in stable condition" does."""
    head = p.heads[k]
    if p.deps[k] != "poss" or head == k or ranked(p, head):
        return False
    return told_state(p, head, roles) is not None


def _owns_a_part(p: Parse, k: int, roles: Roles) -> bool:
    """ "his leg", "her head": a possessive pronoun owning a body part, whose owner bears
    what the part's clause says happened to it (`event_nouns.owned_part`)."""
    return p.deps[k] == "poss" and lemma(p, p.heads[k]) in roles.body_parts


PERSON_TAGS = frozenset(("NN", "NNP", "NNS", "NNPS", "JJ", "RB", "PRP", "PRP$"))
"""The tags `candidate` finds a person under: each of its readings tests one of them
first, or is of one of `PERSON_WORDS`. It is asked of every token of every parsed sentence,
so the verbs, determiners, prepositions, numbers and punctuation (about half the tokens)
are turned away by their tag before its thirty tests; a reading of another tag adds it here."""
PERSON_WORDS = frozenset(("old", "self", "another"))
"""The words `candidate` reads whatever their tag ("the 15-year-old", "shoots self",
"another is in critical condition")."""


def candidate(p: Parse, k: int, roles: Roles) -> str | None:
    """'person', 'name' or 'pronoun' when token k can be a singular person; else None."""
    tag = p.tags[k]
    low = p.lower(k)
    if tag not in PERSON_TAGS and low not in PERSON_WORDS:
        return None
    if is_web_address(p.word(k)):
        return None  # "three deputies already shot http://t.co/...": a link is no one
    if tag in ("NN", "NNP") and p.child(k, "nummod") is None and turned_deadly(p, k, roles):
        return "deadly"  # "the argument turned deadly": one dead, as "the killing"
    if tag == "NN" and lemma(p, k) in roles.singular_persons:
        return "person"
    if tag in ("JJ", "RB") and low in roles.singular_persons and _used_as_noun(p, k):
        return "person"  # "A minor injured in ...", "left juvenile injured": a noun's place
    if (
        low == "old"
        and (p.deps[k] in NOMINAL_DEPS or _age_clause(p, k))
        and any(p.lower(c) in AGE_UNITS for c in p.children(k))
    ):
        return "person"  # "the 15-year-old", "a 3-month-old"
    if tag in ("NN", "NNP") and any(_age(p, c) for c in p.children(k)):
        return "person"  # "3-year-old elijah walker": an age makes a name of any noun
    if (
        tag == "NN"
        and p.word(k)[:1].isupper()
        and not p.word(k).isupper()  # "BREAKING:", a shouted label
        and low not in INDEFINITE_PRONOUNS
        and p.deps[k] in ("nsubj", "nsubjpass")
        and p.child(k, "det") is None
    ):
        return "name"  # a surname the tagger did not know ("Wechsler died")
    if (
        tag == "NN"
        and roles.counted_nouns.get(lemma(p, k)) == "killed"
        and _first_mention(p, k)
        and p.deps[k] in ("nsubj", "nsubjpass", "dobj")
        and not ranked(p, k)
        and not _of_someone(p, k, roles)
    ):
        return "body"  # "a body was found": the noun itself says the role
    if tag == "NN" and _the_body(p, k, roles):
        return "death"  # "the body was taken": one dead, where the article counts one
    if tag == "PRP" and low in PERSON_PRONOUNS:
        return "pronoun"
    if the_deceased(p, k, roles):
        return "dead"  # "the name of the deceased": the adjective stands for one dead
    if tag == "NN" and a_loss_told(p, k, roles):
        return "death"  # "the loss of her son", "their inconsolable loss": one dead
    if death_of_a_noun(p, k, roles):
        return "death"  # "the cause of death": the one death the article tells
    if a_death_told(p, k, roles):
        # "after the killing": the noun itself tells one dead; "the fatal shooting": its word
        return "death" if lemma(p, k) in roles.deaths else "deadly"
    if low == "self" and p.deps[k] in ("dobj", "conj") and p.child(k, "det", "poss") is None:
        return "pronoun"  # "Toddler shoots self in head": a headline's "himself"
    if tag == "PRP" and low in SPEAKER_PRONOUNS:
        return "speaker"
    if tag == "PRP$" and low in OWNING_PRONOUNS and _owns_a_death(p, k, roles):
        return "owner"
    if tag == "PRP$" and low in OWNING_PRONOUNS and _owns_a_told_state(p, k, roles):
        return "owner"  # "his condition was stabilized": his state, told
    if tag == "PRP$" and low in OWNING_PRONOUNS and owned_healing(p, k, roles):
        return "owner"  # "her recovery": a survivor's state, told by what she owns
    if tag == "PRP$" and low in OWNING_PRONOUNS and owns_a_wound(p, k, roles):
        return "owner"  # "a towel to her wounds": one hurt, told by what she owns
    if tag == "PRP$" and low in OWNING_PRONOUNS and owns_a_rite(p, k, roles):
        return "owner"  # "his funeral": a rite of one who died
    if tag == "PRP$" and low in OWNING_PRONOUNS and owns_an_absence(p, k, roles):
        return "owner"  # "his killer": the one who killed him
    if tag == "PRP$" and low in OWNING_PRONOUNS and _owns_a_part(p, k, roles):
        return "part owner"  # "the bullet struck his leg": the clause's role is the part's
    if low == "another" and (
        p.deps[k] in ("nsubj", "nsubjpass", "dobj")
        or (p.deps[k] == "conj" and p.is_verb(p.heads[k]))  # "left one dead and another hurt"
    ):
        return "pronoun"  # "one is dead and another is in critical condition"
    if tag == "NNP" and _person_name(p, k, roles):
        return "name"
    if (  # "DeShawn Beedles" tagged as a plural
        tag in ("NNS", "NNPS")
        and p.word(k)[:1].isupper()
        and any(p.deps[c] == "compound" and p.tags[c] == "NNP" for c in p.children(k))
        and p.deps[k] in ("nsubj", "nsubjpass", "dobj", "pobj")
    ):
        return "name"
    if tag in ("NNS", "NNPS") and _lone_surname_harmed(p, k, roles):
        return "name"
    return None


def _lone_surname_harmed(p: Parse, k: int, roles: Roles) -> bool:
    """ "officers fatally wounded Wilkes": a capitalised word the tagger read as a plural
    for its final "s", mid-sentence with nothing of its own (no article, number or
    modifier: prose writes a plural common noun with one, or in lower case), as the object
    of a verb of the roles' harms, is a surname."""
    word, verb = p.word(k), p.heads[k]
    if k == 0 or not word[:1].isupper() or word.isupper() or p.deps[k] != "dobj":
        return False
    if any(p.deps[c] != "punct" for c in p.children(k)) or not p.is_verb(verb):
        return False
    low = p.lower(k)
    if vocabulary().counted_class(low) != singular(low):
        return False  # "shot Officers": a class of persons the vocabulary knows
    return roles.acted_on.get((lemma(p, verb),)) in HARM_ROLES
