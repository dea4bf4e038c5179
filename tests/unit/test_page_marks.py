"""The pages with no article text are kept in the database between runs: the app read
every article's text for them at each opening (1.4 CPU s at 3,370 articles, walk39)."""

from __future__ import annotations

import io
import shutil
import sqlite3

from workbench.ingest.api import ingest_paths
from workbench.ingest.page_form import NOT_ENGLISH, no_article_reason
from workbench.page_marks import MARKS_KEY, keep_marks, no_article_marks
from workbench.store import Store
from workbench.stories import no_article_text

SPANISH = (
    "La policía dijo que tres personas murieron y cinco resultaron heridas en un tiroteo "
    "en la calle Mayor de la ciudad el domingo por la noche, según el alcalde.\n"
).encode()


def _read_from_every_text(store: Store) -> dict[int, str]:
    """The marks as the analysis reads them (`stories.no_article_text`)."""
    marked = no_article_text(store)
    return {s.id: no_article_reason(s.text) for s in store.sources(sorted(marked))}


def test_marks_are_kept_until_the_articles_change(sample_db_file, tmp_path):
    path = tmp_path / "s.db"
    shutil.copy(sample_db_file, path)
    with Store(path) as store:
        store.set_meta(MARKS_KEY, "{}")  # none kept
        marks, stamp = no_article_marks(store)
        assert stamp is not None  # read anew
        keep_marks(store, stamp, marks)
        assert no_article_marks(store) == (marks, None)  # kept
        store.set_meta("analysis_version", "an older one")  # what they were read from moved
        again, stamp = no_article_marks(store)
        assert stamp is not None and again == marks
        keep_marks(store, stamp, again)
        assert no_article_marks(store) == (again, None)


def test_an_ingest_keeps_the_marks_it_ends_with(sample_db_file, tmp_path):
    """The first opening after an ingest read them from every text (walk40)."""
    path = tmp_path / "s.db"
    shutil.copy(sample_db_file, path)
    with Store(path) as store:
        ingest_paths(store, ["-"], stdin=io.BytesIO(SPANISH), published="2019-01-22")
        marks, stamp = no_article_marks(store)
        assert stamp is None and NOT_ENGLISH in marks.values()  # kept, the new page's mark
        assert marks == _read_from_every_text(store)


def test_a_database_that_cannot_be_written_is_left_as_it_is(sample_db_file, tmp_path):
    path = tmp_path / "s.db"
    shutil.copy(sample_db_file, path)
    with Store(path) as store:

        def refused(key: str, value: str) -> None:
            raise sqlite3.OperationalError("attempt to write a readonly database")

        store.db.execute("DELETE FROM meta WHERE key = ?", [MARKS_KEY])  # none kept
        store.db.execute("DELETE FROM page_facts")
        store.set_meta = refused  # as a file mode 0444 refuses (the tests run as root)
        store.keep_page_facts = refused
        marks, stamp = no_article_marks(store)
        keep_marks(store, stamp, marks)  # no error: derived data, not kept
        assert store.get_meta(MARKS_KEY) is None
        assert not store.db["page_facts"].count


def test_a_garbled_kept_value_is_read_anew(sample_db_file, tmp_path):
    path = tmp_path / "s.db"
    shutil.copy(sample_db_file, path)
    with Store(path) as store:
        store.set_meta(MARKS_KEY, "{not json")
        _marks, stamp = no_article_marks(store)
        assert stamp is not None
