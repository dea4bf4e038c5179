"""A team on one database: each terminal sees the others' verdicts without `r`, two
different verdicts mark the conflict disagreed (with its own filter), and undo never
touches another reviewer's decision."""

from __future__ import annotations

from conftest import settle
from notices import heard

from workbench.app import create_app
from workbench.store import Store

SIZE = (160, 45)


async def test_two_reviewers_disagree_and_both_see_it(review_db):
    one = create_app(review_db, "alice")
    two = create_app(review_db, "bob")
    async with one.run_test(size=SIZE) as p1, two.run_test(size=SIZE) as p2:
        await settle(one, p1)
        await settle(two, p2)
        assert "bob" in str(two.screen.query_one("#status").render())  # --reviewer shown
        await p1.press("1")  # alice: side 1 right on c-count
        await settle(one, p1)
        await two.screen.poll()  # what the 2-second timer does: no key pressed
        await settle(two, p2)
        head = str(two.screen.query_one("#detail-head").render())
        assert "alice: right: 27 people" in head
        body = str(two.screen.query_one("#detail-body").render())
        assert "alice" in body  # the history of the claim shows alice's decision
        await p2.press("2")  # bob: side 2 right
        await settle(two, p2)
        await one.screen.poll()
        await settle(one, p1)
        for app in (one, two):
            screen = app.screen
            finding = next(r for r in screen.conflicts if r.id == "c-count")
            from workbench.app.queue import finding_state

            assert finding_state(finding, screen.statuses, screen.decisions) == "disagreed"
            assert "1 disagreed" in str(screen.query_one("#status").render())
        await p1.press("f", *["down"] * 5, "enter")  # the "disagreed" filter
        await settle(one, p1)
        assert [r.id for r in one.screen.main_list.rows] == ["c-count"]
        await p1.press("ctrl+z")  # bob decided those claims since: refused, nothing undone
        await settle(one, p1)
        assert await heard(p1, lambda m: "bob has decided it since" in m)
    with Store(review_db) as store:
        standing = sorted((v.reviewer, v.label) for vs in store.verdicts().values() for v in vs)
        assert standing == [("alice", "right: 27 people"), ("bob", "right: two dozen men")]
