"""Cleaning: what closes a page (other stories' links) and the page's own stamps and buttons."""

from __future__ import annotations

from workbench.ingest.clean import clean

_BODY = (
    "Four men were shot outside a concert venue early Saturday, the sheriff said.\n"
    "The suspects remain at large, authorities said.\n"
)


def test_a_closing_label_and_other_stories_headlines_go_and_the_byline_stays():
    text = _BODY + (
        "ALSO:\n"
        "Boy, 13, was shot seven times by a county deputy, report finds\n"
        "Whittier police hunt for girl believed to have escaped kidnapper\n"
        "-- Ann M. Simmons\n"
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == [*_BODY.split("\n")[:2], "-- Ann M. Simmons"]
    assert {r.reason for r in cleaned.removed} == {
        "other stories' links closing the page (a label and headlines)"
    }
    assert len(cleaned.removed) == 3


def test_closing_labels_with_nothing_after_them_go():
    cleaned = clean(_BODY + "MORE COVERAGE ON EXAMPLE.COM:\n")
    assert cleaned.paragraphs == _BODY.split("\n")[:2]
    cleaned = clean(_BODY + "Latest News:\nTop Trending:\n")
    assert cleaned.paragraphs == _BODY.split("\n")[:2]


def test_a_label_over_one_line_or_over_records_or_sentences_stays():
    one_line = _BODY + "Suspect Description:\nThree black males wearing dark clothing and masks\n"
    assert clean(one_line).paragraphs[-1] == "Three black males wearing dark clothing and masks"
    records = _BODY + (
        "Victims conditions:\n"
        "Sex: M Race: B Age: 27 Condition: Deceased\n"
        "Sex: F Race: B Age: 19 Condition: Stable\n"
    )
    assert len(clean(records).paragraphs) == 5
    sentences = _BODY + "Update:\nA third man died at the hospital.\nHe was 22.\n"
    assert len(clean(sentences).paragraphs) == 5


def test_a_label_in_the_middle_of_the_article_stays():
    text = "Trending stories:\n" + _BODY
    assert clean(text).paragraphs[0] == "Trending stories:"


def test_a_bare_date_with_its_clock_time_goes_and_a_time_or_a_date_alone_stays():
    for stamp in ("January 22, 2013 2:44 PM", "June 24, 2014 at 10:19 PM", "4/7/2013 1:53:00 AM"):
        cleaned = clean(stamp + "\n" + _BODY)
        assert cleaned.paragraphs == _BODY.split("\n")[:2], stamp
    for heading in ("5:15 a.m.", "January 9, 2015", "Jan. 9 at 5 p.m. the shooting began."):
        assert clean(heading + "\n" + _BODY).paragraphs[0] == heading


_LEAD = "Four people were shot outside a housing complex in Newark Tuesday night, police said."


def test_a_captions_copy_of_a_paragraph_goes_and_the_paragraph_stays():
    caption = _LEAD + " Jane Roe reports. (Published Tuesday, Sep 15, 2015)"
    cleaned = clean(caption + "\n" + _LEAD + "\n" + _BODY)
    assert cleaned.paragraphs[0] == _LEAD
    assert [r.text for r in cleaned.removed] == [caption]


def test_a_bare_lead_beside_its_copy_with_a_dateline_goes_and_the_dateline_stays():
    dated = "NEWARK, N.J. (WXYZ) - " + _LEAD
    cleaned = clean(_LEAD + "\n" + dated + "\n" + _BODY)
    assert cleaned.paragraphs[0] == dated
    assert [r.text for r in cleaned.removed] == [_LEAD]


def test_neighbours_sharing_less_than_a_whole_paragraph_or_adding_much_both_stay():
    shorter = "Four people were shot outside a housing complex in Newark."
    assert len(clean(shorter + "\n" + _LEAD + "\n").paragraphs) == 2
    longer = _LEAD + " " + " ".join(["Officers searched the area for hours afterwards."] * 3)
    assert len(clean(_LEAD + "\n" + longer + "\n").paragraphs) == 2


def test_a_players_skip_ad_button_goes():
    cleaned = clean("Slideshow\nSkip Ad\n" + _BODY)
    assert "Skip Ad" not in cleaned.paragraphs
