"""The victims and the accused by name, read from the parse of the claims' sentences, and
the follow-up and the other incident they tell apart."""

from __future__ import annotations

from dataclasses import replace

from story_builders import MemberIndex

from workbench.claims import extract_claims
from workbench.claims.datelines import parsed_text
from workbench.ingest.sentences import split_sentences
from workbench.models import Source
from workbench.parse import parse_all
from workbench.stories.events import EventFacts, Events, facts_of, shared_part
from workbench.stories.grouping import Article, Member, place
from workbench.stories.roles import role_claims, sentence_parses
from workbench.stories.settings import default
from workbench.stories.similarity import Vectors


def _facts(text: str) -> EventFacts:
    source = Source(id=1, file="t", text=text, content_hash="x", published="2020-01-05")
    sentences = [replace(s, id=s.index) for s in split_sentences(text)]
    claims = extract_claims(source, sentences)
    wanted = [c.sentence for c in role_claims(claims)]
    parses = parse_all([parsed_text(s) for s in wanted])
    return facts_of(claims, "2020-01-05", sentence_parses(wanted, parses))


def test_the_name_a_mention_stands_for_and_who_did_it():
    """ "The victim, Ana Ruiz Vela": the apposition names the victim; the subject of the
    verb whose object the victim is, and the passive's agent, name the one who did it;
    a spokesman is neither."""
    told = _facts(
        "The victim, Ana Ruiz Vela, was shot in Kessling on Friday. Police said Carl "
        "Benning shot the man. Chief Mark Olsen spoke."
    )
    assert told.victims == {"ana ruiz vela"} and told.accused == {"carl benning"}
    identified = _facts(
        "Police identified Tom Dorsey as the man who was killed. The man was shot by "
        "Carl Benning, police said."
    )
    assert identified.victims == {"tom dorsey"} and identified.accused == {"carl benning"}


def test_a_name_that_heads_the_mention_is_read_one_that_modifies_it_is_not():
    """ "A Port Aldous man" names a town, not the victim; without a parse nothing is read
    (conflict finding's reading: no parts at all)."""
    text = (
        "Tom Dorsey and Ada Lind were shot on Friday. A Port Aldous man was killed. Rita "
        "Vance was charged with murder."
    )
    assert _facts(text).victims == {"tom dorsey", "ada lind"}
    assert _facts(text).accused == {"rita vance"}
    source = Source(id=1, file="t", text=text, content_hash="x", published="2020-01-05")
    claims = extract_claims(source, [replace(s, id=s.index) for s in split_sentences(text)])
    assert not facts_of(claims, "2020-01-05", {}).victims  # no parse cached
    assert not facts_of(claims, "2020-01-05").victims


def test_a_person_is_shared_only_in_the_same_part():
    victim = EventFacts(victims=frozenset({"tom dorsey"}), people=frozenset({"tom dorsey"}))
    accused = EventFacts(accused=frozenset({"tom dorsey"}), people=frozenset({"tom dorsey"}))
    assert shared_part(victim, [victim]) == {"tom dorsey"}
    assert not shared_part(victim, [accused])  # a namesake as often as the same man


def test_a_plea_months_later_joins_by_the_accused_named_as_accused():
    """A plea's report shares few words with the charge's; both name the mother as the
    one charged. Named as a victim on one side, the name joins nothing by this rule."""
    settings = replace(default(), join_part=0.1, event_days_apart=2, event_apart_below=0.9)
    first = ("shooting", "n_kessling", "wounded", "hospital", "night", "n_ada_lind", "gunfire")
    own = ("pleads", "guilty", "friday", "court", "judge", "yakima")
    frequency = {t: 2 for t in (*first, *own)} | {"n_kessling": 20, "shooting": 10}
    plea = Article(2, "2020-09-14", ("shooting", "n_kessling", "n_ada_lind", *own))
    index = MemberIndex([Member(1, 10, 10, "2020-01-03", first)])
    vectors = Vectors(frequency, 100)
    ada = frozenset({"ada lind"})
    charged = EventFacts("2020-01-03", "kessling", accused=ada)
    pleads = EventFacts("2020-09-14", "kessling", accused=ada)
    events = Events(None)
    events.known.update({1: charged, 2: pleads})
    assert place(plea, index, settings, vectors, events).story_id == 10
    events = Events(None)
    events.known.update({1: charged, 2: replace(pleads, accused=frozenset(), victims=ada)})
    assert place(plea, index, settings, vectors, events).story_id is None


def test_who_carried_or_identified_the_victim_is_no_accused():
    """The agent of a verb of care or of an official's act ("was taken to hospital by",
    "was identified by", "was treated by") is no doer of the harm: a town's carers and
    officials are named in its every event. The agent of the harm's own verb is."""
    carried = _facts(
        "The victim was taken to Kessling General by Dale Rourke on Friday. The man was "
        "treated by Nina Holt. A woman who was shot was identified by Carl Benning."
    )
    assert not carried.accused
    shot = _facts("The man was shot by Carl Benning on Friday, police said.")
    assert shot.accused == {"carl benning"}


def test_an_agency_is_no_person_in_a_part():
    """ "the Kessling Fire Department" in a part names the same body in every event of the
    town, not a person."""
    told = _facts(
        "The man was shot by the Kessling Fire Department on Friday. Ana Ruiz was also shot."
    )
    assert told.accused == set() and told.victims == {"ana ruiz"}
