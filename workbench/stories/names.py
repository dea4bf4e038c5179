"""Names two reports share, and whether a name is a story's own.

A name of two words or more that one story's articles share with an article, and that
few other articles use, says more than alike words: a victim's, an accused's, a street's.
A reporter's byline, an outlet's name and its city are spread over the outlet's unrelated
stories and say nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Set
from typing import Protocol

from workbench.stories.event_record import EventFacts
from workbench.stories.people import without_places
from workbench.stories.settings import Settings
from workbench.stories.terms_memo import name_prefixes, read_once, without_indices


class Termed(Protocol):
    """A placed article as these rules read it (`grouping.Member` is one)."""

    @property
    def terms(self) -> tuple[str, ...]: ...


def shares_a_name(
    terms: Sequence[str],
    members: Sequence[Termed],
    frequency: Mapping[str, int],
    settings: Settings,
    prefix: str = "n_",
) -> bool:
    """Whether the article shares with these members of one story a name (of two words or
    more) that is the story's own: at least `name_share` of the other articles using it are
    among them. A victim's or a street's name is; a reporter's byline, an outlet's name, the
    outlet's city are spread over the outlet's unrelated stories and are not. `prefix`
    "a_": only the names given with an age (the event's people, see people.py)."""
    names = _names(terms, prefix)
    if not names:
        return False
    shared = Counter(t for m in members for t in names.intersection(m.terms))
    return any(
        count >= settings.name_share * max(1, frequency.get(name, 1) - 1)
        for name, count in shared.items()
    )


def person_tokens(names: Iterable[str]) -> tuple[str, ...]:
    """The name tokens ("n_ana_ruiz") of people's names as the claims read them."""
    return tuple(sorted("n_" + name.replace(" ", "_") for name in names))


def named_from_afar(
    terms: Sequence[str],
    members: Sequence[Termed],
    told: Iterable[EventFacts],
    frequency: Mapping[str, int],
    settings: Settings,
) -> bool:
    """Whether a page that lost its article (its headline all it tells) shares with one
    story's articles a name of the story's own that is no place (`terms`: its terms less
    the places the database names; `told`: the story's articles' event facts, whose
    places are left out too). A sentencing's headline months on names the accused
    ("Bourbon Street shooter Trung Le sentenced"); a headline naming only a place and a
    toll ("2-year-old Gaston County boy shot") fits every such event of that place."""
    places = {p for facts in told for p in facts.all_places()}
    return shares_a_name(without_places(terms, places), members, frequency, settings)


def without_towns(terms: Sequence[str], towns: Iterable[str]) -> tuple[str, ...]:
    """The terms less the name tokens that begin with a town's words (folded, "san
    francisco"): the town itself, its hospital, its police, a headline's "Miami Shooting".
    Every report of the town's events names them, so in a small database, where the
    outlet's reports of that town are all that name it, they look like a story's own."""
    # A name begins with a town when one of its prefixes is a town: each town looked up
    # among the names' prefixes, made once an article (`name_prefixes`), not each name
    # compared with every town (30 towns, 40,000 offers per 1,000 articles).
    prefixes = name_prefixes(terms if isinstance(terms, tuple) else tuple(terms))
    dropped = frozenset(
        i for town in {tuple(town.split()) for town in towns} for i in prefixes.get(town, ())
    )
    return without_indices(terms, dropped) if dropped else tuple(terms)


def own_names(
    terms: Sequence[str],
    facts: Iterable[EventFacts],
    towns: Set[str],
    gap: int | None,
    far: int,
) -> tuple[str, ...]:
    """The names that may be a story's own, joined from `gap` days: further than `far`, the
    terms less the names that begin with a town or county these facts give their events
    (`towns`: those the database types so). Months on, the town, its sheriff's office, its
    hospital recur in its every event's reports; within weeks they still tell the story
    from the town's other events of those days. A venue ("Roper's Lounge"), a street or a
    person is the event's own at any distance."""
    if gap is None or gap <= far:
        return tuple(terms)
    told = {p for f in facts for p in f.places() if p in towns}
    return without_towns(terms, told) if told else tuple(terms)


@read_once
def _names(terms: Sequence[str], prefix: str) -> frozenset[str]:
    """The name tokens (two words or more) of the prefix among the terms."""
    size = len(prefix)
    return frozenset(t for t in terms if t.startswith(prefix) and "_" in t[size:])
