"""The finding stage of an analysis: each group's conflicts and corroborations found again
from the stored claims, job by job on every core, and swapped in a group at a time.

A group is a thread (`groups`): claims are compared within a story, and figures about a
lasting state across a thread's stories; its stories' jobs are made apart
(`finding_jobs`). `pipeline` runs this stage after grouping.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.finding_jobs import FindJob
from workbench.identity import carry_finding_ids
from workbench.models import Conflict, Corroboration
from workbench.progress import Progress, silent
from workbench.store import Store

FINDING = "finding conflicts"
FIND_CHUNK = 4
"""Jobs sent to a worker at a time: most are one story of a few articles."""


def groups(store: Store, source_ids: Iterable[int] | None = None) -> list[list[int]]:
    """The groups of sources whose claims are compared with one another: those holding
    any of `source_ids` (every group by default).

    Each group is analysed on its own, so a new article costs what its group costs and
    memory is what the largest group needs. A group is a thread: claims are compared
    within a story, and figures about a lasting state across a thread's stories; its
    stories are found apart (`finding_jobs`).
    """
    every = [row[0] for row in store.db.execute("SELECT id FROM sources ORDER BY id")]
    if not every or (source_ids is not None and not set(source_ids) & set(every)):
        return []
    placed = store.story_map()
    threads: dict[int, list[int]] = {}
    unplaced = []
    for source_id in every:
        if source_id in placed:
            threads.setdefault(placed[source_id][1], []).append(source_id)
        else:
            unplaced.append(source_id)
    found = [threads[t] for t in sorted(threads)] + ([unplaced] if unplaced else [])
    if source_ids is None:
        return found
    wanted = set(source_ids)
    return [g for g in found if wanted.intersection(g)]


def find(
    store: Store, source_ids: Iterable[int] | None = None, progress: Progress = silent
) -> tuple[int, int]:
    """Recompute the conflicts and corroborations of the groups holding `source_ids`
    (every group by default; in a thread, the stories holding them) from the stored
    claims, job by job (`finding_jobs`: a story, or a thread's lasting figures), each
    computed with no lock held (on every core when there are many: `pool.ordered_map`
    gives the results back in order), then a group's swapped in one short transaction.
    Returns the database's totals."""
    from workbench.finding_jobs import Plan, every_job
    from workbench.pool import ordered_map

    todo = groups(store, source_ids)
    total = sum(len(group) for group in todo)
    done = 0
    progress(FINDING, 0, total)
    plan = Plan()
    found = ordered_map(
        findings_of, every_job(store, todo, plan, source_ids), total=len(todo), chunk=FIND_CHUNK
    )
    for index, group in enumerate(todo):
        conflicts: list[Conflict] = []
        corroborations: list[Corroboration] = []
        last = False
        while not last:
            more_conflicts, more_corroborations = next(found)
            last = plan.ends.popleft()
            conflicts += more_conflicts
            corroborations += more_corroborations
        scope = plan.scopes[index]
        conflicts, corroborations = _in_order(conflicts), _in_order(corroborations)
        old = store.finding_claim_ids(scope)
        conflicts = carry_finding_ids(conflicts, old["conflicts"])
        corroborations = carry_finding_ids(corroborations, old["corroborations"])
        with store.transaction():
            store.replace_findings(conflicts, corroborations, scope)
        done += len(group)
        progress(FINDING, done, total)
    return store.db["conflicts"].count, store.db["corroborations"].count


def _in_order(findings: list) -> list:
    """A group's findings from its jobs as one job would list them: best first, one per
    id."""
    seen: set[str] = set()
    out = []
    for finding in sorted(findings, key=lambda f: (-f.score, f.id)):
        if finding.id not in seen:
            seen.add(finding.id)
            out.append(finding)
    return out


def findings_of(job: FindJob) -> tuple[list[Conflict], list[Corroboration]]:
    """One job's conflicts and corroborations, ids not yet carried over (pure: runs in a
    worker). One vocabulary and one set of roles for the whole job (`steady`): the rules
    ask for them per claim, each time a stat of the user's files."""
    from workbench.findings.conflicts import find_findings
    from workbench.user_data import steady

    with steady():
        return find_findings(
            job.claims,
            job.sources,
            stories=job.stories,
            names=job.names,
            crowded=job.crowded,
            part=job.part,
            facts=job.facts,
        )
