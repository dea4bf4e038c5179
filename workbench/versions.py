"""Every version number of the analysis lives here: bump yours in this file, nowhere else.

A database remembers which extractor, finder, grouping, titles and cleaner made what it
shows (`analysis_marks`); a number that moves makes the next analysis redo that part
(README's table of upgrades). The check is `!=`, yet keep them rising: each session is
given a block of numbers, and the lead sets one above every landed block at the end.

This module imports nothing, so the command line's version check (`--version`, the note
on a stale database, the refresh of the default one) loads neither spaCy nor dateparser:
the numbers lived in the packages they version, and every command paid about 1 CPU s of
imports to read them. The old names stay importable there (`workbench.claims`,
`findings.conflicts`, `findings.finder_version`, `workbench.stories`, `ingest.clean`);
what each change was stays with its code (the finder's long history in
`findings/finder_version.py`) and in `bench/notes/`.
"""

EXTRACTOR_VERSION = "1125"
"""Claim extraction (`workbench.claims`): claims are extracted again, their ids carried.
1125 (walk45, block 1110-1119, written as 1110; main held finder45's 1124, so main's + 1): a
name before a headline's colon that the page's own text has as a place (its dateline names
it, or the name ends with the dateline's town; or "in", "near", "outside" put something in
it) is where the news is, not who tells it: no speaker, and what follows its colon is the news
("Oakland: Four hospitalized ..."; `headline_speakers.placed`). A phrase whose head is an
agency's noun still tells.
1124 (finder45, block 1100-1109; main held nouns45's 1123, so main's + 1): a count read
arrested whose predicate (the verb above it, a verb joined to it, or the place of custody one of
them holds) has "on" with a charge noun ("booked on a murder charge", "is being held on charges
of assault", "behind bars on a murder charge") is charged too, one count beside the arrest on
the same words, once per predicate (`claims.held_on_charges`), as the labels' "on a charge"
convention reads it; "hold on charge" joins the arrested role's phrases (a custody told by its
charge: "two teens are being held on charges of attempted murder").
1123 (nouns45, block 1120-1129, written as 1121; main held clauses45's 1122, so main's + 1):
a death told only by its noun ("the killing", "this murder", "the body") is kept where its
own paragraph counts exactly one person dead, though the article counts more (a round-up, a
list page of cases, each incident its own paragraph); not a loss, which the bereaved tell of
whomever they mourn (`fates.deaths_of_one`).
1122 (clauses45, block 1090-1099, written as 1091; main's + 1 as 1121): a found person's
wound told after a place, a name or a relative clause ("found the victim on the porch
suffering from a gunshot wound", "found X, who was visiting family, suffering ...", "located X
inside of a home suffering ..."): the -ing form
of a verb of bearing a wound (suffer, sustain, bleed) after the object of a verb of finding or
leaving, with no subject of its own and outside a relative clause, is that object's state, as
the parser reads the short form (`ccomp` with the object its subject); not where another
person stands between ("with two children suffering") (`claims.repair_found_states`).
1121 (clauses45, block 1090-1099, written as 1090; main held nouns45's 1120, so main's + 1):
the vehicles of care are places of care (`care.vehicles`:
ambulance, stretcher, gurney, medical helicopter; the ways into them, "load into", "put in",
"place on", "carry on"), so "medics placed the toddler in an ambulance" is injured 1 (care by
anyone); a count of one person whose care is told by such a vehicle alone goes where the
article counts the same name or head noun killed 1 (`claims.care_of_the_dead`: care by medics
of one who died is no survivor), while the hospital rule's "taken to a hospital" keeps its own.
1120 (nouns45, block 1120-1129): a wound a person has is the dead's (hit, not injured) where
its paragraph tells a death and no survivor, also where the article tells survivors in other
paragraphs (a round-up of incidents, a list page of cases, each its own paragraph): the
article-wide test (`fates.wounds_of_the_dead`) run again one paragraph at a time
(`fates.wounds_of_the_dead_nearby`).
1080 (counts45, block 1080-1089): a blow told as an attack on the body is hit (the labels'
convention, labels28c): the hit role's verbs hold the blows ("punched", "kicked", "beaten",
"beat up", "pistol-whipped"); a verb written with a hyphen is looked up whole, as the
tokenizer splits it; "out"/"off" just after a verb is its particle ("kicked out of the bar":
no blow) (`claims.verb_forms`, the roles data).
1073 (counts44, block 1040-1049, written as 1041; main held 1072, so main's + 1): a member a
counted group names as included is found through the number that modifies the group where the
count's words stop before the group's noun ("two other youths were killed, including a
16-year-old", "found four shooting victims, including a juvenile female": a modifier between
the number and its noun) (`claims.included`).
1072 (counts44, block 1040-1049, written as 1040; main held finder44's 1071, so main's + 1):
proper names listed each with its own age ("A, 15, B, 19, C, 15, and D, 19, were injured"),
which the parser hangs as appositions of the first name, are as many persons: a person has one
age, so a name set off by commas after a name with its age, and carrying its own, is the
list's next person (`claims.named_together.listed_by_ages`).
1071 (finder44, block 1060-1069; main held 1070, so main's + 1): an arrest or a charge for
something else ("arrested on an unrelated warrant", "in jail on unrelated charges", "arrested
in an unrelated case": every reason a preposition gives the predicate is a legal cause
modified by "unrelated", none with a clause of its own) is another case's: read, marked
`other_event` (`claims.unrelated_arrests`), as the labels' "Whose arrest" reads it.
1070 (walk44, block 1070-1079): a phrase before (or after) a headline's colon whose head
names the page's own kind of report or section ("Update:", "Atlanta News:", "The Latest:",
"...: Update"; `headline_speakers.PAGE_LABELS`) or an event (an -ing event noun, "Phoenix
shooting:") cites no one, in any case; after such a label's colon the news is no speaker.
1050 (clauses44, block 1050-1059): a clause of time with no subject of its own ("called
police after being shot", "ran home after getting shot", "went back to work after undergoing
surgery": a gerund or participle under "after", "before", "while", "since", "following",
"upon", "when") tells the role of the subject of the clause it hangs on, when that clause's
verb tells the subject no harm or custody (`claims.adjunct_clauses`); a relative clause so read
is no count of its own beside its main clause's.
1021 (walk43, block 1020-1029): a count inside the subject phrase of a saying ("The owner of
a nightclub where seven people were injured ... says ...") is the page's own description of
who speaks, not what the speaker says: no speaker (`speakers.in_speaker`).
1020 (walk43, block 1020-1029): a headline's closing phrase after a colon spaced on both
sides ("... : News", "... : Gary News": the site's separator) is no speaker; a headline's
count cites the subject of a saying in the present tense at its root that governs the
count's clause ("Man says he ...", "Collier deputies say 3 ..."; `claims.headline_speakers`).
1000 (clauses43, block 1000-1009): care given by anyone (`claims.aid_given`): the one who
receives first aid from a closed class of predicates (a verb of tending with "to"; a noun of
aid, pressure, a tourniquet, a bandage given "to" or "on"), or whose wound or body part it
reaches, or who owns the aid ("came to her aid"), is a survivor's state, injured 1, after a
count of someone shot or hurt, unless the article counts the same noun killed 1 or the same
sentence counts that person in care already; CPR, a purpose, a negation are none.
990 (counts43, block 990-999): a list set off from a counted plural by a dash, a colon, a
semicolon or a parenthesis ("Three people — a man, a man and a woman —"), or by a comma when
its members are named ("her two children, A and B"), names the same persons again: no more
are added to a group's sum; the noun "ages" in a list ("four men — ages 18, 18, 19 and 20 —
and three women") and the numbers under it are ages, no persons (`claims.count_groups`).
982 (finder42, block 970-979; main held 981, so main's + 1): a first report's zero of arrests
and charges in more of the shapes a reporter anywhere writes: a suspect "on the run"
(`suspects_free.FREE`); a person told by a relative clause of saying that reports the harm
they did ("a man police say shot four people", `suspects_free.told_by_harm_done`), so sought;
a person or a name as the passive subject of "wanted" ("Woodley is wanted in the
shootings"); charges denied on the verb that brings them ("charges have not been issued",
"police have not filed charges": `claims.charges_denied`, stated) and a charge verb denied of
its whole subject ("the driver has not been charged", stated, as the labels read it; not of a
thing a relative pronoun was hung on), a charge still to come ("will not be filed") or a
victim's "not press charges" none.
981 (counts42's block, 960-969; main held 980, so main's + 1): a survivor's care, state or
injury with an "after" clause telling the same person's harm is one count, hit
(`claims.after_clauses`): the clause with a pronoun of its own ("remains in critical condition
after she was shot", "are recovering after they were shot"), said by someone ("after police say
he shot himself"), in a "where" clause on the place of care, or on an injury verb or wound
("were injured after being shot"); before, such a person was read injured and hit, two counts
where the labels count one.
980 (speed42's block, 980-989): a headline cites the speaker it names after its news and a
colon ("...: Police"), in a closing clause of saying ("..., police say", "..., according to
deputies") and by an agency's initials before a colon ("NYPD: ..."), as it did a speaker
before a colon in mixed case (`claims.headline_speakers`); counts unchanged.
953 (claims41, block 940-949; main held 952, so main's + 1): a speaker's "of" phrase is read
as a noun phrase again, its relative clause left out ("the owner of a club where seven were
hurt" is the owner of a club); a dateline's place is the page's own, no speaker's (walk41 saw
"CARACAS" said by the military).
952 (claims41, block 940-949; main held 951, so main's + 1): each count takes the speaker of
the saying whose clause holds it (`claims.claim_speakers`): none when every saying of its
sentence tells its own clause only (a relative, coordinated or adverbial clause: "a shooting
that police said began at 2 a.m."), the outer one of a chain ("according to police, the boy
told them ..."); a quotation running over several sentences is its speaker's in each
(`claims.quotations`); a pronoun speaker takes the nearest named speaker it can stand for, in
any paragraph (`claims.antecedents`); a record that "shows" a clause is cited.
951 (claims41, block 940-949; main held 950, so main's + 1): who said it is read from the
parse of a parsed sentence (`claims.speakers`): the subject of a verb of saying, reporting or
believing, or the object of "according to", its own noun phrase only (the patterns read back
to a comma and took clauses: "police said when gunfire erupted"); a denied saying, an
infinitive or modifier form ("declined to confirm", "a reported shooting") cites no one.
Unparsed sentences keep the patterns of `claims.attribution`.
950 (counts41's block, 950-959): parts of a counted group named with no noun of their own:
"another", a rank or "a second one" standing alone for a person (`ordinals.lone_rank`), in
a gapped list of parts ("One was shot in the back, another in the leg, and a third in the
arm": `repair_gapped`; "a third" there a person, no fraction), or in a clause of no role
("another was lying in the yard": one more of the group before it, `others`); "the other
N" alone is the rest of the group the page counted before it, in its role (the rest of a
group told hit whose dead were told apart: those who lived, injured).
930 (finder40's block, 930-939): custody denied of every suspect is 0 arrested, by a negation
on the clause ("the shooter is not in custody") or a negative quantifier on its subject
("neither suspect is in custody", "none of the gunmen has been arrested"):
`claims.custody_denied`, read by `arrest_states`.
922 (claims40): `page_groups` reads three or more named by "the" and a number alone ("the
three were found") as the page's group of that size (a pair is left: "the two" so often
joins the doer and the one harmed).
921 (claims40): a group the page counted in a harm, named again in a clause that tells no
harm ("All four teens were in a band", "the two women were identified as", "four of them
were men"), takes the role the page tells the group (`page_groups`: dev_af's numbered-person
convention, as labels40al applied it; claims39's unlanded reading, written again).
920 (claims40's block, 920-929): a clause's subject the parser joined to the object of the
clause before it is mended after a direct object too, for a plural or a number standing for
persons, before a verb with no auxiliary whose form agrees ("One suffered injuries and the
other three are in stable condition", "shot a clerk and two customers were wounded"; a
singular before "were" with the noun before its "and": a coordinated subject); a group's
wounds beside a death told only by an event's noun ("the August murder") stay injured
(`repair_clauses`, `fates.wounds_of_the_dead`).
910 (finder39's block, 910-919): a first report's arrest zero read from the state a clause
says of the suspect, any number ("the shooters remain at large", "is believed to still be at
large", "was able to get away", "searching for whoever fired", "trying to locate the man who
shot him", "the gunman(s)"; the parse gate passes "at large"); custody told by its place
("booked into", "taken to", "held at" a jail or detention center: `custody` in the roles data).
900 (claims39's block, 900-909): "both victims", hit by its noun alone, is marked a victims count,
so the page's passes give it the harm the page tells (`word_counts.both_counts`).
890: the thirty-eighth session's blocks landed out of order (880 finder38's, then 870-873
claims38's: a relative clause on a person already counted is a count in its own role, an
"including" member joins the counted group, "the cause of death" is the article's one death, a
harm's participle beside a condition is one hit), so the lead set 890 above them all; the next
session's blocks start at 900.
880 (finder38's block, 880-889): a person ranked by a noun compounded before it ("a second
murder suspect": the parser hangs the rank on "murder") is a rank's floor too
(`rank_floors.person_rank`).
861 (claims37): a wound or injuries noun a singular pronoun owns ("a towel to her wounds",
"because of his injuries") names one hurt whatever its clause says (`owned_wounds`).
860 (claims37's block, 860-869): a death told again by its noun in a clause of its own, of a
person the sentence counts dead already ("he died of his wounds and his death was ruled a
homicide", "... and three teens were charged in her death") is a count of its own
(`own_clauses.death_told_anew`).
841 (recall36): a charge someone wants brought ("the family wants the owner prosecuted",
"asked that he be charged") is none yet, as one still to come (`verb_forms.still_to_come`).
840 (recall36's block, 840-849): a person a warrant is told for is sought, 0 arrested, and
an arrest a warrant is for is none made (`claims.warrants`); custody named by a guardian's
duty ("protective custody", "in state custody") is no arrest (`claims.guardianship`).
820-821 (claims36): one of a counted group in the group's role ("X was one of the three
people wounded"), a death told by a loss ("the loss of her son").
811 (land36, lookalikes35's 750-751): a count of a person's victims names that person
(`agents`), marked `without_agent` where its article tells that person dead too; a count of
"others" keeps the fates of the people told just before it (`besides`).
810 (land36, finder35's 733): a body a part or region belongs to ("several parts of the
body", "the right side of her body") is a living one's anatomy, no one dead.
800: the thirty-fifth session's blocks landed out of order (720, 710-714, 730-732, 740),
so the lead set 800 above them all; the next session's blocks start at 810.
740 (arrests35): a charge still to come states none ("will be charged"), a count of charges
or cases is no count of people charged, "in charge of" is no charge."""

FINDER_VERSION = "410"
"""The conflict finder (`workbench.findings`): findings are found again; what each number
changed: `findings/finder_version.py`."""

GROUPING_VERSION = "181"
"""Changes whenever grouping would place articles differently: the next analysis then
groups every article again (keeping what reviewers pinned).
181 (stories41): a report of a later day that tells a story's event day among its days, at
its place and on a street of it, is a follow-up of that event (`streets.recalls_the_scene`):
another day told does not keep it out.
180 (stories41): a story offered only by its event day told among the article's days
(`events.tells_their_day`), when the article tells its own event day and the story's
reports do not, is evidence of a recalled day (`Weighed.recalled`) as the day and place
read through such a day is: neither outranks the other, the more alike wins.
170 (stories39): a page whose text tells two or more incidents apart (`stories.round_up`: two
scenes with harm, their clock times hours apart) bridges no article into a story: an article
is weighed against a story's other reports, unless round-ups are all it has
(`stories.bridges`); the facts made ahead carry the reading.
160 (stories38): a report that tells a story's event day, a street of it and a time of
that day to the minute is of that event (`clock.the_scene_and_minute`), however few words
it shares and whatever site it reads as its place.
150 (stories37): two reports of one day telling other hours of it are two events
(`stories.clock`); the facts made ahead carry the streets and hours."""

TITLES_VERSION = "50"
"""Changes whenever titles would read differently: the next analysis then titles every
story again (keeping what reviewers named). Titles read the claims, so the extractor's
version is part of the mark too (`analysis_marks.titles_mark`).
50 (stories44): a place's name the extractor cased from a page's capitals (a dateline's
"MCKEESPORT" named "Mckeesport", "CLEVELAND-" named "Cleveland-") gives way to the same name as
another mention writes it ("McKeesport", "Back of the Yards", "DeKalb County";
`titles._recased`).
40 (stories43): a heading naming an account on the site its host names ("<account> on
<site>", whatever the handle in the path) or the site with its motto after a comma ("<site>,
the <motto>") is the page's masthead too (`address.names_its_site`).
30 (stories42): a story titled by a heading takes the first that is not its page's masthead,
all names its address spells in its host or a one-word path part ("NBC12" of a log-in
wall's page at .../NBC12News/posts/..., "TSA on Twitter"), else none: "untitled"
(`titles.told_heading`, `address.names_its_site`)."""

CLEANER_VERSION = 35
"""Changes whenever what ingest derives from an article's raw bytes changes: cleaning
(`ingest.clean`, `furniture`, `gallery`, `headlines`, `breaks`, `closing_links`,
`doubles`, `teasers`, `lone_labels`, `coverage_note`, `junk_lines`, `sign_up`), the
readers of Markdown and HTML, sentence splitting. A database cleaned by an older one is
cleaned again by `workbench analyze` (`ingest.reclean`); the raw bytes are never touched."""
