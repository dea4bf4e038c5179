"""Conflict finding's jobs: one per story, and one per thread for its lasting figures.

Claims are compared within a story; across the stories of a thread only figures about a
lasting state of the world (`alignment.within_one_story`, `stories.lasting`). So a story
is analysed on its own, and a thread's lasting figures in a job of their own that holds
only the sources stating one: a worker's memory is what the largest story needs, and a
thread of hundreds of articles costs the sum of its stories, not its square. What a
story's claims are judged against (which names are too common to tell its sources apart,
and whether it is crowded) is read from its neighbourhood, the database's sources of its
towns (`finding_neighbourhood`), not from its thread: a thread's size says how threads
are drawn, not how many stories one shared name could come from.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from workbench.finding_neighbourhood import Neighbourhoods
from workbench.models import Claim, Source
from workbench.store import Store
from workbench.stories.events import EventFacts, without_parts

STORY, ACROSS, WHOLE = "story", "across", "all"
"""What a job finds: a story's own findings (its lasting figures left to the thread's
job), a thread's lasting figures across its stories, or everything in the group."""


@dataclass(slots=True)
class FindJob:
    """A job's claims and sources, each source's (story, thread), its sources' story names
    as the thread reads them and whether the thread is crowded (None: made from
    `sources`), which findings it makes (`STORY`, `ACROSS`, `WHOLE`), and the event facts
    made ahead for its sources."""

    claims: list[Claim]
    sources: list[Source]
    stories: Mapping[int, tuple[int, int]]
    names: dict[int, frozenset[str]] | None = None
    crowded: bool | None = None
    part: str = WHOLE
    facts: dict[int, EventFacts] | None = None
    """Event facts of its sources made ahead, by the workers that extracted their claims
    (`stories.ahead`): read here, not made again from the claims in the finding's worker."""

    def __getitem__(self, index: int):
        """As the (claims, sources, stories) tuple the job was before it had parts."""
        return (self.claims, self.sources, self.stories)[index]


@dataclass(slots=True)
class Plan:
    """Filled in as the jobs are made: each group's sources whose findings its jobs
    replace (a thread's, or its stories found again), in the groups' order, and for each
    job made, whether it is its group's last (so results are read back group by group)."""

    scopes: list[list[int]] = field(default_factory=list)
    ends: deque[bool] = field(default_factory=deque)


def may_last(claim: Claim, vocab) -> bool:
    """Whether a claim may be a figure of a lasting state: by its role (as
    `figure_findings.story_figures` reads it) or by its topics (as `make_view` makes them
    and `blocking` reads them)."""
    from workbench.stories import lasting

    if claim.kind != "quantity":
        return False
    if lasting([str(claim.role)]):
        return True
    framed = vocab.frame_classes(claim.frame.action, claim.sentence) - vocab.telling
    return lasting(framed or (vocab.classes_in(claim.sentence) - vocab.telling))


def _stories(group: list[int], placed: Mapping[int, tuple[int, int]]) -> dict[int, list[int]]:
    by_story: dict[int, list[int]] = defaultdict(list)
    for source_id in group:
        by_story[placed[source_id][0]].append(source_id)
    return by_story


def group_jobs(
    store: Store,
    group: list[int],
    plan: Plan,
    wanted: set[int] | None = None,
    hoods: Neighbourhoods | None = None,
) -> Iterator[FindJob]:
    """The jobs of one group: the whole group when it is one story or not placed; else one
    job per story (those holding a `wanted` source, or all) and, when some of the thread's
    sources state a lasting figure, one for those across the stories (and their stories
    are found again too). `plan` learns, before the first job, which sources the jobs'
    findings replace, and for each job whether it is the group's last. A story's names and
    crowding are its neighbourhood's (`hoods`, shared by a run's groups)."""
    from workbench import vocabulary

    hoods = hoods or Neighbourhoods(store)
    placed = store.story_map(group)
    by_story = _stories(group, placed) if len(placed) == len(group) else {}
    if len(by_story) <= 1:
        plan.scopes.append(list(group))
        plan.ends.append(True)
        sources = store.sources(group)
        job = FindJob(
            store.claims(source_ids=group), sources, placed, facts=_facts_ahead(store, sources)
        )
        if by_story:  # one story: judged against its neighbourhood
            read = {source.id: source for source in sources}
            known = {*group, *_witness_ids(sources)}
            job.names, job.crowded = hoods.judged(group, known, read)
        yield job
        return
    # The thread's sources and claims are read once each, in this process, and shared by
    # its jobs: the job of lasting figures holds nearly every source of a thread, and
    # reading them again for it was a third of finding's reads (claims made from rows).
    thread = {source.id: source for source in store.sources(group)}
    vocab = vocabulary.default()
    lasting: set[int] = set()
    todo = sorted(by_story)
    claims: dict[int, list[Claim]] = {}
    # A first ingest asks for every article: then every story is found, and the thread's
    # lasting sources are gathered from the stories' own jobs, not from a read of all the
    # thread's claims beforehand (a second read of every claim, in the main process).
    every = wanted is None or wanted.issuperset(group)
    if not every:  # only the stories asked for, and those with lasting figures
        claims = _by_source(store.claims(source_ids=group))
        lasting = {s for s, theirs in claims.items() if _lasting(theirs, vocab)}
        # Read over the group, not over `wanted`: a union with it per thread made
        # finding's planning grow with threads x articles.
        asked = {placed[s][0] for s in group if s in wanted or s in lasting}
        todo = [story for story in todo if story in asked]
    plan.scopes.append(sorted(s for story in todo for s in by_story[story]))
    for n, story in enumerate(todo, 1):
        mine = by_story[story]
        if every:
            claims.update(_by_source(store.claims(source_ids=mine)))
        job = _job(mine, thread, claims, placed, hoods, STORY, store)
        if every:
            found = _lasting(job.claims, vocab)
            lasting |= found
            for source_id in set(mine) - found:  # kept for the lasting figures' job only
                claims.pop(source_id, None)
        plan.ends.append(n == len(todo) and not lasting)
        yield job
    if lasting:
        plan.ends.append(True)
        yield _job(sorted(lasting), thread, claims, placed, hoods, ACROSS, store)


def _by_source(claims: list[Claim]) -> dict[int, list[Claim]]:
    """Claims read in source order (`Store.claims`), split by source, each source's in
    the order read: joined again in source order, they are what a read of those sources
    gives."""
    out: dict[int, list[Claim]] = {}
    for claim in claims:
        out.setdefault(claim.source_id, []).append(claim)
    return out


def _lasting(claims: list[Claim], vocab) -> set[int]:
    """The sources of these claims that state a figure of a lasting state."""
    return {c.source_id for c in claims if may_last(c, vocab)}


def _job(
    members: list[int],
    thread: Mapping[int, Source],
    claims: Mapping[int, list[Claim]],
    placed: Mapping[int, tuple[int, int]],
    hoods: Neighbourhoods,
    part: str,
    store: Store,
) -> FindJob:
    """A job of some of a thread's sources (`thread`: its sources by id; `claims`: those
    of these sources, by source), with their names (and their originals': a copy is read
    as its original) as their neighbourhood reads them."""
    ids = sorted(members)
    sources = [thread[s] for s in ids]
    known = {*members, *_witness_ids(sources)}
    names, crowded = hoods.judged(members, known, thread)
    return FindJob(
        [claim for s in ids for claim in claims.get(s, ())],
        sources,
        {s: placed[s] for s in members},
        names,
        crowded,
        part,
        _facts_ahead(store, sources),
    )


def _witness_ids(sources: list[Source]) -> set[int]:
    """The originals these sources copy (a copy is read as its original)."""
    from workbench.findings.independence import witnesses

    return set(witnesses(sources).values())


def _facts_ahead(store: Store, sources: list[Source]) -> dict[int, EventFacts]:
    """The event facts made ahead for these sources, each checked against the source
    (its title, text and publication date: `stories.ahead.Ahead`)."""
    from workbench.stories.ahead import Ahead

    kept = store.story_events(s.content_hash for s in sources)
    ahead = Ahead({digest: (check, "", "", events) for digest, (check, events) in kept.items()})
    found = {}
    for source in sources:
        if (facts := ahead.events(source)) is not None:
            found[source.id] = without_parts(facts)
    return found


def every_job(
    store: Store, todo: list[list[int]], plan: Plan, wanted: Iterable[int] | None
) -> Iterator[FindJob]:
    """The jobs of every group in `todo`, in order (see `group_jobs`)."""
    wanted_set = None if wanted is None else set(wanted)
    hoods = Neighbourhoods(store)
    for group in todo:
        yield from group_jobs(store, group, plan, wanted_set, hoods)
