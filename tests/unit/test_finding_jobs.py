"""Conflict finding story by story: a thread's stories are found apart, its lasting figures
in a job of their own, and the findings are those of the thread found whole."""

from __future__ import annotations

import workbench.finding_stage as finding_stage
import workbench.pipeline as pipeline
from workbench.finding_jobs import ACROSS, STORY, Plan, every_job
from workbench.findings.conflicts import find_findings
from workbench.pipeline import groups


def _found(store) -> list[tuple]:
    return sorted(
        (c.id, c.reason, c.score, tuple(c.claim_ids), c.story_id, c.thread_id)
        for c in [*store.conflicts(), *store.corroborations()]
    )


def _whole(store) -> list[tuple]:
    """What one job over each whole thread finds (as before the stories were apart)."""
    out = []
    for group in groups(store):
        conflicts, corroborations = find_findings(
            store.claims(source_ids=group), store.sources(group), stories=store.story_map(group)
        )
        out += [
            (c.id, c.reason, c.score, tuple(c.claim_ids), c.story_id, c.thread_id)
            for c in [*conflicts, *corroborations]
        ]
    return sorted(out)


def test_a_thread_is_found_story_by_story_with_its_lasting_figures_apart(sample_store):
    threads = {thread for _, thread in sample_store.story_map().values()}
    stories = {story for story, _ in sample_store.story_map().values()}
    assert len(threads) == 1 and len(stories) > 1  # the sample: one thread of several stories
    plan = Plan()
    jobs = list(every_job(sample_store, groups(sample_store), plan, None))
    assert [job.part for job in jobs] == [STORY] * len(stories) + [ACROSS]
    assert all(len({s for s, _ in job.stories.values()}) == 1 for job in jobs[:-1])
    assert list(plan.ends) == [False] * (len(jobs) - 1) + [True]
    pipeline.find(sample_store)
    assert _found(sample_store) == _whole(sample_store)


def test_one_article_finds_again_only_its_story_and_the_lasting_figures(sample_store, monkeypatch):
    placed = sample_store.story_map()
    first = min(placed)
    found_in: list = []
    real = finding_stage.findings_of

    def findings_of(job):
        found_in.append(job)
        return real(job)

    monkeypatch.setattr(finding_stage, "findings_of", findings_of)
    before = _found(sample_store)
    pipeline.find(sample_store, [first])
    lasting = [job for job in found_in if job.part == ACROSS]
    stories = [job for job in found_in if job.part == STORY]
    assert len(lasting) == 1
    wanted = {placed[first][0]} | {placed[s.id][0] for s in lasting[0].sources}
    assert sorted({st for job in stories for st, _ in job.stories.values()}) == sorted(wanted)
    assert _found(sample_store) == before
