"""Who a headline cites: a speaker and a colon at its head or its tail, or a verb of saying
closing it; a label in capitals and the site's own name are no one's."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.claims.headline import sentence_case
from workbench.claims.headline_speakers import headline_speaker
from workbench.ingest.sentences import split_sentences
from workbench.models import Source


def test_a_speaker_and_a_colon_at_the_head_or_the_tail():
    assert headline_speaker("Brindle police: 3 hurt at a fair") == "Brindle police"
    assert headline_speaker("Three hurt at Elmwood fair: Deputies") == "Deputies"
    assert headline_speaker("Three hurt at Elmwood fair: Brindle Sheriff") == "Brindle Sheriff"


def test_a_verb_of_saying_closing_the_headline():
    assert headline_speaker("Two hurt in Elmwood crash, troopers say") == "troopers"
    assert headline_speaker("Man hurt at Elmwood fair, coroner says") == "coroner"
    title = "Two Hurt In Elmwood Crash, Troopers Say"  # Title Case, read in sentence case
    assert headline_speaker(title, (), sentence_case(title)) == "Troopers"
    assert headline_speaker(title) is None


def test_capitals_before_a_colon_are_a_label_unless_an_agencys_initials():
    assert headline_speaker("BXPD: 3 hurt at a fair") == "BXPD"
    assert headline_speaker("QRSO: 3 hurt at a fair") == "QRSO"
    assert headline_speaker("ZIP PD: 3 hurt at a fair") == "ZIP PD"
    assert headline_speaker("LATEST: 3 hurt at a fair") is None


def test_labels_the_site_and_a_headline_of_its_own_voice_cite_no_one():
    assert headline_speaker("WATCH: 3 hurt at a fair") is None
    assert headline_speaker("Three hurt at Elmwood fair: VIDEO") is None
    assert (
        headline_speaker("Three hurt at Elmwood fair: Brindle Gazette", ["brindlegazette"]) is None
    )
    assert headline_speaker("Three hurt at Elmwood fair") is None
    assert headline_speaker("hurt: Deputies") is None  # a tail needs news words before it


def test_a_headline_count_takes_the_speaker_after_its_news():
    text = "The fair closed early on Friday."
    fields = {"file": "a.txt", "content_hash": "h", "published": "2016-05-01"}
    source = Source(id=1, text=text, title="Two hurt at Elmwood fair, troopers say", **fields)
    heads = [c for c in extract_claims(source, split_sentences(text, 1)) if c.headline]
    assert heads and {c.attribution for c in heads} == {"troopers"}


def test_a_saying_verb_inside_the_headline_is_not_read():
    assert headline_speaker("Elmwood fair shooting reported near the gate") is None
    assert headline_speaker("Brindle man denied bail in fair shooting") is None
    assert headline_speaker("Two hurt at Elmwood fair, according to deputies") == "deputies"


def test_a_clause_after_the_colon_is_no_speaker():
    assert headline_speaker("Three hurt at Elmwood fair: It Has Begun") is None


def test_a_page_label_or_an_event_before_a_colon_cites_no_one_in_any_case():
    """walk44: "Update:", "Brindle News:", "The Latest:" label the page; "Elmwood fair
    shooting:" names the event: neither can tell. A teller's head still can."""
    assert headline_speaker("Update: 3 hurt at a fair") is None
    assert headline_speaker("Brindle News: 3 hurt at a fair") is None
    assert headline_speaker("The Latest: 3 hurt at a fair") is None
    assert headline_speaker("Elmwood Fair Shooting: 3 hurt, 1 held") is None
    assert headline_speaker("Elmwood fair stabbings: 3 hurt") is None
    assert headline_speaker("Three hurt at the Elmwood fair: Update") is None
    assert headline_speaker("Brindle News police: 3 hurt at a fair") == "Brindle News police"


def test_after_a_label_s_colon_the_news_is_no_speaker():
    """With the label refused, the words after its colon are the news: "Army Ranger
    Charged" after "... Shooting:" was read as a speaker at the headline's tail."""
    assert headline_speaker("Elmwood Fair Shooting: Brindle Man Charged") is None
    assert headline_speaker("Update: Three hurt at Elmwood fair: Deputies") == "Deputies"


def test_a_place_the_page_names_before_a_colon_cites_no_one():
    """walk45: "Oakland: Four hospitalized ..." read the town as a teller. A name the page
    itself has as a place (its dateline, or after "in", "near", "outside") is where the news
    is, not who tells it; after its colon a teller may still come."""
    title = "Brindleton: 3 hurt at a fair"
    assert headline_speaker(title, text="BRINDLETON -- Three people were hurt.") is None
    assert headline_speaker(title, text="Zorvic, Ohio — Three were hurt in Brindleton.") is None
    assert headline_speaker(title, text="Three were hurt near Brindleton on Friday.") is None
    assert headline_speaker("East Brindleton: 3 hurt", text="BRINDLETON -- Three hurt.") is None
    assert headline_speaker(title, text="Three were hurt, Brindleton said.") == "Brindleton"
    assert headline_speaker(title) == "Brindleton"
    told = "Brindleton: 3 hurt at Elmwood fair: Deputies"
    assert headline_speaker(told, text="BRINDLETON -- Three were hurt.") == "Deputies"
    assert headline_speaker("Brindle police: 3 hurt", text="in Brindle police custody") == (
        "Brindle police"
    )


def test_a_headline_count_after_a_place_s_colon_cites_no_one():
    text = "ZORVIC -- The fair closed early on Friday after two were hurt in Zorvic."
    fields = {"file": "a.txt", "content_hash": "h", "published": "2016-05-01"}
    source = Source(id=1, text=text, title="Zorvic: Two hurt at Elmwood fair", **fields)
    heads = [c for c in extract_claims(source, split_sentences(text, 1)) if c.headline]
    assert heads and {c.attribution for c in heads} == {None}
