"""What the claims keep of a parse: each token's span, tag, dependency label and head.

A spaCy `Doc` is large and tied to the model in memory; these few arrays are all the rules
over the parse read, they serialise to a short JSON string for the per-sentence cache, and
a sentence parsed once is never parsed again for the same model.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

PLURAL_TAGS = frozenset(("NNS", "NNPS"))
NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
VERB_TAGS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
_WORD = (1 << 64) - 1
"""`Doc.to_array` gives a head as an unsigned 64-bit offset: a sum taken modulo this."""


@dataclass(slots=True)
class Parse:
    """One sentence's tokens (offsets into the sentence), tags, labels and heads."""

    text: str
    starts: list[int]
    ends: list[int]
    tags: list[str]
    deps: list[str]
    heads: list[int]
    """The index of each token's head; a root is its own head."""
    _children: list[list[int]] | None = field(default=None, repr=False)
    _lowers: list[str] | None = field(default=None, repr=False, compare=False)
    _subtrees: list[tuple[int, int] | None] | None = field(default=None, repr=False, compare=False)
    """Each token's subtree span (every token a root reaches, made at the first asking; any
    other, None until it is asked): a repair never changes a parse's heads in place
    (it makes a new Parse), the same promise `_children` is kept on."""
    _in_order: bool | None = field(default=None, repr=False, compare=False)
    """Whether the tokens' starts and ends both run in text order (as a parser's do), so a
    token is found by bisection; else by the scan."""
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """What a rule over this parse reads of every token, made once per parse by the layer
    that knows how (the claims' lemmas: `claims.verb_forms.lemma`), under a name of its
    own: a parse's arrays are never changed in place (a repair makes a new Parse, with an
    empty memo), so what is kept here stays true for it."""

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def lower(self, i: int) -> str:
        # Asked hundreds of thousands of times in a run: each token's is made once.
        lowers = self._lowers
        if lowers is None:
            lowers = self.lowers()
        return lowers[i]

    def lowers(self) -> list[str]:
        """Every token's `lower`, in order: also a rule's first look at the whole sentence
        ("is any of these words in it?") before it visits the tokens one by one."""
        lowers = self._lowers
        if lowers is None:
            words = zip(self.starts, self.ends, strict=True)
            lowers = self._lowers = [self.text[s:e].casefold() for s, e in words]
        return lowers

    def children(self, i: int) -> list[int]:
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.starts]
            for k, head in enumerate(self.heads):
                if head != k:
                    kids[head].append(k)
            self._children = kids
        return self._children[i]

    def child(self, i: int, *deps: str) -> int | None:
        """The first child of token i with one of these labels."""
        labels = self.deps
        for k in self.children(i):
            if labels[k] in deps:
                return k
        return None

    def is_tree(self) -> bool:
        """Whether every token's chain of heads ends at a root (a token that is its own
        head). A repair that hangs a token under one of its own dependents makes a cycle,
        and a walk down a cycle never ends."""
        heads, rooted = self.heads, set()
        for i in range(len(heads)):
            path: set[int] = set()
            k = i
            while k not in rooted:
                if k in path:
                    return False
                path.add(k)
                if heads[k] == k:
                    break
                k = heads[k]
            rooted |= path
        return True

    def subtree(self, i: int) -> tuple[int, int]:
        """The first and last token index of token i's subtree. The rules ask it of most
        tokens of a sentence (a repair of gapped clauses of every one), so the first call
        spans every token hanging from a root in one pass up from the leaves
        (`_root_spans`); a token no root reaches (a cycle, which no kept parse has) is
        walked down alone, as it always was."""
        known = self._subtrees
        if known is None:
            known = self._subtrees = self._root_spans()
        inside = 0 <= i < len(known)
        span = known[i] if inside else None
        if span is None:
            lo = hi = i
            stack = [i]
            while stack:
                k = stack.pop()
                lo, hi = min(lo, k), max(hi, k)
                stack.extend(self.children(k))
            span = (lo, hi)
            if inside:
                known[i] = span
        return span

    def _root_spans(self) -> list[tuple[int, int] | None]:
        """Each token's subtree span, for every token reached down from a root (a token
        that is its own head; None for any other): its children's spans joined with its
        own index, the tokens taken in the reverse of a walk down from the roots (children
        first). A list, made in C: a dictionary of the spans was a third of this."""
        heads = self.heads
        order = [k for k, head in enumerate(heads) if head == k]
        for k in order:  # grows as it goes: each reached token's children after it
            order.extend(self.children(k))
        lows = list(range(len(heads)))
        highs = list(lows)
        for k in reversed(order):
            head = heads[k]
            if head != k:
                if lows[k] < lows[head]:
                    lows[head] = lows[k]
                if highs[k] > highs[head]:
                    highs[head] = highs[k]
        spans: list[tuple[int, int] | None] = list(zip(lows, highs, strict=True))
        if len(order) < len(heads):  # a cycle: its tokens are walked when asked
            for k in set(range(len(heads))).difference(order):
                spans[k] = None
        return spans

    def _ordered(self) -> bool:
        if self._in_order is None:
            starts, ends = self.starts, self.ends
            self._in_order = (
                all(a <= b for a, b in pairwise(starts))
                and all(a <= b for a, b in pairwise(ends))
                and all(s <= e for s, e in zip(starts, ends, strict=True))
            )
        return self._in_order

    def token_at(self, offset: int) -> int | None:
        """The token covering a character offset of the sentence (else the first after it).
        Tokens in order: the first whose end is past the offset, by bisection."""
        if self._ordered():
            k = bisect_right(self.ends, offset)
            return k if k < len(self.ends) else None
        for k, (s, e) in enumerate(zip(self.starts, self.ends, strict=True)):
            if s <= offset < e:
                return k
            if s > offset:
                return k
        return None

    def tokens_in(self, start: int, end: int) -> list[int]:
        """The tokens overlapping [start, end): with tokens in order, those ending past
        `start` up to those starting before `end`, by bisection."""
        if self._ordered():
            return list(range(bisect_right(self.ends, start), bisect_left(self.starts, end)))
        return [
            k
            for k, (s, e) in enumerate(zip(self.starts, self.ends, strict=True))
            if s < end and start < e
        ]

    def is_plural(self, i: int) -> bool:
        return self.tags[i] in PLURAL_TAGS

    def is_noun(self, i: int) -> bool:
        return self.tags[i] in NOUN_TAGS

    def is_verb(self, i: int) -> bool:
        return self.tags[i] in VERB_TAGS

    def to_json(self) -> str:
        rows = list(zip(self.starts, self.ends, self.tags, self.deps, self.heads, strict=True))
        return json.dumps(rows, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, data: str) -> Parse:
        rows: list[list[Any]] = json.loads(data)
        if not rows:
            return cls(text, [], [], [], [], [])
        starts, ends, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
        return cls(text, starts, ends, tags, deps, heads)

    @classmethod
    def from_doc(cls, doc: Any) -> Parse:
        """Keep the arrays of a spaCy Doc (whitespace tokens dropped; a token whose head is
        one takes the first head above it that is not, or is its own root). Read through
        `Doc.to_array`, in C: a `Token` object per word and attribute took a third more."""
        from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, TAG

        if not len(doc):
            return cls(doc.text, [], [], [], [], [])
        columns = doc.to_array([IDX, LENGTH, IS_SPACE, HEAD, TAG, DEP]).T.tolist()
        starts, lengths, space, offsets, tag_ids, dep_ids = columns
        strings = doc.vocab.strings
        up = [(i + offset) & _WORD for i, offset in enumerate(offsets)]  # offsets as uint64
        ends = [start + length for start, length in zip(starts, lengths, strict=True)]
        tags = [strings[t] for t in tag_ids]
        deps = [strings[d] for d in dep_ids]
        if not any(space):
            return cls(doc.text, starts, ends, tags, deps, up)
        keep = [i for i, blank in enumerate(space) if not blank]
        index = {i: n for n, i in enumerate(keep)}
        heads = []
        for i in keep:
            head = up[i]
            while space[head] and up[head] != head:
                head = up[head]
            heads.append(index.get(head, index[i]))
        return cls(
            doc.text,
            [starts[i] for i in keep],
            [ends[i] for i in keep],
            [tags[i] for i in keep],
            [deps[i] for i in keep],
            heads,
        )
