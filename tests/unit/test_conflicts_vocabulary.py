"""The synonym knowledge: general news words, and a user file merged on top."""

from __future__ import annotations

import json

import pytest

from workbench import vocabulary
from workbench.vocabulary import VocabularyError, load


@pytest.fixture
def vocab():
    return load()


@pytest.mark.parametrize(
    ("word", "group"),
    [
        ("detained", "detain"),
        ("were arrested", "detain"),
        ("rounded up", "detain"),
        ("held", "detain"),
        ("recognized", "recognise"),
        ("backed", "recognise"),
        ("mutiny", "uprising"),
        ("coup attempt", "uprising"),
        ("died", "kill"),
        ("wounded", "injure"),
        ("evacuated", "evacuate"),
    ],
)
def test_inflected_synonyms_fall_in_their_group(vocab, word, group):
    assert group in vocab.action_classes(word)


def test_unknown_actions_have_no_group(vocab):
    assert vocab.action_classes("put out") == frozenset()
    assert vocab.action_classes(None) == frozenset()


def test_a_longer_phrase_wins_over_its_words(vocab):
    assert vocab.classes_in("Troops opened fire on Friday") == {"attack"}


@pytest.mark.parametrize(
    ("noun", "cls"),
    [
        ("people", "persons"),
        ("men", "persons"),
        ("guardsmen", "persons"),
        ("soldiers", "persons"),
        ("nations", "countries"),
        ("governments", "countries"),
        ("trucks", "vehicles"),
        ("widgets", "widget"),
    ],
)
def test_counted_nouns_have_classes(vocab, noun, cls):
    assert vocab.counted_class(noun) == cls


def test_units_hedges_and_conversion(vocab):
    assert vocab.unit("kilometres") == ("length", 1000.0)
    assert vocab.unit("miles")[0] == "length"
    assert vocab.unit("$") == ("usd", 1.0)
    assert vocab.hedge("Around") == "approximate"
    assert vocab.hedge("more than") == "at_least"
    assert vocab.hedge("up to") == "at_most"


def test_a_user_file_extends_the_groups(tmp_path, monkeypatch):
    extra = tmp_path / "vocabulary.json"
    extra.write_text(
        json.dumps(
            {
                "actions": {
                    "detain": {"words": ["kettle"]},
                    "strike_action": {
                        "noun": "strike",
                        "participle": "striking",
                        "words": ["work to rule"],
                    },
                },
                "counted": {"persons": ["commuters"]},
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv(vocabulary.VOCABULARY_ENV, str(extra))
    vocab = vocabulary.default()
    assert "detain" in vocab.action_classes("kettled")
    assert "detain" in vocab.action_classes("arrested")  # the built-in words stay
    assert vocab.action_classes("worked to rule") == {"strike_action"}
    assert vocab.counted_class("commuters") == "persons"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_a_broken_user_file_is_one_clear_error(tmp_path, content):
    bad = tmp_path / "vocabulary.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(VocabularyError, match="vocabulary"):
        load(bad)


def test_the_builtin_vocabulary_names_no_sample_entity():
    text = json.dumps(vocabulary.builtin_data()).casefold()
    for word in ("cotiza", "petare", "cabello", "guaido", "maduro", "caracas", "venezuela"):
        assert word not in text


def test_the_telling_groups_are_the_uncomparable_ones_and_follow_new_actions():
    vocab = vocabulary.Vocabulary.from_data({"actions": {"say": {"comparable": False}, "kill": {}}})
    assert vocab.telling == frozenset({"say"})
    assert vocab.telling is vocab.telling  # made once
    vocab.actions["announce"] = vocabulary.ActionGroup("announce", "", "", comparable=False)
    assert vocab.telling == frozenset({"say", "announce"})
