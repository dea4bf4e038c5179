"""Work made ahead on other cores gives what the serial stage would have made: candidates
ranked by workers (`stories.ranked`) are the store's own, article by article, and give the
same stories; the event facts made beside the claims are those finding would make."""

from __future__ import annotations

import pytest

import workbench.stories as stories
import workbench.stories.ranked as ranked
from workbench.ingest import Input, ingest_inputs
from workbench.store import Store

PLACES = ["Marlow Vale", "Castlebrook", "Keld Ford", "Ashby Moor"]
SITES = [
    "bridge",
    "school",
    "market",
    "harbour",
    "station",
    "church",
    "library",
    "mill",
    "quarry",
    "depot",
]
EVENTS = [
    "Flooding in {p} forced {n} residents from their homes, said Mayor Ines Rathbone.",
    "A fire at a textile works in {p} killed {k} workers, said fire chief Oskar Lindqvist.",
    "Police in {p} arrested {k} men after a shooting that wounded {n} people.",
]


def _articles() -> list[Input]:
    out = []
    for day in range(1, 7):
        for i, place in enumerate(PLACES):
            text = EVENTS[(day + i) % len(EVENTS)].format(p=place, n=10 * day + i, k=day)
            near = " and the ".join(SITES[(day * i + k) % len(SITES)] for k in range(day % 3 + 1))
            out.append(
                Input(
                    name=f"{day}-{i}.txt",
                    data=f"{text} It happened near the {near}.".encode(),
                    meta={"published": f"2023-06-{day:02d}"},
                )
            )
    return out


def _grouped(path, monkeypatch, ahead: bool) -> tuple[dict, list]:
    monkeypatch.setattr(ranked, "MIN_ARTICLES", 1 if ahead else 10**9)
    with Store(path) as store:
        ingest_inputs(store, _articles(), analyze=False)
        stories.group(store)
        rows = store.db.execute(
            "SELECT source_id, story_id, score, how FROM source_stories ORDER BY 1"
        ).fetchall()
        return store.story_map(), rows


def _group_checked(path, monkeypatch, method: str, checked, workers: str = "2") -> None:
    """Group with the rankings made ahead (by workers, or in this process with one),
    `RankedIndex.<method>` replaced by `checked` (which is handed the method as it is)."""
    monkeypatch.setenv("WORKBENCH_WORKERS", workers)
    monkeypatch.setattr(ranked, "CHUNK", 3)
    monkeypatch.setattr(ranked, "MIN_ARTICLES", 1)
    own = getattr(ranked.RankedIndex, method)
    monkeypatch.setattr(ranked.RankedIndex, method, lambda *args: checked(own, *args))
    with Store(path) as store:
        ingest_inputs(store, _articles(), analyze=False)
        stories.group(store)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_each_ranking_made_ahead_gives_the_stores_candidates(tmp_path, monkeypatch, workers):
    asked = []

    def checked(own, self, terms, limit):
        found = own(self, terms, limit)
        asked.append(self.current is not None)
        assert found == self.store.candidates(terms, limit)
        return found

    _group_checked(tmp_path / "checked.db", monkeypatch, "candidates", checked, workers)
    assert asked and all(asked)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_each_ranking_made_ahead_gives_the_stores_candidates_of_the_days(
    tmp_path, monkeypatch, workers
):
    asked = []

    def checked(own, self, terms, published, days, limit):
        found = own(self, terms, published, days, limit)
        asked.append((self.current is not None, len(found)))
        assert found == self.store.candidates_near(terms, published, days, limit)
        for late in ("2023-06-30", "2023-02-30T10:00", "not a day"):
            expected = self.store.candidates_near(terms, late, 1, limit)
            assert own(self, terms, late, 1, limit) == expected
        return found

    _group_checked(tmp_path / "checked.db", monkeypatch, "candidates_near", checked, workers)
    assert asked and all(ahead for ahead, _ in asked)
    assert any(n for _, n in asked)  # some look-up found articles of its days


@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_same_stories_with_the_rankings_made_ahead_or_not(tmp_path, monkeypatch, workers):
    monkeypatch.setenv("WORKBENCH_WORKERS", workers)
    monkeypatch.setattr(ranked, "CHUNK", 5)
    assert _grouped(tmp_path / "a.db", monkeypatch, True) == _grouped(
        tmp_path / "b.db", monkeypatch, False
    )


def test_finding_takes_the_event_facts_the_extraction_made(tmp_path, monkeypatch):
    """An ingest's finding jobs carry each new source's event facts, made beside its
    claims (`stories.ahead`), equal to those its stored claims give."""
    import workbench.finding_stage as finding_stage
    from workbench.findings.event_facts import source_facts

    monkeypatch.setenv("WORKBENCH_WORKERS", "1")
    jobs = []
    own = finding_stage.findings_of

    def kept(job):
        jobs.append(job)
        return own(job)

    monkeypatch.setattr(finding_stage, "findings_of", kept)
    with Store(tmp_path / "facts.db") as store:
        ingest_inputs(store, _articles())
    assert jobs
    for job in jobs:
        assert set(job.facts) == {s.id for s in job.sources}
        assert job.facts == source_facts(job.claims, job.sources)
