"""Background prose, quotations and scraper junk, reworded per outlet."""

from __future__ import annotations

import random
import re

from corpus_names import word_list

# --- prose ------------------------------------------------------------------------------

FILLER = (
    "{City} has long been a centre of {sector} in the region, and many families depend on it.",
    "Residents of {City} said the mood in the streets was tense but calm by evening.",
    "The government has faced growing criticism over its handling of {topic} in recent months.",
    "Analysts said the events could weigh on the {party} ahead of next year's vote.",
    "{Person}, who runs a small {shop} in {City}, said business had been slow for weeks.",
    "Local radio stations interrupted their programmes to broadcast updates throughout the day.",
    "Opposition figures called for an independent inquiry into what had happened.",
    "The region's economy relies heavily on {sector}, which has struggled since the pandemic.",
    "Officials did not immediately respond to requests for comment.",
    "Community leaders urged residents to stay indoors and follow official guidance.",
    "Videos shared on social media showed crowds gathering near the main square of {City}.",
    "The {org} said it was monitoring the situation closely.",
    "Schools in parts of {City} were closed as a precaution, according to local officials.",
    "Critics say years of underinvestment in {topic} left the area vulnerable.",
    "{Person}, a researcher at the University of {City}, said the pattern was familiar.",
    "Traffic on the main road into {City} was diverted for much of the afternoon.",
    "The {party} has governed the region for most of the past decade.",
    "Many of those affected are {workers} who moved to {City} from the countryside.",
    "Aid groups said they were preparing to send food and blankets to the area.",
    "Neighbours described hearing loud noises before dawn and seeing smoke over the rooftops.",
    "The streets around the {building} were cordoned off by police for several hours.",
    "A spokeswoman for the {org} declined to say when more information would be released.",
    "Residents complained that warnings came too late and were hard to understand.",
    "{City} lies in a valley along the {River} river, about an hour from the coast.",
    "The area has seen a sharp rise in {topic} complaints over the past year.",
    "Several shops near the {building} stayed shuttered as owners waited for news.",
    "The authorities promised to publish a full account once the facts were established.",
    "Observers noted that the official figures had changed several times during the day.",
    "Reporters at the scene saw ambulances and police vans coming and going.",
    "The {org} has previously warned about the risks facing {City}.",
    "Lawmakers from the {party} are expected to raise the matter in parliament this week.",
    "The incident drew comparisons with earlier events that shook the region.",
    "For many in {City}, the news was a reminder of how fragile daily life has become.",
    "Some residents said they had been expecting trouble for days.",
    "The central bank's latest report described the regional economy as stagnant.",
    "Power and water services were restored to most neighbourhoods by nightfall.",
    "A local priest said the church would open its doors to anyone who needed shelter.",
    "Officials in {City} said they were coordinating with national agencies.",
    "Independent journalists said they had been kept away from the area for hours.",
    "The {org} urged people not to share unverified information online.",
    "Prices for basic goods in {City} have climbed steadily since last winter.",
    "{Person} said that trust in local institutions had been eroding for years.",
    "The {building} was built in the 1970s and had been scheduled for renovation.",
    "International observers called for restraint on all sides.",
    "Foreign embassies advised their citizens to avoid the area until further notice.",
    "The {party} accused the government of playing down the scale of the problem.",
    "Local businesses said they would need months to recover from the disruption.",
    "It was not clear how long the emergency measures would remain in place.",
)
SECTORS = (
    "textile manufacturing",
    "fishing",
    "mining",
    "tourism",
    "farming",
    "shipping",
    "timber",
    "car parts",
    "coffee exports",
    "steelmaking",
)
TOPICS = (
    "public transport",
    "housing",
    "water supply",
    "road safety",
    "policing",
    "flood defences",
    "public health",
    "the electricity grid",
)
SHOPS = ("bakery", "hardware store", "pharmacy", "café", "bookshop", "tailor's shop")
WORKERS = ("factory workers", "day labourers", "seasonal farmhands", "dock workers")
BUILDINGS = ("town hall", "central station", "regional court", "main hospital", "old market")
ORG_FORMS = (
    "{X} Red Cross",
    "National {X} Institute",
    "{X} Civil Protection Agency",
    "{X} Rights Watch",
    "{X} Chamber of Commerce",
)
PARTY_FORMS = ("{X} Party", "{X} Alliance", "Movement for {X}", "{X} People's Front")

SPEAKERS = (
    "Residents",
    "Shopkeepers",
    "Local officials",
    "Community leaders",
    "Several witnesses",
    "Analysts",
    "Aid workers",
    "Opposition lawmakers",
    "Church leaders",
    "Teachers",
    "Taxi drivers",
    "Students",
    "Union representatives",
    "Doctors at the main hospital",
    "Business owners",
    "Human rights groups",
    "Engineers",
    "Retired officials",
)
JOBS = word_list(
    "teacher, nurse, taxi driver, shop owner, student, retired engineer, bus driver, "
    "pharmacist, baker, lawyer, farmer, civil servant, mechanic, architect",
    ",",
)
SAY_VERBS = (
    "said",
    "complained",
    "warned",
    "noted",
    "argued",
    "told local media",
    "told reporters",
    "insisted",
    "have long said",
    "pointed out",
)
CLAIMS = (
    "that the authorities had been slow to react",
    "that {topic} had been neglected for years",
    "that they feared a repeat of earlier trouble",
    "that prices in {City} had risen sharply",
    "that nobody had warned them in time",
    "that the official account left too many questions open",
    "that the {party} was using the crisis for its own ends",
    "that money promised for {topic} never arrived",
    "that the {building} had been in poor shape for a long time",
    "that young people were leaving {City} in search of work",
    "that the {org} had done more than the government",
    "that rumours spread faster than the facts",
    "that the police presence had been heavier than usual",
    "that local radio was the only reliable source of news",
    "that the {sector} industry could not take another blow",
    "that the recovery would be long and expensive",
    "that they had stopped trusting official statements",
    "that the streets had never felt so empty",
    "that families were sharing what little they had",
    "that the region needed a plan, not promises",
)
TAILS = (
    "",
    "",
    "",
    " on the day",
    " in recent weeks",
    " in interviews",
    " on social media",
    " at a meeting in {City}",
)
DESCRIPTIONS = (
    "The {building} in {City} {state}.",
    "Along the {River} river, {scene}.",
    "In the older parts of {City}, {scene}.",
    "Near the {building}, {scene}.",
)
STATES = (
    "stood empty for most of the day",
    "was surrounded by journalists",
    "remained closed to the public",
    "became a gathering point for families",
    "was lit up late into the night",
    "was guarded by soldiers",
)
SCENES = (
    "shops pulled down their shutters early",
    "families waited for news",
    "volunteers handed out water and bread",
    "traffic slowed to a crawl",
    "people gathered in small groups to talk",
    "street vendors packed up their stalls",
    "the usual market did not open",
    "police patrols were visible on every corner",
)

REPORTERS = ("witnesses said", "police said", "local media reported")
QUOTES = (
    "We are doing everything we can to help the people affected",
    "The situation is under control",
    "This should never have happened",
    "We will find out who is responsible",
    "Our priority now is the safety of residents",
    "We ask everyone to remain calm",
    "It was chaos, nobody knew what to do",
    "We have been warning about this for years",
    "People are frightened and they want answers",
)

JUNK_TAIL = (
    "error: Content is protected !!",
    "Do NOT follow this link or you will be banned from the site!",
    "Share this:\nFacebook\nTwitter\nEmail",
    "Follow us on Twitter and Facebook for the latest news.",
    "Sign up for our newsletter to get the day's top stories.",
    "Advertisement",
    "Related: More stories from this region",
    "Copyright protected. Reproduction prohibited.",
)
CREDIT_FORMS = ("Credit{P}/{A}", "Photo: {P}/{A}", "(Photo by {P}/{A})")
AGENCIES = ("Reuters", "AFP", "AP", "EPA", "Getty Images")


THESAURUS: dict[str, tuple[str, ...]] = {
    w.split(":")[0].strip(): word_list(w.split(":")[1], ",")
    for w in """
city: city, town, municipality, urban area
said: said, noted, added, remarked, stressed
local: local, nearby, area
residents: residents, locals, inhabitants, people living nearby, longtime residents
officials: officials, authorities, administrators, civil servants, bureaucrats
area: area, vicinity, surroundings, locality
region: region, province, surrounding territory, wider area
families: families, households, local families, working families
streets: streets, avenues, roads, alleys
government: government, administration, cabinet, national government
leaders: leaders, figures, representatives, spokespeople
main: main, central, principal, largest
years: years, a long time, decades
groups: groups, organisations, associations, networks
warned: warned, cautioned, predicted, feared
people: people, citizens, locals, the public
analysts: analysts, commentators, experts, political scientists, economists
events: events, developments, incidents, scenes
small: small, modest, family-run, tiny
slow: slow, sluggish, quiet, weak
opposition: opposition, rival, dissident
independent: independent, impartial, external, neutral
economy: economy, labour market, local economy, tax base
community: community, neighbourhood, civic, parish
urged: urged, asked, implored, encouraged
media: media, press, outlets, broadcasters
near: near, close to, next to, around
closed: closed, shut, locked, sealed
traffic: traffic, congestion, the flow of cars, bus services
described: described, recalled, recounted, reported
complained: complained, grumbled, lamented
shops: shops, stores, stalls, kiosks
authorities: authorities, officials, the administration, the state
observers: observers, monitors, onlookers, diplomats
noted: noted, observed, remarked, pointed out
reporters: reporters, journalists, correspondents, the press
trouble: trouble, unrest, problems, difficulties
church: church, parish, chapel, congregation
journalists: journalists, reporters, camera crews, correspondents
prices: prices, costs, the cost of living, rents
empty: empty, deserted, quiet, abandoned
told: told, informed, assured
mood: mood, atmosphere, feeling, spirit
tense: tense, nervous, uneasy, strained
calm: calm, quiet, orderly, peaceful
criticism: criticism, pressure, scrutiny, anger
growing: growing, mounting, increasing, fresh
handling: handling, management, oversight, treatment
stations: stations, broadcasters, channels
updates: updates, bulletins, news flashes, reports
inquiry: inquiry, investigation, review, probe
happened: happened, took place, unfolded, occurred
heavily: heavily, largely, mostly, to a great extent
struggled: struggled, suffered, stalled, shrunk
crowds: crowds, groups of people, onlookers, gatherings
monitoring: monitoring, watching, following, tracking
situation: situation, crisis, events, developments
schools: schools, colleges, kindergartens, classrooms
critics: critics, opponents, detractors, campaigners
vulnerable: vulnerable, exposed, at risk, unprotected
pattern: pattern, sequence, story, trend
familiar: familiar, well known, predictable, all too common
diverted: diverted, rerouted, halted, blocked
affected: affected, hit hardest, displaced, caught up in it
preparing: preparing, getting ready, planning, arranging
neighbours: neighbours, people next door, nearby residents, onlookers
loud: loud, sharp, sudden, heavy
cordoned: cordoned, sealed, closed, fenced
declined: declined, refused, would not agree
warnings: warnings, alerts, notices, announcements
complaints: complaints, grievances, reports, concerns
stayed: stayed, remained, were kept, sat
publish: publish, release, present, issue
changed: changed, shifted, been revised, varied
incident: incident, episode, affair, crisis
reminder: reminder, sign
fragile: fragile, precarious, uncertain, brittle
expecting: expecting, anticipating, fearing, predicting
latest: latest, most recent, newest, quarterly
restored: restored, reconnected
coordinating: coordinating, working, cooperating, liaising
trust: trust, confidence, faith, belief
international: international, foreign, regional, western
advised: advised, warned, urged
accused: accused, blamed, charged, criticised
businesses: businesses, firms, traders, companies
recover: recover, rebuild, bounce back, get back on their feet
disruption: disruption, damage, turmoil, losses
measures: measures, rules, restrictions, precautions
neglected: neglected, ignored, underfunded, overlooked
feared: feared, worried, suspected, dreaded
questions: questions, doubts, gaps, unknowns
crisis: crisis, emergency, turmoil, disaster
money: money, funding, cash, investment
rumours: rumours, stories, false reports, speculation
recovery: recovery, rebuilding, clean-up, reconstruction
expensive: expensive, costly, slow, painful
statements: statements, announcements, briefings, figures
volunteers: volunteers, helpers, aid workers, neighbours
market: market, bazaar, fair, marketplace
""".strip().splitlines()
}
OPENERS = word_list(
    "Meanwhile | At the same time | For their part | Still | Elsewhere | Even so | "
    "In the meantime | By then | As it was | Later | Separately | In any case | All the same | "
    "For now | On the ground | Behind the scenes | In practice | Indeed",
    "|",
)
LOWER_FIRST = frozenset(
    word_list(
        "the a an residents local officials some several many community "
        "analysts aid schools traffic neighbours critics reporters power "
        "power prices observers independent international foreign "
        "opposition lawmakers it for shopkeepers students teachers"
    )
)


def vary(sentence: str, rng: random.Random) -> str:
    """Reword background prose so that independent articles share phrases, not paragraphs."""
    parts = re.split(r"([A-Za-z']+)", sentence)
    for i in range(1, len(parts), 2):
        options = THESAURUS.get(parts[i].lower())
        if options and rng.random() < 0.7:
            word = rng.choice(options)
            parts[i] = word[0].upper() + word[1:] if parts[i][0].isupper() else word
    out = "".join(parts)
    first = out.split(" ", 1)[0].lower()
    if rng.random() < 0.3 and first in LOWER_FIRST:
        out = f"{rng.choice(OPENERS)}, {out[0].lower()}{out[1:]}"
    return out
