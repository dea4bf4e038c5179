"""A story's title names a town, not a police unit or a street (titles._place)."""

from __future__ import annotations

from workbench.stories.settings import default
from workbench.stories.title_towns import town_names
from workbench.stories.titles import PlaceMention, TitleMaterial, story_title


def _article(*places: tuple[str, str | None, str | None]) -> TitleMaterial:
    return TitleMaterial(
        heading="Man shot overnight",
        lead="A man was shot overnight.",
        published="2020-01-04",
        places=[PlaceMention(name, kind, cue, True) for name, kind, cue in places],
    )


def test_a_police_unit_is_no_place_when_a_town_is_named():
    metro = ("Metro", "agency", "agency")
    street = ("Orchard Street", "street", "noun")
    stories = [_article(metro, street), _article(metro, ("Kessling", "city", "dateline"))]
    assert story_title(stories, default()) == "shooting · Kessling · 2020-01-04"


def test_an_agency_names_its_town_when_the_town_is_named_so_elsewhere():
    agency = _article(("Brookfield Police", "agency", "agency"), ("Orchard Street", None, "at"))
    towns = town_names([("Brookfield", None, "in"), ("Metro", "jail", "noun")])
    assert towns == {"brookfield"}  # a jail's name is no town's
    assert story_title([agency, agency], default(), towns) == "shooting · Brookfield · 2020-01-04"
    # Named by no article as a town, the agency's name is one place among the others,
    # without its agency's words.
    street = _article(("Orchard Street", None, "at"))
    assert story_title([agency], default()) == "shooting · Brookfield · 2020-01-04"
    assert story_title([street, agency], default()) == "shooting · Orchard Street · 2020-01-04"


def _named(*places: tuple[str, str | None, str | None, str]) -> TitleMaterial:
    material = _article()
    material.places = [PlaceMention(n, k, c, True, text) for n, k, c, text in places]
    return material


def test_a_place_keeps_the_type_its_name_carries():
    # The claim reads "Dunmore Beach" as a "Dunmore" of type beach; the title names the
    # town as written, and a dateline in capitals as the lead writes it.
    beach = ("Dunmore", "beach", "noun", "Dunmore Beach")
    shouted = ("DUNMORE", "beach", "noun", "DUNMORE BEACH")
    assert story_title([_named(shouted, beach)], default()) == (
        "shooting · Dunmore Beach · 2020-01-04"
    )
    county = ("Pellam", "county", "noun", "in Pellam County")
    assert story_title([_named(county)], default()) == "shooting · Pellam County · 2020-01-04"


def test_a_type_in_lower_case_is_no_part_of_the_name():
    quarter = ("Kessling", "neighborhood", "noun", "a Kessling neighborhood")
    assert story_title([_named(quarter)], default()) == "shooting · Kessling · 2020-01-04"


def test_a_county_named_as_written_still_names_its_agency_town():
    towns = town_names([("Pellam", "county", "noun")])
    assert {"pellam", "pellam county"} <= towns


def test_a_state_is_no_place_and_a_town_named_later_comes_before_none():
    state = _article(("Pellam State", "state", "noun"))  # "Pellam State Police"
    assert story_title([state], default()) == "shooting · 2020-01-04"
    state.places.append(PlaceMention("Kessling County", "county", "noun", False))
    state.places.append(PlaceMention("Orchard", "city", "noun", False))  # "one Orchard city"
    assert story_title([state], default()) == "shooting · Kessling County · 2020-01-04"
    street = PlaceMention("Orchard Street", "street", "noun", True)
    state.places.append(street)  # the opening's place comes first
    assert story_title([state], default()) == "shooting · Orchard Street · 2020-01-04"
    # "the Pellam region": the name is a city's, the region around it.
    region = _article(("Pellam", "region", "noun"))
    assert story_title([region], default()) == "shooting · Pellam · 2020-01-04"


def test_a_whole_name_is_shown_as_the_claim_names_it():
    beach = ("Dunmore Beach", "beach", "in", "Dunmore Beach")
    assert story_title([_named(beach)], default()) == "shooting · Dunmore Beach · 2020-01-04"


def test_a_county_named_whole_still_names_its_agency_town():
    assert {"pellam", "pellam county"} <= town_names([("Pellam County", "county", "noun")])
    assert "kessling" not in town_names([("Kessling City", "city", "noun")])


def _untold(heading: str) -> TitleMaterial:
    return TitleMaterial(heading=heading, lead="", published="2020-01-04")


def test_a_heading_title_drops_the_site_after_it_and_is_not_left_hanging():
    site = _untold("Neighbours gather for a vigil on Orchard Street - KXYZ News 9 Kessling")
    assert (
        story_title([site], default())
        == "Neighbours gather for a vigil on Orchard Street · 2020-01-04"
    )
    long = _untold("Family of slain teen lead a peace walk in Kessling park")
    assert story_title([long], default()) == "Family of slain teen lead a peace walk… · 2020-01-04"
    short = _untold("Obituary - Kessling")  # too little before the dash to be the headline
    assert story_title([short], default()) == "Obituary - Kessling · 2020-01-04"


def test_a_site_s_or_an_account_s_name_titles_no_story():
    wall = TitleMaterial("KXYZ9", "", "2020-01-04", address="https://social.example/KXYZ9News/p/7")
    assert story_title([wall], default()) == "untitled · 2020-01-04"
    account = TitleMaterial("Pellam PD on Chirper", "", "2020-01-04")
    account.address = "https://chirper.example/PellamPD/status/80628708"
    later = _untold("Neighbours gather for a vigil on Orchard Street")
    assert story_title([account, later], default()) == (
        "Neighbours gather for a vigil on Orchard Street · 2020-01-04"
    )
    # A name its address does not spell stays: an obituary's page named by its person.
    obituary = "https://kxyz.example/obituaries/ann-kessling/article_9.html"
    named = TitleMaterial("Ann Kessling", "", "2020-01-04", address=obituary)
    assert story_title([wall, named], default()) == "Ann Kessling · 2020-01-04"


def test_an_account_on_its_site_or_the_site_with_its_motto_titles_no_story():
    """A social site names an account's page "<account> on <site>" whatever the handle
    in its path; a site's masthead may carry its motto after a comma. A headline ending
    on a street that a host's label only begins with stays."""
    account = TitleMaterial("Ann Kessling on Chirper", "", "2020-01-04")
    account.address = "https://chirper.example/AnnK77/status/80628708/photo/1"
    motto = TitleMaterial("Pellampedia, the almanac of crimes", "", "2020-01-04")
    motto.address = "http://pellampedia.example/k/kessling-ann.htm"
    assert story_title([account], default()) == "untitled · 2020-01-04"
    assert story_title([motto], default()) == "untitled · 2020-01-04"
    street = TitleMaterial("Man hurt on Orchard", "", "2020-01-04")
    street.address = "https://orchardnews.example/man-hurt-on-orchard"
    assert story_title([street], default()) == "Man hurt on Orchard · 2020-01-04"
    told = TitleMaterial("Pellam, a town in mourning", "", "2020-01-04")
    told.address = "https://kxyz.example/pellam-a-town-in-mourning"
    assert story_title([told], default()) == "Pellam, a town in mourning · 2020-01-04"


def test_a_list_of_places_run_together_is_no_place():
    menu = " ".join(f"{d} District" for d in ("Central", "Eastern", "Northern", "Western"))
    stories = [_article((menu, None, "in"), ("Orchard Street", "street", "noun"))]
    assert story_title(stories, default()) == "shooting · Orchard Street · 2020-01-04"


def _lead(lead: str, *places: tuple[str, str | None, str | None, str]) -> TitleMaterial:
    material = _named(*places)
    material.lead = lead
    return material


def test_a_scene_capitalised_for_its_position_is_no_place():
    """A scene's name is the capitalised words before a noun of harm ("the Kessling
    shooting"); a word capitalised as a line's first, or in a heading's capitals, is none
    (the app walk's "shooting · Fatal": "Fatal shooting in Greenhaven area ...")."""
    fatal = ("Fatal", None, "scene", "Fatal")
    greenhaven = ("Greenhaven", "area", "noun", "Greenhaven area")
    opening = "Video\n\nFatal shooting in Greenhaven area of the city"
    assert story_title([_lead(opening, fatal, greenhaven)], default()) == (
        "shooting · Greenhaven · 2020-01-04"
    )
    heading = "Police Investigate Another Fatal Shooting Near Orchard Street"
    another = ("Another Fatal", None, "scene", "Another Fatal")
    assert story_title([_lead(heading, another)], default()) == "shooting · 2020-01-04"
    # Within a sentence, before a noun in lower case: the scene's name is a place.
    prose = "Police said the Kessling shooting was the third this year."
    kessling = ("Kessling", None, "scene", "Kessling")
    assert story_title([_lead(prose, kessling)], default()) == "shooting · Kessling · 2020-01-04"


def test_a_web_address_is_no_place():
    """A page's credit line "at Stats.com" reads as a place by its cue; a site is none."""
    site = ("Stats.com", None, "at")
    assert story_title([_article(site)], default()) == "shooting · 2020-01-04"
    town = ("Kessling", "city", "dateline")
    assert story_title([_article(site, town)], default()) == "shooting · Kessling · 2020-01-04"


def test_a_state_or_the_nation_by_its_name_is_no_place_whatever_its_type():
    """ "in Georgia", "arrived in America" (untyped, as towns are told) name no story's
    place; a town named with them does."""
    untyped = _article(("Georgia", None, "in"), ("Kessling", "city", "dateline"))
    assert story_title([untyped], default()) == "shooting · Kessling · 2020-01-04"
    nation = _article(("America", None, "in"), ("Orchard Park", "park neighborhood", "noun"))
    assert story_title([nation], default()) == "shooting · Orchard Park · 2020-01-04"


def test_a_name_run_together_is_a_brand_not_a_place():
    """ "flown in AngelOne": words run together inside a name are a service's; a town's
    inner capital follows a prefix of one or two letters ("McAllen")."""
    brand = _article(("LifeFlight", None, "in"), ("Orchard Street", "street", "noun"))
    assert story_title([brand], default()) == "shooting · Orchard Street · 2020-01-04"
    town = _article(("McAllen", None, "in"), ("Orchard Street", "street", "noun"))
    assert story_title([town], default()) == "shooting · McAllen · 2020-01-04"


def test_compass_points_alone_are_no_place():
    """ "near Northwest ..." reads "Northwest" as a place; a side of a town is none of its
    own, while a quarter named with its town is."""
    side = _article(("Northwest", None, "near"), ("Orchard Street", "street", "noun"))
    assert story_title([side], default()) == "shooting · Orchard Street · 2020-01-04"
    quarter = _article(("Northwest Kessling", None, "in"), ("Orchard Street", "street", "noun"))
    assert story_title([quarter], default()) == "shooting · Northwest Kessling · 2020-01-04"


def test_a_name_cut_short_gives_way_to_the_whole_name_told_the_same_way():
    """ "Port" and "Port Kessling" both read from the article's police: the first is the
    second cut short; a shorter name told another way stays a place of its own."""
    cut = _article(("Port", "agency", "agency"), ("Port Kessling", "agency", "agency"))
    assert story_title([cut], default()) == "shooting · Port Kessling · 2020-01-04"
    other = _article(("Kessling", "city", "dateline"), ("Kessling Heights", None, "in"))
    assert story_title([other], default()) == "shooting · Kessling · 2020-01-04"


def test_a_name_the_place_table_knows_as_another_is_shown_as_that_place():
    """An alias of the place table ("NYC") is its place's name, and counts as it."""
    nickname = _article(("NYC", None, "in"), ("Orchard Street", "street", "noun"))
    assert story_title([nickname], default()) == "shooting · New York · 2020-01-04"


def _told(*kinds: str) -> TitleMaterial:
    return TitleMaterial(heading="", lead="", published="2020-01-04", told=frozenset(kinds))


def test_the_way_of_a_harm_names_the_story_when_enough_articles_tell_it():
    """Two articles of three tell a shooting beside the death all three tell: a shooting;
    one of four does not outweigh the death the others tell; with nothing parsed, the
    heading's words vote."""
    told = [_told("shooting", "death"), _told("shooting", "death"), _told("death")]
    assert story_title(told, default()) == "shooting · 2020-01-04"
    few = [_told("death"), _told("death"), _told("death"), _told("shooting", "death")]
    assert story_title(few, default()) == "death · 2020-01-04"
    assert story_title([_told()], default()) == "untitled · 2020-01-04"
    lost = TitleMaterial(heading="Man stabbed downtown", lead="", published="2020-01-04")
    assert story_title([_told(), lost], default()) == "stabbing · 2020-01-04"


def test_a_name_cased_from_a_dateline_s_capitals_gives_way_to_the_page_s_own_casing():
    # The extractor names a dateline's "MCTAVISHBURG" "Mctavishburg"; a page writes it
    # "McTavishburg", inner capital and all, and the title shows it so, whichever comes first.
    dateline = ("Mctavishburg", "city", "dateline", "MCTAVISHBURG")
    written = ("McTavishburg", None, "in", "McTavishburg")
    for first, then in ((dateline, written), (written, dateline)):
        title = story_title([_named(first), _named(then)], default())
        assert title == "shooting · McTavishburg · 2020-01-04"
    # Told only so, the extractor's casing stays: no page writes it otherwise.
    assert story_title([_named(dateline)], default()) == "shooting · Mctavishburg · 2020-01-04"
