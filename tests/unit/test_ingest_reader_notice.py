"""A page that only talks to its reader, known by its form; reports that address the
reader once, or quote a "you", are not such pages."""

from __future__ import annotations

from workbench.ingest.reader_notice import is_reader_notice_page


def test_boxes_that_talk_to_the_reader_are_known_by_their_form():
    for page in (
        "Already a member?\n\nClick the button below to set up your account or sign in.",
        "Close Get alerts on Jane Roe daily!\n\nYour alert has been saved.\n\n"
        "There was a problem saving your alert.\n\nWhenever she posts, you'll get an email.\n\n"
        "Alerts are only sent once a day, and only if there are new matching items.",
        "Add a place to your posts\n\nWhen you post with a place, the site keeps that place. "
        "You can turn places off before each post.\n\nLearn more",
        "Oops, you haven't picked a newsletter. Please tick one or more and send again.",
        # bidding the reader act on the site, with no "you" (walk27: a social site's wall)
        "To see more from Ana Ruiz on the site, log in or create an account.",
        "Sign up here to get the day's notices by email\n\nSign Up!",
    ):
        assert is_reader_notice_page(page), page


def test_reports_that_address_or_quote_the_reader_are_articles():
    for page in (
        "Two men were shot on Elm Street on Monday night, police said.\n\n"
        "Both were taken to County General in stable condition.\n\n"
        "If you have information, please call Crime Stoppers.",
        "“You never think it will happen here,” said Ann Lee, who lives nearby.\n\n"
        "“Are you hurt?” she asked the driver.\n\nPolice closed the road for three hours.",
        "Police arrested a man after a shooting on Oak Street on Friday.",
        "To reach the porch, officers forced the gate. To date, no one has been charged.",
        "Storm shuts the Tarn bridge. Crews inspect it.\n\nSign up for our newsletter today.",
        "",
    ):
        assert not is_reader_notice_page(page), page
