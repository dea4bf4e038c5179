"""Each count's own speaker: the saying whose clause holds it, not the sentence's main one.

A sentence may cite two speakers for two clauses ("Police said one man died, and the hospital
said two more are in surgery"), or say a count in its own voice beside a clause it attributes
("Two men died in a shooting that police said began over a debt": the count is the page's).
`attribution.attributions` gives each sentence one speaker; here a count in a parsed sentence
that has a saying takes the saying that covers it (`speakers.covering`), or none when every
saying of the sentence tells its own clause only (`speakers.confined`). A dateline's place
("CARACAS, Venezuela (AP) — ... the military said") is the page's, never the speaker's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.claims.datelines import parse_of
from workbench.claims.speakers import (
    Saying,
    confined,
    covering,
    head_token,
    in_speaker,
    main_saying,
    sayings,
)
from workbench.models import Claim, Sentence
from workbench.parse import Parse


def sentence_sayings(
    sentences: Sequence[Sentence], parses: Mapping[str, Parse]
) -> list[tuple[Parse | None, list[Saying]]]:
    """Each sentence's parse (`datelines.parse_of`) and its sayings (none unparsed), read once
    for the sentence's speaker (`attribution.attributions`) and its counts' own ones."""
    read = [parse_of(s.text, parses) for s in sentences]
    return [(p, sayings(p) if p is not None else []) for p in read]


def with_own_speakers(
    claims: list[Claim],
    sentences: Sequence[Sentence],
    parses: Mapping[str, Parse],
    read: Sequence[tuple[Parse | None, list[Saying]]] | None = None,
) -> list[Claim]:
    """The quantity claims of parsed sentences with a saying re-attributed by their clause:
    a named speaker of another saying than the sentence's main one replaces it; a count no
    saying covers has none (a quotation's sentence keeps its quotation's speaker). `read`:
    each sentence's parse and sayings when read already (`sentence_sayings`)."""
    if read is None:
        read = sentence_sayings(sentences, parses)
    by_id = {s.id: (s, *r) for s, r in zip(sentences, read, strict=True)}
    mains: dict[int, str | None] = {}
    for claim in claims:
        if claim.kind == "place" and claim.value.get("dateline"):
            claim.attribution = None  # where the page was filed: the page's own word
            continue
        if claim.kind != "quantity" or claim.headline or claim.sentence_id not in by_id:
            continue
        sentence, parse, found = by_id[claim.sentence_id]
        if not found or parse is None or sentence.text.lstrip()[:1] in '“"':
            continue
        if sentence.id not in mains:
            mains[sentence.id] = main_saying(parse, found)[0]
        token = head_token(parse, claim.start - sentence.start, claim.end - sentence.start)
        if token is None:
            continue
        own = covering(parse, token, found)
        if own is None and (confined(parse, found) or in_speaker(parse, token, found)):
            claim.attribution = None
        elif own is not None and not own.pronoun and own.who != mains[sentence.id]:
            claim.attribution = own.who
    return claims
