"""A source's story names looked up by word, so a claim's subject is compared only with
the names that could be the same entity, not with every name of the article.

`same_entity` holds only when some word of one name is alike some word of the other
(equal, or both five letters or more and `TOKEN_SIMILARITY` alike): every word of the
shorter name must match a word of the longer. So the names sharing such a word are the
only candidates, and the result is the same as comparing with all of them; but the cost
per claim no longer grows with the article (a single long article names thousands of
people and places, and a scan per claim made its analysis quadratic).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz, process

from workbench.claims.entities import TOKEN_SIMILARITY

FUZZY_MIN_LENGTH = 5
"""Shorter words are alike only when equal (as in `entities._same_token`)."""


class NameIndex:
    """Normalised names (`entities.normalize_name`) by the words they contain."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n for n in names if n)
        self._by_word: dict[str, list[str]] = defaultdict(list)
        for name in sorted(self.names):
            for word in dict.fromkeys(name.split()):
                self._by_word[word].append(name)
        self._long_words = [w for w in self._by_word if len(w) >= FUZZY_MIN_LENGTH]
        self._alike: dict[str, list[str]] = {}

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def candidates(self, name: str) -> Iterator[str]:
        """The names with a word alike one of `name`'s, each once."""
        seen: set[str] = set()
        for word in dict.fromkeys(name.split()):
            for alike in self._alike_words(word):
                for candidate in self._by_word[alike]:
                    if candidate not in seen:
                        seen.add(candidate)
                        yield candidate

    def _alike_words(self, word: str) -> list[str]:
        found = self._alike.get(word)
        if found is None:
            found = [word] if word in self._by_word else []
            if len(word) >= FUZZY_MIN_LENGTH and self._long_words:
                matches = process.extract(
                    word,
                    self._long_words,
                    scorer=fuzz.ratio,
                    score_cutoff=TOKEN_SIMILARITY,
                    limit=None,
                )
                found += [m for m, _score, _i in matches if m != word]
            self._alike[word] = found
        return found
