"""Cleaning: page furniture out by general rules, every article sentence kept, removals logged."""

from __future__ import annotations

from pathlib import Path

from workbench.ingest.clean import clean, paragraphs_of
from workbench.ingest.decode import decode

SAMPLE = Path(__file__).resolve().parent.parent.parent / "sample_db"


def _sample(prefix: str):
    [path] = SAMPLE.glob(f"{prefix}_*.txt")
    return clean(decode(path.read_bytes()).text)


def test_one_paragraph_per_line_and_blank_line_layouts():
    assert paragraphs_of("First para.\nSecond para.\n") == ["First para.", "Second para."]
    assert paragraphs_of("First para.\n\n\nSecond para.") == ["First para.", "Second para."]


def test_hard_wrapped_text_is_rejoined():
    wrapped = (
        "The committee met on Tuesday to discuss the budget for next\n"
        "year and agreed to cut spending on roads by a tenth, officials\n"
        "said after the meeting ended late in the evening.\n"
        "\n"
        "A second paragraph follows here, and it is also wrapped at a\n"
        "fixed width like the first one was."
    )
    first, second = paragraphs_of(wrapped)
    assert first.startswith("The committee met") and first.endswith("late in the evening.")
    assert "\n" not in first and second.endswith("like the first one was.")


def test_a_sentence_broken_over_two_lines_is_joined():
    assert paragraphs_of("This view was echoed\nby the minister:\nNext line.") == [
        "This view was echoed by the minister:",
        "Next line.",
    ]


def test_banners_footers_and_share_lines_go():
    text = "\n".join(
        [
            "The council approved the plan on Monday.",
            "Share this article",
            "Facebook Twitter WhatsApp Email",
            "It will cost 3 million euros.",
            "This article was originally published in The Example Post.",
            "Orignialy publishd on Example.com",
            "error: Content is protected !!",
        ]
    )
    result = clean(text)
    assert result.paragraphs == [
        "The council approved the plan on Monday.",
        "It will cost 3 million euros.",
    ]
    assert [r.reason for r in result.removed] == [
        "share/follow line",
        "share/follow line",
        "'originally published' footer",
        "'originally published' footer",
        "copy-protection banner or scraper trap",
    ]


def test_article_sentences_that_look_a_bit_like_junk_stay():
    kept = [
        "The report was first published in 2015 and revised twice.",
        "He said he would follow the court's decision.",
        "Photographs of the scene were shared widely on social media.",
        "Comment:",
        "Reuters reported that 12 people were hurt.",
    ]
    assert clean("\n".join(kept)).paragraphs == kept


def test_a_line_led_by_a_close_or_menu_glyph_is_a_button_not_the_article():
    """A scraped dialog's close button and its title, an alert, a menu: none is a sentence
    of the article (the title they repeat is read as the title)."""
    text = "\n".join(
        [
            "× Three hurt in harbour crane collapse",
            "PORTVILLE — Three workers were hurt on Tuesday when a crane fell.",
            "✕ Breaking news alerts",
            "☰ Menu",
            "Police said the crane's cable snapped.",
        ]
    )
    result = clean(text)
    assert result.paragraphs == [
        "PORTVILLE — Three workers were hurt on Tuesday when a crane fell.",
        "Police said the crane's cable snapped.",
    ]
    assert {r.reason for r in result.removed} == {
        "button label (a line led by a close or menu glyph)"
    }
    assert len(result.removed) == 3


def test_glyph_lines_that_are_the_article_stay():
    kept = [
        "+ Three people were taken to hospital.",  # a "+" list of facts
        "x 2 is what the formula doubles.",  # a letter, not a glyph
        "×2 zoom showed the plate.",  # no space: not a button's label
        "- Two men were arrested",  # a dash bullet is a list
        "• Five shots were fired",
        "× " + " ".join(["word"] * 31),  # too long for a button
        "The multiplication sign × sits between the numbers.",
    ]
    assert clean("\n".join(kept)).paragraphs == kept


def test_a_plus_bullet_that_is_no_sentence_stays():
    """A lone "+" may open a related link, but also a list of facts: it is kept."""
    result = clean("Quarterly figures were released.\n+ Revenue up 5% in the quarter")
    assert "+ Revenue up 5% in the quarter" in " ".join(result.paragraphs)
    assert not result.removed


def test_image_credit_lines_and_the_caption_under_them():
    result = clean(
        "© Jane Roe / Example Agency\nJane Roe\nThe storm hit at noon.\n"
        "Harbour, via Wikimedia Commons // CC BY-SA 2.0\nBoats sank."
    )
    assert result.paragraphs == ["The storm hit at noon.", "Boats sank."]
    assert [r.reason for r in result.removed] == ["image credit", "image caption", "image credit"]


def test_credit_glued_to_a_sentence():
    result = clean(
        "The mayor spoke first. Crowds cheered as she left the stage.CreditJohn Doe/Reuters\n"
        "The mayor at the rally last week.CreditJohn Doe/Reuters\n"
        "Later that day the council voted."
    )
    assert result.paragraphs == [
        "The mayor spoke first. Crowds cheered as she left the stage.",
        "Later that day the council voted.",
    ]
    assert [(r.text, r.reason) for r in result.removed] == [
        ("CreditJohn Doe/Reuters", "photo credit"),
        (
            "The mayor at the rally last week.CreditJohn Doe/Reuters",
            "photo caption with its credit",
        ),
    ]


def test_trailing_block_repeating_earlier_captions_goes():
    body = [
        "Opening paragraph about the vote in parliament.",
        "Markets reacted calmly to the news:",
        "Shares rose slightly in early trading on Tuesday.",
        "Critics were quick to respond:",
        "The opposition said the vote was rushed.",
        "Summary: Markets reacted calmly to the news: Critics were quick to respond:",
    ]
    result = clean("\n".join(body))
    assert result.paragraphs == body[:-1]
    assert result.removed[0].reason == "repeats earlier lines (trailing summary)"


def test_a_repeated_quote_in_the_middle_is_not_a_trailing_block():
    # apart, not in a row: a paragraph kept twice in a row is the scraper's double
    body = [
        "Opening paragraph about the vote in parliament.",
        "Markets reacted calmly to the news: Critics were quick to respond:",
        "Shares rose slightly in early trading on Tuesday.",
        "Markets reacted calmly to the news: Critics were quick to respond:",
        "A final new paragraph says something else entirely.",
    ]
    assert clean("\n".join(body)).paragraphs == body


def test_sample_000_loses_only_its_junk():
    result = _sample("000")
    assert [r.reason for r in result.removed] == [
        "photo caption with its credit",
        "'originally published' footer",
        "copy-protection banner or scraper trap",
        "copy-protection banner or scraper trap",
    ]
    assert result.paragraphs[-1].endswith("bedrocks of support for Mr. Maduro’s party.")
    assert len(result.paragraphs) == 24


def test_sample_004_loses_credits_and_the_closing_comment_block():
    result = _sample("004")
    reasons = [r.reason for r in result.removed]
    assert reasons.count("image credit") == 2
    assert reasons[-2:] == ["repeats earlier lines (trailing summary)"] * 2
    assert result.removed[-1].text.startswith("Analyists believe")
    # The section captions themselves are article text and stay.
    assert "Comment:" in result.paragraphs
    assert result.paragraphs[-1].startswith("Altamira neighborhood is located")


def test_samples_without_junk_are_untouched():
    for prefix in ("001", "002"):
        result = _sample(prefix)
        assert result.removed == []


def test_a_link_alone_or_after_a_short_label_goes_and_a_sentence_naming_one_stays():
    text = (
        "Two men were shot on Elm Street on Friday night, police said.\n\n"
        "https://example.com/2016/12/09/4-hurt-in-shooting\n\n"
        "Read or Share this story: http://example.com/2abcXyZ\n\n"
        "Source: www.example.org/report\n\n"
        "The men were taken to a hospital; details are at www.example.org tonight.\n\n"
        "A long lead-in of more than eight words before the link: https://example.com/x"
    )
    cleaned = clean(text)
    assert [r.text for r in cleaned.removed] == [
        "https://example.com/2016/12/09/4-hurt-in-shooting",
        "Read or Share this story: http://example.com/2abcXyZ",
        "Source: www.example.org/report",
    ]
    assert {r.reason for r in cleaned.removed} == {
        "a link line (a bare link, or a short label and a link)"
    }
    assert "details are at www.example.org tonight" in cleaned.text
    assert "A long lead-in" in cleaned.text


def test_a_reporters_contact_line_and_a_related_links_box_go_and_prose_stays():
    text = (
        "Two men were shot on Elm Street on Friday night, police said.\n\n"
        "Related Coverage Man charged with murder after a deadly shooting on Oak Avenue\n\n"
        "Related charges were filed against a third man on Saturday, a spokesman for the "
        "county prosecutor said.\n\n"
        "Anyone with information can email tips@example.gov or call 555-123-4567.\n\n"
        "jdoe@example.com\n\n"
        "— Reporter: 555-383-0376, jdoe@example.com; Twitter: @jdoe"
    )
    cleaned = clean(text)
    assert [(r.text, r.reason.split(" (")[0]) for r in cleaned.removed] == [
        (
            "Related Coverage Man charged with murder after a deadly shooting on Oak Avenue",
            "related links",
        ),
        ("jdoe@example.com", "a contact line"),
        ("— Reporter: 555-383-0376, jdoe@example.com; Twitter: @jdoe", "a contact line"),
    ]
    assert "Related charges were filed" in cleaned.text
    assert "can email tips@example.gov" in cleaned.text


def test_a_contact_line_of_a_profile_link_or_a_phone_alone_goes_and_a_tip_line_stays():
    text = (
        "A woman was shot on Pine Street on Sunday, police said.\n\n"
        "Anyone with information is asked to call Crime Stoppers at 555-123-4567.\n\n"
        "Jane Doe: 303-555-0123, jdoe@example.com or twitter.com/JaneDoe\n\n"
        "Jane Doe • 651-555-0123\n\n"
        "(313) 555-2027"
    )
    cleaned = clean(text)
    assert [r.text for r in cleaned.removed] == [
        "Jane Doe: 303-555-0123, jdoe@example.com or twitter.com/JaneDoe",
        "Jane Doe • 651-555-0123",
        "(313) 555-2027",
    ]
    assert {r.reason.split(" (")[0] for r in cleaned.removed} == {"a contact line"}
    assert "call Crime Stoppers at 555-123-4567" in cleaned.text


def test_sentences_glued_without_a_space_are_spaced_and_addresses_are_left():
    """ "... an accident.Investigators say ..." read as one sentence (walk of gva records
    201-300: 628 such joins in 142 articles of the corpus)."""
    text = (
        "Police said the shooting was an accident.Investigators say two men were shot.\n\n"
        "More at WALB.com and www.Example.Org today.\n\n"
        "It happened at 10 a.m. Saturday."
    )
    paragraphs = clean(text).paragraphs
    assert paragraphs[0] == (
        "Police said the shooting was an accident. Investigators say two men were shot."
    )
    assert paragraphs[1:] == ["More at WALB.com and www.Example.Org today.", text.split("\n\n")[2]]


def test_a_terminals_escape_sequences_and_controls_leave_no_words_behind():
    """Colour codes copied from a terminal kept "[31m" and "[0m" as words once the escape
    character was dropped from view, and "[0m" was read as a count of 0 m."""
    text = (
        "\x1b]0;a window title\x07Police said \x1b[1;31mtwo men\x1b[0m were shot.\x07\n\n"
        "A line\x08 with a backspace and\ta tab."
    )
    assert clean(text).paragraphs == [
        "Police said two men were shot.",
        "A line with a backspace and a tab.",
    ]


def test_a_glued_one_letter_word_a_number_s_stop_and_a_quote_mark_are_spaced():
    """ "... hit in the gunfire.A woman ...", "... call 911.All five ..." and "... gone
    bad."One teen ..." (walk of gva records 1401-1500) were read as one sentence; the
    quote mark goes with the quotation it closes or opens."""
    text = (
        "Two were hit in the gunfire.A woman fled to call 911.All five are in hospital.\n\n"
        'Police called it a "robbery gone bad."One teen died.\n\n'
        'A neighbour wearily observed."They used to call this area quiet," he said.\n\n'
        "He said.“We are moving,” she said.I agree."
    )
    assert clean(text).paragraphs == [
        "Two were hit in the gunfire. A woman fled to call 911. All five are in hospital.",
        'Police called it a "robbery gone bad." One teen died.',
        'A neighbour wearily observed. "They used to call this area quiet," he said.',
        "He said. “We are moving,” she said. I agree.",
    ]
