"""The article pane shows the title above the text, with the title's claims highlighted
there like the text's, and the claim detail says a count came from the headline."""

from __future__ import annotations

import json

from conftest import settle

from workbench.app import create_app
from workbench.ingest.api import ingest_paths
from workbench.store import Store

ARTICLES = [
    {
        "title": "3 dead, 2 hurt in Elmira motel shooting - WXYZ",
        "outlet": "WXYZ",
        "published": "2016-05-01",
        "text": "ELMIRA, N.Y. - A gunman opened fire at a motel on Friday night, police "
        "said.\n\nOfficers closed the road for hours.",
    },
    {
        "title": "2 dead after Elmira motel shooting",
        "outlet": "Star-Gazette",
        "published": "2016-05-01",
        "text": "ELMIRA, N.Y. - Two people were killed when a gunman opened fire at a motel "
        "on Friday night, police said.\n\nThe road was closed for hours.",
    },
]


def _db(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    with Store(db) as store:
        ingest_paths(store, [path])
    return db


async def test_the_pane_shows_the_title_with_its_claims_and_the_detail_says_headline(tmp_path):
    app = create_app(str(_db(tmp_path)), "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        pane = next(p for p in screen.panes if p.article and p.article.info.outlet == "WXYZ")
        article = pane.article
        assert article.text.startswith("3 dead, 2 hurt in Elmira motel shooting - WXYZ\n\n")
        assert pane.visible_text.startswith("3 dead, 2 hurt in Elmira motel")  # at the top
        heads = [c for c in article.claims if c.headline]
        # the title's counts, and the people hit they add up to (derived, hit_sums.py)
        assert {c.text for c in heads} == {"3 dead", "2 hurt", "3 dead, 2 hurt"}
        for claim in article.claims:  # every highlight lands on its own words
            assert article.text[claim.start : claim.end] == claim.text
        # The conflict's claim in this pane is the headline's "3 dead", and it is current.
        assert pane.current_claim is not None and pane.current_claim.text == "3 dead"
        screen.show_detail_of(pane.current_claim.id)
        await settle(app, pilot)
        detail = str(screen.query_one("#detail-body").render())
        assert "headline (the article's title)" in detail
        assert "headline 3 dead, 2 hurt in Elmira motel shooting" in detail
        # Stepping on through the pane reaches the text's claims below the title (past
        # the title's other count and the derived sum of the two).
        pane.focus()
        await pilot.press("]", "]", "]")
        await settle(app, pilot)
        assert pane.current_claim is not None and not pane.current_claim.headline
