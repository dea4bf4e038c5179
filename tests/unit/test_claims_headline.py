"""Headlines as a source of claims: the title is read in headline grammar, its counts are
marked as the title's with spans into it, a copy of it in the text counts once, and the
claims of the text keep their ids."""

from __future__ import annotations

from workbench.claims import extract_claims
from workbench.claims import roles as roles_data
from workbench.claims.headline import (
    headline_span,
    headline_speaker,
    sentence_case,
    site_names,
    with_article,
)
from workbench.identity import assign_ids
from workbench.ingest.sentences import split_sentences
from workbench.models import Source


def _source(title: str | None, text: str) -> Source:
    return Source(
        id=1, file="a.txt", text=text, content_hash="h", title=title, published="2016-05-01"
    )


def _claims(title: str | None, text: str):
    source = _source(title, text)
    return source, extract_claims(source, split_sentences(text, source.id))


def test_the_headline_is_the_titles_longest_part():
    title = "3 dead, 2 hurt in Elmira shooting - WXYZ 7 News | Detroit"
    start, end = headline_span(title)
    assert title[start:end] == "3 dead, 2 hurt in Elmira shooting"
    assert headline_span("  ") is None


def test_a_part_that_writes_the_sites_name_is_no_headline_however_long():
    title = "2 hurt in Elmira shooting - WXYZ 7 News, Weather and Sports for Elmira and Corning"
    site = site_names("www.wxyz.com", "https://www.wxyz.com/news/2-hurt")
    assert site == ["wxyz"]
    start, end = headline_span(title, site)
    assert title[start:end] == "2 hurt in Elmira shooting"
    assert headline_span(title) != (start, end)  # without the site's name: the longest
    assert site_names("WXYZ News") == ["wxyznews"]


def test_the_sites_part_is_read_for_no_counts():
    source = Source(
        id=1,
        file="a.txt",
        text="Police said the shooting happened Friday.",
        content_hash="h",
        title="2 hurt in Elmira shooting - WXYZ 7 News, Weather and Sports for the Southern Tier",
        outlet="www.wxyz.com",
        published="2016-05-01",
    )
    claims = extract_claims(source, split_sentences(source.text, source.id))
    heads = [(c.text, c.role, c.value["low"]) for c in claims if c.headline and not c.derived]
    assert heads == [("2 hurt", "injured", 2)]


def test_title_case_is_read_in_sentence_case_letter_for_letter():
    assert sentence_case("2 Dead After Shooting At Motel") == "2 dead after shooting at motel"
    # A headline in sentence case keeps its capitals: they are names.
    assert sentence_case("Teen shot in Miami dies") == "Teen shot in Miami dies"
    odd = "Boy, 4-Month-Old Shot In İzmir"
    assert len(sentence_case(odd)) == len(odd)


def test_the_article_a_headline_drops_before_a_person_is_put_back():
    roles = roles_data.default()
    assert with_article("Teen shot in Miami dies", roles) == "A teen shot in Miami dies"
    assert with_article("16-year-old dies after shooting", roles).startswith("A 16-year-old")
    assert with_article("3-year-old and four adults shot", roles).startswith("3-year-old")
    assert with_article("Police: man shot", roles) == "Police: man shot"


def test_counts_in_a_headline_are_claims_marked_as_the_titles():
    source, claims = _claims(
        "3 Dead, 2 Hurt In Elmira Shooting - WXYZ", "Police said the shooting happened Friday."
    )
    heads = [c for c in claims if c.headline and not c.derived]
    assert [(c.text, c.role, c.value["low"]) for c in heads] == [
        ("3 Dead", "killed", 3),
        ("2 Hurt", "injured", 2),
    ]
    # and the people hit they add up to, derived (claims/hit_sums.py)
    (hit,) = [c for c in claims if c.headline and c.derived]
    assert (hit.text, hit.role, hit.value["low"]) == ("3 Dead, 2 Hurt", "hit", 5)
    heads.append(hit)
    for c in heads:
        assert source.title[c.start : c.end] == c.text
        assert c.sentence == "3 Dead, 2 Hurt In Elmira Shooting"
        assert c.sentence_id is None and c.kind == "quantity"
        assert c.to_dict()["headline"] is True
    assert all(not c.headline for c in claims if c.kind != "quantity")


def test_a_singular_person_in_a_headline_is_a_count_of_one():
    _, claims = _claims("Boy, 15, dies in overnight shooting", "It happened Friday.")
    killed = [c for c in claims if c.headline and c.role == "killed"]
    assert killed and killed[0].value["low"] == 1 and killed[0].implicit
    assert killed[0].text == "Boy" and killed[0].start == 0  # not the article put back


def test_no_title_and_a_title_without_figures_add_nothing():
    text = "Four people were shot on Friday."
    _, plain = _claims(None, text)
    _, titled = _claims("Shooting on Main Street", text)
    assert not any(c.headline for c in titled)
    assert [(c.text, c.start) for c in plain] == [(c.text, c.start) for c in titled]


def test_a_copy_of_the_headline_in_the_text_counts_once():
    title = "4 men shot in South Shore"
    text = f"{title}\n\nThe shooting occurred Friday. Police said four men were hit."
    _, claims = _claims(title, text)
    copied = [c for c in claims if c.kind == "quantity" and c.text == "4 men"]
    assert len(copied) == 1 and copied[0].headline
    assert any(c.text == "four men" and not c.headline for c in claims)


def test_title_claims_leave_the_texts_claims_and_their_ids_alone():
    text = "Two people were killed and three were hurt on Friday in Elmira."
    source, plain = _claims(None, text)
    titled_source, titled = _claims("2 killed, 3 hurt in Elmira", text)
    old = assign_ids(source.content_hash, plain, [])
    new = assign_ids(titled_source.content_hash, titled, old)
    body = [c for c in new if not c.headline]
    assert [(c.id, c.text) for c in body] == [(c.id, c.text) for c in old]
    heads = [c for c in new if c.headline]
    assert heads and not {c.id for c in heads} & {c.id for c in old}


def test_a_decided_claim_of_the_copied_headline_follows_it_into_the_title():
    title = "3 dead in Elmira shooting"
    text = f"{title}\n\nPolice said the shooting happened Friday."
    source = _source(title, text)
    sentences = split_sentences(text, source.id)
    before = extract_claims(_source(None, text), sentences)  # the text's copy, read as text
    old = assign_ids(source.content_hash, before, [])
    copy_id = next(c.id for c in old if c.text == "3 dead")
    new = assign_ids(source.content_hash, extract_claims(source, sentences), old)
    moved = [c for c in new if c.id == copy_id]
    assert len(moved) == 1 and moved[0].headline and moved[0].text == "3 dead"


def test_a_headlines_counts_take_the_day_the_text_gives_the_event():
    _, claims = _claims("3 dead in Elmira shooting", "Three people were shot dead on Friday night.")
    (head,) = [c for c in claims if c.headline and c.role == "killed"]
    assert (head.event_date, head.event_date_basis) == ("2016-04-29", "text")
    _, undated = _claims("3 dead in Elmira shooting", "Police closed the road.")
    (head,) = [c for c in undated if c.headline]
    assert (head.event_date, head.event_date_basis) == ("2016-05-01", "published")


def test_a_headline_cites_whom_it_names_before_a_colon():
    assert headline_speaker("Police: 2 dead after motel shooting") == "Police"
    assert headline_speaker("State police: trooper hurt") == "State police"
    assert headline_speaker("UPDATE: 2 dead after motel shooting") is None
    assert headline_speaker("2 dead after motel shooting") is None
    _, claims = _claims("Police: 2 dead after motel shooting", "It happened Friday.")
    (head,) = [c for c in claims if c.headline]
    assert head.attribution == "Police" and head.text == "2 dead"


def _headline_counts(title: str) -> list[tuple[str, str | None, bool]]:
    _, claims = _claims(title, "The county sheriff's office gave no details on Monday.")
    return [
        (c.text, c.role, bool(c.value.get("part_of")))
        for c in claims
        if c.kind == "quantity" and c.headline
    ]


def test_a_headline_count_of_injured_beside_those_shot_is_a_part_of_the_injured():
    # Everyone shot who lived is injured too: "1 injured" told apart is some of them.
    got = _headline_counts("Two men shot, one hurt outside Elmwood bar")
    assert ("one hurt", "injured", True) in got  # read as "2 hurt" is (EXTRACTOR 581)
    assert ("Two men", "hit", False) in got


def test_with_the_dead_counted_the_injured_are_the_rest_of_those_hit():
    got = _headline_counts("Five shot, 2 dead, 3 injured during fireworks show in Elmwood")
    assert ("3", "injured", False) in got
