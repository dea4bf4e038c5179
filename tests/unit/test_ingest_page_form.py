"""Pages that are no article by their form: a counter alone, a page in another language;
a report's line with a count, headlines and English prose are articles."""

from __future__ import annotations

from workbench.ingest.page_form import (
    has_no_article_form,
    is_counter_page,
    is_not_english,
    is_teaser_page,
)


def test_a_counter_alone_is_no_article():
    for page in ("2 of 5 Free Stories read this week", "(1 of 4) Member Pages viewed"):
        assert is_counter_page(page), page
        assert has_no_article_form(page), page


def test_a_line_with_a_count_that_tells_something_is_an_article():
    for page in (
        "2 of 5 victims were hospitalized, police said.",
        "2 of 5 hurt in Dunmore crash\n\nTwo of the five passengers were taken to hospital.",
        "Three of four wounded",  # no counter: a headline
    ):
        assert not is_counter_page(page), page
        assert not has_no_article_form(page), page


def test_a_page_in_another_language_is_no_article():
    for page in (
        "Para ver mais coisas da Rádio Vale no Facebook, entre ou crie uma conta.",
        "Para ver más de la Policía de Vella en Facebook, inicia sesión o crea una cuenta.",
        "Pour voir plus de contenu de la Gazette sur Facebook, connectez-vous ou créez un compte.",
    ):
        assert is_not_english(page), page
        assert has_no_article_form(page), page


def test_english_prose_and_headlines_are_articles():
    for page in (
        "To see more from the Vella Courier on Facebook, log in or create an account.",
        "Shooting reported near Dunmore Market at Quay Row and Hollin Lane\n\n"
        "Marlow High water polo match briefly halted until police secure shooting scene",
        "Police say a man was shot on Monday in Vella.",
        "Jose Luis Garcia Marquez",  # too few words to tell a language
    ):
        assert not is_not_english(page), page


def test_other_stories_teasers_are_no_article():
    """A CBS Local page kept two teasers in place of the report (gva line 1207: "Best
    Places To See Indie Rock In DetroitDetroit has ..."; lines 1406, 2733 alike)."""
    page = (
        "Guide To Vella's 2017 Harbour Parade And Events The annual parade is approaching "
        "and is once again a family event.\n\n"
        "Best Places To Hear Jazz In VellaVella has a plethora of venues to hear jazz."
    )
    assert is_teaser_page(page)
    assert has_no_article_form(page)


def test_a_report_that_opens_with_names_or_a_headline_is_an_article():
    for page in (
        "Vella Police Chief Ann Roe said two men were shot on Monday.",
        "Two Men Shot In Vella On Monday\n\nPolice say two men were shot on Monday.",
        "Best Places To Hear Jazz In Vella Is A Question Of Taste",  # a headline alone
        "Guide To The Harbour Parade The annual parade is on Monday.\n\n"
        "Police said a man was shot near the parade route on Sunday night.",
    ):
        assert not is_teaser_page(page), page


def test_reading_the_other_languages_stop_words_does_not_import_spacy():
    """The app reads every page's form after its first paint (the "no article text"
    marks): importing spaCy for its word lists cost 1-2 CPU s there (10 s at load 20),
    and the first dialog opened waited behind it (walk35)."""
    import subprocess
    import sys

    page = "Para ver más de la Policía de Vella en Facebook, inicia sesión o crea una cuenta."
    code = (
        "import sys; from workbench.ingest.page_form import is_not_english; "
        f"assert is_not_english({page!r}); print('spacy' in sys.modules)"
    )
    assert subprocess.check_output([sys.executable, "-c", code], text=True).strip() == "False"
