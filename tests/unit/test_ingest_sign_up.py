"""A site's sign-up box inside an article goes; the report's own appeals, quotes and third
person mentions of signing up stay (walk37 saw a news site's "Sign Up" box kept)."""

from __future__ import annotations

from workbench.ingest.clean import clean
from workbench.ingest.sign_up import is_sign_up_box


def test_boxes_that_bid_the_reader_sign_up_are_known_by_their_form():
    for para in (
        # a box's title in headline case, its blurb, its button
        "Be First With The Headlines Get Local News And Weather Every Morning. Sign Up",
        "Sign up for our newsletter",
        "Get the day's top stories delivered to your inbox every morning. Subscribe",
        "Join our list to get alerts as news happens, or sign up for a daily digest in your inbox.",
        "You must log in or register to keep reading.",
        "Want stories like this sent to you? Click here to sign up!",
    ):
        assert is_sign_up_box(para), para


def test_the_reports_sentences_stay():
    for para in (
        "If you have information, please call Crime Stoppers at 555-0100.",  # no act on the site
        "Police urged residents to sign up for the county's emergency alerts.",  # told
        "Storm closes the bridge. Sign up for our newsletter.",  # a report's sentence before it
        '"We will find who did this," Register said.',  # a speaker named like a bid
        "Three people were hurt. Click here for the full list of road closures.",
    ):
        assert not is_sign_up_box(para), para


def test_clean_takes_the_box_out_and_says_why():
    text = (
        "Two men were hurt in a fire on Elm Street on Monday, officials said.\n\n"
        "Be First With The Headlines Get Local News Every Morning. Sign Up\n\n"
        "Get the day's top stories delivered to your inbox every morning. Subscribe\n\n"
        "The cause is under investigation, the fire marshal said."
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == [
        "Two men were hurt in a fire on Elm Street on Monday, officials said.",
        "The cause is under investigation, the fire marshal said.",
    ]
    assert [r.reason for r in cleaned.removed] == [
        "the site bidding its reader sign up, subscribe, log in or click (a sign-up box)"
    ] * 2
