"""A page's own furniture (a redirect notice, a title with its time stamps, a video
player's controls) and a text broken at its markup, on invented pages."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import cli
from workbench.ingest.clean import clean, paragraphs_of
from workbench.ingest.furniture import (
    is_copyright_notice,
    is_player_control,
    is_playlist_page,
    is_time_stamp_line,
    redirect_target,
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_a_redirect_notice_is_skipped_as_no_article(tmp_path):
    """A search engine's interstitial held 24 words and a link: it became a story."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"title": "Redirect Notice", "text": "You are being taken elsewhere. This page is '
        "redirecting you to https://news.example/2020/fire-on-elm-street If nothing happens, "
        'follow the link."}\n'
        '{"title": "Fire on Elm Street", "text": "Two people were hurt in a fire on Elm '
        'Street on Monday, the fire department said."}\n',
        encoding="utf-8",
    )
    result = run("ingest", "--db", str(tmp_path / "w.db"), "--skip-bad", "--quiet", str(feed))
    assert result.exit_code == 0
    assert (
        "feed.jsonl:1: skipped: no article text (a redirect page to "
        "https://news.example/2020/fire-on-elm-street)" in result.stderr
    )
    refused = run("ingest", "--db", str(tmp_path / "x.db"), "--quiet", str(feed))
    assert refused.exit_code != 0 and "a redirect page to" in refused.stderr


def test_a_saved_page_holding_only_its_title_is_no_article(tmp_path):
    """A page built by a script, saved before it ran: only its <title> had text, and it was
    stored as a one-sentence article (walk31), where a page without one was refused."""
    bare = tmp_path / "bare.html"
    bare.write_text(
        "<html><head><title>Fire on Elm Street</title><script>load()</script></head>"
        "<body><nav><a href='/'>Home</a></nav><div id='app'></div></body></html>",
        encoding="utf-8",
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Fire on Elm Street</title></head><body><p>Two people were hurt "
        "in a fire on Elm Street on Monday, the fire department said.</p></body></html>",
        encoding="utf-8",
    )
    db = str(tmp_path / "w.db")
    refused = run("ingest", "--db", db, "--quiet", str(bare))
    assert refused.exit_code == 1 and refused.stderr.count("\n") == 1
    assert "bare.html: no article text (the page holds only its title)" in refused.stderr
    both = run("ingest", "--db", db, "--skip-bad", "--quiet", str(bare), str(page))
    assert both.exit_code == 0 and "1 added" in both.output
    assert "bare.html: skipped: no article text (the page holds only its title)" in both.stderr


def test_an_article_that_mentions_a_redirect_and_a_link_stays():
    article = (
        "The council voted on Tuesday to redirect traffic away from the bridge while it is "
        "repaired. " * 5 + "The plan is at https://city.example/plan and takes effect in May."
    )
    assert redirect_target(article) is None
    assert redirect_target("This page has moved to https://a.example and https://b.example") is None


def test_a_title_with_its_time_stamps_is_page_furniture():
    page = (
        "Three hurt in Maple Road crash Posted: Monday, March 2, 2020 9:14 AM EST "
        "Updated: Monday, March 2, 2020 4:02 PM EST\n\n"
        "Three people were hurt when two cars collided on Maple Road on Monday.\n\n"
        "Updated: 03/02/2020 4:02 PM\n\n"
        "Published: Monday, 3/2/2020 - Updated: 2 weeks ago\n\n"
        "Police said the road reopened by noon."
    )
    result = clean(page)
    assert result.paragraphs == [
        "Three people were hurt when two cars collided on Maple Road on Monday.",
        "Police said the road reopened by noon.",
    ]
    assert {r.reason for r in result.removed} == {"time stamps (and the page's title before them)"}


def test_a_sentence_with_a_stamp_word_or_a_dated_caption_stays():
    assert not is_time_stamp_line("His bail was posted on March 18 and he was released.")
    assert not is_time_stamp_line("Two cars collided on Maple Road. (Published Monday, March 2)")
    assert not is_time_stamp_line(
        "Crews cleared the wreck on Maple Road (Published Monday, March 2, 2020)"
    )
    assert not is_time_stamp_line("Updated guidance will follow next week.")


def test_a_video_players_controls_are_furniture():
    for line in ("More videos (2 of 7)", "Link to this video", "UP NEXT", "Autoplay Pause"):
        assert is_player_control(line), line
    for line in ("Photos", "Next, the crowd left.", "More people came to watch the game"):
        assert not is_player_control(line), line
    page = "Two cars collided on Maple Road.\n\nMore videos (2 of 7)\n\nUP NEXT\n\nNo one died."
    assert clean(page).paragraphs == ["Two cars collided on Maple Road.", "No one died."]


def test_a_text_broken_at_its_markup_is_joined_back():
    """A scrape that broke lines around links and bold words: "Police charged" stood apart
    from the names it charged, and a lone comma from its clause."""
    broken = (
        "A fire hurt two people at the Elm Street depot on Monday.\n\n\n"
        "According to Fire Chief Ann Roe\n\n\n,\n\n\n"
        "the fire began in a storeroom.\n\n"
        "If you saw anything\n\n\nabout the fire\n\n\n, call the fire department.\n\n"
        "Police charged\n\n"
        "John Doe, 31, with arson, according to Roe.\n\n"
    )
    assert paragraphs_of(broken) == [
        "A fire hurt two people at the Elm Street depot on Monday.",
        "According to Fire Chief Ann Roe, the fire began in a storeroom.",
        "If you saw anything about the fire, call the fire department.",
        "Police charged John Doe, 31, with arson, according to Roe.",
    ]


def test_subheads_stay_apart_in_a_text_not_broken_at_its_markup():
    text = (
        "A fire hurt two people at the Elm Street depot on Monday.\n\n"
        "Police response\n\n"
        "Officers closed the street for an hour.\n\n"
        "The aftermath\n\n"
        "The depot reopened on Tuesday."
    )
    assert paragraphs_of(text) == [
        "A fire hurt two people at the Elm Street depot on Monday.",
        "Police response",
        "Officers closed the street for an hour.",
        "The aftermath",
        "The depot reopened on Tuesday.",
    ]


def test_a_credit_that_says_who_gave_the_picture_is_no_sentence():
    """ "Photo Courtesy of ... Sheriff's Office" stood alone and became a story's title."""
    page = (
        "A man was arrested on Monday.\n\nPhoto Courtesy of Example County Sheriff's Office\n\n"
        "Image via Example Images.\n\nPhoto by Jane Roe\n\nHe is held without bail."
    )
    result = clean(page)
    assert result.paragraphs == ["A man was arrested on Monday.", "He is held without bail."]
    assert {r.reason for r in result.removed} == {"image credit"}


def test_a_copyright_notice_is_the_sites_footer():
    """ "Copyright 2016 WXYZ. All rights reserved." and "(© 2017 WXYZ)" stood at the end of
    the article in the app's pane, as if a sentence of it."""
    notices = [
        "Copyright 2016 Example Station. All rights reserved.",
        "(© 2017 EXMP)",
        "(Copyright 2015 The Example Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.)",
        "Copyright Example News. All rights reserved.",
        "(TM and © Copyright 2014 Example Radio Inc. and its relevant subsidiaries. EXAMPLE "
        "RADIO and EYE Logo TM and Copyright 2014 Example Broadcasting Inc. Used under license. "
        "All Rights Reserved.)",
    ]
    for notice in notices:
        assert is_copyright_notice(notice), notice
    result = clean("A man was shot on Monday.\n\n" + "\n\n".join(notices))
    assert result.paragraphs == ["A man was shot on Monday."]
    assert {r.reason for r in result.removed} == {"copyright notice"}


def test_a_sentence_beside_a_copyright_mark_keeps_its_paragraph():
    """A paragraph with one sentence of the article in it, or a sentence about a copyright,
    is not a notice."""
    kept = [
        "© Jane Doe, 24, was killed in a shooting Saturday evening. Three others were hurt.",
        "Copyright 2013 Example TV. All rights reserved. The Example Press contributed to this "
        "report.",
        "The company filed a lawsuit over the copyright of the video in 2015.",
        "He said he owned the copyright.",
    ]
    for para in kept:
        assert not is_copyright_notice(para), para


def test_a_credit_closing_a_copyright_notice_stays_and_the_notice_goes():
    """ "(©2013 Example Local Media ... All Rights Reserved. ... Wire services contributed
    to this report.)" stood whole at the end of the article in the app's pane: the credit
    kept the notice (walk of gva records 1001-1100)."""
    page = (
        "A man was shot on Monday.\n\n"
        "(©2013 Example Local Media, a division of Example Radio Inc. All Rights Reserved. "
        "This material may not be published, broadcast, rewritten, or redistributed. Wire "
        "services contributed to this report.)"
    )
    result = clean(page)
    assert result.paragraphs == [
        "A man was shot on Monday.",
        "Wire services contributed to this report.",
    ]
    assert [r.reason for r in result.removed] == ["copyright notice"]
    assert result.removed[0].text.startswith("©2013 Example Local Media")
    # a sentence of the article before the credit keeps the paragraph whole
    kept = (
        "Copyright 2013 Example TV. Two men were shot. The Example Press contributed to this "
        "report."
    )
    assert clean(kept).paragraphs == [kept]


def test_a_paragraph_kept_twice_in_a_row_is_read_once():
    """The scraper's double: "At least 13 people are dead ..." twice in a row gave the
    article two claims of one sentence (walk of gva records 1001-1100). Short lines may
    repeat in a list and stay."""
    para = "At least three people are dead and others wounded after a shooting on Monday."
    result = clean(f"{para}\n\n{para}\n\nPolice said more.\n\nMale\n\nMale")
    assert result.paragraphs == [para, "Police said more.", "Male", "Male"]
    assert [r.reason for r in result.removed] == [
        "a repeat of the paragraph before it (the scraper's double)"
    ]
    apart = f"{para}\n\nPolice said more.\n\n{para}"  # not in a row: not the scraper's double
    assert clean(apart).paragraphs == [para, "Police said more.", para]


PLAYLIST = (
    "1:19 Sheriff gives update on the county fair Pause\n\n"
    "2:51 Gov. Jane Roe signs the budget\n\n"
    "0:50 Who won the spelling bee?"
)


def test_a_page_that_is_a_video_playlist_only_kept_no_article_text():
    """Walk of gva records 2401-2700: 21 of 302 pages were other stories' video titles and
    lengths, their article lost, and nothing said so."""
    assert is_playlist_page(PLAYLIST)
    assert is_playlist_page("Bridge reopens after repairs\n\n1:49")
    assert is_playlist_page("0:08\n\nDrone video of the flooded valley")
    # One title may stand beside its length on the page of an article: the article stays.
    assert not is_playlist_page("0:08\n\nA man was shot on Monday in Vella, police said.")
    assert not is_playlist_page(PLAYLIST + "\n\nThe fair opened on Friday, the sheriff said.")


def test_a_log_of_clock_times_is_no_playlist():
    log = (
        "10:43 p.m.: A man opened fire in the theater, police said\n\n"
        "11:02 PM Police confirmed two dead\n\n"
        "9:48 in reference to a domestic dispute"
    )
    assert not is_playlist_page(log)


def test_a_call_to_download_a_stations_app_is_a_share_line():
    """ "Download the newsnet5 app:" stood in the article's text (walk of gva records
    1001-1100): only "Download the app" / "our app" was known, not an app with its name."""
    calls = [
        "Download the Example 5 app:",
        "Download the EXMP News app: iPhone | Android",
        "DOWNLOAD: example5 app for Apple or Android",
        "Download our free mobile apps for breaking news and weather",
    ]
    _only_the_calls_go(calls, ["Download speeds fell in the county after the storm, officials."])


def _only_the_calls_go(calls: list[str], prose: list[str]) -> None:
    result = clean("\n\n".join(["A man was shot on Monday.", *calls, *prose]))
    assert result.paragraphs == ["A man was shot on Monday.", *prose]
    assert {r.reason for r in result.removed} == {"share/follow line"}


def test_a_stations_call_to_stay_with_it_is_a_share_line():
    """ "Stay with 7 Action News and WXYZ.com for updates." stood in the article's text
    (walk of gva records 1201-1300), the station's number a figure to read; a sentence
    that starts alike but names no one, or is someone's words, stays."""
    calls = [
        "Stay with Example 7 News and EXMP.com for updates.",
        "STAY WITH EXMP.COM FOR UPDATES.",
        "Stay tuned to Channel 4 for more information.",
        "Stay with us for updates to this story.",
        "Stay with EXMP and watch Channel 2 News for updates as we work to learn more about "
        "the conditions of those hurt and any arrests.",
    ]
    prose = [
        "Stay with the children, the officer told the woman before the ambulance came.",
        '"Stay with Mom," the boy was told before two men opened fire.',
    ]
    _only_the_calls_go(calls, prose)


def test_a_stations_buttons_to_report_an_error_or_send_a_tip_are_share_lines():
    """ "Report an Error or Submit a Tip to NBC12" stood in the article's text (walk of gva
    records 1201-1300); a sentence that reports an error in the story stays."""
    calls = [
        "Report an Error or Submit a Tip to EXMP 12",
        "Report an Error | Submit a Tip to EXMP 48",
        "Report a typo",
        "Submit a news tip",
    ]
    prose = "Reporting errors in the first police statement were corrected on Tuesday."
    result = clean("\n\n".join(["A man was shot on Monday.", *calls, prose]))
    assert result.paragraphs == ["A man was shot on Monday.", prose]
    assert {r.reason for r in result.removed} == {"share/follow line"}
