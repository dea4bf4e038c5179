"""Over the claims list the footer names the keys that tag a claim: what that list is for,
and its footer showed none (walk35: "e Note ^z Undo n Next open ..." above 22,485 claims);
over the conflicts the verdicts fill it, and the tags stay in the help and the palette."""

from __future__ import annotations

from conftest import settle
from textual.widgets._footer import FooterKey

from workbench.app import create_app

TAGS = {"tag('verified')", "tag('disputed')", "tag('unresolved')"}


def _footer(app) -> list[FooterKey]:
    return [k for k in app.screen.query(FooterKey) if not k.has_class("-command-palette")]


async def test_the_claims_footer_shows_the_tag_keys_and_the_conflicts_footer_not(review_db):
    for size in ((80, 24), (120, 30), (160, 45)):
        app = create_app(review_db, "alice")
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            assert not TAGS & {k.action for k in _footer(app)}, size
            await pilot.press("c")
            await settle(app, pilot)
            keys = _footer(app)
            assert {k.action for k in keys} >= TAGS, size
            assert "help" in {k.action for k in keys}, size
            assert sum(k.outer_size.width for k in keys) <= size[0] - 13, size
            await pilot.press("v")  # and the key does what it says
            await settle(app, pilot)
            assert "verified" in app.screen.statuses.values(), size


async def test_a_switch_of_lists_makes_its_footer_keys_without_restyling_each(
    review_db, monkeypatch
):
    """A FooterKey is made compact and then bound to the footer's (not compact): each key's
    styles were applied again twice as it mounted, 23 keys at each switch (walk40)."""
    restyled: list[FooterKey] = []
    update = FooterKey.update_node_styles

    def counted(self, *args, **kwargs):
        restyled.append(self)
        return update(self, *args, **kwargs)

    monkeypatch.setattr(FooterKey, "update_node_styles", counted)
    app = create_app(review_db, "alice")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        restyled.clear()
        await pilot.press("c")
        await settle(app, pilot)
        assert {k.action for k in _footer(app)} >= TAGS  # the claims' footer, made again
        assert [k for k in restyled if not k.has_class("-command-palette")] == []
