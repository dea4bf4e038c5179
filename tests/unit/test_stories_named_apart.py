"""An article naming its victims joins no story holding a report that names other victims
and shares few words with it (`named_apart`), however well it matches the story's other
reports: one city's two shootings bridged by a report naming no one. Off in the packaged
settings (it cost two right pairs for two crossings); these tests set it at 0.1."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex, events_known

from workbench.stories.events import EventFacts
from workbench.stories.grouping import Article, Member, place
from workbench.stories.named_apart import victim_words
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

_NAMED = ("shooting", "n_quelby", "drive", "corvane", "road", "midnight", "dario_venn")
_UNNAMED = ("shooting", "n_quelby", "party", "teens", "blue", "house", "saturday", "guests")
_CHARGE = ("shooting", "n_quelby", "party", "teens", "blue", "house", "charged", "murder")


class _StoryIndex(MemberIndex):
    """The members offered by shared terms, and every story's members (the store's
    `story_source_ids`)."""

    def story_source_ids(self, story_id):
        return [m.source_id for m in self.members if m.story_id == story_id]


def _placed(
    article_victims: frozenset[str], recalled: bool = False, place_of_1: str = "quelby", **rules
) -> int | None:
    """The story a charge's report (2) naming `article_victims` joins: story 10 holds a
    report naming Dario Venn (1, little alike to it) and a report naming no one (3, much
    alike to it; `recalled`: naming Tarin Oske besides), all of one city and day (report 1
    placed at `place_of_1`)."""
    members = [
        Member(1, 10, 10, "2020-05-11", _NAMED),
        Member(3, 10, 10, "2020-05-11", _UNNAMED),
    ]
    common = {"shooting": 60, "n_quelby": 60}
    vectors = Vectors({t: 3 for t in {*_NAMED, *_UNNAMED, *_CHARGE}} | common, 100)
    told = EventFacts("2020-05-10", "quelby")
    events = events_known(
        {
            1: replace(told, place=place_of_1, victims=frozenset({"dario venn"})),
            3: replace(told, victims=frozenset({"tarin oske"} if recalled else ())),
            2: replace(told, victims=article_victims),
        }
    )
    article = Article(2, "2020-05-12", _CHARGE)
    settings = replace(default(), **({"named_apart_below": 0.1} | rules))
    return place(article, _StoryIndex(members), settings, vectors, events).story_id


def test_a_report_naming_other_victims_keeps_a_little_alike_article_out():
    assert _placed(frozenset({"tarin oske"})) is None


def test_the_same_victim_named_in_part_or_no_victim_named_joins():
    assert _placed(frozenset({"venn"})) == 10
    assert _placed(frozenset()) == 10


def test_without_the_rule_the_article_joins_by_the_report_naming_no_one():
    assert _placed(frozenset({"tarin oske"}), named_apart_below=0.0) == 10


def test_a_round_up_names_no_event_s_victims():
    facts = EventFacts(victims=frozenset({"dario venn", "tarin oske"}))
    assert victim_words(facts) == {"dario", "venn", "tarin", "oske"}
    assert victim_words(replace(facts, round_up=True)) == frozenset()


def test_a_report_naming_other_victims_at_another_place_keeps_no_article_out():
    """Two cities' events are told apart by their places already."""
    assert _placed(frozenset({"tarin oske"}), place_of_1="varnow") == 10


def test_a_story_one_of_whose_reports_names_the_article_s_victim_is_its_event():
    """A report recalling an earlier death names both victims: the story is the
    article's victim's event, though another report names the earlier victim only."""
    assert _placed(frozenset({"tarin oske"}), recalled=True) == 10
