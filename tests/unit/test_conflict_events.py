"""Reports whose texts date or place their events apart are never compared, even in one
story (a grouping joined two shootings of one city a week apart: on the whole real corpus
such pairs were most of the conflicts pairing two incidents); round-ups are in
test_conflict_round_ups.py."""

from __future__ import annotations

from dataclasses import replace

from figure_builders import count, source
from figure_builders import event_facts as _facts

from workbench.findings.conflicts import find_findings
from workbench.findings.event_facts import EventCheck, apart, off_event
from workbench.findings.figure_findings import story_figures
from workbench.findings.screening import elsewhere, misread, none_of_those_events
from workbench.models import Claim
from workbench.stories.events import EventFacts
from workbench.vocabulary import load

VOCAB = load()


def _day(sid: int, text: str, day: str, sentence: str, sentence_id: int | None = None) -> Claim:
    claim = count(sid, "killed", 0, text, sentence=sentence)
    return replace(
        claim,
        kind="date",
        role=None,
        counted=None,
        sentence_id=sentence_id,
        value={"start": day, "end": day, "granularity": "day", "resolved": True},
    )


def test_days_more_than_a_week_apart_that_neither_text_recalls_are_two_events():
    assert apart(_facts("2015-06-20"), _facts("2015-06-28")).day
    assert not apart(_facts("2015-06-20"), _facts("2015-06-25")).day  # a sequel's own day
    recalled = _facts("2015-06-28", dated=["2015-06-20", "2015-06-28"])
    assert not apart(_facts("2015-06-20"), recalled)  # a follow-up names its event's day
    assert not apart(_facts("2015-06-20"), _facts())  # one text dates nothing


def test_places_neither_text_names_on_days_apart_are_two_events():
    dexter = _facts("2015-06-20", "dexter", named=["dexter", "detroit"])
    wilshire = _facts("2015-06-22", "wilshire", named=["wilshire", "detroit"])
    assert apart(dexter, wilshire).place
    # One day: the place may be what the two reports dispute (Cotiza or Petare).
    assert not apart(dexter, replace(wilshire, day="2015-06-20"))
    assert not apart(dexter, replace(wilshire, day=None))
    assert not apart(dexter, _facts("2015-06-22", "detroit"))  # the city of its quarter
    assert not apart(_facts("2015-06-20", "sacramento"), _facts("2015-06-22", "south sacramento"))


def test_days_alone_never_part_two_dates():
    check = EventCheck({1: _facts("2015-06-20", "dexter"), 2: _facts("2015-06-28", "dexter")})
    days = [_day(1, "Saturday", "2015-06-20", "It happened Saturday.")]
    days.append(_day(2, "Sunday", "2015-06-28", "It happened Sunday."))
    assert not check.claims(*days)  # the days are what the two dispute
    figures = [count(1, "killed", 7, "seven"), count(2, "killed", 1, "one")]
    assert check.claims(*figures)


def test_figures_of_one_story_whose_texts_date_two_events_are_not_compared():
    sources = [source(1, "2015-06-21"), source(2, "2015-06-28")]
    first = "One person was killed on Saturday."
    later = "Two people were killed on Sunday."
    claims = [
        count(1, "killed", 1, "One person", sentence=first),
        _day(1, "Saturday", "2015-06-20", first),
        count(2, "killed", 2, "Two people", sentence=later),
        _day(2, "Sunday", "2015-06-28", later),
    ]
    stories = {1: (1, 1), 2: (1, 1)}
    assert find_findings(claims, sources, stories=stories)[0] == []
    # The later report recalls the first one's day: one event, updated.
    recall = "It followed the shooting of Saturday, June 20."
    claims.append(_day(2, "June 20", "2015-06-20", recall, sentence_id=1))
    conflicts, _ = find_findings(claims, sources, stories=stories)
    assert [c.relation for c in conflicts] == ["update"]


def test_sharing_only_the_town_both_place_their_events_in_tells_no_one_event():
    """Two shootings of one night in one town, in one story: the town (and its police) is
    all their names share, so their arrests are not set against each other; a street they
    share makes them one event again."""
    sources = [source(1), source(2)]
    claims = [count(1, "arrested", 0, "No arrests"), count(2, "arrested", 1, "A man")]
    school = frozenset({"shreveport", "southwood high school", "union avenue", "earl street"})
    market = frozenset({"shreveport police", "hearne avenue", "county market", "penny street"})
    day = "2017-01-29"
    events = EventCheck({1: _facts(day, "shreveport"), 2: _facts(day, "shreveport")})
    stories = {1: (1, 1), 2: (1, 1)}

    def one_event(names):
        found = story_figures(claims, sources, VOCAB, stories, names, False, events)
        a, b = sorted(found.figures, key=lambda f: f.source)
        return found.one_event(a, b)

    assert not one_event({1: school, 2: market})
    assert one_event({1: school | {"hearne avenue"}, 2: market})
    # Placed in two towns: a name of either is evidence as any other.
    events = EventCheck({1: _facts(day, "shreveport"), 2: _facts(day, "bossier city")})
    assert one_event({1: school, 2: market})


def test_a_term_of_a_slashed_pair_is_no_count():
    """ "Image 1 / 14 Back to Gallery": the 14 of a gallery's furniture is no count of
    people backing anyone."""
    text = "Boy, 8, dies in shooting 1 / 14 Back to Gallery and 3 people were hurt."
    src = source(1, text=text)
    at = text.index("14 Back")
    gallery = replace(count(1, "recognising", 14, "14 Back"), start=at, end=at + 7)
    at = text.index("3 people")
    hurt = replace(count(1, "injured", 3, "3 people"), start=at, end=at + 8)
    assert misread(gallery, src, {})
    assert not misread(hurt, src, {})
    first = replace(
        count(1, "recognising", 1, "1"), start=text.index("1 /"), end=text.index("1 /") + 1
    )
    assert misread(first, src, {})


def test_the_end_of_a_counted_through_sequence_is_no_count():
    """ "Image 2 of 9 ... Image 3 of 9": a gallery's positions, page furniture, never a count
    of people ("9 Caption" against another page's "44 Caption"); one "3 of 9 victims" stays
    a count."""
    text = "Image 2 of 9 Caption A man was shot. Image 3 of 9 Two women were hurt. 3 of 7 victims."

    def at(words: str, role: str, value: int) -> Claim:
        start = text.index(words)
        return replace(count(1, role, value, words), start=start, end=start + len(words))

    src = source(1, text=text)
    assert misread(at("9 Caption", "hit", 9), src, {})
    assert not misread(at("7 victims", "hit", 7), src, {})


def test_a_cue_in_whom_a_count_cites_is_no_other_event():
    """ "according to a previous report": who told it; "in a previous shooting": of what."""
    told = "Her mother and a friend suffered minor injuries, according to a previous report."
    cited = replace(
        count(1, "injured", 2, "Her mother and a friend", sentence=told),
        attribution="a previous report",
    )
    assert not elsewhere(cited, VOCAB)
    other = "Two men were hurt in a previous shooting on the block, police said."
    assert elsewhere(count(1, "injured", 2, "Two men", sentence=other), VOCAB)


def test_lone_victims_years_apart_a_day_apart_are_two_events():
    """A boy of 16 killed one day and a man of 38 the next: two people, two events. Alone
    neither parts them (midnight; another victim of one shooting told in the singular),
    nor ages within two years (the age may be what they dispute), nor a text telling of
    several victims."""

    def facts(day, *harmed):
        return replace(_facts(day, "chicago"), harmed=frozenset(harmed))

    boy, man = facts("2016-06-03", "age:16"), facts("2016-06-04", "age:38")
    assert apart(boy, man).victim
    assert not apart(boy, replace(man, day="2016-06-03"))
    assert not apart(boy, facts("2016-06-04", "age:17"))
    assert not apart(boy, facts("2016-06-04", "age:38", "hit:2"))
    assert not apart(boy, facts("2016-06-09", "age:38")).victim  # a sequel's days
    check = EventCheck({1: boy, 2: man})
    days = [_day(1, "Friday", "2016-06-03", "It happened Friday.")]
    days.append(_day(2, "Saturday", "2016-06-04", "It happened Saturday."))
    assert check.claims(*days)  # two victims' days are no dispute


def test_people_hurt_read_as_none_dead_need_two_facts_shared_and_one_scene_is_one():
    """A girl left in critical condition on Wednesday, a girl dead by Friday: the two
    reports share only their town's name, but both place the shooting in that town on that
    Wednesday, which counts as a second fact; two quarters of one city the same afternoon
    (or one place told on days apart) do not."""
    sources = [source(1, "2016-08-24"), source(2, "2016-08-28")]
    claims = [
        count(1, "injured", 1, "a little girl", implicit=True),
        count(2, "killed", 1, "She", implicit=True),
    ]
    names = {1: frozenset({"camden", "cbs"}), 2: frozenset({"camden", "crime commission"})}
    day = "2016-08-24"

    def one_event(facts):
        found = story_figures(
            claims, sources, VOCAB, {1: (1, 1), 2: (1, 1)}, names, False, EventCheck(facts)
        )
        hurt, dead = sorted(found.figures, key=lambda f: f.source)
        return found.one_event(replace(hurt, role="killed", implied_from="injured"), dead)

    assert one_event({1: _facts(day, "camden"), 2: _facts(day, "camden")})
    assert one_event({1: _facts(day, "camden"), 2: _facts(day, "south camden")})
    assert not one_event({1: _facts(day, "lawndale"), 2: _facts(day, "brighton")})
    assert not one_event({1: _facts(day, "camden"), 2: _facts("2016-08-26", "camden")})
    assert not one_event({1: _facts(None, "camden"), 2: _facts(day, "camden")})


def test_reports_sharing_no_name_but_a_street_on_one_day_tell_one_event():
    """Two reports of one shooting that name different people, but both name one street
    and tell one day, count one event; the town alone, or another day, does not."""
    sources = [source(1, "2016-08-24"), source(2, "2016-08-24")]
    claims = [count(1, "killed", 1, "1 dead"), count(2, "killed", 2, "two men")]
    one = frozenset({"camden", "ann baker", "southwood high school", "union avenue"})
    two = frozenset({"camden police", "tom hale", "county market", "penny street"})
    names = {1: one, 2: two}
    day, town = "2016-08-23", ["camden"]

    def one_event(facts):
        found = story_figures(
            claims, sources, VOCAB, {1: (1, 1), 2: (1, 1)}, names, False, EventCheck(facts)
        )
        killed = [f for f in found.figures if f.role == "killed"]
        return found.one_event(*sorted(killed, key=lambda f: f.source))

    elm = ["camden", "elm street"]
    assert one_event({1: _facts(day, "camden", named=elm), 2: _facts(day, "camden", named=elm)})
    assert not one_event({1: _facts(day, "camden", named=town), 2: _facts(day, "camden")})
    later = _facts("2016-08-25", "camden", named=elm)
    assert not one_event({1: _facts(day, "camden", named=elm), 2: later})


def test_a_later_day_in_a_text_that_tells_the_others_event_day_too_disputes_no_day():
    """A vigil's day ("Wednesday evening") in a text that also tells the shooting's day
    the other text gives ("Tuesday's violent scene"), its own event day read from the
    sequel (the app walk's records 15 and 16): no rival to "Tuesday evening". Each text's
    own day still disputes when the other text does not tell it, or tells it as later."""

    def day(text: str, told: str) -> Claim:
        value = {"start": told, "end": told, "granularity": "day", "resolved": True}
        return Claim("d", 1, "date", text, 0, len(text), text, value=value)

    shooting = EventFacts(day="2016-08-09", dated=frozenset({"2016-08-09"}))
    vigil = EventFacts(day="2016-08-10", dated=frozenset({"2016-08-09", "2016-08-10"}))
    assert off_event(day("Wednesday evening", "2016-08-10"), vigil, shooting)
    assert not off_event(day("Tuesday evening", "2016-08-09"), shooting, vigil)
    apart = EventFacts(day="2016-08-10", dated=frozenset({"2016-08-10"}))
    assert not off_event(day("Wednesday evening", "2016-08-10"), apart, shooting)
    earlier = EventFacts(day="2016-08-08", dated=frozenset({"2016-08-08", "2016-08-09"}))
    assert not off_event(day("Monday", "2016-08-08"), earlier, shooting)


def test_a_zero_told_of_events_pointed_back_to_in_the_plural_is_no_zero_of_this_one():
    """ "No one has been charged in those incidents" (earlier shootings the page told):
    against a later report naming the man charged for this one, no update."""
    sources = [source(1, "2016-09-04"), source(2, "2016-09-06")]
    those = "No one has been charged in those incidents yet."
    claims = [
        count(1, "charged", 0, "No one", sentence=those),
        count(2, "charged", 1, "Chad Roe", implicit=True),
    ]
    assert none_of_those_events(claims[0], VOCAB)
    assert find_findings(claims, sources)[0] == []
    claims[0] = count(1, "charged", 0, "No one", sentence="No one has been charged yet.")
    assert not none_of_those_events(claims[0], VOCAB)
    assert [c.role for c in find_findings(claims, sources)[0]] == ["charged"]


def test_a_street_address_number_is_no_count():
    """ "313 North Main" against another page's "312 North Main": an address's
    number (finder 122), never a count; "150 people" stays one."""
    text = "Police were called to 313 North Main after 150 people gathered."
    src = source(1, text=text)

    def at(words: str, role: str | None, value: int) -> Claim:
        start = text.index(words)
        return replace(count(1, role, value, words), start=start, end=start + len(words))

    assert misread(at("313 North Main", None, 313), src, {})
    assert not misread(at("150 people", "present", 150), src, {})


def test_a_count_of_acts_told_as_earlier_is_another_events():
    """ "four previous arrests" (the accused's record, finder 123) is no count of
    this event's arrests; "nine days prior" is a duration, and "three arrests" this
    event's."""
    record = count(1, "arrested", 4, "four previous arrests", noun="arrest", cls="arrest")
    assert elsewhere(record, VOCAB)
    days = count(1, "measuring", 9, "nine days prior", noun="day", cls="day")
    assert not elsewhere(days, VOCAB)
    made = count(1, "arrested", 3, "three arrests", noun="arrest", cls="arrest")
    assert not elsewhere(made, VOCAB)


SCENE_AND_ACCUSED = {
    1: frozenset({"tacoma", "south hosmer street", "spring haven village", "loretta cool"}),
    2: frozenset({"tacoma", "jatarius tolbert", "pierce county", "news tribune"}),
}
"""The names of a first report (the street) and of an arrest's report (the accused)."""


def _arrests_tied(claims: list[Claim], sources) -> bool:
    """Whether the two reports' arrest figures are of one event, both placed in one town on
    one day, in one story."""
    day = "2015-05-11"
    events = EventCheck({1: _facts(day, "tacoma"), 2: _facts(day, "tacoma")})
    stories = {1: (1, 1), 2: (1, 1)}
    found = story_figures(claims, sources, VOCAB, stories, SCENE_AND_ACCUSED, False, events)
    a, b = sorted((f for f in found.figures if f.role == "arrested"), key=lambda f: f.source)
    return found.one_event(a, b)


def test_an_arrest_report_ties_to_the_first_by_the_scene_and_the_toll():
    """The first report names the street, the arrest's report the accused: no name in
    common, yet one day, one town and one dead each make them one event; the scene alone
    does not (two shootings of one night, as above), nor does another toll."""

    def one_event(first_dead: int, later_dead: int | None, later_hurt: int = 0) -> bool:
        claims = [count(1, "arrested", 0, "No arrests"), count(2, "arrested", 1, "A man")]
        claims.append(count(1, "killed", first_dead, "a man", implicit=first_dead == 1))
        if later_dead is not None:
            claims.append(count(2, "killed", later_dead, "a teen", implicit=later_dead == 1))
        if later_hurt:
            claims.append(count(2, "injured", later_hurt, "three others"))
        return _arrests_tied(claims, [source(1), source(2)])

    assert one_event(1, 1)
    assert not one_event(1, 2)  # another toll
    assert not one_event(1, None)  # no toll told by the arrest's report
    assert not one_event(1, 1, later_hurt=3)  # one dead each, but three hurt in the other


def test_a_zero_then_an_arrest_recalled_days_later_at_the_scene_is_one_event():
    """A first report's "No arrests", then an arrest's report published weeks later that
    tells the shooting's day and town and no toll (or the dead alike, not the hurt): it
    looks back on that scene, so no name need be shared (`later_acts.first_then_held`).
    The same report of the same hours is the night's own news: not tied (above)."""

    def one_event(later: str, later_dead: int | None, later_hurt: int = 0) -> bool:
        claims = [count(1, "arrested", 0, "No arrests"), count(2, "arrested", 1, "A man")]
        claims += [count(1, "killed", 1, "a man", implicit=True), count(1, "injured", 3, "three")]
        if later_dead is not None:
            claims.append(count(2, "killed", later_dead, "a teen", implicit=later_dead == 1))
        if later_hurt:
            claims.append(count(2, "injured", later_hurt, "two others"))
        return _arrests_tied(claims, [source(1, "2015-05-12"), source(2, later)])

    assert one_event("2015-06-20", None)  # no toll told weeks on
    assert one_event("2015-06-20", 1)  # the dead alike, the hurt untold
    assert not one_event("2015-06-20", 2)  # another toll
    assert not one_event("2015-05-12", None)  # the same day's news


def test_a_borough_and_its_city_are_one_scene_by_the_packaged_table():
    """The table of big cities' parts (`claims.place_containment`) nests a borough in its
    city and reads a city's other name as it: one day in "brooklyn" and in "new york city"
    is one scene; two boroughs, or a town the table does not know, are not."""

    def scene(first: str, later: str) -> bool:
        day = "2015-04-27"
        return EventCheck({1: _facts(day, first), 2: _facts(day, later)}).one_scene(1, 2)

    assert scene("brooklyn", "new york city")
    assert scene("new york city", "brooklyn")
    assert scene("east flatbush", "new york")
    assert scene("new york city", "new york")
    assert not scene("brooklyn", "queens")
    assert not scene("millbrook", "new york city")


def test_a_follow_up_that_recalls_the_month_place_and_toll_is_one_event():
    """An arrest's report dated in March that tells "the October shooting" in the town and
    the same two dead is that event again (`stories.events.followed_up`): not apart by its
    own day, and recalled as one scene and toll; without the month, or with another toll,
    it stays another day's event."""
    first = EventFacts(
        day="2014-10-04",
        place="millbrook",
        dated=frozenset({"2014-10-04"}),
        harmed=frozenset({"killed:2"}),
        months=frozenset({"2014-10"}),
    )

    def check(months: set[str], harmed: str) -> EventCheck:
        later = EventFacts(
            day="2015-03-28",
            place="millbrook",
            dated=frozenset({"2015-03-28"}),
            harmed=frozenset({harmed}),
            months=frozenset(months),
        )
        return EventCheck({1: first, 2: later})

    told = check({"2015-03", "2014-10"}, "killed:2")
    assert not told.sources(1, 2) and told.recalls(1, 2)
    for other in (check({"2015-03"}, "killed:2"), check({"2015-03", "2014-10"}, "killed:3")):
        assert other.sources(1, 2).day and not other.recalls(1, 2)
