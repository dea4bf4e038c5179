"""The box of other stories' teasers a page opens on, each given twice: out of the text."""

from __future__ import annotations

from workbench.ingest.clean import clean
from workbench.ingest.teasers import opening_teasers

TEASER_A = "A man was found dead in a parked car on the east side early Saturday, police said."
TEASER_B = "Council members voted to delay the new budget for the harbour district until March."
HEADLINE_B = "Council delays harbour budget"
BODY = [
    "Two people were hurt when a delivery van struck a bus shelter on Main Street on Monday.",
    "Both were taken to a hospital with injuries that were not life-threatening, officers said.",
    "The driver stayed at the scene and was questioned by officers about the crash that day.",
    "The street was closed for three hours while the shelter was cleared away by city crews.",
]


def test_a_box_of_doubled_teasers_before_the_article_goes():
    paras = [TEASER_A, TEASER_A, TEASER_B, TEASER_B, HEADLINE_B, HEADLINE_B, *BODY]
    assert opening_teasers(paras) == 6
    result = clean("\n\n".join(paras))
    assert result.paragraphs == BODY
    reasons = {r.reason for r in result.removed}
    assert reasons == {"other stories' teasers the page opens on (each given twice)"}


def test_the_article_repeating_its_own_lead_keeps_it():
    # One doubled paragraph is the article's own lead given twice: the double goes, not it.
    paras = [BODY[0], BODY[0], *BODY[1:], "A fifth sentence of the article is told just once here."]
    assert opening_teasers(paras) == 0
    assert clean("\n\n".join(paras)).paragraphs[0] == BODY[0]


def test_a_page_doubled_throughout_is_no_box():
    # Captions of a gallery, each given twice, with no article told once after them.
    paras = [TEASER_A, TEASER_A, TEASER_B, TEASER_B, "Image 4 of 17", BODY[0], BODY[0]]
    assert opening_teasers(paras) == 0


def test_doubles_later_in_the_page_are_no_box():
    paras = [*BODY, TEASER_A, TEASER_A, TEASER_B, TEASER_B]
    assert opening_teasers(paras) == 0


def test_a_box_naming_the_articles_own_names_is_its_coverage_and_stays():
    # The outlet's earlier reports of this event: they name the article's own people.
    own = "An earlier report said the crash near the shelter was seen by Dana Whitfield at noon."
    later = "Witnesses including Dana Whitfield told officers the van had swerved before the crash."
    paras = [TEASER_A, TEASER_A, own, own, *BODY, later]
    assert opening_teasers(paras) == 0
    assert own in clean("\n\n".join(paras)).paragraphs
