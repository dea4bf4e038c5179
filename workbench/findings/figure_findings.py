"""Figures into findings: disputed pairs become conflicts, shared figures corroborations.

Each source's figures per story and role (`story_figures`), compared pair by pair
(`figure_conflicts`), gathered into one conflict per two values disputed; the wording a
reviewer reads is `figure_words`'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import date

from workbench.findings import score
from workbench.findings.alignment import COMMON_NAME_MIN_SOURCES, names_tell_one_story
from workbench.findings.care import dead_in_a_condition
from workbench.findings.claim_views import period, same_name
from workbench.findings.dying_ranks import ranked_deaths
from workbench.findings.embeds import embedded_sentences, shown_twice, tweeted
from workbench.findings.event_facts import EventCheck
from workbench.findings.figure_conflicts import FigurePair, disputed
from workbench.findings.figure_holds import named_alike
from workbench.findings.figure_words import Dispute, outlets, reason, what_counted, words
from workbench.findings.figures import Figure, figures
from workbench.findings.implied import care_then_dying, headline_tells
from workbench.findings.independence import finding_id, independent_claims, witnesses
from workbench.findings.knowledge import group_role, loose_roles
from workbench.findings.later_acts import (
    changed_copies,
    first_then_held,
    later_acts_alike,
    of_later_acts,
    toll_alike,
    tolls,
    two_cases,
)
from workbench.findings.named_lists import lone_members
from workbench.findings.recalled import (
    headline_counts,
    mention_key,
    opened_earlier,
    recalled_after,
    recalled_before,
)
from workbench.findings.resplits import told_ranks
from workbench.findings.scene_facts import scene_facts
from workbench.findings.screening import (
    aggregate_sentences,
    date_spans,
    elsewhere,
    misread,
    none_of_those_events,
    published_of,
)
from workbench.models import Claim, Conflict, Corroboration, Source
from workbench.stories import lasting
from workbench.vocabulary import Vocabulary

IMPLIED_SHARED_NAMES = 2
"""Facts two sources must share before one's people hurt are read as the other's dead: names
(a victim's, a street's), the event's place and day when both texts tell them alike, and one
victim's course (hurt in care, then dying: `implied.care_then_dying`)."""


def disputes(pairs: list[FigurePair]) -> list[Dispute]:
    """Pairs gathered by story, role, kind, relation and the two values they oppose, and
    tied by a page in common (`_tied`)."""
    grouped: dict[tuple, list[FigurePair]] = defaultdict(list)
    for pair in pairs:
        values = frozenset(((pair.a.role, pair.a.typical), (pair.b.role, pair.b.typical)))
        key = (str(pair.a.story), pair.a.kind, pair.relation, pair.bound, values)
        grouped[key].append(pair)
    return [Dispute(members) for group in grouped.values() for members in _tied(group)]


def _tied(pairs: list[FigurePair]) -> list[list[FigurePair]]:
    """The pairs of one dispute of a later act (arrests, charges) split where no page ties
    them: one case's reports are set against each other pair by pair, so their pairs share
    pages; two sets of pairs that share none are two cases' (a story that holds one town's
    two shootings of a day, each with its first report and its arrest's: `two_cases`), each
    its own finding. A harm's toll is one event's, whichever pages tell it: its pairs stay
    together (a reviewer reads "none dead" against every page telling the death). In
    order."""
    if not of_later_acts(pairs[0].a):
        return [pairs]
    groups: list[tuple[set[int], list[int]]] = []
    for i, pair in enumerate(pairs):
        pages, members = {pair.a.source, pair.b.source}, [i]
        for group in [g for g in groups if g[0] & pages]:
            groups.remove(group)
            pages |= group[0]
            members += group[1]
        groups.append((pages, members))
    ordered = sorted(groups, key=lambda g: min(g[1]))
    return [[pairs[i] for i in sorted(members)] for _, members in ordered]


def conflicts_of(pairs: list[FigurePair], label_of: Callable[[Claim], str]) -> list[Conflict]:
    out = []
    for dispute in disputes(pairs):
        best = dispute.best
        left, right = dispute.sides()
        claims = [c for f in left + right for c in f.claims]
        ids = list(dict.fromkeys(c.id for c in claims))
        out.append(
            Conflict(
                id=finding_id("quantity", ids),
                kind="quantity",
                score=best.score,
                reason=reason(dispute, label_of),
                same_day=best.same_day,
                claim_ids=ids,
                claims=list({c.id: c for c in claims}.values()),
                relation=best.relation,
                role=best.a.role,
                features=best.features,
            )
        )
    return out


def _says(figure: Figure, value: float) -> bool:
    """The figure states this value: as its own, or as a range stated in words or figures
    that holds it ("dozens", "20 to 40"; not "about five", nor a bound). A bound states
    its one figure: "as many as eight" (read 0 to 8, as a floor is read up from its figure)
    fails to contradict three but says eight, so it agrees only with eight."""
    stated = figure.claim.value
    ceiling = not stated.get("low") and bool(stated.get("high"))
    ranged = stated.get("low") != stated.get("high") and stated.get("high") is not None
    held = (figure.range.vague or ranged) and not ceiling
    if held and not (figure.implicit or figure.derived):
        return figure.range.low <= value <= figure.range.high
    return figure.typical == value


def corroborations_of(
    figures: list[Figure], label_of: Callable[[Claim], str]
) -> list[Corroboration]:
    """Figures of one story, role and kind that two or more witnesses state alike: each
    stated exact figure with every other witness's figure of the same value, or a range
    it states that holds it ("dozens" beside 31); never a count in no role (the group). A
    figure that only fails to contradict it ("about five", a floor such as "at least one",
    a singular mention beside "six dead") does not corroborate it: a reviewer reading "six
    dead ... agree" takes every source listed to say six. A loose role (the involved, those
    present) agrees as it disputes, noun to noun (`named_alike`): "three suspects" sought
    for another murder is no other outlet's "three women" of the home invasion."""
    loose = loose_roles()
    grouped: dict[tuple, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.role != group_role():  # by the disputes' rules: a count in no role ("35
            # members", "two bullet holes") is the story's whole, never set beside another
            grouped[(str(f.story), f.role, f.kind)].append(f)
    out, seen = [], set()
    for members in grouped.values():
        for anchor in members:
            if anchor.implicit or anchor.range.vague or anchor.derived:
                continue
            agreeing = [
                f
                for f in members
                if f is anchor
                or (
                    f.witness != anchor.witness
                    and _says(f, anchor.typical)
                    and (f.role not in loose or named_alike(f, anchor))
                )
            ]
            # Two articles of one outlet are one voice: an outlet repeating itself
            # corroborates nothing, so at least two outlets (by their label) must agree.
            if len({label_of(f.claim) for f in agreeing}) < 2:
                continue
            claims = [c for f in agreeing for c in f.claims]
            ids = [c.id for c in claims]
            if frozenset(ids) in seen:
                continue
            seen.add(frozenset(ids))
            who = outlets(agreeing, label_of)
            out.append(
                Corroboration(
                    id=finding_id("quantity", ids),
                    kind="quantity",
                    score=1.0 if all(not f.implicit for f in agreeing) else 0.7,
                    reason=f"{what_counted(agreeing)}: {words(anchor)} ({who}) agree",
                    claim_ids=ids,
                    claims=claims,
                )
            )
    return out


def _beside(names: frozenset[str], towns: frozenset[str]) -> frozenset[str]:
    """A source's story names without its event's town and the town's bodies ("Shreveport",
    "Shreveport Police"): two reports of two shootings in one town share those, and a
    story of one town's events would otherwise read them as one event's."""
    if not towns:
        return names
    return frozenset(n for n in names if not any(same_name(n, t) for t in towns))


@dataclass(slots=True)
class StoryFigures:
    """Each source's figures, with what the comparison asks of two sources and how a
    source is named: the input of `disputed`, kept apart so a bench can follow a pair."""

    figures: list[Figure]
    one_event: Callable[[Figure, Figure], bool]
    label: Callable[[Claim], str]
    recalls: Callable[[Figure, Figure], bool] = lambda a, b: False
    """Both texts tell one scene and toll (`EventCheck.recalls`): one event, however far
    apart the reports."""
    headline_tells: Callable[[Figure, str], bool] = lambda f, role: False
    """The figure's source's headline tells someone in the role (`implied.headline_tells`):
    no count of that role is implied from its silence."""


def story_figures(
    claims: list[Claim],
    sources: list[Source],
    vocab: Vocabulary,
    stories: Mapping[int, tuple[int, int]] | None = None,
    names: Mapping[int, frozenset[str]] | None = None,
    crowded: bool | None = None,
    events: EventCheck | None = None,
) -> StoryFigures:
    """Each independent source's figure per story and role, from the claims that count.

    `stories` maps a source to its (story, thread). A figure about the lasting state of
    the world (how many countries recognise a leader) is compared across the stories of
    one thread; every other figure only within its own story. `events` says which
    sources' texts tell two events (`event_facts`).
    """
    events = events or EventCheck.of(claims, sources, vocab)
    root = witnesses(sources)
    by_id = {s.id: s for s in sources}
    stories = stories or {}
    dates = date_spans(claims)
    wider = aggregate_sentences(claims, by_id, vocab)
    headlines = headline_counts(claims)
    recalled_on = recalled_after(claims, events.facts, headlines)

    def counts(claim: Claim) -> bool:
        source = by_id.get(claim.source_id)
        if (claim.source_id, claim.sentence) in wider or events.of_another_event(claim):
            return False
        if recalled_before(claim, events.facts.get(claim.source_id), headlines):
            return False  # an earlier event the page recalls beside its own (`recalled`)
        if mention_key(claim) in recalled_on:
            return False  # the sentence after, going on about the event recalled
        if opened_earlier(claim, headlines):
            return False  # "Earlier Monday, ...": before the page's own event (`recalled`)
        if tweeted(claim):
            return False  # another report quoted whole, of its own hour (`embeds`)
        if dead_in_a_condition(claim) or none_of_those_events(claim, vocab):
            return False
        return not misread(claim, source, dates) and not elsewhere(claim, vocab)

    def story_of(claim: Claim) -> Hashable:
        story, thread = stories.get(claim.source_id, (None, None))
        if thread is not None and lasting([str(claim.role)]):
            return ("thread", thread)
        return ("story", story)

    def published(claim: Claim) -> date | None:
        found = period(published_of(by_id, claim.source_id, root.get(claim.source_id)))
        return found[0] if found else None

    def label(claim: Claim) -> str:
        source = by_id.get(claim.source_id)
        return source.named if source else f"source {claim.source_id}"

    found = figures(
        independent_claims([c for c in claims if c.kind == "quantity"], root),
        witness_of=lambda c: root.get(c.source_id, c.source_id),
        story_of=story_of,
        published_of=published,
        vocab=vocab,
        counts=counts,
        embedded=embedded_sentences(claims, by_id, published),
        captions=shown_twice(claims, by_id),
    )
    found = changed_copies(found)  # an updated page's changed arrest count is its own
    found = ranked_deaths(found)  # "Second victim dies" after one dead among two hurt
    found, alone = lone_members(found, lambda s: _page_text(by_id.get(s)))
    harm = tolls(found)
    names = names or {}
    if crowded is None:
        crowded = len(names) >= COMMON_NAME_MIN_SOURCES

    def one_event(a: Figure, b: Figure) -> bool:
        """A grouping may join two events of one town: sources that name none of the same
        people and places tell two, and reports weeks apart must share more of them (as
        `alignment.same_story` asks of claims). A count implied from others (0 killed
        read from people only hurt) asks more: two facts shared at least (a victim's name
        and a street's, or what both texts tell of one day's scene: its place, an age of
        someone harmed, a clock time: `scene_facts`), since one victim hurt and another
        killed in one town is common. Reports whose texts
        tell one scene and toll (`EventCheck.recalls`) are one event, whatever names each
        gives, however near or far apart (an arrest's report recalls the shooting's day,
        place and toll; a police release the next day tells the club, the day and "five
        people were shot" without the names a first report gave). Two counts of one later
        act (arrests) whose texts tell one scene and count the harm alike are one event
        too: the arrest's report names the accused, the first one the street; and a
        first report's zero of them against the arrest's report of that scene, whose toll
        only must not dispute the first's (`first_then_held`); so are a list of those hurt
        and another text's one of them told alone, at one scene."""
        thread = isinstance(a.story, tuple) and a.story[0] == "thread"
        if not thread and events.sources(a.source, b.source):
            return False  # their texts date or place their events apart (a lasting state
            # is of no one event)
        if not thread and any(events.round_up_part(f.source, f.role, f.typical) for f in (a, b)):
            return False  # between round-ups of one town only their totals speak
        no_names = frozenset()
        if a.implied_from is not None or b.implied_from is not None:
            na, nb = names.get(a.witness, no_names), names.get(b.witness, no_names)
            shared = [n for n in na if any(same_name(n, m) for m in nb)]
            course = care_then_dying(a, b) or care_then_dying(b, a)
            told = len(shared) + scene_facts(events, a.source, b.source) + course
            return told >= IMPLIED_SHARED_NAMES or not (na or nb)
        apart = bool(a.published and b.published and abs((a.published - b.published).days) > 7)
        towns = events.towns(a.source, b.source)
        mine = _beside(names.get(a.witness, no_names), towns)
        theirs = _beside(names.get(b.witness, no_names), towns)
        if two_cases(a, b, events.other_streets(a.source, b.source), mine, theirs, crowded):
            return False  # one town's two shootings of one day, each with its arrests
        if events.recalls(a.source, b.source):
            return True  # one day, one place and one toll told by both
        scene = later_acts_alike(a, b) and events.one_scene(a.source, b.source)
        tolled = harm.get(a.source, {}), harm.get(b.source, {})
        if scene and (toll_alike(*tolled) or first_then_held(a, b, *tolled)):
            return True  # an arrest's report: the scene and the toll, not the names
        if not apart and events.one_street(a.source, b.source):
            return True
        listed = {(a.source, b.source), (b.source, a.source)} & alone
        if listed and events.one_scene(a.source, b.source):
            return True  # a list and its one told alone (`named_lists`)
        return names_tell_one_story(mine, theirs, crowded, apart=apart, loose=True)

    def recalls(a: Figure, b: Figure) -> bool:
        return events.recalls(a.source, b.source)

    def told_in_headline(figure: Figure, role: str) -> bool:
        source = by_id.get(figure.source)
        return bool(source and source.title and headline_tells(source.title, role))

    return StoryFigures(found, one_event, label, recalls, told_in_headline)


def figure_findings(
    claims: list[Claim],
    sources: list[Source],
    vocab: Vocabulary,
    stories: Mapping[int, tuple[int, int]] | None = None,
    names: Mapping[int, frozenset[str]] | None = None,
    crowded: bool | None = None,
    thread_wide: bool | None = None,
    events: EventCheck | None = None,
) -> tuple[list[Conflict], list[Corroboration]]:
    """Counts compared figure against figure: each source's figure per story and role.
    `thread_wide`: only the figures of a lasting state, compared across a thread (True),
    or only the others (False); None: both."""
    stories = stories or {}
    prepared = story_figures(claims, sources, vocab, stories, names, crowded, events)
    found, label = prepared.figures, prepared.label
    if thread_wide is not None:
        found = [
            f
            for f in found
            if (isinstance(f.story, tuple) and f.story[0] == "thread") == thread_wide
        ]
    pairs = disputed(
        found,
        score.default(),
        prepared.one_event,
        prepared.recalls,
        prepared.headline_tells,
        told_ranks(claims),
    )
    conflicts = conflicts_of(pairs, label)
    for conflict in conflicts:
        ids = [stories.get(c.source_id, (None, None)) for c in conflict.claims]
        known = [i for i in ids if i[0] is not None]
        if known:
            conflict.story_id, conflict.thread_id = min(known)
    corroborations = corroborations_of(found, label)
    for corroboration in corroborations:
        known = [stories[c.source_id] for c in corroboration.claims if c.source_id in stories]
        if known:
            corroboration.story_id, corroboration.thread_id = min(known)
    return conflicts, corroborations


def _page_text(source: Source | None) -> str:
    return f"{source.title or ''}\n{source.text}" if source else ""
