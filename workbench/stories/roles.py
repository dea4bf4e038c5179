"""Who an article says was harmed and who it says did it, by name, from the parse.

A follow-up (an arrest, a charge, a plea, a funeral, weeks on) shares few words with the
first reports but names the same people in the same part: the victim, the accused. Two
incidents of one city told alike name different people in the same part. The claims know
each count's role (killed, hurt, hit; arrested, charged) and the mention it counts ("Ana
Ruiz", "the victim", "a 22-year-old man"); the parse of its sentence (cached when the
claims were read) gives the name the mention stands for: its apposition ("the victim, Ana
Ruiz"), the subject it describes ("Ana Ruiz was the victim"), the one the sentence
identifies as it ("identified Ana Ruiz as the victim"), and, for a victim, the one who did
it (the subject of the active verb whose object the victim is, the agent of the passive
one: "Ana Ruiz shot the man", "the man was shot by Ana Ruiz").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from workbench.models import Claim
from workbench.parse.tree import Parse

VICTIM = "victim"
ACCUSED = "accused"
_PART = {"killed": VICTIM, "injured": VICTIM, "hit": VICTIM}
_PART.update(arrested=ACCUSED, charged=ACCUSED)
_NAME_TAGS = frozenset(("NNP", "NNPS"))
_NAME_PARTS = frozenset(("compound", "flat"))


def part_of(role: str | None) -> str | None:
    """The part a claim's role gives the people it counts: victim or accused."""
    return _PART.get(role or "")


def role_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The text's claims that count people in a part (the headline capitalises every word;
    a page in capitals, every name)."""
    return [
        c
        for c in claims
        if c.kind == "quantity" and not c.headline and part_of(c.role) and not c.text.isupper()
    ]


def named_parts(claims: Sequence[Claim], parses: Mapping[str, Parse]) -> dict[str, set[str]]:
    """The names (as `features.names_in` gives them, two words or more) in each part, read
    from the parse of the claims' sentences (a claim whose sentence has none names no one
    here: its words alone cannot tell "Ana Ruiz" from "a Rocky Mount man")."""
    from workbench.stories.features import names_in

    found: dict[str, set[str]] = {VICTIM: set(), ACCUSED: set()}
    for claim in role_claims(claims):
        part = part_of(claim.role)
        assert part is not None
        parse = parses.get(claim.sentence)
        if parse is None:
            continue
        mention = _mention(parse, claim)
        if mention is None:
            continue
        doers = _doers(parse, mention) if part == VICTIM else []
        own = [*_named(parse, mention), *_same(parse, mention)]
        for other, tokens in ((part, own), (ACCUSED, doers)):
            for k in tokens:
                found[other].update(n for n in names_in(_name(parse, k)) if _person(n))
    return found


def _person(name: str) -> bool:
    """A name of two words or more that is no agency's: "Shreveport Fire Department",
    "Milwaukee Police" carry a victim to hospital or investigate, and name the same
    body in every event of their town."""
    from workbench.claims.datelines import AGENCY_NOUNS

    return " " in name and name.split()[-1] not in AGENCY_NOUNS


def sentence_parses(sentences: Iterable[str], parses: Mapping[str, Parse]) -> dict[str, Parse]:
    """Each sentence's parse, from parses keyed by the text the parser read (a dateline
    dropped: `claims.datelines.parsed_text`)."""
    from workbench.claims.datelines import parse_of

    return {s: p for s in dict.fromkeys(sentences) if (p := parse_of(s, parses)) is not None}


def cached_sentence_parses(claims: Iterable[Claim], cache) -> dict[str, Parse]:
    """The parses of the role claims' sentences that the cache (`store.parses`) holds."""
    from workbench.claims.datelines import parsed_text
    from workbench.parse import cached_parses

    sentences = list(dict.fromkeys(c.sentence for c in role_claims(claims)))
    bodies = [parsed_text(s) for s in sentences]
    found = cached_parses(bodies, cache)
    return sentence_parses(sentences, {b: Parse.from_json(b, d) for b, d in found.items()})


def _mention(parse: Parse, claim: Claim) -> int | None:
    """The head token of the claim's mention in its sentence."""
    at = parse.text.find(claim.text)
    if at < 0:
        return None
    inside = parse.tokens_in(at, at + len(claim.text))
    heads = [k for k in inside if parse.heads[k] not in inside or parse.heads[k] == k]
    return heads[0] if heads else None


def _is_name(parse: Parse, k: int | None) -> bool:
    return k is not None and parse.tags[k] in _NAME_TAGS


def _named(parse: Parse, m: int) -> list[int]:
    """The mention itself when a name heads it ("Ana Ruiz, 34, and Tom Dorsey"), not a
    name that modifies it ("a Rocky Mount man")."""
    if not _is_name(parse, m):
        return []
    return [m, *(k for k in parse.children(m) if parse.deps[k] == "conj" and _is_name(parse, k))]


def _same(parse: Parse, m: int) -> list[int]:
    """Names that stand for the mention: its apposition, the noun it is an apposition of,
    the subject it describes or that describes it, the object identified as it."""
    found = [k for k in parse.children(m) if parse.deps[k] == "appos"]
    head = parse.heads[m]
    dep = parse.deps[m]
    if dep == "appos":
        found.append(head)
    elif dep == "attr":
        found.extend(k for k in parse.children(head) if parse.deps[k] == "nsubj")
    elif dep == "nsubj":
        found.extend(k for k in parse.children(head) if parse.deps[k] == "attr")
    elif dep == "pobj" and parse.lower(head) == "as":
        found.extend(k for k in parse.children(parse.heads[head]) if parse.deps[k] == "dobj")
    return [k for k in found if _is_name(parse, k)]


def _doers(parse: Parse, m: int) -> list[int]:
    """Names that did to the mention what its verb says: the subject of the active verb it
    is the object of, the agent of the passive verb it is the subject of, when that verb
    is an act of harm (`_harms`): the agent of "was taken to hospital by", "identified
    by", "treated by" is a carer or an official, in every event of their town."""
    verb, dep = parse.heads[m], parse.deps[m]
    found: list[int] = []
    if dep == "dobj" and parse.is_verb(verb):
        found.extend(k for k in parse.children(verb) if parse.deps[k] == "nsubj")
    elif dep == "nsubjpass" and parse.is_verb(verb):
        for agent in (k for k in parse.children(verb) if parse.deps[k] == "agent"):
            found.extend(k for k in parse.children(agent) if parse.deps[k] == "pobj")
    found = [k for k in found if _is_name(parse, k)]
    return found if found and _harms(parse, verb) else []


def _harms(parse: Parse, verb: int) -> bool:
    """Whether the verb puts its patient in a part by harming it, as the claims' roles read
    verbs acted on (shoot, kill, wound: `roles.acted_on`), and is no way of care, a verb
    the care phrases begin with ("treat", "hospitalize": done by carers)."""
    from workbench.claims.roles import HARM_ROLES
    from workbench.claims.roles import default as roles
    from workbench.claims.verb_forms import lookup, verb_keys

    read = roles()
    care = {key[0] for key, role in read.phrases.items() if role == read.care_role}
    keys = verb_keys(parse, verb)
    return lookup(read.acted_on, keys) in HARM_ROLES and not any(k[0] in care for k in keys)


def _name(parse: Parse, k: int) -> str:
    """The words of the name headed by token k: it and its name parts before it."""
    parts = [c for c in parse.children(k) if parse.deps[c] in _NAME_PARTS and c < k]
    parts = [c for c in parts if parse.tags[c] in _NAME_TAGS]
    first = min([k, *parts])
    return parse.text[parse.starts[first] : parse.ends[k]]
