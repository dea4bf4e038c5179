"""A verb as the parse gives it: its base forms, its phrase, whether it is negated or
unreal. The small readings every rule of `predicates.py`, `syntax.py` and `harms.py` asks
first, kept apart from the roles they decide."""

from __future__ import annotations

from collections.abc import Callable

from workbench.claims.lemmas import lemma_of
from workbench.parse import Parse
from workbench.vocabulary import stems


def word_at(p: Parse, i: int) -> str:
    return p.lower(i).replace("’", "'")


def lemma(p: Parse, i: int) -> str:
    """The token's base form (`lemma_of` its word and tag). Asked about 80 times a parsed
    sentence, of fewer tokens than that: every token's is made at the first asking and
    kept on the parse (`Parse.memo`)."""
    lemmas = p.memo.get(_LEMMAS)
    if lemmas is None:
        words = zip(p.starts, p.ends, p.tags, strict=True)
        lemmas = p.memo[_LEMMAS] = [lemma_of(p.text[s:e], tag) for s, e, tag in words]
    return lemmas[i]


_LEMMAS = "lemmas"
"""The name of the tokens' lemmas in `Parse.memo`."""


def verb_keys(p: Parse, v: int) -> list[tuple[str, ...]]:
    """The verb's possible base forms (with its particle), most likely first: the suffix
    lemmatiser guesses, so "massacred" is tried as "massacr" and "massacre"; a verb written
    with a hyphen first whole ("pistol-whip"); "out"/"off" just after it as its particle."""
    prt = p.child(v, "prt")
    if prt is None:
        prt = _away_particle(p, v)
    tail = (word_at(p, prt),) if prt is not None else ()
    forms = dict.fromkeys([lemma(p, v), *stems(word_at(p, v))])
    keys = [(form, *tail) for form in forms]
    head = _hyphen_head(p, v)
    return [(f"{head}-{form}", *tail) for form in forms] + keys if head else keys


AWAY_PARTICLES = frozenset(("out", "off"))
"""Words that, right after a verb, make it a verb of moving someone away ("was kicked out of
the bar", "had been kicked off the property"): the parser hangs them as a preposition, not a
particle, and the verb alone would read as what it says without them (a kick, a blow)."""


def _away_particle(p: Parse, v: int) -> int | None:
    """ "out"/"off" just after the verb, hung on it as a preposition or an adverb."""
    after = v + 1
    if after >= len(p) or p.heads[after] != v or p.deps[after] not in ("prep", "advmod"):
        return None
    return after if p.lower(after) in AWAY_PARTICLES else None


def _hyphen_head(p: Parse, v: int) -> str | None:
    """The first part of a verb written with a hyphen ("pistol-whipped"): the tokenizer
    splits it and the parser hangs the first part on the verb, so the verb's base form
    alone ("whip") is not the verb the roles name ("pistol-whip")."""
    if v < 2 or p.tags[v - 1] != "HYPH" or p.heads[v - 2] != v:
        return None
    joined = p.ends[v - 2] == p.starts[v - 1] and p.ends[v - 1] == p.starts[v]
    return word_at(p, v - 2) if joined else None


def lookup(table: dict[tuple[str, ...], str], keys: list[tuple[str, ...]]) -> str | None:
    return next((table[k] for k in keys if k in table), None)


def verb_phrase(p: Parse, v: int) -> str:
    """The verb's base form with its particle ("gun down", "round up")."""
    prt = p.child(v, "prt")
    return f"{lemma(p, v)} {word_at(p, prt)}" if prt is not None else lemma(p, v)


def negated(p: Parse, v: int) -> bool:
    """A "not"/"never" on the verb, or a "nor" before it ("..., nor did she sustain serious
    injury": the parser hangs the "nor" on the clause before, or on the verb itself)."""
    if p.child(v, "neg") is not None:
        return True
    if any(p.lower(c) == "nor" for c in p.children(v)):
        return True
    h = p.heads[v]
    return (
        p.deps[v] == "conj" and h != v and any(p.lower(c) == "nor" and c < v for c in p.children(h))
    )


UNREAL_MODALS = frozenset(("would", "will", "may", "might", "should", "must", "shall", "'d", "'ll"))
"""Modal auxiliaries of what did not (or has not yet) come to pass: "would not have
survived", "may not survive". The closed class of English modals, less "could"/"can", whose
negation tells of what happened ("could not survive his wounds")."""


def unreal(p: Parse, v: int) -> bool:
    """A clause of what did not happen: under a modal of the unreal ("would not have
    survived without surgery") or a condition ("if she does not survive")."""
    for c in p.children(v):
        if p.deps[c] == "aux" and p.tags[c] == "MD" and p.lower(c) in UNREAL_MODALS:
            return True
        if p.deps[c] == "mark" and p.lower(c) in ("if", "unless"):
            return True
    return False


COUNTERFACTUAL_MODALS = frozenset(("would", "could", "'d"))
CLAUSE_LINKS = frozenset(("conj", "xcomp", "ccomp"))


def unasserted(p: Parse, v: int) -> bool:
    """A clause the text does not assert: an embedded question ("not able to say if the man
    had died", "whether anyone will face charges"), a conditional's consequence ("he would
    be charged if ..."), or what could have happened ("could have been killed"); through
    the clauses the verb completes or joins. A condition itself is not enough: reporters
    and witnesses tell what happened in one ("if someone could come into a home, shoot four
    people then they are just gone")."""
    return _up_clauses(
        p,
        v,
        CLAUSE_LINKS,
        lambda u: (
            any(p.deps[c] == "mark" and _asks(p, u, c) for c in p.children(u))
            or _counterfactual(p, u)
        ),
    )


def _up_clauses(p: Parse, v: int, links: frozenset[str], test: Callable[[int], bool]) -> bool:
    """`test` on the verb and on the verbs it completes or joins through `links`, at most
    six clauses up (a parse's chains of "and ... and" are no longer)."""
    for _ in range(6):
        if test(v):
            return True
        if p.deps[v] not in links or p.heads[v] == v:
            return False
        v = p.heads[v]
    return False


def _counterfactual(p: Parse, v: int) -> bool:
    """ "would be charged if ...", "could have been killed": a modal of the unreal with a
    condition of its own, or with a perfect "have"."""
    modal = any(
        p.deps[c] == "aux" and p.tags[c] == "MD" and p.lower(c) in COUNTERFACTUAL_MODALS
        for c in p.children(v)
    )
    if not modal:
        return False
    if any(p.deps[c] == "aux" and p.lower(c) == "have" for c in p.children(v)):
        return True
    marks = (k for c in p.children(v) if p.deps[c] == "advcl" for k in p.children(c))
    return any(p.deps[k] == "mark" and p.lower(k) == "if" for k in marks)


def _asks(p: Parse, v: int, mark: int) -> bool:
    """ "whether ...", and an "if" that asks ("could not say if the man had died": the
    clause completes a verb) rather than sets a condition."""
    return p.lower(mark) == "whether" or (p.lower(mark) == "if" and p.deps[v] == "ccomp")


HYPOTHETICAL_MODALS = frozenset(("might", "may", "could", "would", "'d", "’d"))
"""Modals of possibility: "might be released" tells of no release; "'d" is "would" where the
tagger reads it as a modal ("I wish you'd killed him"; "he'd been shot" is "had"). "will" is
left out: in court news "will be charged" states an intent the labels may count (measured:
no change)."""
ABILITY_MODALS = frozenset(("can", "could"))


def hypothetical(p: Parse, v: int) -> bool:
    """A clause told as what may come to pass, not what did: a verb under a modal of
    possibility ("might be released", "may lose"; "could not" tells what did: "could not be
    saved"), or a condition ("if the boy dies of his injuries", "unless ...", wherever the
    parser hangs the clause), through the verbs it joins. A condition of what someone can do
    tells what happened ("if a man can walk in and stab two hikers")."""
    if _modal_of(p, v, HYPOTHETICAL_MODALS) and not (
        (negated(p, v) and _modal_of(p, v, ABILITY_MODALS)) or _hedged_past(p, v)
    ):
        return True
    return _up_clauses(p, v, CONDITION_LINKS, lambda u: _condition(p, u))


FUTURE_MODALS = frozenset(("will", "shall", "'ll"))
EXPECTING = frozenset(("expect",))
"""The verb of what is awaited: "charges are expected to be filed"."""
WISHING = frozenset(("want", "wish", "hope", "demand", "urge", "ask"))
"""Verbs whose clause tells what someone wants done, not what was: "the family wants the
owner of the gun prosecuted"."""


def still_to_come(p: Parse, v: int) -> bool:
    """A clause of an act yet to be done: under "will" or "shall" ("will be charged as an
    adult", "will likely face the same charges"), or awaited ("charges are expected to be
    filed", "is expected to be charged") or wished ("wants the owner prosecuted", "asked that
    he be charged"), through the verbs it completes. Told of a later act of the law, it
    states none yet (the labels count no charge still to come); a harm's "will" is left to
    `hypothetical`, which leaves it out (measured so)."""
    return _up_clauses(
        p,
        v,
        frozenset(("xcomp", "ccomp")),
        lambda u: _future(p, u) or lemma(p, u) in EXPECTING | WISHING,
    )


def _future(p: Parse, v: int) -> bool:
    """ "will" or "shall" on the verb, as an auxiliary: not a speaker's name before a
    colon in a transcript ("Will: THE BOY WAS CHARGED ...")."""
    return any(
        p.deps[c] == "aux"
        and p.tags[c] == "MD"
        and word_at(p, c) in FUTURE_MODALS
        and not (c + 1 < len(p) and p.word(c + 1) in (":", ","))
        for c in p.children(v)
    )


EPISTEMIC_MODALS = frozenset(("may", "might"))


def _hedged_past(p: Parse, v: int) -> bool:
    """ "at least four people may have been injured", "a girl may have been hit": a modal
    of what is likely with the perfect tells a past the reporter hedges, not what may come
    to pass (the labels count it, its hedge as stated); "could have been killed" is left
    hypothetical (what did not happen)."""
    return _modal_of(p, v, EPISTEMIC_MODALS) and any(
        p.deps[c] == "aux" and word_at(p, c) == "have" for c in p.children(v)
    )


CONDITION_LINKS = frozenset(("conj", "xcomp"))


def _condition(p: Parse, v: int) -> bool:
    return any(
        p.deps[c] == "mark" and p.lower(c) in ("if", "unless") for c in p.children(v)
    ) and not _modal_of(p, v, ABILITY_MODALS)


def _modal_of(p: Parse, v: int, modals: frozenset[str]) -> bool:
    return any(
        p.deps[c] == "aux" and p.tags[c] == "MD" and word_at(p, c) in modals for c in p.children(v)
    )


AIMS = frozenset(("at", "toward", "towards"))
"""Prepositions of where a harm was aimed ("shot at the car"), not of whom it reached."""


def aimed_only(p: Parse, v: int) -> bool:
    """ "I have been shot at": a passive whose aim's preposition is left without its object
    tells that its subject was aimed at, not that the harm reached them."""
    return any(
        p.deps[c] == "prep" and p.lower(c) in AIMS and p.child(c, "pobj") is None
        for c in p.children(v)
    )
