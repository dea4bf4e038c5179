"""The app's ClaimReview export takes its author organisation and page address where
`workbench export` does (`WORKBENCH_ORG`, `WORKBENCH_BASE_URL`): it ignored them, and a
newsroom that had set them got objects with no `url` and the reviewer as author (walk37).
The file is read as a fact-check feed reads it: JSON-LD, one ClaimReview per claim."""

from __future__ import annotations

import json

from conftest import settle
from notices import heard

from workbench.app import create_app


async def _export_claimreview(app, pilot, name: str) -> None:
    await settle(app, pilot)
    await pilot.press("h")  # changed over time: every claim verified
    await settle(app, pilot)
    await pilot.press("x", "ctrl+u", *name, "enter")  # .json: ClaimReview
    await settle(app, pilot)


async def test_claimreview_from_the_app_names_the_org_and_the_url(review_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_ORG", "Example Checks")
    monkeypatch.setenv("WORKBENCH_BASE_URL", "https://example.org/checks")
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await _export_claimreview(app, pilot, "checks.json")
        assert await heard(pilot, lambda m: m.startswith("Exported 3 "))
    reviews = json.loads((tmp_path / "checks.json").read_text())
    assert len(reviews) == 3
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["author"] == {"@type": "Organization", "name": "Example Checks"}
        assert review["url"] == f"https://example.org/checks#claim-{review['identifier']}"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == "Verified"
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["itemReviewed"]["@type"] == "Claim" and review["claimReviewed"]


async def test_without_them_the_reviewer_is_the_author_and_no_url_is_made_up(
    review_db, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WORKBENCH_ORG", raising=False)
    monkeypatch.delenv("WORKBENCH_BASE_URL", raising=False)
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await _export_claimreview(app, pilot, "checks.json")
    reviews = json.loads((tmp_path / "checks.json").read_text())
    assert reviews and all(r["author"] == {"@type": "Person", "name": "alice"} for r in reviews)
    assert not any("url" in r for r in reviews)


async def test_a_base_url_that_is_no_address_exports_nothing_and_says_so(
    review_db, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_BASE_URL", "example.org/checks")
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await _export_claimreview(app, pilot, "checks.json")
        assert await heard(pilot, lambda m: m.startswith("Not exported") and "http(s)" in m)
    assert not (tmp_path / "checks.json").exists()
