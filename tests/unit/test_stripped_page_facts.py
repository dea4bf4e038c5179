"""A page stripped to its headline's claims (its body another stories' furniture) is judged
by the finder on the event facts of the claims it keeps: the facts made ahead from its whole
body (a playlist's other days and towns) would date or place its event elsewhere, and an
ingest would then find other conflicts than a later re-find of the same database. Invented
articles only."""

from __future__ import annotations

import workbench.finding_jobs as finding_jobs
from workbench.ingest import Input, ingest_inputs
from workbench.store import Store
from workbench.stories import no_article_text

REPORT = (
    "A 2-year-old boy was critically hurt in an accidental shooting in Millbrook on Friday "
    "night, police said. The boy was rushed to Millbrook General in critical condition.\n\n"
    "Police said the shots were fired inside a parked car on Hollin Avenue. No arrests "
    "have been made."
)
PLAYLIST = (
    "2:31 May 9 arrests at Tarn Cross library event\n\n"
    "1:05 Council votes to shut the Skerra ferry on Monday\n\n"
    "0:50 Who won the county spelling bee in Tarn Cross?"
)


def _page(name: str, text: str, title: str) -> Input:
    return Input(name=name, data=text.encode(), meta={"published": "2024-11-04", "title": title})


def test_the_finder_reads_a_stripped_page_s_facts_from_the_claims_it_keeps(tmp_path, monkeypatch):
    seen: dict[int, object] = {}
    made_ahead = finding_jobs._facts_ahead

    def kept(store, sources):
        found = made_ahead(store, sources)
        seen.update(found)
        return found

    monkeypatch.setattr(finding_jobs, "_facts_ahead", kept)
    pages = [
        _page("r.txt", REPORT, "2-year-old critically hurt in Millbrook shooting"),
        _page("p.txt", PLAYLIST, "Boy dies after accidental shooting in Millbrook"),
    ]
    with Store(tmp_path / "s.db") as store:
        ingest_inputs(store, pages)
        report, playlist = [s.id for s in store.sources()]
        assert no_article_text(store) == {playlist}
    assert report in seen  # an article kept whole keeps the facts made ahead
    assert playlist not in seen  # made again from its headline's claims
