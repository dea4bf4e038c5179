"""Who says so, read from the sentence's dependency parse: a verb of saying and its subject.

A speaker is the subject of a verb of saying or reporting (`SAYING`), or the object of
"according to"; its words are the subject's own noun phrase (its determiner, compounds,
modifiers, possessor, an "of" phrase and coordinated speakers), never the words after it:
the regular expressions read a speaker back to a comma and took clauses with it ("police
said when gunfire erupted"). Each saying covers the clause it governs: its complement, or the
clause it is set into as an aside ("Two men were hurt, police said, when ...").
`attribution.py` reads the sentences no parse is kept for.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.claims.lemmas import lemma_of
from workbench.claims.words import TITLES, wordset
from workbench.parse import Parse
from workbench.parse.tree import VERB_TAGS

SAYING = wordset(
    "say tell report confirm add state announce explain note write tweet post claim insist "
    "warn estimate acknowledge argue declare allege admit deny testify predict recall reply "
    "assert reveal disclose concede suggest contend maintain indicate believe"
)
"""The verbs whose subject is the one a page cites for what the clause says: saying,
reporting, writing, and believing ("investigators believe"), a closed class of the language
(the labels' convention for `cited` names these). "Respond" is out: on these pages officers
respond to a call far more often than to a question."""
EVIDENCE = wordset("show")
"""Verbs whose subject is a record the page cites when they govern a clause ("court records
show he was shot"): with an object alone they tell what a picture holds ("the video shows a
car"), no statement."""
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
_NOT_TOLD = frozenset(("amod", "acl", "xcomp", "pcomp", "csubj", "compound", "aux"))
"""A saying verb in these relations is no saying of the sentence's: a modifier ("a reported
shooting"), an infinitive or gerund under another verb ("declined to confirm", "after
saying")."""
_NP_LEFT = frozenset(("compound", "det", "poss", "amod", "nmod", "nummod", "case", "punct"))
"""The parts of a speaker's noun phrase before its head; after it, coordinated speakers
("police and fire officials") and, of the prepositions, "of" alone ("Lt. Ann Lee of the county
police"): a speaker "in a statement" or "at the scene" is no speaker's name."""
_PERSONAL = wordset("i we you he she it they this these those some others many")
"""Pronoun subjects: the speaker is the one named before (`attribution.attributions`)."""
_RELATIVE = wordset("who that which")
_TELL = wordset("tell tells told telling")


@dataclass(frozen=True, slots=True)
class Saying:
    """One saying of a sentence: its verb (or "according"), its speaker's words."""

    token: int
    who: str | None
    pronoun: bool


def _says(parse: Parse, k: int) -> bool:
    """Whether token k is a form of a verb in `SAYING`: its lemma, or its past's stem where
    the suffix lemmatiser cuts a letter too many ("added", "conceded", "acknowledged")."""
    low = parse.lower(k)
    stems = {lemma_of(parse.word(k), parse.tags[k])}
    if low.endswith("ed"):
        stems |= {low[:-1], low[:-2]}
    if not EVIDENCE.isdisjoint(stems):
        return parse.child(k, "ccomp") is not None
    return not SAYING.isdisjoint(stems)


def _is_saying(parse: Parse, k: int) -> bool:
    if not parse.is_verb(k) or parse.deps[k] in _NOT_TOLD:
        return False
    if not _says(parse, k):
        return False
    # A saying denied or refused ("police did not say") cites no one.
    return not any(parse.deps[c] == "neg" for c in parse.children(k))


def _np(parse: Parse, head: int) -> str:
    """The words of the noun phrase headed by `head` (`_np_span`), its edges' punctuation
    off."""
    lo, hi = _np_span(parse, head)
    hi = _past_title(parse, hi)
    while lo < hi and parse.tags[lo] in (",", ":", "``", "''", "-LRB-", "HYPH"):
        lo += 1
    while hi > lo and parse.tags[hi] in (",", ":", "``", "''", "-RRB-", "HYPH", "CC"):
        hi -= 1
    return parse.text[parse.starts[lo] : parse.ends[hi]]


def _np_span(parse: Parse, head: int, depth: int = 0) -> tuple[int, int]:
    """The first and last token of the noun phrase headed by `head`: its left modifiers'
    subtrees, the head, and, read as noun phrases again, coordinated heads and an "of"
    phrase's object; appositions, relative clauses and other prepositional phrases left out
    ("Jane Roe, a spokeswoman, who ..." is Jane Roe; "the owner of a club where seven were
    hurt" is the owner of a club)."""
    lo = hi = head
    for c in parse.children(head):
        dep = parse.deps[c]
        if c < head and dep in _NP_LEFT:
            lo = min(lo, parse.subtree(c)[0])
        elif c > head and depth < 4:
            if dep in ("cc", "case"):
                hi = max(hi, c)
            elif dep == "conj" or (dep == "prep" and parse.lower(c) == "of"):
                inner = c if dep == "conj" else parse.child(c, "pobj")
                if inner is not None:
                    hi = max(hi, _np_span(parse, inner, depth + 1)[1])
    return lo, hi


def _past_title(parse: Parse, k: int) -> int:
    """A rank's abbreviation the parser ended the phrase at ("according to Sgt. Ann Lee":
    "Sgt" the object, its full stop and the name left outside): the phrase goes on over the
    full stop and the proper nouns after it."""
    if parse.lower(k).rstrip(".") not in TITLES:
        return k
    end = k + 1 if k + 1 < len(parse) and parse.word(k + 1) == "." else k
    while end + 1 < len(parse) and parse.tags[end + 1] == "NNP":
        end += 1
    return end if end > k + 1 else k


def _named(parse: Parse, head: int) -> int:
    """A common noun's proper-noun apposition is the speaker's name ("her cousin, Ana Vell,
    said": Ana Vell), as a job told before a name is dropped for it."""
    if parse.tags[head] not in ("NN", "NNS"):
        return head
    name = next(
        (c for c in parse.children(head) if parse.deps[c] == "appos" and parse.tags[c] == "NNP"),
        None,
    )
    return head if name is None else name


def _subject(parse: Parse, verb: int) -> int | None:
    """The verb's subject; a second verb of one subject takes the first's ("The mother called
    911 and said"); a passive's is its agent ("was confirmed by police")."""
    k = verb
    while True:
        subjects = [c for c in parse.children(k) if parse.deps[c] in _SUBJECTS]
        # Of two subjects the parser gave one verb, the one nearest it ("Charges range from
        # ..., Demings said": Demings), a relative pronoun last ("the man, who police said
        # was 25": the relative is the clause's, police the saying's).
        subjects.sort(key=lambda c: (parse.lower(c) in _RELATIVE, abs(c - k)))
        subject = next(iter(subjects), None)
        if subject is not None and parse.deps[subject] == "nsubj":
            return subject
        agent = parse.child(k, "agent")
        if agent is not None:
            return parse.child(agent, "pobj")
        if subject is not None:
            return None  # "it was reported": a passive names no speaker
        if parse.deps[k] != "conj" or parse.heads[k] == k or not parse.is_verb(parse.heads[k]):
            return None
        k = parse.heads[k]


def _saying(parse: Parse, verb: int) -> Saying | None:
    subject = _subject(parse, verb)
    if subject is None:
        return None
    low = parse.lower(subject)
    if low in _RELATIVE and parse.deps[verb] == "relcl":
        subject = parse.heads[verb]  # "the family, who said": the noun the clause is on
        low = parse.lower(subject)
    if low in _PERSONAL:
        return Saying(verb, low, True)
    if low in _RELATIVE or parse.tags[subject] in ("WP", "WDT", "EX"):
        return None
    who = _np(parse, _named(parse, subject))
    if parse.lower(verb) in _TELL:
        told = parse.child(verb, "dobj")
        if told is not None and parse.tags[told].startswith("NNP"):
            who = f"{who} told {_np(parse, told)}"  # the outlet the speaker told
    return Saying(verb, who, False)


def _according(parse: Parse, k: int) -> Saying | None:
    """ "according to X" (its object), "per X" is read by `attribution` on the text."""
    if parse.lower(k) != "according":
        return None
    to = next((c for c in parse.children(k) if parse.lower(c) == "to"), None)
    obj = parse.child(to, "pobj") if to is not None else None
    if obj is None:
        return None
    low = parse.lower(obj)
    return Saying(k, low, True) if low in _PERSONAL else Saying(k, _np(parse, obj), False)


def sayings(parse: Parse) -> list[Saying]:
    """Every saying of the sentence, in text order. Only a verb or "according" can be one:
    the other tokens are passed over by their tag, unless the sentence has "according"."""
    out = []
    according = "according" in parse.text.casefold()
    for k, tag in enumerate(parse.tags):
        if tag not in VERB_TAGS and not according:
            continue
        found = _according(parse, k) if according and parse.lower(k) == "according" else None
        if found is None and _is_saying(parse, k):
            found = _saying(parse, k)
        if found is not None:
            out.append(found)
    return out


def head_token(parse: Parse, start: int, end: int) -> int | None:
    """The token of a span whose head lies outside it (the span's syntactic head)."""
    tokens = parse.tokens_in(start, end)
    inside = set(tokens)
    return next((k for k in tokens if parse.heads[k] not in inside or parse.heads[k] == k), None)


def in_speaker(parse: Parse, token: int, found: list[Saying]) -> bool:
    """Whether the token lies in the subject phrase of a saying: a count in the words that
    name the speaker ("The owner of a club where seven were hurt says ...") is the page's
    description of who speaks, not what the speaker says."""
    for saying in found:
        subject = _subject(parse, saying.token)
        if subject is not None and subject != saying.token:
            lo, hi = parse.subtree(subject)
            if lo <= token <= hi:
                return True
    return False


def depth(parse: Parse, k: int) -> int:
    """Arcs from token k up to its root."""
    n = 0
    while parse.heads[k] != k and n < len(parse):
        k = parse.heads[k]
        n += 1
    return n


def sentence_speaker(parse: Parse) -> tuple[str | None, bool]:
    """(speaker, is_pronoun) of the sentence's main saying: the one covering its root (the
    outer of a chain: "According to police, the boy told them ..." is police's), else the
    one nearest the root (the first of equals); (None, False) when it has none."""
    return main_saying(parse, sayings(parse))


def main_saying(parse: Parse, found: list[Saying]) -> tuple[str | None, bool]:
    """`sentence_speaker` of a sentence whose sayings (`sayings`) are read already."""
    if not found:
        return None, False
    root = next((k for k in range(len(parse)) if parse.heads[k] == k), 0)
    main = covering(parse, root, found) or min(
        found, key=lambda s: (depth(parse, s.token), s.token)
    )
    return main.who, main.pronoun


_ASIDES = frozenset(("parataxis", "prep", "dep"))
"""How a saying set into a clause hangs on it ("Two men, police said, were hurt"; "according
to police"): a coordinated, relative or adverbial saying tells its own clause only."""


_OWN_CLAUSE = frozenset(("relcl", "conj", "advcl"))
"""A saying in a relative clause ("a shooting that police said began at 2 a.m."), in a clause
of its own joined to another ("two are in custody, but the chief said ...") or in an adverbial
clause ("a girl was charged after police said she shot a boy") tells its own clause only."""


def confined(parse: Parse, found: list[Saying]) -> bool:
    """Whether every saying of the sentence tells its own clause only (`_OWN_CLAUSE`), so a
    count no saying covers is the page's own; where a saying hangs elsewhere the parse may
    have put it there by mistake ("according to" on the nearest verb) and the sentence's
    speaker stays."""
    return all(parse.deps[s.token] in _OWN_CLAUSE for s in found)


def covering(parse: Parse, token: int, found: list[Saying]) -> Saying | None:
    """The saying whose clause holds the token: the outermost one on the way up from it to
    the root (a chain of sayings is the outer speaker's: "police said witnesses told them"),
    a saying it is the subject of excepted ("the man who shot two said"); None when no saying
    of the sentence governs it (a count beside a relative clause "that police said ...")."""
    by_token = {s.token: s for s in found}
    best, below, k = None, -1, token
    for _ in range(len(parse)):
        if k in by_token and not (below >= 0 and parse.deps[below] in _SUBJECTS):
            best = by_token[k]
            if parse.deps[k] in _OWN_CLAUSE:
                break  # "..., and the hospital said two more": no outer saying's
        for c in parse.children(k):
            if c != below and c in by_token and parse.deps[c] in _ASIDES:
                best = by_token[c]
        if parse.heads[k] == k:
            break
        below, k = k, parse.heads[k]
    return best
