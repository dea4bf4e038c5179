"""The gate before `event_kind._told_at` (speed only): it passes every token a reading could
find a kind at, so every sentence tells the same kinds with it as with every token read,
each reading's shape included; most tokens are passed over. On the whole corpus the same
held for all 3,582 sources (bench/notes/speed.md, walk33)."""

from __future__ import annotations

import pytest

from workbench.claims.roles import default as default_roles
from workbench.parse import parse_all
from workbench.stories.event_kind import kinds_told
from workbench.stories.kind_gate import KindGate
from workbench.stories.kind_tables import kind_gate
from workbench.stories.settings import default

SENTENCES = [
    "Two men were shot on Friday near the depot.",  # a predicate borne by persons
    "A gunman stabbed a teenager outside the arcade.",
    "Officers arrested three protesters.",
    "The woman died at the scene.",
    "A man was shot and killed late Sunday.",  # the clause's patient
    "Police are investigating a shooting on Elm Street.",  # a noun as an argument
    "The explosion happened shortly after noon.",
    "Two killed in plane crash near the airport.",  # a phrase of two words
    "Teen hurt in shoot-out at the mall.",  # a hyphenated word
    "Boy, 5, shoots friend with father's gun.",  # a verb's "-s" read as a noun
    "A juvenile dies after the crash.",
    "6 shot at a party in the park.",  # a counted participle
    "Suspect in custody after shots fired at deputies",  # an act aimed with a thing
    "A man fired shots at officers during the chase.",
    "A man opened fire on officers during a traffic stop.",
    "A gunfight broke out on Main Street.",  # a means run together with a happening
    "Two men were hurt in a knife fight outside the pub.",  # a means modifying one
    "The film was shot on location in the valley last spring.",  # nothing told
    "The fire department sent a ladder truck to the parade.",
]


@pytest.fixture(scope="module")
def parses():
    read = parse_all(SENTENCES)
    return [read[s] for s in SENTENCES]


def test_every_sentence_tells_the_same_with_the_gate_as_with_every_token_read(parses, monkeypatch):
    kinds = default().event_kinds
    gated = [kinds_told([p], kinds) for p in parses]
    monkeypatch.setattr(KindGate, "passes", lambda self, p, k: True)
    assert gated == [kinds_told([p], kinds) for p in parses]
    # every shape above tells its kind; the last two tell none
    assert sum(1 for found in gated if found) == len(SENTENCES) - 2


def test_most_tokens_are_passed_over(parses):
    from workbench.claims.parsed import repaired_parse

    roles = default_roles()
    gate = kind_gate(default().event_kinds, roles)
    repaired = [repaired_parse(p, roles) for p in parses]
    tokens = [(p, k) for p in repaired for k in range(len(p))]
    passed = sum(1 for p, k in tokens if gate.passes(p, k))
    assert passed < len(tokens) / 3
