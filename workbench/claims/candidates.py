"""Which sentences are worth parsing: those that can carry a count or a role.

Parsing is the costly step of the analysis (about 40% of it), so a sentence is parsed only
when it passes two tests. The loose one: a number (digits or number words), a word of a
role, a zero ("no one") or a multiplier ("double"). The tight one: what the parse could
turn into a claim is there, namely a quantity the patterns find (a number inside a date,
a time or an address is none), every word of one of the roles' entries ("pass away" needs
both words, so "not" or "up" alone no longer count), a zero or a multiplier, or an agency
noun (the parse reads "Wichita police" as the event's city). On 1,000 real articles the
tight test leaves out a sixth of the sentences the loose one passed, and the parse of
fewer than 1 in 400 of those changed a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from workbench.claims.arrest_states import PURSUIT_WORDS, perpetrators
from workbench.claims.datelines import AGENCY_NOUNS, OWNED, may_name_agency
from workbench.claims.dates import find_dates
from workbench.claims.quantities import find_quantities, may_have_number
from workbench.claims.roles import IMPLICIT_ROLES, Roles
from workbench.claims.words import STOP, WORD_RUN, fold_case, lemma, tokenize, verb_lemma

_ZERO = frozenset(("nobody", "none"))
_ARTICLES = frozenset(("a", "an", "the"))


_HAPPENING = re.compile(
    r"\b(?:happen(?:s|ed)?|occur(?:s|red)?|t(?:ook|akes)\s+place|unfolded|erupted)\b", re.I
)
"""A verb of happening, whose subject may be the event itself ("It happened on Aug. 3",
"The incident occurred around 2 a.m. Sunday"): such a sentence dates the event with no word
of harm or number in it."""


def dates_a_happening(text: str) -> bool:
    """A sentence with a verb of happening and a date: the date reader needs its parse to
    tell whether the verb's subject is the event (`date_clauses.clause_of`), though no
    count can be in it. Rare (a few sentences an article), so the parse costs little."""
    return _HAPPENING.search(text) is not None and bool(find_dates(text, None))


_NAME_BEFORE = re.compile(r"(?=\b([A-Z][\w.'’-]*)\s+(\w+))")
"""Each capitalised word and the word after it (overlapping: "Kansas City police")."""
_PROSE = re.compile(r"\b[a-z]{3,}\b")


def names_agency(text: str) -> bool:
    """A capitalised word that is no function word right before an agency noun ("Memphis
    police are investigating", "Millcreek police said"; not "The police said"): the parse
    may read the agency's town (`datelines.agency_places`) in a sentence that counts no
    one, the only sentence of many short reports that names the city. Prose only: a
    caption of names in capitals ("Luis Cruz Orlando Police Department") tells nothing."""
    if _PROSE.search(text) is None:
        return False
    return any(
        m.group(2).casefold() in AGENCY_NOUNS and m.group(1).casefold() not in STOP
        for m in _NAME_BEFORE.finditer(text)
    )


def may_need_parse(text: str, roles: Roles) -> bool:
    """The loose test alone: cheap, and true of every sentence `needs_parse` passes (the
    parse cache is looked up for these)."""
    if may_have_number(text) or dates_a_happening(text) or names_agency(text):
        return True
    raw = set(WORD_RUN.findall(fold_case(text)))
    if not raw.isdisjoint(_ZERO) or not raw.isdisjoint(roles.multipliers):
        return True
    bases = _bases(raw)
    return not (roles.words | PURSUIT_WORDS).isdisjoint(raw | bases)


def needs_parse(text: str, roles: Roles) -> bool:
    """True when the sentence may hold a stated or implied count, or dates a happening
    (`dates_a_happening`), or names an agency's town (`names_agency`)."""
    if dates_a_happening(text) or names_agency(text):
        return True
    number = may_have_number(text)
    raw = set(WORD_RUN.findall(fold_case(text)))
    if not raw.isdisjoint(_ZERO) or not raw.isdisjoint(roles.multipliers):
        return True
    bases = _bases(raw)
    pursuit = not (raw | bases).isdisjoint(PURSUIT_WORDS)  # "looking for the gunman"
    if not (number or pursuit or not roles.words.isdisjoint(raw | bases)):
        return False
    words = raw | bases | {base + "e" for base in bases}  # the lemmatiser's "accus"
    cues = _cue_index(roles)
    if any(cue <= words for word in words for cue in cues.get(word, ())):
        return True
    agency = not (words.isdisjoint(AGENCY_NOUNS) and words.isdisjoint(OWNED))
    # The cues hold no verb of the bereaved ("lost a child" is killed 1): a sentence with
    # one keeps the parse its agency noun gave it before `may_name_agency`.
    if agency and (may_name_agency(text) or any(set(e) <= words for e in roles.bereaved)):
        return True
    return number and bool(find_quantities(text, [], tokenize(text)))


@lru_cache(maxsize=1 << 16)
def _base(word: str) -> tuple[str, str]:
    """A word's base form and its verb's ("fighting": "fighting", "fight"), kept per word:
    both tests ask them of every word of every sentence."""
    return lemma(word), verb_lemma(word)


def _bases(raw: set[str]) -> set[str]:
    """The base forms of a sentence's words, an -ing noun read as its verb too: "is
    fighting for his life" holds every word of the phrase "fight for life"."""
    return {base for word in raw for base in _base(word)}


_INDEX: list[tuple[Roles, dict[str, list[frozenset[str]]]]] = []


def _cue_index(roles: Roles) -> dict[str, list[frozenset[str]]]:
    """Each cue under each of its words, built once per Roles (the user's file can change
    the roles, and `roles.default()` then gives a new object)."""
    if _INDEX and _INDEX[0][0] is roles:
        return _INDEX[0][1]
    index: dict[str, list[frozenset[str]]] = {}
    for cue in role_cues(roles):
        for word in cue:
            index.setdefault(word, []).append(cue)
    _INDEX[:] = [(roles, index)]
    return index


def role_cues(roles: Roles) -> tuple[frozenset[str], ...]:
    """The word sets of the entries of the roles a person can be counted in, and the
    nouns of a harm a person bears: a sentence holding every word of one may put someone
    in that role."""
    entries: Iterable[tuple[str, ...]] = (
        *(k for k, v in roles.acted_on.items() if v in IMPLICIT_ROLES),
        *(k for k, v in roles.undergo.items() if v in IMPLICIT_ROLES),
        *(k for k, v in roles.phrases.items() if v in IMPLICIT_ROLES),
        *(
            tuple(k.split())
            for table in (roles.states, roles.nouns, roles.adverbs, roles.counted_nouns)
            for k, v in table.items()
            if v in IMPLICIT_ROLES
        ),
        *((noun,) for noun in roles.borne_nouns),  # "sustained a gunshot wound"
        *roles.carried_to_care,  # "was taken to Stroger": care at a place's name
        *((w,) for w in roles.survival_states | roles.survival_nouns),  # "he is alive"
        *((w,) for w in roles.survival_verbs),  # "is in the hospital recovering"
        *(tuple(w.split()) for w in roles.survival_phrases),  # "she will pull through"
        *((w,) for w in roles.care_releases),  # "one of the victims was released"
        *((w,) for w in roles.aid_verbs | roles.aid_nouns),  # "tending to the victim"
        *((w,) for w in roles.rite_nouns),  # "his funeral"
        *(verb[:1] for verb in roles.rite_verbs),  # "was buried"
        *(verb[-1:] for verb in roles.rite_verbs if len(verb) > 2),  # "laid to rest"
        *((w,) for w in roles.absence_states | roles.killers | roles.dead_persons),
        *((w,) for w in roles.losses),  # "the loss of her son"
        *roles.absence_returns,  # "nothing will bring her back"
        *((v, w) for v in roles.turned_verbs for w in roles.turned_weapons),  # "turned the gun on"
        *((v, w) for v in PURSUIT_WORDS for w in perpetrators(roles)),  # "looking for the gunman"
    )
    cues = {frozenset(w for w in e if w not in _ARTICLES) or frozenset(e) for e in entries}
    return tuple(sorted(cues, key=sorted))
