"""A same-day report the whole database's ranking leaves out is still compared, when it is
as alike as a late report must be (`grouping.near_members`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.grouping import Article, Member, place
from workbench.stories.lookup import days_between
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors


class DaysIndex(MemberIndex):
    """Also offers the members published within some days, as the store's query does."""

    def candidates_near(self, terms, published, days, limit):
        near = [
            m
            for m in self.members
            if set(terms) & set(m.terms) and days_between(m.published, published) <= days
        ]
        return near[:limit]


def _setting():
    # One candidate from the whole database: the older article sharing the rare word.
    return replace(default(), candidates=1, candidates_near=10)


def _vectors(*term_sets):
    frequency = {t: 2 for terms in term_sets for t in terms}
    frequency.update({"mailbox": 2, "critical": 40, "accidental": 40, "shooting": 60})
    return Vectors(frequency, 200)


OLD = Member(1, 10, 10, "2019-03-01", ("mailbox", "parade", "bakery", "tuesday"))
SAME_DAY = Member(
    2, 20, 20, "2020-01-03", ("teen", "critical", "accidental", "shooting", "garage", "rifle")
)
REPORT = Article(
    3,
    "2020-01-03",
    ("teen", "critical", "accidental", "shooting", "garage", "rifle", "mailbox"),
)


def test_a_same_day_report_crowded_out_of_the_candidates_is_compared():
    vectors = _vectors(OLD.terms, SAME_DAY.terms, REPORT.terms)
    placed = place(REPORT, DaysIndex([OLD, SAME_DAY]), _setting(), vectors)
    assert placed.story_id == 20


def test_without_the_days_lookup_it_is_not():
    vectors = _vectors(OLD.terms, SAME_DAY.terms, REPORT.terms)
    placed = place(REPORT, MemberIndex([OLD, SAME_DAY]), _setting(), vectors)
    assert placed.story_id != 20


def test_a_same_day_report_less_alike_than_a_late_report_must_be_is_not_offered():
    """Same-day reports of other incidents told in one template abound: only one as alike
    as `join_mid` is brought in, where the event facts' lower thresholds do not reach."""
    terms = ("critical", "shooting", "teen", "porch", "dog", "fence")
    faint = Member(2, 20, 20, "2020-01-03", terms)
    vectors = _vectors(OLD.terms, faint.terms, REPORT.terms)
    offered = place(REPORT, MemberIndex([faint]), _setting(), vectors)
    assert offered.story_id == 20  # alike enough for the same days, had it been offered
    assert offered.score < default().join_mid
    placed = place(REPORT, DaysIndex([OLD, faint]), _setting(), vectors)
    assert placed.story_id != 20


def test_the_articles_of_some_days_are_those_dated_from_the_first_to_the_last():
    from workbench.stories.ranked import DayIndex

    index = DayIndex({1: "2016-05-01", 2: None, 3: "2016-05-03", 4: "2016-05-04", 5: "2016-05-03"})
    assert index.within("2016-05-02", "2016-05-03") == {3, 5}
    assert index.within("2016-05-01", "2016-05-04") == {1, 3, 4, 5}
    assert index.within("2016-05-05", "2016-05-09") == set()
