"""What a claim is about: the action near it, the thing counted, and who did it.

There is no tagger here: a quantity's counted noun is the last noun-like word after it,
its action the nearest verb form after (through auxiliaries and asides) or before it (a
place's or date's action, the event it situates, is `situated.py`'s). Crude, general and
fast.
"""

from __future__ import annotations

from workbench.claims.inflections import IRREGULAR
from workbench.claims.numbers import TENS, UNITS, VAGUE
from workbench.claims.words import (
    AUXILIARIES,
    BARE_PAST,
    CALENDAR_QUALIFIERS,
    CALENDAR_WORDS,
    DETERMINERS,
    PARTICLES,
    PHRASE_PREPOSITIONS,
    PREPOSITIONS,
    STOP,
    Token,
    lemma,
    looks_like_verb,
    verb_lemma,
    wordset,
)

# Nouns that stand for the members counted ("a group of 30 men"), not for an action.
GROUP_NOUNS = wordset(
    "group groups total number numbers crowd crowds tally figure figures count band "
    "contingent team unit units batch wave handful majority minority share toll"
)
_ADVERB_OK = wordset("globally nationwide worldwide abroad overall altogether")
# Determiners after "of" that make a count part of a named group ("eight of the injured").
PARTITIVE_DETERMINERS = wordset("the its their his her them those these our us")
_NOT_COUNTED = wordset("according including such percent per cent more less fewer than times time")
_CLAUSE_END = frozenset(';:—–()"“”[]')


def _is_adverb(tok: Token) -> bool:
    low = tok.lower
    return (low.endswith("ly") and len(low) > 4) or low in _ADVERB_OK


def _says_when(tokens: list[Token], i: int) -> bool:
    """Token i begins a time ("Monday", "last Monday"): the counted noun ends before it."""
    if i >= len(tokens):
        return False
    if tokens[i].lower in CALENDAR_WORDS:
        return True
    return (
        tokens[i].lower in CALENDAR_QUALIFIERS
        and i + 1 < len(tokens)
        and tokens[i + 1].lower in CALENDAR_WORDS
    )


VAGUE_FIRST = frozenset(v.split()[0] for v in VAGUE) - {"a"}
"""The first words of vague counts ("several", "dozens"; not the article)."""


def _starts_a_count(tok: Token) -> bool:
    """A number after a comma begins the next count of a list, never more of this noun
    ("One dead, two hurt", "Two dead, several injured")."""
    return (
        tok.text[:1].isdigit()
        or tok.lower in UNITS
        or tok.lower in TENS
        or tok.lower in VAGUE_FIRST
    )


def counted_after(
    tokens: list[Token], i: int, stop: int | None = None
) -> tuple[str | None, int | None]:
    """The counted noun after position i (a token index): its lemma and end offset. It
    ends before offset `stop` (a date span) and before any calendar word."""
    if stop is not None:
        tokens = [t for t in tokens if t.end <= stop]
    partitive = False
    if i < len(tokens) and tokens[i].lower == "of":
        i += 1
        while i < len(tokens) and tokens[i].lower in PARTITIVE_DETERMINERS:
            partitive = True
            i += 1
    candidates: list[Token] = []
    while i < len(tokens) and len(candidates) < 5:
        tok = tokens[i]
        if (
            partitive
            and not candidates
            and looks_like_verb(tok.text)
            and _ends_phrase(tokens, i + 1)
        ):
            return tok.lower, tok.end  # "Forty of the injured": the group is named by its state
        if tok.text == "," and candidates and i + 2 < len(tokens):
            after, after2 = tokens[i + 1], tokens[i + 2]
            if (
                after.is_word
                and not _starts_a_count(after)  # "One man dead, two others wounded"
                and after.lower not in STOP
                and not after.is_cap
                and after2.is_word
                and after2.lower not in STOP
                and not looks_like_verb(after.text)
            ):
                i += 1
                continue
            break
        if not tok.is_word or tok.lower in STOP or tok.lower in _NOT_COUNTED:
            break
        if _says_when(tokens, i) or (candidates and _bare_past(tokens, i)):
            break
        if _is_adverb(tok):
            if candidates:
                break
            i += 1
            continue
        if looks_like_verb(tok.text):
            # "armed men" is a noun phrase; "burning piles", "lost power" are clauses.
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            regular_ed = tok.lower.endswith("ed") and tok.lower not in IRREGULAR
            if not (
                regular_ed
                and nxt
                and nxt.is_word
                and nxt.lower not in STOP
                and not _is_adverb(nxt)
                and not _says_when(tokens, i + 1)
            ):
                break
        candidates.append(tok)
        i += 1
    while candidates and looks_like_verb(candidates[-1].text):
        candidates.pop()
    # Two plurals in a row: the second is a verb ("footage from several angles shows").
    if (
        len(candidates) >= 2
        and candidates[-1].lower.endswith("s")
        and candidates[-2].lower.endswith("s")
        and not candidates[-1].lower.endswith("ss")
        and not candidates[-2].lower.endswith("ss")
    ):
        candidates.pop()
    if not candidates:
        return None, None
    last = candidates[-1]
    return lemma(last.text), last.end


def _bare_past(tokens: list[Token], i: int) -> bool:
    """A verb whose past shows no suffix, used as one: "put out", "set the"; or any word
    whose particle ends the phrase, a phrasal verb ("nine shots rang out")."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].lower
    if after in PARTICLES and _ends_phrase(tokens, i + 2):
        return True
    return tokens[i].lower in BARE_PAST and (after in PARTICLES or after in DETERMINERS)


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    return (
        k >= len(tokens)
        or not tokens[k].is_word
        or tokens[k].lower in STOP
        or _says_when(tokens, k)
        or _is_adverb(tokens[k])
    )


def _plain_noun(tok: Token) -> bool:
    return (
        tok.is_word and not tok.is_cap and tok.lower not in STOP and not looks_like_verb(tok.text)
    )


def phrasal(tokens: list[Token], verb: int, base: str, limit: int | None = None) -> str:
    """The verb's lemma with its particle and fixed object: "take into custody", "walk off
    the job", "round up". `limit` is a token index the phrase must end before."""
    end = len(tokens) if limit is None else limit
    k = verb + 1
    if k >= end:
        return base
    tok = tokens[k]
    if tok.lower in PARTICLES:
        words = [base, tok.lower]
        # "walked off the job", "put out the call": a determiner and one noun, then a break.
        if (
            k + 2 < end
            and tokens[k + 1].lower in DETERMINERS
            and _plain_noun(tokens[k + 2])
            and _ends_phrase(tokens, k + 3)
        ):
            words += [tokens[k + 1].lower, tokens[k + 2].lower]
        return " ".join(words)
    if (
        tok.lower in PHRASE_PREPOSITIONS
        and k + 1 < end
        and _plain_noun(tokens[k + 1])
        and not tokens[k + 1].lower.endswith("s")
        and _ends_phrase(tokens, k + 2)
    ):
        return f"{base} {tok.lower} {tokens[k + 1].lower}"  # "taken into custody"
    return base


def _skip_aside(tokens: list[Token], i: int) -> int:
    """Past a comma-delimited aside ("..., including the US, have ..."), or i if none."""
    for j in range(i + 1, min(i + 10, len(tokens))):
        if tokens[j].text == ",":
            return j + 1
        if tokens[j].text in _CLAUSE_END or tokens[j].text == ".":
            return i
    return i


def action_after(tokens: list[Token], i: int) -> tuple[str | None, int | None]:
    """The verb a counted thing is the subject of ("27 people were detained")."""
    saw_aux = False
    first = True
    asides = 0
    steps = 0
    while i < len(tokens) and steps < 16:
        steps += 1
        tok = tokens[i]
        low = tok.lower
        if tok.text == "," and asides < 2:
            asides += 1
            j = _skip_aside(tokens, i)
            if j == i:
                return None, None
            i = j
            first = False
            continue
        if not tok.is_word:
            return None, None
        if _says_when(tokens, i):
            # "residents last Monday fled": a time between subject and verb.
            i += 1
            while i < len(tokens) and tokens[i].lower in CALENDAR_WORDS:
                i += 1
            first = False
            continue
        if low in AUXILIARIES or _is_adverb(tok):
            saw_aux = saw_aux or low in AUXILIARIES
            i += 1
            first = False
            continue
        if low in PREPOSITIONS and not saw_aux:
            # Skip a prepositional phrase: "men in the uniform of the guard put out ..."
            i += 1
            while i < len(tokens) and tokens[i].is_word and not looks_like_verb(tokens[i].text):
                if tokens[i].lower in AUXILIARIES:
                    break
                if tokens[i - 1].lower not in STOP and _bare_past(tokens, i):
                    break  # "men in the uniform of the guard put out the call"
                i += 1
            first = False
            continue
        if (
            looks_like_verb(tok.text)
            or saw_aux
            or (first and not tok.is_cap and low not in STOP)
            or _bare_past(tokens, i)
        ):
            # After an auxiliary an -ing word is a verb ("were killing").
            base = (verb_lemma if saw_aux else lemma)(tok.text)
            return phrasal(tokens, i, base), i
        return None, None
    return None, None


def action_before(tokens: list[Token], i: int) -> tuple[str | None, int | None]:
    """The verb or action noun a quantity is the object of ("attended by thousands")."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 8:
        steps += 1
        tok = tokens[j]
        low = tok.lower
        if not tok.is_word:
            return None, None
        if low == "of" and j > 0 and tokens[j - 1].is_word:
            prev = tokens[j - 1]
            if prev.lower in GROUP_NOUNS:
                if j > 1 and tokens[j - 2].is_word and tokens[j - 2].lower not in STOP:
                    return lemma(tokens[j - 2].text), j - 2
                j -= 2
                continue
            if prev.lower not in STOP and not prev.is_cap:
                return lemma(prev.text), j - 1
            return None, None
        if looks_like_verb(tok.text):
            # Right before the figure an -ing word takes it as object ("killing 12").
            base = (verb_lemma if j == i - 1 else lemma)(tok.text)
            return phrasal(tokens, j, base, limit=i), j
        if low in STOP:
            j -= 1
            continue
        if tok.is_cap:
            return None, None
        j -= 1
    return None, None


def subject_before(tokens: list[Token], verb: int) -> str | None:
    """The noun phrase before a verb ("security forces" in "security forces arrested 30")."""
    j = verb - 1
    while j >= 0 and tokens[j].lower in AUXILIARIES:
        j -= 1
    words: list[Token] = []
    while j >= 0 and len(words) < 4:
        tok = tokens[j]
        if not tok.is_word or tok.lower in STOP:
            break
        words.insert(0, tok)
        j -= 1
    if not words:
        return None
    return " ".join(w.text for w in words).casefold()


def agent_after(tokens: list[Token], verb: int) -> str | None:
    """The agent of a passive verb ("detained by security forces")."""
    if verb + 1 < len(tokens) and tokens[verb + 1].lower == "by":
        words = []
        j = verb + 2
        while j < len(tokens) and tokens[j].lower in ("the", "a", "an"):
            j += 1
        while j < len(tokens) and len(words) < 4:
            tok = tokens[j]
            if not tok.is_word or tok.lower in STOP:
                break
            words.append(tok.text)
            j += 1
        return " ".join(words).casefold() or None
    return None
