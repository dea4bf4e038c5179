"""Grouping's per-article features made by the extraction workers: grouping takes them and
places exactly as it would have made them itself, and never takes a stale one."""

from __future__ import annotations

from workbench.ingest import Input, ingest_inputs
from workbench.store import Store
from workbench.stories import group, source_terms
from workbench.stories.ahead import checksum, features_row
from workbench.stories.features import paragraph_keys

PROMO = "Letters from readers on local matters appear in the paper's Saturday edition."
"""A paragraph repeated on every page but one: furniture by its repetition alone (a sign-up
box would go earlier, by the cleaner's own rule)."""
EVENTS = [
    ("Flooding forces 300 from homes in Marlow Vale", "The Keld River broke its banks."),
    ("Fire at Dunmore Textile Works kills two", "Fire chief Oskar Lindqvist, 52, spoke."),
    ("Bridge closed after lorry strikes Tarn Cross span", "Engineers inspected the span."),
    ("Council votes to shut Hollin Lane library", "Readers protested at the meeting."),
    ("Ferry service to Skerra suspended in gales", "Crossings resume when winds drop."),
    ("Fire at Dunmore Textile Works: two killed", "Oskar Lindqvist, 52, said the blaze spread."),
]


def _inputs(plain: int) -> list[Input]:
    """The events as articles; all but the `plain`-th carry the same promotion."""
    return [
        Input(
            name=f"{n}.txt",
            data=(f"{headline}. {text}" + ("" if n == plain else f"\n\n{PROMO}")).encode(),
            meta={"published": f"2023-06-1{n}", "title": headline},
        )
        for n, (headline, text) in enumerate(EVENTS)
    ]


def _grouped(store: Store) -> tuple[list, list]:
    documents = store.db.execute(
        "SELECT source_id, tokens FROM story_documents ORDER BY source_id"
    ).fetchall()
    placements = store.db.execute(
        "SELECT source_id, story_id, score, how FROM source_stories ORDER BY source_id"
    ).fetchall()
    return documents, placements


def test_a_features_row_is_what_grouping_would_make_of_the_article(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ingest_inputs(store, _inputs(1), analyze=False)
        source = store.sources()[1]
    digest, check, keys, terms, events = features_row(source)
    assert digest == source.content_hash and check == checksum(source)
    assert set(keys.split()) == paragraph_keys(source.text, source.title)
    assert terms.split() == source_terms(source)
    assert events == ""  # no claims given: grouping reads them itself


def test_an_ingest_with_analysis_groups_as_grouping_alone_does(tmp_path, monkeypatch):
    # Five of six articles carry the promotion: it is furniture, so their terms are made
    # again without it; the sixth takes the workers' terms as they are.
    with Store(tmp_path / "alone.db") as store:
        ingest_inputs(store, _inputs(1), analyze=False)
        group(store)
        alone = _grouped(store)
        furniture = store.db.execute(
            "SELECT count(*) FROM story_paragraphs WHERE documents >= 2"
        ).fetchone()[0]
    made = []

    def counted(source, furniture=()):
        made.append(source.id)
        return source_terms(source, furniture)

    monkeypatch.setattr("workbench.stories.source_terms", counted)
    with Store(tmp_path / "ahead.db") as store:
        ingest_inputs(store, _inputs(1))
        ahead = _grouped(store)
        left = store.story_features(s.content_hash for s in store.sources())
    assert furniture == 1  # the promotion
    assert ahead == alone and len(alone[1]) == len(EVENTS)
    assert len(made) == len(EVENTS) - 1  # the plain article's terms were taken as made
    assert left == {}  # what was kept is dropped once read


def test_a_kept_row_made_from_another_text_is_not_used(tmp_path):
    with Store(tmp_path / "stale.db") as store:
        ingest_inputs(store, _inputs(0), analyze=False)
        sources = store.sources()
        store.keep_story_features(
            [(s.content_hash, checksum(s)[::-1], "k", "bogus_term", "") for s in sources]
        )
        group(store)
        tokens = [r[0] for r in store.db.execute("SELECT tokens FROM story_documents")]
    assert len(tokens) == len(EVENTS) and not any("bogus_term" in t for t in tokens)


def test_the_event_facts_made_ahead_are_those_grouping_reads_from_the_store(tmp_path, monkeypatch):
    import workbench.stories as stories
    from workbench.stories.events import facts_of
    from workbench.stories.roles import cached_sentence_parses

    made = {}
    real = stories._count_documents

    def counted(store, source_ids, settings):
        made.update(real(store, source_ids, settings))
        return made

    monkeypatch.setattr(stories, "_count_documents", counted)
    with Store(tmp_path / "facts.db") as store:
        ingest_inputs(store, _inputs(1))
        sources = store.sources()
        read = {}
        for s in sources:
            claims = store.claims(source_ids=[s.id])
            read[s.id] = facts_of(claims, s.published, cached_sentence_parses(claims, store))
    assert made == read and len(made) == len(EVENTS)
    assert any(facts.harmed for facts in made.values())  # "kills two": not all empty
