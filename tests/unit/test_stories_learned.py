"""The learned join: a logistic model of the rules' evidence, weighed together, joins a
story the rules keep an article out of (`learned.py`), and only then."""

from __future__ import annotations

import math
from dataclasses import replace

from story_builders import MemberIndex

from workbench.stories.event_record import EventFacts
from workbench.stories.events import Events
from workbench.stories.grouping import Article, Member, place
from workbench.stories.learned import FEATURES, features, probability
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors
from workbench.stories.weighing import offer

EARLIER = Member(1, 10, 10, "2020-01-03", ("shooting", "n_ana_ruiz", "porch", "boy"))
LATER = Article(2, "2020-02-20", ("shooting", "n_ana_ruiz", "vigil", "candles"))
"""A vigil's report weeks on, naming the victim: little else in common."""


def _vectors() -> Vectors:
    terms = {t for m in (EARLIER, LATER) for t in m.terms}
    return Vectors({t: 2 for t in terms} | {"shooting": 90}, 200)


def _events() -> Events:
    events = Events(None)
    events.known.update({1: EventFacts("2020-01-03", "elmira"), 2: EventFacts()})
    return events


def test_the_probability_is_the_logistic_of_the_weighted_evidence():
    settings = replace(default(), learned_intercept=-1.0, learned_weights=(("name", 3.0),))
    assert probability({"name": 0.0}, settings) == 1 / (1 + math.exp(1.0))
    assert probability({"name": 1.0}, settings) == 1 / (1 + math.exp(-2.0))


def test_the_features_read_the_offer():
    settings, vectors, events = default(), _vectors(), _events()
    facts = events.of([(1, EARLIER.published), (2, LATER.published)])
    found = offer(LATER, [(0.2, EARLIER)], None, facts, settings)
    values = features(found, LATER.terms, vectors.frequency, settings, events)
    assert set(values) == set(FEATURES) >= {name for name, _w in settings.learned_weights}
    assert values["name"] == 1.0  # "Ana Ruiz", named by these two alone
    assert values["log_gap"] == math.log1p(48) and values["mid"] == 0.0
    assert values["has_day"] == 0.0 and values["same_event"] == 0.0


def test_the_model_joins_only_what_the_rules_keep_out():
    vectors, events, index = _vectors(), _events(), MemberIndex([EARLIER])
    rules = replace(default(), learned_at=2.0, join_far=0.9, join_named=0.9)
    assert place(LATER, index, rules, vectors, events).story_id is None  # the rules: apart
    named = (("name", 10.0),)
    sure = replace(rules, learned_at=0.6, learned_intercept=-5.0, learned_weights=named)
    assert place(LATER, index, sure, vectors, events).story_id == 10
    doubtful = replace(sure, learned_intercept=-12.0)
    assert place(LATER, index, doubtful, vectors, events).story_id is None
