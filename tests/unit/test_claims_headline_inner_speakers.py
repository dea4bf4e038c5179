"""Who a headline cites, two shapes more (walk43): a closing phrase after a colon spaced on
both sides is the site's section or name, no speaker; and a saying in the present tense at
the headline's root names whom its count is cited to ("Man says he shot two ...")."""

from __future__ import annotations

import pytest

from workbench.claims import extract_claims
from workbench.claims.headline_speakers import headline_speaker
from workbench.ingest.sentences import split_sentences
from workbench.models import Source

TEXT = "The fair closed early on Friday."


def _headline_speakers(title: str) -> set[str | None]:
    fields = {"file": "a.txt", "content_hash": "h", "published": "2016-05-01"}
    source = Source(id=1, text=TEXT, title=title, **fields)
    heads = [c for c in extract_claims(source, split_sentences(TEXT, 1)) if c.headline]
    assert heads, title
    return {c.attribution for c in heads}


def test_a_spaced_colon_sets_off_the_sites_section_not_a_speaker():
    assert headline_speaker("Three hurt at Elmwood fair : Brindle Digest") is None
    assert headline_speaker("Three hurt at Elmwood fair : Deputies") is None
    assert headline_speaker("Three hurt at Elmwood fair: Deputies") == "Deputies"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Brindle deputies say 3 people found shot near Elmwood fair", "Brindle deputies"),
        # the article put back before "man" is not the title's: its own letters are cited
        ("Man says he shot 2 friends at Elmwood fair", "Man"),
        ("Coroner confirms 3 dead at Elmwood fair", "Coroner"),
    ],
)
def test_a_present_saying_at_the_root_cites_its_subject(title, speaker):
    assert _headline_speakers(title) == {speaker}


@pytest.mark.parametrize(
    "title",
    [
        "3 hurt in Elmwood fair shooting reported by deputies",  # a participle: a passive
        "He says 2 friends were shot at Elmwood fair",  # a pronoun names no one here
        "Three shot at Elmwood fair after dispute",  # no saying at all
    ],
)
def test_no_present_saying_at_the_root_no_speaker(title):
    assert _headline_speakers(title) == {None}


def test_a_count_in_the_speakers_own_words_is_the_pages():
    """The count sits in the relative clause that names who speaks: the page describes the
    speaker with it, the speaker says something else (walk42's "citing The owner of ...")."""
    text = (
        "The keeper of a Brindle tavern where four people were hurt on Friday says nothing "
        "like it has happened there before."
    )
    fields = {"file": "a.txt", "content_hash": "h", "published": "2016-05-01"}
    source = Source(id=1, text=text, title=None, **fields)
    counts = [c for c in extract_claims(source, split_sentences(text, 1)) if c.kind == "quantity"]
    assert counts and {c.attribution for c in counts} == {None}
