"""A harm count few reports state but a story's own ("49 killed") joins a late report of
its event, however it is worded and whatever day it tells (`events.own_toll`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events, own_toll
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

MASSACRE = EventFacts("2020-06-12", "orlando", harmed=frozenset({"killed:49", "injured:53"}))


def test_a_toll_is_the_storys_own_when_few_other_articles_state_it():
    mine = EventFacts("2020-06-30", harmed=frozenset({"killed:49", "age:18"}))
    story = [MASSACRE, MASSACRE, EventFacts("2020-06-12")]
    assert own_toll(mine, story, {"killed:49": 4}, 0.34, 2)
    assert not own_toll(mine, story, {}, 0.34, 2)  # no database counted: no one's
    assert not own_toll(mine, story, {"killed:49": 40}, 0.34, 2)  # a common toll
    assert not own_toll(mine, story, {"killed:49": 4}, 0.34, 50)  # below the least
    ages = EventFacts(harmed=frozenset({"age:18"}))
    assert not own_toll(ages, [replace(MASSACRE, harmed=ages.harmed)], {"age:18": 2}, 0.34, 2)
    one = EventFacts(harmed=frozenset({"killed:1"}))
    assert not own_toll(one, [replace(MASSACRE, harmed=one.harmed)], {"killed:1": 2}, 0.34, 2)


class _Counts:
    """What `Events` reads of the database's counts (the store's `harm_counts`)."""

    def __init__(self, rows):
        self.rows = rows

    def harm_counts(self, roles):
        return [row for row in self.rows if row[0] in roles]

    def claims(self, *, source_ids=None):
        return []


def test_the_store_counts_the_articles_stating_a_toll_once_each(store):
    from workbench.models import Claim

    exact = {"low": 49, "high": 49, "exact": True}
    stated = [
        (0, "killed", exact, False),
        (0, "killed", exact, False),  # the headline and the text
        (1, "killed", exact, False),
        (2, "killed", exact, True),  # implicit: no count stated
        (3, "killed", {"low": 49, "high": 60}, False),
        (4, "arrested", exact, False),  # no harm
        (5, "killed", exact | {"tally": True}, False),  # the city's 49th homicide
    ]
    with store.transaction():
        ids = [
            store.add_source(file=f"{n}.txt", raw=b"x", text="x", content_hash=str(n))
            for n in range(6)
        ]
        for at in range(6):
            claims = [
                Claim(
                    f"c{n}",
                    ids[at],
                    "quantity",
                    "49",
                    0,
                    2,
                    "49 killed",
                    value=value,
                    role=role,
                    implicit=implicit,
                )
                for n, (source, role, value, implicit) in enumerate(stated)
                if source == at
            ]
            store.replace_claims(ids[at], claims)
    assert Events(store).toll_users() == {"killed:49": 2}


def test_a_late_report_stating_the_storys_own_toll_joins_it():
    words = ("survivor", "strangers", "saved", "life", "club")
    first = Member(1, 10, 10, "2020-06-12", ("shooting", "club", "gunman", "victims"))
    second = Member(2, 10, 10, "2020-06-13", ("shooting", "club", "vigil", "victims"))
    article = Article(3, "2020-06-30", words)
    vectors = Vectors({t: 2 for t in {*words, *first.terms, *second.terms}}, 200)
    settings = replace(default(), join_toll=0.1, toll_least=2)
    late = EventFacts("2020-06-26", "orlando", harmed=frozenset({"killed:49"}))
    index = MemberIndex([first, second])
    for stating, joined in ((3, 10), (30, None)):  # 30: every week's toll, words decide
        events = Events(_Counts([("killed", 49, stating)]))
        events.known.update({1: MASSACRE, 2: MASSACRE, 3: late})
        assert place(article, index, settings, vectors, events).story_id == joined
    # Placed elsewhere, the same toll is another city's: the words alone decide.
    elsewhere = replace(late, place="tampa")
    events = Events(_Counts([("killed", 49, 3)]))
    events.known.update({1: MASSACRE, 2: MASSACRE, 3: elsewhere})
    assert place(article, index, settings, vectors, events).story_id is None
