"""A page telling two or more incidents apart (`round_up`) is read from its text, and it
bridges no article into a story holding reports of one event (`bridges`)."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex, events_known, facts_told

from workbench.stories.events import EventFacts
from workbench.stories.grouping import Article, Member, place
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors

_NIGHT_AND_EVENING = (
    "Police said a 23-year-old man was shot about 1:15 a.m. Sunday in the 1200 block of "
    "Harrison Street. He was taken to a hospital in stable condition. "
    "Shortly after 7:30 p.m. Sunday, officers were called to the 400 block of Green Avenue. "
    "A woman had been wounded in the leg, police said."
)
_ONE_SHOOTING_TWO_STREETS = (
    "Police said a 23-year-old man was shot about 1:15 a.m. Sunday in the 1200 block of "
    "Harrison Street. He ran to the 1300 block of Green Avenue, where officers found him "
    "wounded at 1:25 a.m. He was taken to a hospital in stable condition."
)
_ONE_SHOOTING_RECALLING = (
    "Police said a 23-year-old man was shot about 1:15 a.m. Sunday in the 1200 block of "
    "Harrison Street. It was the second shooting on Green Avenue this month, after a woman "
    "was wounded there on May 2."
)


def test_a_page_telling_two_scenes_hours_apart_is_a_round_up():
    assert facts_told(_NIGHT_AND_EVENING, "2020-05-11").round_up


def test_one_event_at_two_streets_or_recalling_another_is_none():
    """The victim found a street away within minutes; an earlier shooting recalled with
    its day and no hour: one event's report."""
    assert not facts_told(_ONE_SHOOTING_TWO_STREETS, "2020-05-11").round_up
    assert not facts_told(_ONE_SHOOTING_RECALLING, "2020-05-11").round_up


class _StoryIndex(MemberIndex):
    """The members offered by shared terms, and every story's members (the store's
    `story_source_ids`)."""

    def story_source_ids(self, story_id):
        return [m.source_id for m in self.members if m.story_id == story_id]


_REPORT = ("shooting", "n_kessling", "harrison", "night", "wounded", "hospital")
_ROUND_UP = ("shooting", "n_kessling", "harrison", "green", "evening", "woman", "leg", "weekend")
_OTHER = ("shooting", "n_kessling", "green", "evening", "woman", "leg", "neighbours")


def _placed(round_up_only: bool) -> int | None:
    """The story an evening shooting's report joins when its words are a round-up's (3) in
    story 10, beside the night shooting's report (1) or alone."""
    members = [Member(3, 10, 10, "2020-05-11", _ROUND_UP)]
    if not round_up_only:
        members.insert(0, Member(1, 10, 10, "2020-05-11", _REPORT))
    common = {"shooting": 60, "n_kessling": 60}
    vectors = Vectors({t: 3 for t in {*_REPORT, *_ROUND_UP, *_OTHER}} | common, 100)
    told = EventFacts("2020-05-10", "kessling")
    events = events_known({1: told, 2: EventFacts(), 3: replace(told, round_up=True)})
    article = Article(2, "2020-05-11", _OTHER)
    return place(article, _StoryIndex(members), default(), vectors, events).story_id


def test_a_round_up_bridges_no_report_into_another_events_story():
    assert _placed(round_up_only=True) == 10
    assert _placed(round_up_only=False) is None


def test_the_facts_made_ahead_keep_the_round_up_reading():
    """The extraction workers' facts say what grouping's own reading says; facts kept from
    before the reading are made again."""
    import json

    from workbench.claims import extract_claims
    from workbench.ingest.sentences import split_sentences
    from workbench.models import Source
    from workbench.stories.ahead import Ahead, checksum, facts_json

    source = Source(
        id=1, file="a.txt", title="t", text=_NIGHT_AND_EVENING, published="2020-05-11",
        content_hash="h",
    )  # fmt: skip
    sentences = [replace(s, id=s.index) for s in split_sentences(source.text)]
    made = facts_json(extract_claims(source, sentences), source.published)
    facts = Ahead({"h": (checksum(source), "", "", made)}).events(source)
    assert facts is not None and facts.round_up
    older = json.dumps({k: v for k, v in json.loads(made).items() if k != "round_up"})
    assert Ahead({"h": (checksum(source), "", "", older)}).events(source) is None
