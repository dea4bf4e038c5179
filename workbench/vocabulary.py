"""News vocabulary the conflict finder reasons with, kept as data the user can extend.

Reports of one event rarely use the same words ("detained", "arrested", "rounded up"),
so claims are compared through groups of synonyms rather than spellings. The built-in
groups live in `workbench/data/vocabulary.json`; a user file of the same shape (named by
`$WORKBENCH_VOCABULARY`, else `<config dir>/workbench/vocabulary.json`) is merged on top.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from workbench.user_data import merged, packaged, read_extension, user_file, user_file_stamp

VOCABULARY_ENV = "WORKBENCH_VOCABULARY"

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_MAX_PHRASE = 4


class VocabularyError(Exception):
    """The user's vocabulary file cannot be read or has the wrong shape."""


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "Peña" and "PENA" compare equal."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # The accents are looked up once per distinct character, not once per character.
    marks = [c for c in set(decomposed) if not c.isascii() and unicodedata.combining(c)]
    plain = decomposed.translate(dict.fromkeys(map(ord, marks))) if marks else decomposed
    return plain.replace("’", "'")


def words(text: str) -> list[str]:
    """The folded words of a text, hyphenated words kept whole."""
    return list(_words(text))


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple[str, ...]:
    # The same sentences are split many times over while claims are compared.
    return tuple(_WORD.findall(fold(text)))


@lru_cache(maxsize=1 << 15)
def stems(word: str) -> tuple[str, ...]:
    """Candidate base forms of an English word form, most literal first.

    A few suffix rules cover the regular inflections; irregular forms ("held",
    "fled") are listed in the data instead.
    """
    out = [word]

    def add(form: str) -> None:
        if len(form) >= 2 and form not in out:
            out.append(form)

    if word.endswith("ies") and len(word) > 4:
        add(word[:-3] + "y")
    if word.endswith("ied") and len(word) > 4:
        add(word[:-3] + "y")
    for suffix in ("es", "s", "ed", "d", "ing", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            add(base)
            if suffix in ("ed", "ing"):
                add(base + "e")
                if len(base) > 3 and base[-1] == base[-2]:
                    add(base[:-1])
    if word.endswith("en") and len(word) > 4:
        # Past participles: "taken", "beaten", "driven", "fallen".
        add(word[:-2])
        add(word[:-1])
    if word.endswith("men"):
        add(word[:-3] + "man")
    if word.endswith("ren"):
        add(word[:-3])
    return tuple(out)


def singular(word: str) -> str:
    """A plural noun's singular, good enough to make "trucks" and "truck" one key."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@dataclass(slots=True)
class ActionGroup:
    name: str
    noun: str
    participle: str
    cumulative: bool = False
    """A running figure (a death toll, a list of backers) that may change over time."""
    comparable: bool = True
    """False for words about the telling ("said", "announced"), not the event."""


@dataclass(slots=True)
class Vocabulary:
    """Lookups built once from the merged data."""

    actions: dict[str, ActionGroup] = field(default_factory=dict)
    action_phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    counted: dict[tuple[str, ...], str] = field(default_factory=dict)
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)
    units: dict[str, tuple[str, float]] = field(default_factory=dict)
    hedges: dict[str, str] = field(default_factory=dict)
    relative_place_words: tuple[str, ...] = ()
    other_event_cues: tuple[str, ...] = ()
    """Phrases that point to another event ("a similar", "a previous"): not comparable."""
    not_counted: frozenset[str] = frozenset()
    """Words an extractor may take for a counted noun that never are one (weekdays, months)."""
    _seen: dict[str, tuple] = field(default_factory=dict)
    _starts: dict[str, int] = field(default_factory=dict)
    """First words of the action phrases (where a phrase can begin), each with its longest
    phrase, so a text is not looked up four words at a time where no phrase is that long."""
    _longest: dict[str, int] = field(default_factory=dict)
    """The longest phrase that can start at a word, per word seen."""
    _telling: tuple[int, frozenset[str]] | None = None
    """`telling`, with the number of actions it was made from."""

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Vocabulary:
        vocab = cls()
        for name, group in data.get("actions", {}).items():
            vocab.actions[name] = ActionGroup(
                name=name,
                noun=group.get("noun", name),
                participle=group.get("participle", name),
                cumulative=bool(group.get("cumulative", False)),
                comparable=bool(group.get("comparable", True)),
            )
            for phrase in [name, *group.get("words", [])]:
                key = tuple(words(phrase))
                if key:
                    vocab.action_phrases.setdefault(key, set()).add(name)
        for name, nouns in data.get("counted", {}).items():
            for noun in nouns:
                key = tuple(words(noun))
                if key:
                    vocab.counted.setdefault(key, name)
        for name, nouns in data.get("roles", {}).items():
            for noun in nouns:
                key = tuple(words(noun))
                if key:
                    vocab.roles.setdefault(key, name)
        for dimension, table in data.get("units", {}).items():
            for unit, factor in table.items():
                vocab.units[fold(unit).strip()] = (dimension, float(factor))
        for meaning, phrases in data.get("hedges", {}).items():
            for phrase in phrases:
                vocab.hedges[fold(phrase).strip()] = meaning
        for key in vocab.action_phrases:
            vocab._starts[key[0]] = max(len(key), vocab._starts.get(key[0], 0))
        vocab.relative_place_words = tuple(fold(w) for w in data.get("relative_place_words", []))
        vocab.other_event_cues = tuple(" ".join(words(w)) for w in data.get("other_event_cues", []))
        vocab.not_counted = frozenset(
            form for w in data.get("not_counted", []) for form in (fold(w), fold(w) + "s")
        )
        return vocab

    # --- lookups ----------------------------------------------------------------------------

    def _lookup(self, tokens: list[str], table: dict[tuple[str, ...], Any]) -> Any:
        """Match a short word sequence against a phrase table, trying base forms of its words."""
        if not tokens:
            return None
        head = tuple(tokens[:-1])
        for stem in stems(tokens[-1]):
            found = table.get((*head, stem))
            if found is not None:
                return found
        if len(tokens) > 1:
            # Phrasal verbs inflect their first word: "rounded up", "stepped down".
            tail = tuple(tokens[1:])
            for stem in stems(tokens[0]):
                found = table.get((stem, *tail))
                if found is not None:
                    return found
        return None

    @property
    def telling(self) -> frozenset[str]:
        """Groups that name the reporting of an event rather than the event (asked twice per
        claim compared: made once, and again when the number of actions changes)."""
        known = self._telling
        if known is None or known[0] != len(self.actions):
            groups = frozenset(n for n, g in self.actions.items() if not g.comparable)
            known = self._telling = (len(self.actions), groups)
        return known[1]

    def action_classes(self, lemma: str | None) -> frozenset[str]:
        """The groups a frame's action (a word or short phrase) belongs to; empty if unknown."""
        if not lemma:
            return frozenset()
        found = self._lookup(words(lemma), self.action_phrases)
        if found is None and len(words(lemma)) > 1:
            # "put down the revolt": any known word of a longer phrase.
            return self.classes_in(lemma)
        return frozenset(found or ())

    def classes_in(self, text: str) -> frozenset[str]:
        """Every action group named anywhere in a text, longest phrases first."""
        return frozenset().union(*(groups for _, groups in self.phrases_in(text)))

    def phrases_in(self, text: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
        """The action phrases of a text (their words and groups), longest first at each
        word, so "walked off the job" is one strike and not a walk."""
        known = self._seen.get(text)
        if known is None:
            if len(self._seen) > 1 << 16:
                self._seen.clear()
            known = self._seen[text] = self._phrases_in(text)
        return known

    def _phrases_in(self, text: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
        tokens = words(text)
        found = []
        i = 0
        while i < len(tokens):
            longest = self._longest.get(tokens[i])
            if longest is None:
                # Every key a phrase here can match starts with this word or one of its stems.
                longest = self._longest[tokens[i]] = max(
                    self._starts.get(s, 0) for s in (tokens[i], *stems(tokens[i]))
                )
            if not longest:
                i += 1
                continue
            for size in range(min(_MAX_PHRASE, longest, len(tokens) - i), 0, -1):
                hit = self._lookup(tokens[i : i + size], self.action_phrases)
                if hit:
                    found.append((tuple(tokens[i : i + size]), frozenset(hit)))
                    i += size
                    break
            else:
                i += 1
        return tuple(found)

    def frame_classes(self, lemma: str | None, sentence: str) -> frozenset[str]:
        """The groups of a frame's action as its sentence uses it: a longer phrase around
        the verb ("walked off the job", "took part") decides over the bare verb."""
        named = self.action_classes(lemma)
        verb = words(lemma or "")
        if len(verb) != 1:
            return named
        for phrase, groups in self.phrases_in(sentence):
            if len(phrase) > 1 and any(verb[0] in stems(w) for w in phrase):
                return groups
        return named

    def counted_class(self, noun: str | None) -> str | None:
        """The class of a counted noun ("men" -> "persons"), else its own base form."""
        if not noun:
            return None
        tokens = words(noun)
        if not tokens:
            return None
        for start in range(len(tokens)):
            hit = self._lookup(tokens[start:], self.counted)
            if hit:
                return hit
        return singular(tokens[-1])

    def role(self, noun: str | None) -> str | None:
        """The kind of persons a noun names ("miners" -> "workers"); None for plain nouns."""
        tokens = words(noun or "")
        for start in range(len(tokens)):
            hit = self._lookup(tokens[start:], self.roles)
            if hit:
                return hit
        return None

    def known_counted(self, noun: str | None) -> str | None:
        """The class of a noun the vocabulary lists as counted, else None (no guessing)."""
        tokens = words(noun or "")
        return self._lookup(tokens[-1:], self.counted) if tokens else None

    def unit(self, name: str | None) -> tuple[str, float] | None:
        """(dimension, factor to the dimension's base unit) for a unit name or symbol."""
        if not name:
            return None
        key = fold(name).strip().rstrip(".")
        if key in self.units:
            return self.units[key]
        for stem in stems(key):
            if stem in self.units:
                return self.units[stem]
        return None

    def hedge(self, phrase: str | None) -> str | None:
        """'approximate', 'at_least' or 'at_most' for a qualifier such as "around", "over"."""
        if not phrase:
            return None
        return self.hedges.get(fold(phrase).strip())


def user_vocabulary_path() -> Path | None:
    """The user's extension file, if one exists."""
    return user_file(VOCABULARY_ENV, "vocabulary.json")


def builtin_data() -> dict[str, Any]:
    return packaged("vocabulary.json")


def load(user_path: Path | None = None) -> Vocabulary:
    """The built-in vocabulary with the user's file (if any) merged on top."""
    data = builtin_data()
    if user_path is not None:
        data = merged(data, read_extension(user_path, "vocabulary", VocabularyError))
    return Vocabulary.from_data(data)


@lru_cache(maxsize=4)
def _cached(path: str | None, mtime: float | None) -> Vocabulary:
    return load(Path(path) if path else None)


def default() -> Vocabulary:
    """The vocabulary in effect now (cached until the user's file changes)."""
    return _cached(*user_file_stamp(VOCABULARY_ENV, "vocabulary.json"))
