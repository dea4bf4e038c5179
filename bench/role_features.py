"""What a learned role reader sees of a sentence's parse (`claims_loso.py`).

A candidate is a nominal token of a parsed sentence (a noun or a personal pronoun, not a
compound's modifier) or a rule's count; its features are read from the parse around it,
never from a word list: its own tag, label, determiner and modifiers; the path up to the
predicate that governs it and that predicate's lemma, voice, negation, auxiliaries and the
clauses joined to it (conjuncts, open complements, prepositional heads and their objects,
copula complements); a relative clause it carries; and what the rules already read there
(the roles of the rules' counts on the token and in the sentence).
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.claims.datelines import parse_of
from workbench.claims.lemmas import lemma_of
from workbench.models import Claim
from workbench.parse import Parse
from workbench.parse.tree import NOUN_TAGS, VERB_TAGS

ROLES = ("killed", "injured", "hit")
SINGULAR_TAGS = frozenset(("NN", "NNP", "PRP"))
"""A candidate the reader may count one of (a plural's number is no one)."""
_SKIPPED_DEPS = frozenset(("compound", "nmod", "poss"))
_CLAUSE_DEPS = ("conj", "xcomp", "acomp", "attr", "oprd", "advcl", "ccomp", "dobj", "agent")


def candidates(p: Parse) -> list[int]:
    """The nominal tokens that may name a person in a role: nouns and personal pronouns
    that head their phrase (a compound's or possessor's modifier is read with its head)."""
    return [
        k
        for k, tag in enumerate(p.tags)
        if (tag in NOUN_TAGS or tag == "PRP") and p.deps[k] not in _SKIPPED_DEPS
    ]


def _lemma(p: Parse, k: int) -> str:
    return lemma_of(p.word(k), p.tags[k])


def _depth(p: Parse, k: int) -> int:
    n = 0
    while p.heads[k] != k and n < len(p):
        k, n = p.heads[k], n + 1
    return n


def head_of_span(p: Parse, start: int, end: int, among: Iterable[int] | None = None) -> int | None:
    """The token of a character span nearest the root (among `among`, when given): the
    word a phrase is about ("boy" of "boy dies from a wound")."""
    inside = set(p.tokens_in(start, end))
    if among is not None:
        inside &= set(among)
    return min(inside, key=lambda k: (_depth(p, k), k)) if inside else None


def _governor(p: Parse, k: int) -> tuple[int | None, list[str]]:
    """The first verb above the token (or an adjective or noun heading a clause when none
    is a verb) and the labels on the way up."""
    path, i = [], k
    for _ in range(6):
        if p.heads[i] == i:
            return (i if i != k else None), path
        path.append(p.deps[i])
        i = p.heads[i]
        if p.tags[i] in VERB_TAGS:
            return i, path
    return None, path


def _clause(p: Parse, v: int, prefix: str, out: dict[str, float]) -> None:
    """A predicate's lemma, voice, negation, auxiliaries and the clauses joined to it."""
    out[f"{prefix}={_lemma(p, v)}"] = 1
    out[f"{prefix}.tag={p.tags[v]}"] = 1
    for c in p.children(v):
        dep = p.deps[c]
        if dep in ("auxpass", "nsubjpass"):
            out[f"{prefix}.passive"] = 1
        elif dep == "neg":
            out[f"{prefix}.neg"] = 1
        elif dep == "aux":
            out[f"{prefix}.aux={p.lower(c)}"] = 1
        elif dep == "prep":
            obj = p.child(c, "pobj")
            out[f"{prefix}.prep={p.lower(c)}"] = 1
            if obj is not None:
                out[f"{prefix}.prep={p.lower(c)}>{_lemma(p, obj)}"] = 1
        elif dep in _CLAUSE_DEPS:
            out[f"{prefix}.{dep}={_lemma(p, c)}"] = 1
            if dep == "conj" or dep == "xcomp":
                for cc in p.children(c):
                    if p.deps[cc] in ("conj", "xcomp", "acomp", "attr", "dobj"):
                        out[f"{prefix}.{dep}.{p.deps[cc]}={_lemma(p, cc)}"] = 1
                    elif p.deps[cc] == "prep" and (o := p.child(cc, "pobj")) is not None:
                        out[f"{prefix}.{dep}.prep={p.lower(cc)}>{_lemma(p, o)}"] = 1
    if p.heads[v] != v:
        up = p.heads[v]
        out[f"{prefix}.up={p.deps[v]}>{_lemma(p, up)}"] = 1


def token_features(p: Parse, k: int) -> dict[str, float]:
    """The token's own shape and the clauses around it, as named indicator features."""
    out: dict[str, float] = {
        "bias": 1,
        f"tag={p.tags[k]}": 1,
        f"dep={p.deps[k]}": 1,
        f"noun={_lemma(p, k)}": 1,
    }
    for c in p.children(k):
        dep = p.deps[c]
        if dep in ("det", "nummod", "poss"):
            out[f"{dep}={p.lower(c)}"] = 1
        elif dep in ("amod", "compound", "appos", "acl", "relcl"):
            out[f"{dep}={_lemma(p, c)}"] = 1
            if dep in ("relcl", "acl"):
                _clause(p, c, "rel", out)
    gov, path = _governor(p, k)
    out[f"path={'>'.join(path[:3])}"] = 1
    if gov is not None:
        _clause(p, gov, "gov", out)
    head = p.heads[k]
    if head != k and p.deps[k] == "pobj":
        out[f"prep={p.lower(head)}"] = 1
        out[f"prep.head={_lemma(p, p.heads[head])}"] = 1
    return out


def rules_features(
    p: Parse, k: int, spans: list[tuple[int, int, str]], out: dict[str, float]
) -> None:
    """What the rules read there: the roles of their counts on the token's mention and
    in the sentence (`spans`: each count's character span in the sentence and role)."""
    lo, hi = p.subtree(k)
    start, end = p.starts[k], p.ends[k]
    wide = (p.starts[lo], p.ends[hi])
    here = False
    for s, e, role in spans:
        out[f"sent_rule={role}"] = 1
        if s < end and start < e:
            out[f"here_rule={role}"] = 1
            here = True
        elif s < wide[1] and wide[0] < e:
            out[f"under_rule={role}"] = 1
    if not here:
        out["here_rule=none"] = 1


def claim_features(claim: Claim, parses, starts: dict[int, int]) -> dict[str, float]:
    """A rule's count: its role, the rule that read it, how, its value, and the syntax of
    the token its span is about."""
    low = claim.value.get("low")
    how = "implicit" if claim.implicit else "derived" if claim.derived else "explicit"
    out: dict[str, float] = {
        "bias": 1,
        f"role={claim.role}": 1,
        f"why={claim.value.get('why')}": 1,
        f"how={how}": 1,
        f"how.role={how}.{claim.role}": 1,
        f"value={low if low in (0, 1, 2, 3) else 'more'}": 1,
        f"hedge={bool(claim.value.get('hedge'))}": 1,
        f"group={bool(claim.group)}": 1,
    }
    p = parse_of(claim.sentence, parses)
    if p is not None:
        start = claim.start - starts[claim.sentence_id]
        k = head_of_span(p, start, start + len(claim.text))
        if k is not None:
            out.update({f"tok.{name}": v for name, v in token_features(p, k).items()})
    return out
