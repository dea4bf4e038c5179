"""Page furniture in titles: an outlet's name and slogan, carried by every title of its
pages, say nothing about which event a page reports."""

from __future__ import annotations

from workbench.ingest import Input, ingest_inputs
from workbench.store import Store
from workbench.stories import group
from workbench.stories.features import (
    article_lost,
    from_the_headline,
    story_text,
    title_part_key,
    title_parts,
    title_without_furniture,
)

SUFFIX = " - WXYZ-TV: Port Aldous, News, Weather & Sports"

EVENTS = [
    ("Flooding forces 300 from homes in Marlow Vale", "The Keld River broke its banks."),
    ("Fire at Dunmore Textile Works kills two", "Fire chief Oskar Lindqvist spoke."),
    ("Bridge closed after lorry strikes Tarn Cross span", "Engineers inspected the span."),
    ("Council votes to shut Hollin Lane library", "Readers protested at the meeting."),
    ("Ferry service to Skerra suspended in gales", "Crossings resume when winds drop."),
]


def test_a_titles_parts_are_its_headline_site_and_slogan():
    title = "Man shot on Vela Street - WXYZ.com | Continuous News and Weather"
    assert title_parts(title) == [
        "Man shot on Vela Street",
        "WXYZ.com",
        "Continuous News and Weather",
    ]
    site = {title_part_key("WXYZ.com"), title_part_key("continuous  news AND weather")}
    assert title_without_furniture(title, site) == "Man shot on Vela Street"
    assert title_part_key("Half-time score") == title_part_key("half-time  score")


def test_an_outlets_title_suffix_is_left_out_of_the_matching_text(tmp_path):
    articles = [
        Input(
            name=f"{n}.txt",
            data=f"{headline}. {text}".encode(),
            meta={"published": "2023-06-12", "title": headline + SUFFIX},
        )
        for n, (headline, text) in enumerate(EVENTS)
    ]
    with Store(tmp_path / "furniture.db") as store:
        ingest_inputs(store, articles, analyze=False)
        group(store)
        tokens = [r[0] for r in store.db.execute("SELECT tokens FROM story_documents")]
        stories = {story for story, _thread in store.story_map().values()}
    assert len(tokens) == 5 and not any("wxyz" in t or "slogan" in t for t in tokens)
    assert all("aldous" not in t for t in tokens)
    assert len(stories) == 5


def test_a_widget_opening_the_page_leaves_the_article_under_it_in_the_lead():
    """A video playlist or the day's weather changes daily, so it is not furniture by its
    repeats; the article under it takes up its headline's words and is matched too."""
    title = "Teen wounded in Marlow Vale shooting"
    widget = "1:11 Mayor opens bridge Pause 0:48 Weekend forecast 1:32 Ferry resumes"
    body = "A teen was wounded in a shooting in Marlow Vale on Friday, police said."
    text = f"{widget}\n\n{body}"
    assert from_the_headline(text, title) == body
    assert from_the_headline(body, title) is body  # it opens the page: nothing to skip
    assert from_the_headline(widget, title) is widget  # no paragraph takes it up
    assert "Marlow Vale on Friday" in story_text(1, text, title, None).lead


def test_a_page_whose_text_never_takes_up_its_headline_is_matched_on_the_headline():
    """The scraper kept the page's widgets and lost the article: the playlist's words
    would match other pages' playlists, not the event's reports."""
    title = "Teen wounded in Marlow Vale shooting"
    widget = "1:11 Mayor opens bridge Pause\n\n0:48 Weekend forecast\n\n1:32 Ferry resumes"
    assert article_lost(widget, title)
    assert not article_lost(f"{widget}\n\nA teen was wounded in Marlow Vale.", title)
    assert not article_lost(widget, "Port Aldous Courier")  # a site's name, no headline
    # Another clip's title takes up a headline word: still a playlist, not the article.
    clips = f"{widget}\n\n0:39 Police investigate shooting on Elm Row"
    assert article_lost(clips, title)
    assert not article_lost("2:30 a.m.: a shooting in Marlow Vale left one teen hurt", title)
    found = story_text(1, widget, title, None)
    assert (found.lead, found.names) == ("", ("marlow vale",))
    assert "forecast" not in found.document()


def test_teasers_of_other_stories_a_page_opens_on_are_found_its_repeated_lead_is_not():
    from workbench.stories.features import teaser_spans

    teasers = "A whale in Saltmere.\nThe Carn Fair opens.\n\n"
    text = f"{teasers}{teasers}In Dunmore, Ada Holt said.\n\nMore."
    spans = teaser_spans(text)
    assert [text[a:b] for a, b in spans] == 2 * ["A whale in Saltmere.", "The Carn Fair opens."]
    kept = text.replace("Ada Holt", "the Carn Fair")  # a caption of the article's own
    assert [kept[a:b] for a, b in teaser_spans(kept)] == 2 * ["A whale in Saltmere."]
    assert teaser_spans("The lead.\n\nThe lead.\nIn Dunmore.\n\nMore.") == []
    assert teaser_spans(f"A heading.\n{teasers}{teasers}In Dunmore.") == []


def test_the_teasers_a_page_opens_on_are_no_part_of_its_matching_text():
    teasers = "Tourists in Saltmere found a whale.\nThe Carn Fair opens.\n\n"
    text = f"{teasers}{teasers}Three people were shot in Dunmore, Ada Holt said."
    found = story_text(1, text, "Three shot in Dunmore", "2023-06-12")
    assert "Dunmore" in found.lead and "Saltmere" not in found.lead
    assert "saltmere" not in found.names
