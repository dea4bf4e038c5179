"""Claims of an article's title: reporters put figures in headlines ("3 dead, 2 hurt in
Elmira shooting"), and many reports state a count only there.

The title is read like a sentence of its own, in headline grammar: the site's name and
slogan after a separator are left out ("... - WXYZ-TV | News"), and a headline in Title
Case is read in sentence case, since a parser trained on prose reads "2 Dead After
Shooting At Motel" as a string of names; and the article a headline drops before a
singular person who opens it is put back ("Teen shot in Miami dies" is read "A teen shot
in Miami dies"), since a singular mention is a count of one only with its determiner.
Offsets map back to the title (letters are lowered one for one), so a headline claim's
span indexes `Source.title`.

Only counts come from the title: its places and dates are capitalised fragments more often
than not, and the text states the event's place and day anyway. A copy of the headline at
the head of the text (scrapers put it there) is the title's, not a second report of its
figures: its counts are the title's alone (`without_copied_headline`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from workbench.claims.headline_speakers import (
    LEADING_SPEAKER,
    headline_speaker,
    speaker_inside,
    trailing_speaker,
)
from workbench.claims.lemmas import lemma_of
from workbench.claims.roles import HARM_ROLES, Roles
from workbench.claims.words import wordset
from workbench.models import Claim, Sentence, Source
from workbench.parse import Parse

TITLE_SEPARATOR = re.compile(r"\s+[-|–—]\s+|\s*\|\s*")
"""Between a headline and the site's name or slogan: " - ", " | ", " — "."""

TITLE_CASE_SHARE = 0.6
"""A headline whose words are this often capitalised is in Title Case: its capitals say
nothing about names."""

COPY_WITHIN = 600
"""How far into the text a copy of the headline may begin (past a line of page furniture:
"Share this story", a byline) to be the title's copy rather than a later quotation."""

TITLE_SENTENCE_ID = -1
"""The sentence id the app gives the title when it shows it above the text."""


def clean_title(title: str) -> str:
    """The title as headline claims index it (and as the app shows it): NFC, one line."""
    return unicodedata.normalize("NFC", title.replace("\r", " ").replace("\n", " "))


_HOST_WORDS = frozenset(("www", "com", "org", "net", "edu", "gov", "co", "us", "uk", "ca"))


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def site_names(outlet: str | None, url: str | None = None) -> list[str]:
    """How the site may write its own name in a title: each label of its host ("ksla" of
    www.ksla.com) and an outlet given as a name, letters and digits only, lowered."""
    names = []
    for value in (outlet, url):
        if not value:
            continue
        host = re.sub(r"^[a-z]+://", "", value.strip().casefold()).split("/")[0]
        if "." in host and " " not in host:
            names += [w for w in re.split(r"[.-]", host) if w not in _HOST_WORDS]
        elif value is outlet:
            names.append(_letters(value))
    return [n for n in dict.fromkeys(names) if len(n) >= 3]


def headline_span(title: str | None, site: list[str] | tuple = ()) -> tuple[int, int] | None:
    """Where the headline is in a title: its longest part between separators, trimmed;
    a part that writes the site's own name (`site_names`: "- KSLA News 12 Shreveport,
    Louisiana News Weather & Sports") is the site's, not the headline, however long."""
    if not title or not title.strip():
        return None
    cuts = [0]
    for m in TITLE_SEPARATOR.finditer(title):
        cuts += [m.start(), m.end()]
    cuts.append(len(title))
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    own = [p for p in parts if not any(n in _letters(title[p[0] : p[1]]) for n in site)]
    start, end = max(own or parts, key=lambda p: (p[1] - p[0], -p[0]))
    while start < end and title[start].isspace():
        start += 1
    while end > start and title[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


MINOR_WORDS = wordset(
    "a an the and or but nor for of in on at to by as from with into near after over off up via"
)
"""The short words Title Case leaves in lower case ("4 Injured in Shooting at X in Y")."""
TITLE_CASE_WORDS = 4
"""How many other words, every one capitalised, make a headline Title Case whatever its
numbers and short words ("At Least 4 Injured in Shooting at Wynnsong 16 in Mobile")."""


def _title_case(words: list[str]) -> bool:
    """Whether a headline's words are in Title Case: most of them capitalised, or every
    word that begins with a letter, the short words aside, and enough of them."""
    capitalised = [w for w in words if w[:1].isupper()]
    if len(words) < 3:
        return False
    if len(capitalised) >= TITLE_CASE_SHARE * len(words):
        return True
    content = [w for w in words if w[:1].isalpha() and w.casefold() not in MINOR_WORDS]
    return len(content) >= TITLE_CASE_WORDS and all(w[:1].isupper() for w in content)


def _before_person(following: list[re.Match]) -> bool:
    """Whether the word after an age is a person it describes ("3-Year-Old Girl")."""
    from workbench.claims import roles as roles_data

    return (
        bool(following) and following[0].group().casefold() in roles_data.default().singular_persons
    )


def sentence_case(headline: str) -> str:
    """A Title Case headline with its capitalised words lowered (the first kept), letter
    for letter so offsets hold, each piece of a hyphenated word too ("15-Year-Old Boy",
    "Drive-By"); a headline in sentence case is left as it is."""
    words = list(re.finditer(r"\S+", headline))
    if not _title_case([w.group() for w in words]):
        return headline
    chars = list(headline)
    for n, w in enumerate(words):
        at = w.start()
        if _AGE.match(w.group()) and not _before_person(words[n + 1 : n + 2]):
            continue  # "Shooting of 4-Month-Old": capitalised, the parser reads it a noun
        for k, piece in enumerate(w.group().split("-")):
            first, rest = piece[:1], piece[1:]
            lowered = first.lower()
            if (n or k) and first.isupper() and rest.islower() and len(lowered) == 1:
                chars[at] = lowered
            at += len(piece) + 1
    return "".join(chars)


def harms_lowered(headline: str, roles: Roles) -> str:
    """The headline with a capitalised harm word after its first lowered, letter for
    letter ("State Trooper Wounded, one suspect dead": a headline part in Title Case, the
    rest not): a verb of the roles' harms is never a name, and read as one it makes the
    person before it a name too."""
    chars = list(headline)
    for w in list(re.finditer(r"[A-Z][a-z]+", headline))[1:]:
        if w.start() and headline[w.start() - 1].isalnum():
            continue  # inside a word ("McKilled")
        word = w.group().lower()
        verb = lemma_of(word, "VBN")
        if word.endswith("ing"):
            continue  # "Shooting victim": the event's noun, which may open a name
        if word != verb and roles.acted_on.get((verb,)) in HARM_ROLES:
            chars[w.start()] = word[0]
    return "".join(chars)


_AGE = re.compile(r"\d+-(?:year|month|week|day)-old$", re.IGNORECASE)
"""An age used as a noun ("16-year-old dies"): a singular person."""


def with_article(headline: str, roles: Roles) -> str:
    """The headline with "A " before the singular person who opens it without one."""
    first = re.match(r"([^\s,:;]+)\s*(\S*)", headline)
    if first is None or first.group(2).casefold() in ("and", "&"):
        return headline  # "3-year-old and four adults shot": a coordinated subject
    word = first.group(1)
    if word.casefold() in roles.singular_persons:
        return "A " + word[:1].lower() + headline[1:]
    if _AGE.match(word):
        return ("An " if word[:1] in "8" or word[:2] in ("11", "18") else "A ") + headline
    return headline


def _without_trailing_source(headline: str) -> str:
    """The headline without the source it names at its end after a colon (the parser
    reads "...: Police" as the verb's object); a label in capitals is no one."""
    m = trailing_speaker(headline)
    return headline if m is None else headline[: m.start()]


def _speaker_length(headline: str) -> int:
    """How many characters the source a headline names before a colon takes ("Police: ",
    "Deputies: "): the news after it is read as the sentence, since the parser hangs the
    news on the source as an apposition; a label in capitals stays, as does a headline
    with too little after it."""
    m = LEADING_SPEAKER.match(headline)
    if m is None or m.group("who").isupper() or len(headline[m.end() :].split()) < 3:
        return 0
    return 0 if any(ch.isdigit() for ch in m.group("who")) else m.end()  # "Tue. 11 a.m.:"


def own_words_start(title: str, sentence: str, shift: int) -> int:
    """Where in the title the headline's own words begin: past an article put back before
    them (`with_article`), whose letters the title does not have."""
    for extra in (0, len("A "), len("An ")):
        at = shift + extra
        if (
            at >= 0
            and title[at : at + len(sentence) - extra].casefold() == sentence[extra:].casefold()
        ):
            return at
    return max(shift, 0)


def headline_sentence(
    source: Source, roles: Roles | None = None, news_only: bool = True
) -> tuple[Sentence, int] | None:
    """The headline as the extractor reads it (a sentence from offset 0, in readable case
    and grammar) and the offset in the title of the sentence's first letter (negative
    when an article was put back); None for a source with no title. `news_only`: without
    the source it names before or after a colon ("Tucson police: ...", "...: Police"),
    as counts are read; its places read the whole headline."""
    from workbench.claims import roles as roles_data

    if not source.title:
        return None
    title = clean_title(source.title)
    span = headline_span(title, site_names(source.outlet, source.url))
    if span is None:
        return None
    start, end = span
    if news_only:
        end = start + len(_without_trailing_source(title[start:end]))
        start += _speaker_length(title[start:end])
    roles = roles or roles_data.default()
    cased = harms_lowered(sentence_case(title[start:end]), roles)
    text = with_article(cased, roles)
    sentence = Sentence(
        id=TITLE_SENTENCE_ID,
        source_id=source.id,
        index=-1,
        paragraph=-1,
        start=0,
        end=len(text),
        text=text,
    )
    return sentence, start - (len(text) - len(cased))


def headline_text(source: Source) -> str | None:
    """The text the parser must see for the title (None: nothing to read)."""
    found = headline_sentence(source)
    return found[0].text if found else None


def _hit_as_part(claims: list[Claim]) -> list[Claim]:
    """Without the "hit" reading of a count also read as injured when the headline counts
    the dead too ("2 dead, 2 hospitalized with gunshot wounds"): those hit are the dead and
    the wounded together, so the wounded alone are a part of them, not their number."""
    roles = {c.role for c in claims}
    if not {"killed", "injured"} <= roles:
        return claims
    injured = {(c.start, c.end) for c in claims if c.role == "injured"}
    return [c for c in claims if not (c.role == "hit" and (c.start, c.end) in injured)]


def _injured_beside_hit(claims: list[Claim]) -> list[Claim]:
    """A headline count of injured beside one of those hit, and none of the dead ("3 shot,
    1 injured"; "5 shot, 2 critically hurt"): everyone shot who lived is injured, so a
    count told apart names some of the injured (others hurt, or some of those shot), never
    all of them; it is marked a part. With the dead counted too ("5 shot, 2 dead, 3 hurt")
    the injured are the rest of those hit, a whole."""
    roles = {c.role for c in claims}
    if "killed" in roles or not {"hit", "injured"} <= roles:
        return claims
    hit = {(c.start, c.end) for c in claims if c.role == "hit"}
    return [
        replace(c, value={**c.value, "part_of": True})
        if c.role == "injured" and (c.start, c.end) not in hit
        else c
        for c in claims
    ]


def as_headline(
    claims: list[Claim], source: Source, shift: int, parse: Parse | None = None
) -> list[Claim]:
    """The title's claims as the title says them: its counts, spans into the title, the
    headline's own words, marked as read from it; each cites whom the headline names
    beside its news, else (with the headline's `parse`) the speaker of a saying inside it
    (`headline_speakers.speaker_inside`)."""
    claims = _injured_beside_hit(_hit_as_part([c for c in claims if c.kind == "quantity"]))
    title = clean_title(source.title or "")
    sentence = claims[0].sentence if claims else ""
    first = own_words_start(title, sentence, shift)  # after an article put back
    site = site_names(source.outlet, source.url)
    span = headline_span(title, site)
    part = title[span[0] : span[1]] if span else title[first:]
    speaker = headline_speaker(part, site, sentence_case(part), source.text)
    out = []
    for claim in claims:
        start, end = max(claim.start + shift, first), claim.end + shift
        if end <= start:
            continue
        inside = None
        if speaker is None and parse is not None:
            inside = speaker_inside(parse, claim.start, claim.end)
        said = speaker
        if inside is not None:  # the title's own letters ("Man", not the "A man" read)
            said = title[max(inside[0] + shift, first) : inside[1] + shift] or None
        out.append(
            replace(
                claim,
                text=title[start:end],
                start=start,
                end=end,
                sentence=title[first : shift + len(claim.sentence)],
                sentence_id=None,
                attribution=said,
                headline=True,
            )
        )
    return out


def dated_as_the_text(
    heads: list[Claim], claims: list[Claim], published: str | None
) -> list[Claim]:
    """A headline tells of the article's event: its counts take the day the text gives the
    event; else they keep the publication date, as any undated claim does."""
    from workbench.claims.event import event_of

    if not heads:
        return heads
    event = event_of(claims, published)
    if event.date_basis != "text" or not event.date:
        return heads
    return [replace(c, event_date=event.date, event_date_basis="text") for c in heads]


def headline_copy(source: Source) -> tuple[int, int] | None:
    """Where the text repeats the headline near its head (its span in the text), if it does."""
    found = headline_sentence(source)
    if found is None:
        return None
    title = clean_title(source.title or "")
    sentence, shift = found
    words = title[own_words_start(title, sentence.text, shift) : shift + len(sentence.text)]
    at = source.text.find(words, 0, COPY_WITHIN + len(words))
    return (at, at + len(words)) if at >= 0 else None


def without_copied_headline(
    source: Source, claims: list[Claim], title_claims: list[Claim]
) -> list[Claim]:
    """The text's claims minus the counts inside its copy of the headline that the title
    also gives (same words, same role): those figures are the title's, and one report
    states them once."""
    copy = headline_copy(source) if title_claims else None
    if copy is None:
        return claims
    start, end = copy
    said = {(c.text, c.role) for c in title_claims}

    def copied(c: Claim) -> bool:
        inside = start <= c.start and c.end <= end
        return c.kind == "quantity" and inside and (c.text, c.role) in said

    return [c for c in claims if not copied(c)]
