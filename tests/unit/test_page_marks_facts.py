"""The marks read from the kept page facts (`store.page_facts`, schema 18) are the marks the
analysis reads from every text (`stories.no_article_text`), as furniture becomes known over
several ingests; and a database of schema 17 takes the step with every decision kept."""

from __future__ import annotations

from old_logs import assert_log_kept, decided_sample

from workbench.ingest import Input, ingest_inputs
from workbench.ingest.page_form import FURNITURE_ONLY, no_article_reason
from workbench.page_marks import MARKS_KEY, no_article_marks, read_marks
from workbench.store import SCHEMA_VERSION, Store
from workbench.stories import no_article_text

BOX = (
    "The {} supper society posts its members a card listing the month's gatherings.\n\n"
    "Joining the society costs nothing, and a member may leave whenever they like by "
    "writing to the secretary, who also keeps the register of the gatherings attended.\n\n"
    "The card comes on the first Monday with the menus, the hosts' addresses and the "
    "sketches that members drew at the last gathering."
)
"""A made-up site box in the third person: known as furniture only by its repeats."""

REPORT = (
    "Crews from the harbour board hauled a drifting barge off the shingle at Wenlow Point "
    "on Thursday after its mooring lines parted in the overnight gale.\n\n"
    "The skipper, who was ashore at the time, said the barge carried timber for the "
    "boatyard and that none of its cargo had been lost to the sea.\n\n"
    "The board said the slipway would stay shut until divers had checked its footings, "
    "work it expects to finish by the end of the week."
)
HEADLINES = [f"Gale news {n}: barge, ferry and quay works in Wenlow" for n in range(7)]


def _page(n: int, text: str) -> Input:
    return Input(
        name=f"{n}.txt",
        data=text.format(f"Wenlow {n}").encode(),
        meta={"published": f"2022-{1 + n:02d}-03", "title": HEADLINES[n]},  # months apart
    )


def _read_from_every_text(store: Store) -> dict[int, str]:
    marked = no_article_text(store)
    return {s.id: no_article_reason(s.text) for s in store.sources(sorted(marked))}


def test_the_kept_facts_give_the_marks_read_from_every_text(tmp_path):
    with Store(tmp_path / "f.db") as store:
        seen = []
        for batch in ([_page(0, BOX), _page(1, REPORT), _page(2, BOX)], [_page(3, BOX)]):
            ingest_inputs(store, batch)  # furniture not known yet: too few repeats
            marks, to_keep = no_article_marks(store)
            assert to_keep is None and marks == _read_from_every_text(store)
            seen.append(marks)
        ingest_inputs(store, [_page(4, BOX), _page(5, BOX), _page(6, REPORT)])
        marks, to_keep = no_article_marks(store)  # kept by the ingest
        assert to_keep is None and marks == _read_from_every_text(store)
        assert store.db["page_facts"].count == store.db["sources"].count
        store.db.execute("DELETE FROM meta WHERE key = ?", [MARKS_KEY])
        assert read_marks(store) == (marks, [])  # from the kept facts: no text read
    assert not seen[0] and not seen[1]
    assert sorted(marks.values()) == [FURNITURE_ONLY] * 5  # the five boxes, not the reports


def test_a_schema17_database_takes_the_step_with_every_decision_kept(sample_db_file, tmp_path):
    path = tmp_path / "old.db"
    second, statuses, head, logged = decided_sample(sample_db_file, path)
    with Store(path) as store:
        marks, _to_keep = no_article_marks(store)
        store.db.execute("DROP TABLE page_facts")  # as schema 17 left it
        store.db.execute("DELETE FROM schema_migrations WHERE version = 18")
        store.db.execute("PRAGMA user_version = 17")
        store.db.conn.commit()
    with Store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 18
        assert_log_kept(store, logged, head)
        assert store.statuses() == statuses
        assert store.current_note("claim", second) == "the wire says otherwise"
        assert no_article_marks(store) == (marks, None)  # the marks 17 kept still hold
        assert read_marks(store)[0] == marks  # read anew, from every text: no facts kept
        assert len(read_marks(store)[1]) == store.db["sources"].count
