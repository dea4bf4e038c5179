"""Who says so: "according to X", "X said", "said X", "X told <outlet>", a quote's speaker.

One attribution per sentence; a pronoun speaker ("it said", "he added") or a quotation
with no speaker of its own takes the last named speaker of the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.abbreviations import abbreviation_stop
from workbench.claims.antecedents import antecedent
from workbench.claims.quotations import quotation_runs
from workbench.claims.speakers import Saying, main_saying, sayings
from workbench.claims.tweets import tweet_authors
from workbench.claims.words import (
    PREPOSITIONS,
    PRONOUNS,
    TITLES,
    WORD_RUN,
    fold_case,
    looks_like_verb,
    wordset,
)
from workbench.parse import Parse

SPEECH = (
    r"said|says|say|told|tells|added|adds|wrote|writes|stated|states|claimed|claims|"
    r"announced|announces|reported|reports|tweeted|posted|confirmed|confirms|insisted|"
    r"warned|warns|explained|noted|estimated|estimates|acknowledged|argued|declared|"
    r"alleged|alleges|admitted|denied|denies|testified|predicted|recalled|"
    r"replied|responded|asserted|revealed|disclosed|conceded|suggested|contended|maintained"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
_NAME = rf"{_CAP}(?:\s+(?:(?:de|del|la|van|von|da|bin|al|of|the)\s+)*{_CAP})*"

_PHRASE = r"[^,.;:()“”\"]+"
"""Words up to a punctuation mark that closes a phrase."""
ACCORDING_RE = re.compile(rf"\baccording\s+to\s+(?P<who>{_PHRASE})", re.I)
_PHRASE_RE = re.compile(_PHRASE)
SAID_X_RE = re.compile(
    rf"(?:[,”\"’]\s*|^)(?!told\b)(?P<verb>{SPEECH})\s+(?P<who>(?:the\s+)?(?:{_NAME}|"
    rf"(?:[a-z][\w-]*\s+){{1,3}}{_NAME}|[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}))"
    r"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|to|who|after|before|during|when)\b))"
)
_SPEECH_WORDS = frozenset(SPEECH.split("|"))
X_SAID_RE = re.compile(rf"(?<![-\w])(?P<verb>{SPEECH})\b")
_NAME_GOES_ON = (
    r"(?: (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w-]*)+"
    r"(?![\w’'])"
)
"""More of a station's name after its number, on the same line, up to a full stop or a
possessive ("KPRC 2 News", "NBC 4 New York"; not "... Friday", "... News. Newton")."""
_STATION_NUMBER = (
    rf"(?:\s+\d{{1,3}}(?:{_NAME_GOES_ON}|(?=\s*(?:[,.;:!?)]|$)|\s+(?:that|the|on|in|at|about|he"
    r"|she|they|it|there|his|her|their|this|last|after|before|when|while)\b)))?"
)
"""A number that is part of a station's name ("told Channel 11 the ...", "told KPRC 2 News
he ...", "told FOX 29."): followed by more of the name, punctuation or a word opening a
clause, never by what it counts ("told Smith 2 men ...")."""
TOLD_RE = re.compile(rf"\btold\s+(?P<outlet>(?:the\s+)?{_NAME}{_STATION_NUMBER})")
_BOUNDARY = re.compile(
    r"[,;:“”\"—–()]|\s-\s|\b(?:that|and then|but|while|after|because|as|where|when|if|"
    r"although|though|since|until|unless|whereas|before|once)\b"
)
"""Where a speaker's noun phrase can begin: punctuation, a dateline's spaced hyphen
("HUMBLE, TEXAS - The sheriff's office says"), or a conjunction opening a clause ("units
arrived where police said")."""
_LEAD = re.compile(
    r"^(?:(?:but|and|so|yet|however|meanwhile|also|then|in\s+which|which|who|where|when|"
    # Subordinators open the clause the speaker stands in; they are never part of a name.
    r"although|though|even|whereas|while|since|because|unless|if|once|until|as)\s+)+",
    re.I,
)
_PASSIVE_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+)?$", re.I)
_ARTICLES = wordset("a an the his her its their our my your")
"""Before a speech word, these make it a noun ("a report", "their claims")."""
_TO_A_PLACE = re.compile(r"\s+to\b")
_RELATIVE = re.compile(r"\s*(?:who|which)\b")
_WHO_ALONE = re.compile(r"\s*who(?:\s+\w+ly|\s+also|\s+later)?\s*")
"""A relative pronoun right before the speech verb, at most an adverb between."""
_TAIL_AUX = wordset("has have had is was were are will would also reportedly later has")
_DO = wordset("did does do not never n't")
"""A speech verb's own auxiliary and negation ("Police did say", "did not say"): not the
speaker's words."""
_SECOND_VERB = re.compile(r"\band(?:\s+(?:later|also|then|\w+ly))?\s*$", re.I)
"""A speech verb coordinated after another verb of the same subject ("The mother called
911 and said", "arrived and later told")."""
_ADVERB = re.compile(r"[a-z]{3,}(?:ally|ently|antly|ately|edly|ously|ively|fully|ctly)")
"""A lower-case adverb of manner or time right before the speech verb ("Police initially
said", "dispatch originally told"): the verb's, not the speaker's name. Read by its
derivational ending, so a noun in -ly ("the family said") stays."""


def _verb_adverb(words: list[str]) -> bool:
    """The last word an `_ADVERB` right after the subject; after an auxiliary ("It was
    originally reported", "had initially said") the words are a clause, left to the
    auxiliary's rule."""
    if not _ADVERB.fullmatch(words[-1]):
        return False
    return len(words) < 2 or words[-2].casefold() not in _TAIL_AUX | _DO


_SUBJECT_PRONOUNS = wordset("i we you he she it they")
_RELATIVES = wordset("who which that")
_PUNCTUATION = re.compile(r"[,;:“”\"—–()]|\s-\s")


def _trim_np(text: str) -> str | None:
    """Keep a plausible speaker noun phrase: no leading conjunction, no trailing aside."""
    words = _LEAD.sub("", text.strip()).split()
    while words and (words[-1].casefold() in _TAIL_AUX | _DO or _verb_adverb(words)):
        words.pop()
    shared = bool(words) and words[-1] == "and"  # "... and (have) said": one subject's verbs
    for k in range(len(words)):
        if words[k] in _TAIL_AUX:  # a predicate (lower case: "Officer Will Ruiz" is a name)
            if not shared:
                return None  # "So far it has been confirmed": a clause, no speaker
            words = words[:k]  # "Police have identified a girl ... and say": its subject
            break
    if not words:
        return None
    # Cut a trailing prepositional phrase ("the armed forces in a statement").
    for k in range(1, len(words)):
        if words[k].casefold() in PREPOSITIONS and words[k].casefold() != "of":
            words = words[:k]
            break
    if len(words) > 7:
        return None
    phrase = " ".join(words).strip(" ’'\"“”—–")
    return phrase or None


def _opens_clause(who: str) -> bool:
    """ "said she heard five shots": a pronoun with words after it is the subject of the
    clause said, not the speaker ("said police" names one)."""
    words = who.split()
    return len(words) > 1 and words[0].casefold() in _SUBJECT_PRONOUNS


def _first_subject(head: str) -> str | None:
    """The subject of the first of two coordinated verbs when the speech verb is the second
    ("The mother called 911 and said", "Officers arrived and told"): the words before the
    clause's first verb, from the last punctuation on."""
    m = _SECOND_VERB.search(head)
    if m is None:
        return None
    cuts = [p.end() for p in _PUNCTUATION.finditer(head, 0, m.start())]
    words = _LEAD.sub("", head[cuts[-1] if cuts else 0 : m.start()].strip()).split()
    for k, word in enumerate(words):
        low = word.casefold()
        if low in _TAIL_AUX | _DO or (looks_like_verb(word) and not word[:1].isupper()):
            subject = words[:k]  # less a relative pronoun or an adverb before the verb
            while subject and (subject[-1].casefold() in _RELATIVES or subject[-1].endswith("ly")):
                subject.pop()
            return _trim_np(" ".join(subject)) if subject else None
    return None


def _antecedent(segment: str) -> str | None:
    """The noun phrase a segment ends with: its words back to a preposition, a verb or a
    conjunction ("Channel 9 spoke with Austin's family": Austin's family; "including Joyce
    Larkin": Joyce Larkin)."""
    words = segment.strip(" ,").split()
    k = len(words)
    while k > 0:
        low = words[k - 1].casefold()
        if low in PREPOSITIONS or low in ("and", "or", "as") or low in _TAIL_AUX | _DO:
            break
        if looks_like_verb(words[k - 1]) and not words[k - 1][:1].isupper():
            break
        k -= 1
    return _trim_np(" ".join(words[k:])) if k < len(words) else None


def _without_full_stop(name: str) -> str:
    """The sentence's full stop off a name at its end ("told NBC10.", "told CNN."); an
    abbreviation's stays ("U.S.", "Jr.")."""
    return re.sub(r"(?:(?<=[a-z]{2})|(?<=[A-Z]{2})|(?<=\d))\.$", "", name)


def _according_to(sentence: str, m: re.Match[str]) -> str:
    """The words after "according to", read on across an abbreviation's full stop that does
    not end the sentence ("according to Sgt. Danielle Newman with SFPD": the rank is part of
    the attribution and the person the name after it)."""
    end = m.end("who")
    while abbreviation_stop(sentence, end):
        more = _PHRASE_RE.match(sentence, end + 1)
        if more is None:
            break
        end = more.end()
    return sentence[m.start("who") : end]


def _is_pronoun(who: str) -> bool:
    return who.casefold() in PRONOUNS or who.casefold() in ("some", "others", "many")


def _with_outlet(who: str, sentence: str) -> str:
    told = TOLD_RE.search(sentence)
    if told and told.group("outlet").casefold() not in PRONOUNS:
        outlet = _without_full_stop(told.group("outlet"))
        return f"{who} told {outlet}" if who else f"told {outlet}"
    return who


def _strip_title_tail(who: str) -> str:
    """'Juan Andrés Mejía, an opposition lawmaker' keeps the name; titles stay."""
    return who.split(",")[0].strip()


def find_attribution(sentence: str) -> tuple[str | None, bool]:
    """(speaker, is_pronoun) for one sentence; (None, False) when it names none."""
    # A cheap first look: every pattern below needs "according" or a speech verb as a word.
    words = WORD_RUN.findall(sentence)
    if _SPEECH_WORDS.isdisjoint(words) and "according" not in fold_case(sentence):
        return None, False
    m = ACCORDING_RE.search(sentence)
    if m:
        who = _trim_np(_according_to(sentence, m))
        if who:
            name = re.match(_NAME, who)
            if name and name.group().split()[0].casefold() not in ("the",):
                who = name.group()
            return who, _is_pronoun(who)
    m = SAID_X_RE.search(sentence)
    if m and not _opens_clause(m.group("who")):
        who = _trim_np(_strip_title_tail(m.group("who")))
        if who:
            who = _without_full_stop(who)  # "added Moore."
        if who and not _is_pronoun(who) and who.casefold() not in ("that", "the"):
            return _with_outlet(who, sentence), False
    for m in X_SAID_RE.finditer(sentence):
        head = sentence[: m.start()]
        before = head.split()[-1] if head.split() else ""
        if before in PREPOSITIONS or before in _ARTICLES:
            continue  # "responded to reports of", "a report": a noun or an infinitive
        if _PASSIVE_BE.search(head):
            continue  # "it was reported to police": a passive names no speaker before it
        if m.group("verb") == "responded" and _TO_A_PLACE.match(sentence, m.end()):
            continue  # "officers responded to a call": they went there, they said nothing
        shared = _first_subject(head)
        if shared is not None:
            return (
                (shared, True) if _is_pronoun(shared) else (_with_outlet(shared, sentence), False)
            )
        # The noun phrase back to the clause boundary, past an appositive
        # ("Maria Rodriguez, a 36-year-old manicurist, told ...").
        cuts = [0] + [b.end() for b in _BOUNDARY.finditer(head)]
        segments = [head[a:b] for a, b in zip(cuts, [*cuts[1:], len(head)], strict=True)]
        who = None
        for i, segment in enumerate(reversed(segments[-3:])):
            if _RELATIVE.match(segment):
                if i == 0:
                    # "spoke with the family, who said": the noun the relative follows
                    before = segments[-2] if len(segments) > 1 else ""
                    who = _antecedent(before) if _WHO_ALONE.fullmatch(segment) else None
                    break
                continue  # "Ana Ruiz, who lives nearby, said": an aside
            np = _trim_np(re.sub(r"[,;:“”\"—–()]", " ", segment))
            if np and not re.match(r"(?:a|an)\s", np, re.I):
                who = np
                break
            if np and i == 0:
                # "..., a neighbour said": an unnamed speaker right before the verb is the
                # speaker; only an apposition ("Ana Ruiz, a nurse, said") points back.
                who = np
                break
            if np is None and segment.strip(" ,") and not segment.strip().startswith(","):
                break
        if not who:
            continue
        if who.split()[-1].casefold() in ("it", "which", "who") and len(who.split()) > 1:
            continue
        first = who.split()[0]
        if not first[:1].isalpha():
            continue
        if _is_pronoun(who):
            return who, True
        # A bare title ("Mr") or a stray verb is not a speaker.
        if who.casefold().rstrip(".") in TITLES:
            continue
        return _with_outlet(who, sentence), False
    return None, False


def attributions(
    sentences: list[tuple[str, int]],
    parses: Sequence[Parse | None] | None = None,
    said: Sequence[list[Saying]] | None = None,
) -> list[str | None]:
    """The attribution of each (sentence text, paragraph) in order. A sentence with a parse
        (`parses`, in the same order) is read from it (`speakers`), the others by the patterns
        above. A pronoun speaker takes the nearest named speaker before it that it can stand for
    (`antecedents`); a quotation running
        over several sentences is its speaker's in every one of them (`quotations`), a sentence
        that is a quotation alone the last named speaker of its paragraph or of the paragraph
        before; a sentence of an embedded tweet that names no speaker of its own is said by the
        tweet's author. `said`: the sayings of each parse (`speakers.sayings`) when read already."""
    tweeted = tweet_authors(sentences)
    read = []
    for i, (text, _) in enumerate(sentences):
        parse = parses[i] if parses is not None else None
        if parse is None:
            read.append(find_attribution(text))
        else:
            read.append(main_saying(parse, said[i] if said is not None else sayings(parse)))
    runs = quotation_runs(sentences)
    named: dict[int, str] = {}  # a quotation's speaker, wherever in it the page names them
    for run, (who, pronoun) in zip(runs, read, strict=True):
        if run is not None and who and not pronoun:
            named.setdefault(run, who)
    out: list[str | None] = []
    spoken: list[tuple[str, int]] = []  # the named speakers so far and their paragraphs
    here: str | None = None  # the last named speaker of this paragraph
    before: str | None = None  # the speaker of the paragraph before's last sentence
    last_para: int | None = None
    for (text, para), (who, pronoun), run in zip(sentences, read, runs, strict=True):
        if para != last_para:
            before, here, last_para = (out[-1] if out else None), None, para
        if pronoun:
            who = antecedent(who or "", [(w, p == para) for w, p in spoken])
        elif who is None and run is not None and run in named:
            who = named[run]
        elif who is None and (run is not None or text.lstrip()[:1] in '“"'):
            who = here or before
        if who and not pronoun:
            here = who
            spoken.append((who, para))
        out.append(who or tweeted.get(para))
    return out
