"""Who a headline cites, in headline grammar: a speaker and a colon at its head ("Police: 2
dead after fight") or at its tail ("Two men shot on the east side: Police"), or a clause of
saying closing it ("2 dead in Elmwood shooting, police say", "..., according to deputies").

A headline drops its verbs, so the speaker stands beside the news, set off by a colon; a
closing clause of saying (`TAIL_SAYING`: after the headline's last comma, semicolon or dash,
a speaker and "say", "says", "said", "report(s)" or "confirm(s)" ending it, or "according
to" a speaker) is read by the text's own reader (`attribution.find_attribution`) on the
headline in sentence case. A saying verb inside a headline is not read: there a participle
stands for a passive ("Shooting reported near campus", "Suspect denied bail").

A word in capitals before a colon is a label of the page ("UPDATE:", "WATCH:") unless it is
an agency's initials (`AGENCY_INITIALS`: "NYPD:", "DCSO:"); so is, in any case, a phrase
whose head (its last word) names the page's own kind of report (`PAGE_LABELS`: "Update:",
"Atlanta News:", "The Latest:", "...: Update") or an event (an -ing noun of
`words.ING_NOUNS`: "Phoenix shooting:", "Pulse Nightclub Shooting:"): neither can tell; the
site's own name after a colon ("...: Times Herald Online") is the page's own voice. So is
what follows a colon set off by a space on both sides ("... in shootings : News", "... :
Gary News"): the headline's own colon is written against the word before it, as prose writes
it, and a spaced one is a separator the site's template puts between the title's parts (its
section, its name), as it puts " - " and " | " (`headline.TITLE_SEPARATOR`). In the corpus's
3,449 titles outside the fresh and held-out sets, 8 have a spaced colon before a closing
phrase (a section 4, the site's name 4) and none a speaker; 39 a speaker after a tight
colon.

Inside a headline, one saying is read from its parse (`speaker_inside`): a verb of saying
in the present tense at the headline's root, governing the clause that holds the count
("Man says he shot 2 friends by accident", "Collier deputies say 3 people found shot"). The
present tense is headline grammar's for its news, and a present form cannot be the
participle that stands for a passive ("Shooting reported ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.claims.attribution import find_attribution
from workbench.claims.speakers import covering, head_token, sayings
from workbench.claims.words import ING_NOUNS, lemma, wordset
from workbench.claims.words import PRONOUNS as _PRONOUNS
from workbench.parse import Parse

LEADING_SPEAKER = re.compile(r"^(?P<who>[A-Z][\w.'’-]*(?: [A-Z]?[\w.'’-]+){0,2}):\s")
"""Headline grammar for who says it: "Police: 2 dead after ...", "Cops: man killed ..."."""
TRAILING_SPEAKER = re.compile(r"(?<=\w)\s*:\s+(?P<who>[A-Z][\w.'’-]*(?: [A-Z]?[\w.'’-]+){0,2})\s*$")
"""Headline grammar for who says it, after the news: "... Expected to Survive: Police",
"... in Home: Prosecutors"."""
NEWS_BEFORE_SPEAKER = 3
"""Words of news a trailing speaker needs before its colon (fewer: a label and its item)."""
AGENCY_INITIALS = re.compile(r"(?:[A-Z]{1,4} )?[A-Z]{0,4}(?:PD|SO|SP|DA|AG|DPS|BI)")
"""An agency written by its initials, which end in those of its kind: a police department
(PD), a sheriff's office (SO), state police (SP), a district attorney (DA), an attorney
general (AG), public safety (DPS), a bureau of investigation (BI)."""


TAIL_SAYING = re.compile(
    r"(?:^|[,;—–]\s*|\s-\s)(?P<clause>[^,;—–]+?\s(?:say|says|said|reports?|confirms?)"
    r"|according\s+to\s+[^,;—–]+?)\s*$"
)
"""The headline's closing clause of saying (see the module's docstring)."""


PAGE_LABELS = wordset(
    "update updates updated latest news briefs blotter video videos photo photos timeline "
    "correction exclusive breaking"
)
"""Words a site heads a title with to say what kind of report the page is, or in which of
its sections it stands ("Update:", "The Latest:", "Atlanta News:", "Photos:", "Breaking
News:"): the page's own label, never someone it cites. A record that tells ("Report:",
"Documents:", "Indictment:") is cited as its source is, and is not among them. In the
corpus's titles outside the fresh and held-out sets (walk44), a colon's phrase with one of
these heads was read as a speaker 35 times, a teller none; one with an -ing event noun
11 times (those titles read: 46 of 479 colon speakers dropped)."""


def _label(who: str) -> bool:
    """Whether the phrase before (or after) a headline's colon is the page's label or the
    event's name, by its head: its last word (`PAGE_LABELS`, `words.ING_NOUNS`)."""
    words = who.split()
    if not words:
        return False
    last = words[-1].strip(".,'’").casefold()
    return last in PAGE_LABELS or lemma(last) in ING_NOUNS


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _no_label(who: str) -> bool:
    """Whether a phrase before a colon may name a speaker: any in mixed case but the page's
    label or the event's name (`_label`); in capitals only an agency's initials ("UPDATE:"
    is the page's label)."""
    if who.isupper():
        return AGENCY_INITIALS.fullmatch(who) is not None
    return not _label(who)


def trailing_speaker(headline: str) -> re.Match[str] | None:
    """The speaker named after the news and a colon, when the news before it has words
    enough and the speaker is not a label in capitals."""
    m = TRAILING_SPEAKER.search(headline)
    if m is None or m.group("who").isupper() or _label(m.group("who")):
        return None
    return m if len(headline[: m.start()].split()) >= NEWS_BEFORE_SPEAKER else None


def placed(who: str, text: str) -> bool:
    """Whether the page's text has the phrase as a place: its dateline names it (or the
    phrase ends with the dateline's town: "East Oakland", "OAKLAND --"), or a locative
    preposition puts something in it ("in Minneapolis", "near Florence"). A phrase whose
    head is an agency's noun tells, wherever it is ("in Brindle police custody")."""
    from workbench.claims.datelines import AGENCY_NOUNS, dateline  # it reads headlines

    if not who or who.split()[-1].casefold() in AGENCY_NOUNS:
        return False
    if re.search(rf"\b(?:in|near|outside) {re.escape(who)}\b", text):
        return True
    name = who.casefold()
    for paragraph in text.split("\n"):
        found = dateline(paragraph.strip())
        town = found.value["name"].casefold() if found else None
        if town and (name == town or name.endswith(" " + town)):
            return True
    return False


def headline_speaker(
    headline: str, site: Sequence[str] = (), cased: str | None = None, text: str = ""
) -> str | None:
    """Whom a headline cites (see the module's docstring); None when it states its news in
    its own voice. `site`: the site's names (`headline.site_names`), never a speaker;
    `cased`: the headline in sentence case, letter for letter (`headline.sentence_case`:
    "..., Police Say" read as "..., police say"); `text`: the page's text, where a name
    before the colon may be told a place (`placed`: "Oakland: 4 hurt ...")."""
    m = LEADING_SPEAKER.match(headline)
    if m is not None and _no_label(m.group("who")) and not placed(m.group("who"), text):
        return m.group("who")
    news = m.end() if m is not None else 0  # after a label's or a place's colon: the news
    m = trailing_speaker(headline)
    if m is not None and m.start() >= news and not m.group(0)[0].isspace():  # " : News"
        own, first = _letters(m.group("who")), m.group("who").split()[0].casefold()
        if any(n in own for n in site) or first in _PRONOUNS:
            return None  # the site's name; a clause ("...: It Has Started")
        return m.group("who")
    cased = cased or headline
    m = TAIL_SAYING.search(cased)
    who, pronoun = find_attribution(m.group("clause")) if m else (None, False)
    if not who or pronoun:
        return None
    at = cased.rfind(who)
    return headline[at : at + len(who)] if at >= 0 else who


PRESENT = frozenset(("VBZ", "VBP"))
"""The present tense's tags: "says", "say", "tells", "confirm"."""


def _governs_clause(parse: Parse, verb: int) -> bool:
    """Whether the saying has a clause under it, after it ("X says Y") or before it with
    nothing but punctuation after the verb ("Y, X says": the closing clause). A clause
    before a verb that words follow is an inversion the parser misread ("Boy shoots
    himself, immature act says Rutherford Co. Sheriff": the speaker is after the verb)."""
    clause = parse.child(verb, "ccomp")
    if clause is None:
        return False
    return clause > verb or all(parse.tags[k] in _PUNCTUATION for k in range(verb + 1, len(parse)))


_PUNCTUATION = frozenset((".", ",", ":", "''", "``", "-RRB-", "HYPH", "NFP"))


def speaker_inside(parse: Parse, start: int, end: int) -> tuple[int, int] | None:
    """Where, in the parse's text, a headline names whom it cites for the count at
    `start`-`end` inside it (see the module's docstring): the subject of a saying in the
    present tense at the headline's root that has a clause under it and covers the count
    (`speakers.covering`; a count in the subject, "3 officers say ...", is not covered); a
    pronoun ("He says ...") names no one the headline has named."""
    found = [
        s
        for s in sayings(parse)
        if s.who
        and not s.pronoun
        and parse.tags[s.token] in PRESENT
        and parse.heads[s.token] == s.token
        and _governs_clause(parse, s.token)
    ]
    token = head_token(parse, start, end) if found else None
    own = covering(parse, token, found) if token is not None else None
    if own is None or own.who is None:
        return None
    at = parse.text.find(own.who)
    return (at, at + len(own.who)) if at >= 0 else None
