# ruff: noqa: E501  (a data table: one sentence per line reads better than wrapped strings)
"""Writes claims.jsonl from the compact table below (run once after editing the table).

Each entry: (published, sentence, gold claims). Gold claims: ("q", span, low, high) for a
quantity (high None = unbounded), ("p", span, name) for a place, ("d", span, start) for a
date or time (start None = vague or unresolvable). The sentences are written for this set
in the style of wire copy; none comes from the sample articles.
"""

from __future__ import annotations

import json
from pathlib import Path

P1 = "2023-03-14"  # a Tuesday
P2 = "2022-11-07"  # a Monday
P3 = "2021-06-20"  # a Sunday

ROWS = [
    # --- protests and unrest
    (
        P1,
        "Police detained 43 protesters in the capital on Monday, the interior ministry said.",
        [("q", "43 protesters", 43, 43), ("d", "Monday", "2023-03-13")],
    ),
    (
        P1,
        "About 2,000 people marched through central Lyon on Saturday to oppose the pension reform.",
        [
            ("q", "About 2,000 people", 1800, 2200),
            ("p", "Lyon", "Lyon"),
            ("d", "Saturday", "2023-03-11"),
        ],
    ),
    (
        P1,
        "Organisers said more than 10,000 demonstrators gathered in Republic Square.",
        [
            ("q", "more than 10,000 demonstrators", 10000, None),
            ("p", "Republic Square", "Republic"),
        ],
    ),
    (
        P1,
        "Riot police fired tear gas at hundreds of students outside the parliament building.",
        [("q", "hundreds of students", 200, 999)],
    ),
    (
        P1,
        "At least 12 officers were injured in clashes near Station Road, according to the police union.",
        [("q", "At least 12 officers", 12, None), ("p", "Station Road", "Station")],
    ),
    (
        P1,
        "The unions have called a national strike for Thursday.",
        [("d", "Thursday", "2023-03-16")],
    ),
    (
        P1,
        "Dozens of shops were looted in the Westgate district overnight.",
        [("q", "Dozens of shops", 24, 99), ("p", "Westgate district", "Westgate")],
    ),
    (
        P1,
        "Between 300 and 400 people were arrested during the week of protests, the government said.",
        [("q", "Between 300 and 400 people", 300, 400)],
    ),
    (
        P1,
        "Nearly 60 percent of respondents said they supported the strikes.",
        [("q", "Nearly 60 percent", 54, 60)],
    ),
    (
        P1,
        "A crowd of several thousand rallied in the port city of Brest late on Sunday.",
        [
            ("q", "several thousand", 3000, 9000),
            ("p", "Brest", "Brest"),
            ("d", "Sunday", "2023-03-12"),
        ],
    ),
    (P1, "The march ended peacefully, a spokesman for the organisers said.", []),
    (
        P1,
        "Protesters blocked the main highway into Marseille for three hours.",
        [("p", "Marseille", "Marseille"), ("q", "three hours", 10800, 10800)],
    ),
    (
        P1,
        "Some 150 riot police were deployed to the Old Port area of the city.",
        [("q", "Some 150 riot police", 135, 165), ("p", "Old Port area", "Old Port")],
    ),
    (
        P1,
        "Two people were killed when a car drove into the crowd, officials said.",
        [("q", "Two people", 2, 2)],
    ),
    (P1, "Students occupied the university for a second week.", []),
    (
        P1,
        "The interior minister said 1,500 extra officers would be on duty for Thursday's march.",
        [("q", "1,500 extra officers", 1500, 1500), ("d", "Thursday", "2023-03-16")],
    ),
    (P1, "Police said the gathering in Hyde Park had been peaceful.", [("p", "Hyde Park", "Hyde")]),
    (
        P1,
        "Demonstrators set fire to at least 20 cars in the suburb of Nanterre.",
        [("q", "at least 20 cars", 20, None), ("p", "suburb of Nanterre", "Nanterre")],
    ),
    (
        P1,
        "Around 40 people were treated in hospital, the health authority said on Tuesday.",
        [("q", "Around 40 people", 36, 44), ("d", "Tuesday", "2023-03-14")],
    ),
    (
        P1,
        "The protests began in January after the government raised fuel prices by 15%.",
        [("d", "January", "2023-01-01"), ("q", "15%", 15, 15)],
    ),
    # --- disasters
    (
        P2,
        "The 7.1 magnitude earthquake struck at 4:17 a.m. local time, about 80 kilometres south of the city.",
        [
            ("q", "7.1 magnitude", 7.1, 7.1),
            ("d", "4:17 a.m. local time", "2022-11-07T04:17"),
            ("q", "about 80 kilometres", 72000, 88000),
        ],
    ),
    (
        P2,
        "At least 1,200 people have died and more than 5,000 were injured, the disaster agency said.",
        [("q", "At least 1,200 people", 1200, None), ("q", "more than 5,000", 5000, None)],
    ),
    (
        P2,
        "Floods have displaced some 30,000 families in the province of Sindh since August.",
        [
            ("q", "some 30,000 families", 27000, 33000),
            ("p", "province of Sindh", "Sindh"),
            ("d", "August", "2022-08-01"),
        ],
    ),
    (
        P2,
        "Rescue teams pulled 14 survivors from the rubble on Sunday.",
        [("q", "14 survivors", 14, 14), ("d", "Sunday", "2022-11-06")],
    ),
    (
        P2,
        "The storm brought winds of up to 180 km/h to the coast near Darwin.",
        [("q", "up to 180 km/h", 0, 50), ("p", "Darwin", "Darwin")],
    ),
    (
        P2,
        "More than 200 millimetres of rain fell in 24 hours, the weather service said.",
        [("q", "More than 200 millimetres", 0.2, None), ("q", "24 hours", 86400, 86400)],
    ),
    (
        P2,
        "The fire has burned 12,000 hectares (30,000 acres) of forest.",
        [("q", "12,000 hectares (30,000 acres)", 120000000, 120000000)],
    ),
    (
        P2,
        "Officials evacuated the town of Paradise as the flames approached.",
        [("p", "town of Paradise", "Paradise")],
    ),
    (
        P2,
        "Dozens of houses collapsed in the village of Kaya.",
        [("q", "Dozens of houses", 24, 99), ("p", "village of Kaya", "Kaya")],
    ),
    (
        P2,
        "The dam burst on Friday, flooding farmland across the valley.",
        [("d", "Friday", "2022-11-04")],
    ),
    (
        P2,
        "Aid agencies estimate that 2.5 million people need food assistance.",
        [("q", "2.5 million people", 2500000, 2500000)],
    ),
    (P2, "The volcano last erupted in 1991.", [("d", "1991", "1991-01-01")]),
    (
        P2,
        "Power was cut to about 400,000 homes in the state of Queensland.",
        [("q", "about 400,000 homes", 360000, 440000), ("p", "state of Queensland", "Queensland")],
    ),
    (
        P2,
        "A second aftershock hit the region shortly after midnight.",
        [("d", "midnight", "2022-11-07T00:00")],
    ),
    (P2, "Nine people remain missing, the coast guard said.", [("q", "Nine people", 9, 9)]),
    (
        P2,
        "The quake was felt as far away as Jakarta, some 300 miles to the west.",
        [("p", "Jakarta", "Jakarta"), ("q", "some 300 miles", 434523, 531084)],
    ),
    (
        P2,
        "The government declared a state of emergency in three provinces.",
        [("q", "three provinces", 3, 3)],
    ),
    (
        P2,
        "Temperatures reached 47 degrees Celsius in Seville last week.",
        [
            ("q", "47 degrees Celsius", 47, 47),
            ("p", "Seville", "Seville"),
            ("d", "last week", "2022-10-31"),
        ],
    ),
    (
        P2,
        "The bridge, built in 1889, collapsed under the weight of the water.",
        [("d", "1889", "1889-01-01")],
    ),
    (
        P2,
        "A 10-year-old girl was rescued after 30 hours under the rubble.",
        [("q", "30 hours", 108000, 108000)],
    ),
    # --- elections
    (
        P2,
        "Turnout was 67.4 percent, the highest since 1998, the electoral commission said.",
        [("q", "67.4 percent", 67.4, 67.4), ("d", "1998", "1998-01-01")],
    ),
    (
        P2,
        "The ruling party won 212 of the 350 seats in parliament.",
        [("q", "212", 212, 212), ("q", "350 seats", 350, 350)],
    ),
    (
        P2,
        "Voters in Ohio will go to the polls on Tuesday.",
        [("p", "Ohio", "Ohio"), ("d", "Tuesday", "2022-11-08")],
    ),
    (
        P2,
        "She received 1.8 million votes, or 41 percent, according to official results.",
        [("q", "1.8 million votes", 1800000, 1800000), ("q", "41 percent", 41, 41)],
    ),
    (
        P2,
        "The incumbent conceded defeat late on Sunday night.",
        [("d", "Sunday night", "2022-11-06")],
    ),
    (P2, "Early voting began on Oct. 24 in most counties.", [("d", "Oct. 24", "2022-10-24")]),
    (
        P2,
        "The candidate held a rally in Phoenix on October 24.",
        [("p", "Phoenix", "Phoenix"), ("d", "October 24", "2022-10-24")],
    ),
    (
        P2,
        "Polls show the two candidates separated by fewer than 3 points.",
        [("q", "two candidates", 2, 2), ("q", "fewer than 3 points", 0, 3)],
    ),
    (
        P2,
        "He was first elected in 2010 and re-elected four years later.",
        [("d", "2010", "2010-01-01")],
    ),
    (
        P2,
        "The opposition says about 300,000 ballots were not counted.",
        [("q", "about 300,000 ballots", 270000, 330000)],
    ),
    (P2, "The runoff is scheduled for Dec. 6.", [("d", "Dec. 6", "2022-12-06")]),
    (P2, "Observers from 40 countries monitored the vote.", [("q", "40 countries", 40, 40)]),
    (P2, "The president, 64, is seeking a second term.", []),
    (
        P2,
        "Campaign spending topped $14 billion, a record.",
        [("q", "$14 billion", 14000000000, 14000000000)],
    ),
    (
        P2,
        "The party's share of the vote fell by 6 percentage points.",
        [("q", "6 percentage points", 6, 6)],
    ),
    (
        P2,
        "Counting continued in Maricopa County on Monday morning.",
        [("p", "Maricopa County", "Maricopa"), ("d", "Monday morning", "2022-11-07")],
    ),
    (P2, "Almost half of the electorate stayed at home.", []),
    (P2, "The 2020 election was the most expensive in history.", [("d", "2020", "2020-01-01")]),
    (
        P2,
        "Results from roughly 90% of precincts were in by 11 p.m.",
        [("q", "roughly 90%", 81, 99), ("d", "11 p.m.", "2022-11-07T23:00")],
    ),
    (P2, "Voting ended at 8pm.", [("d", "8pm", "2022-11-07T20:00")]),
    # --- economy
    (
        P1,
        "Inflation rose to 8.5% in February, the highest rate in 40 years.",
        [
            ("q", "8.5%", 8.5, 8.5),
            ("d", "February", "2023-02-01"),
            ("q", "40 years", 1262278080, 1262278080),
        ],
    ),
    (
        P1,
        "The company said it would cut 10,000 jobs, or about 5 percent of its workforce.",
        [("q", "10,000 jobs", 10000, 10000), ("q", "about 5 percent", 4.5, 5.5)],
    ),
    (
        P1,
        "Shares fell 12 per cent in early trading in Frankfurt.",
        [("q", "12 per cent", 12, 12), ("p", "Frankfurt", "Frankfurt")],
    ),
    (
        P1,
        "The bank raised its key rate by half a percentage point to 4.75%.",
        [("q", "4.75%", 4.75, 4.75)],
    ),
    (
        P1,
        "Exports to China totalled €223 billion last year.",
        [
            ("p", "China", "China"),
            ("q", "€223 billion", 223000000000, 223000000000),
            ("d", "last year", "2022-01-01"),
        ],
    ),
    (
        P1,
        "The deal is worth $1.2bn, according to people familiar with the matter.",
        [("q", "$1.2bn", 1200000000, 1200000000)],
    ),
    (
        P1,
        "Unemployment stood at 3.4 percent in January, the lowest since May 1969.",
        [
            ("q", "3.4 percent", 3.4, 3.4),
            ("d", "January", "2023-01-01"),
            ("d", "May 1969", "1969-05-01"),
        ],
    ),
    (
        P1,
        "The factory in Ingolstadt employs roughly 40,000 workers.",
        [("p", "Ingolstadt", "Ingolstadt"), ("q", "roughly 40,000 workers", 36000, 44000)],
    ),
    (
        P1,
        "Oil prices climbed above $90 a barrel on Monday.",
        [("q", "above $90", 90, None), ("d", "Monday", "2023-03-13")],
    ),
    (
        P1,
        "The retailer will close 87 stores by the end of June.",
        [("q", "87 stores", 87, 87), ("d", "June", "2023-06-01")],
    ),
    (P1, "Sales grew by a third in the fourth quarter.", []),
    (
        P1,
        "The government plans to spend 50 billion pounds on the programme.",
        [("q", "50 billion pounds", 50000000000, 50000000000)],
    ),
    (
        P1,
        "The firm was founded in 1998 by two former engineers.",
        [("d", "1998", "1998-01-01"), ("q", "two former engineers", 2, 2)],
    ),
    (
        P1,
        "Revenue reached 4.2 billion euros, up from 3.9 billion a year earlier.",
        [
            ("q", "4.2 billion euros", 4200000000, 4200000000),
            ("q", "3.9 billion", 3900000000, 3900000000),
        ],
    ),
    (P1, "The central bank meets again on March 22.", [("d", "March 22", "2023-03-22")]),
    (P1, "House prices in London fell for the sixth month in a row.", [("p", "London", "London")]),
    (P1, "The minimum wage will rise to 12 dollars an hour.", [("q", "12 dollars", 12, 12)]),
    (
        P1,
        "The strike cost the airline an estimated 100 million euros.",
        [("q", "an estimated 100 million euros", 90000000, 110000000)],
    ),
    (
        P1,
        "Wheat output fell to 28 million tonnes, the ministry said.",
        [("q", "28 million tonnes", 28000000000, 28000000000)],
    ),
    (P1, "The Boeing 737 order was the largest in the airline's history.", []),
    # --- sport
    (
        P3,
        "Brazil's stadium in Rio de Janeiro was packed with 78,000 fans on Saturday.",
        [
            ("p", "Rio de Janeiro", "Rio de Janeiro"),
            ("q", "78,000 fans", 78000, 78000),
            ("d", "Saturday", "2021-06-19"),
        ],
    ),
    (
        P3,
        "She won the 100 metres in 10.61 seconds.",
        [("q", "100 metres", 100, 100), ("q", "10.61 seconds", 10.61, 10.61)],
    ),
    (
        P3,
        "The striker has scored 23 goals in 31 matches this season.",
        [("q", "23 goals", 23, 23), ("q", "31 matches", 31, 31)],
    ),
    (
        P3,
        "The final will be played in Wembley Stadium on July 11.",
        [("p", "Wembley Stadium", "Wembley"), ("d", "July 11", "2021-07-11")],
    ),
    (P3, "He finished second in the 2019 race.", [("d", "2019", "2019-01-01")]),
    (
        P3,
        "The club paid a record £89 million for the midfielder.",
        [("q", "£89 million", 89000000, 89000000)],
    ),
    (
        P3,
        "More than 40,000 runners took part in the marathon in Berlin.",
        [("q", "More than 40,000 runners", 40000, None), ("p", "Berlin", "Berlin")],
    ),
    (
        P3,
        "The team trained in Marbella for two weeks before the tournament.",
        [("p", "Marbella", "Marbella"), ("q", "two weeks", 1209600, 1209600)],
    ),
    (
        P3,
        "The 35-year-old goalkeeper announced his retirement on Friday.",
        [("d", "Friday", "2021-06-18")],
    ),
    (P3, "Only three players have won the trophy more than once.", [("q", "three players", 3, 3)]),
    (
        P3,
        "The race covers 3,400 kilometres over 21 stages.",
        [("q", "3,400 kilometres", 3400000, 3400000), ("q", "21 stages", 21, 21)],
    ),
    (P3, "Tickets sold out within 20 minutes.", [("q", "20 minutes", 1200, 1200)]),
    (
        P3,
        "The coach was sacked in November after a run of poor results.",
        [("d", "November", "2020-11-01")],
    ),
    (P3, "Fans queued outside the ground from 6 a.m.", [("d", "6 a.m.", "2021-06-20T06:00")]),
    (
        P3,
        "The match in Seoul drew a crowd of about 50,000.",
        [("p", "Seoul", "Seoul"), ("q", "about 50,000", 45000, 55000)],
    ),
    (P3, "He ran the last lap in under 55 seconds.", [("q", "under 55 seconds", 0, 55)]),
    (P3, "The stadium was built for the 1998 World Cup.", [("d", "1998", "1998-01-01")]),
    (P3, "The team won the league for the first time.", []),
    (
        P3,
        "A world record crowd of 91,648 watched the game in Barcelona.",
        [("q", "91,648", 91648, 91648), ("p", "Barcelona", "Barcelona")],
    ),
    (
        P3,
        "She has won seven titles since 2015.",
        [("q", "seven titles", 7, 7), ("d", "2015", "2015-01-01")],
    ),
    # --- crime and courts
    (
        P2,
        "Police arrested 17 suspects in raids across Naples early on Friday.",
        [("q", "17 suspects", 17, 17), ("p", "Naples", "Naples"), ("d", "Friday", "2022-11-04")],
    ),
    (
        P2,
        "The gang stole jewellery worth 2 million dollars from the store.",
        [("q", "2 million dollars", 2000000, 2000000)],
    ),
    (
        P2,
        "The man was sentenced to 12 years in prison on Thursday.",
        [("q", "12 years", 378683424, 378683424), ("d", "Thursday", "2022-11-03")],
    ),
    (
        P2,
        "Officers seized 450 kilograms of cocaine at the port of Antwerp.",
        [("q", "450 kilograms", 450, 450), ("p", "port of Antwerp", "Antwerp")],
    ),
    (
        P2,
        "The shooting happened at about 10:30 p.m. on Saturday near Union Station.",
        [
            ("d", "10:30 p.m.", "2022-11-05T22:30"),
            ("d", "Saturday", "2022-11-05"),
            ("p", "Union Station", "Union"),
        ],
    ),
    (P2, "Three men have been charged with murder, prosecutors said.", [("q", "Three men", 3, 3)]),
    (P2, "The trial is expected to last six weeks.", [("q", "six weeks", 3628800, 3628800)]),
    (P2, "The victim, a 52-year-old teacher, died at the scene.", []),
    (
        P2,
        "Detectives have interviewed more than 300 witnesses since the attack in March.",
        [("q", "more than 300 witnesses", 300, None), ("d", "March", "2022-03-01")],
    ),
    (
        P2,
        "The fraud cost taxpayers an estimated $25 million, the indictment says.",
        [("q", "an estimated $25 million", 22500000, 27500000)],
    ),
    (
        P2,
        "Two officers were wounded in a shootout in the Bronx.",
        [("q", "Two officers", 2, 2), ("p", "Bronx", "Bronx")],
    ),
    (
        P2,
        "The suspect was extradited from Spain in 2019.",
        [("p", "Spain", "Spain"), ("d", "2019", "2019-01-01")],
    ),
    (
        P2,
        "Police say the robbery took place shortly before 3 p.m.",
        [("d", "3 p.m.", "2022-11-07T15:00")],
    ),
    (
        P2,
        "About a dozen people witnessed the attack, according to police.",
        [("q", "About a dozen people", 11, 13)],
    ),
    (
        P2,
        "The jury deliberated for nine hours before reaching a verdict.",
        [("q", "nine hours", 32400, 32400)],
    ),
    (P2, "He was released on bail of 50,000 euros.", [("q", "50,000 euros", 50000, 50000)]),
    (
        P2,
        "The court in Milan will rule on Nov. 15.",
        [("p", "Milan", "Milan"), ("d", "Nov. 15", "2022-11-15")],
    ),
    (
        P2,
        "Homicides in the city rose 8% last year.",
        [("q", "8%", 8, 8), ("d", "last year", "2021-01-01")],
    ),
    (P2, "Article 5 of the treaty was invoked for the first time.", []),
    (
        P2,
        "The prosecutor said the gang had operated since 2016 in the district of Kreuzberg.",
        [("d", "2016", "2016-01-01"), ("p", "district of Kreuzberg", "Kreuzberg")],
    ),
    # --- conflict and security
    (
        P3,
        "Rebels attacked an army base near Goma on Thursday, killing at least 15 soldiers.",
        [
            ("p", "Goma", "Goma"),
            ("d", "Thursday", "2021-06-17"),
            ("q", "at least 15 soldiers", 15, None),
        ],
    ),
    (
        P3,
        "Artillery fire hit the town of Izium three days ago.",
        [("p", "town of Izium", "Izium"), ("d", "three days ago", "2021-06-17")],
    ),
    (
        P3,
        "Around 5,000 troops have been deployed to the border region.",
        [("q", "Around 5,000 troops", 4500, 5500)],
    ),
    (
        P3,
        "The convoy travelled 40 miles (64 km) before it was stopped.",
        [("q", "40 miles (64 km)", 64373.76, 64373.76)],
    ),
    (
        P3,
        "The militia released 21 hostages late on Saturday, the army said.",
        [("q", "21 hostages", 21, 21), ("d", "Saturday", "2021-06-19")],
    ),
    (P3, "Drones struck a fuel depot outside Kharkiv overnight.", [("p", "Kharkiv", "Kharkiv")]),
    (P3, "The ceasefire, agreed in May, has largely held.", [("d", "May", "2021-05-01")]),
    (
        P3,
        "Thousands of civilians fled to Poland in the first week of fighting.",
        [("q", "Thousands of civilians", 2000, 9999), ("p", "Poland", "Poland")],
    ),
    (
        P3,
        "Two helicopters were shot down over the Black Sea.",
        [("q", "Two helicopters", 2, 2), ("p", "Black Sea", "Black Sea")],
    ),
    (P3, "The siege of the city lasted 86 days.", [("q", "86 days", 7430400, 7430400)]),
    (
        P3,
        "Peace talks are due to resume in Geneva next week.",
        [("p", "Geneva", "Geneva"), ("d", "next week", "2021-06-21")],
    ),
    (P3, "Fighting resumed in recent days, residents said.", [("d", "recent days", None)]),
    (P3, "The F-16 jets were delivered in 2019.", [("d", "2019", "2019-01-01")]),
    (
        P3,
        "UN officials said 4.1 million people had been displaced.",
        [("q", "4.1 million people", 4100000, 4100000)],
    ),
    (
        P3,
        "The explosion happened at 2:15 p.m. (11:15 GMT) near the market.",
        [("d", "2:15 p.m. (11:15 GMT)", "2021-06-20T11:15Z")],
    ),
    # --- health and science
    (
        P1,
        "The hospital in Leeds treated 230 patients for smoke inhalation.",
        [("p", "Leeds", "Leeds"), ("q", "230 patients", 230, 230)],
    ),
    (
        P1,
        "Cases rose by nearly 30% in the week to Sunday.",
        [("q", "nearly 30%", 27, 30), ("d", "Sunday", "2023-03-12")],
    ),
    (
        P1,
        "The vaccine was given to 1.3 million people in the first month.",
        [("q", "1.3 million people", 1300000, 1300000)],
    ),
    (
        P1,
        "Researchers followed 12,000 adults for 10 years.",
        [("q", "12,000 adults", 12000, 12000), ("q", "10 years", 315569520, 315569520)],
    ),
    (P1, "The outbreak was first reported in December.", [("d", "December", "2022-12-01")]),
    (
        P1,
        "The WHO said the Covid-19 death toll had passed 6.8 million.",
        [("q", "6.8 million", 6800000, 6800000)],
    ),
    (P1, "Up to 70 percent of cases show no symptoms.", [("q", "Up to 70 percent", 0, 70)]),
    (
        P1,
        "The clinic opened in the town of Bray last week.",
        [("p", "town of Bray", "Bray"), ("d", "last week", "2023-03-06")],
    ),
    (
        P1,
        "Waiting lists grew to 7.2 million in January.",
        [("q", "7.2 million", 7200000, 7200000), ("d", "January", "2023-01-01")],
    ),
    (P1, "The study found a 25% lower risk among regular walkers.", [("q", "25%", 25, 25)]),
    # --- no publication date
    (
        None,
        "Police detained 31 people on Monday, the ministry said.",
        [("q", "31 people", 31, 31), ("d", "Monday", None)],
    ),
    (
        None,
        "The fire broke out in March 2017 in the village of Arroyo.",
        [("d", "March 2017", "2017-03-01"), ("p", "village of Arroyo", "Arroyo")],
    ),
    (
        None,
        "The ceremony took place on 4 July 2015 in Boston.",
        [("d", "4 July 2015", "2015-07-04"), ("p", "Boston", "Boston")],
    ),
    (
        None,
        "Protests are planned for Friday in Lagos.",
        [("d", "Friday", None), ("p", "Lagos", "Lagos")],
    ),
    (None, "Prices rose 3% last month.", [("q", "3%", 3, 3), ("d", "last month", None)]),
    # --- attribution-heavy and quotes, mixed
    (
        P1,
        "\u201cWe counted at least 500 people,\u201d said Marta Lind, a local organiser.",
        [("q", "at least 500 people", 500, None)],
    ),
    (
        P1,
        "The mayor told Reuters that about 70 homes had been damaged.",
        [("q", "about 70 homes", 63, 77)],
    ),
    (
        P1,
        "Officials in Kyiv said the figure was closer to 90.",
        [("p", "Kyiv", "Kyiv"), ("q", "closer to 90", 81, 99)],
    ),
    (P1, "The agency said two-thirds of the wells had dried up.", []),
    (P1, "\u201cIt was chaos,\u201d a witness told the BBC.", []),
    (
        P1,
        "The network reported the blast on Sunday evening.",
        [("d", "Sunday evening", "2023-03-12")],
    ),
    (P1, "Ten years ago the square was a car park.", [("d", "Ten years ago", "2013-01-01")]),
    (P1, "Residents have complained about the noise for months.", []),
    (P1, "The company's Q3 report is due on Wednesday.", [("d", "Wednesday", "2023-03-15")]),
    (
        P1,
        "The museum attracted 1,023,000 visitors in 2022, its best year since 2019.",
        [
            ("q", "1,023,000 visitors", 1023000, 1023000),
            ("d", "2022", "2022-01-01"),
            ("d", "2019", "2019-01-01"),
        ],
    ),
    (
        P1,
        "Workers at the plant in Wolfsburg voted 82 percent in favour of the deal.",
        [("p", "Wolfsburg", "Wolfsburg"), ("q", "82 percent", 82, 82)],
    ),
    (
        P1,
        "The route is 8.5 km long and rises 600 metres.",
        [("q", "8.5 km", 8500, 8500), ("q", "600 metres", 600, 600)],
    ),
    (P1, "A group of 25 to 30 men attacked the checkpoint.", [("q", "25 to 30 men", 25, 30)]),
    (
        P1,
        "The ferry carried 412 passengers and 38 crew.",
        [("q", "412 passengers", 412, 412), ("q", "38 crew", 38, 38)],
    ),
    (
        P1,
        "One person died and four were injured in the crash on Route 9.",
        [("q", "One person", 1, 1), ("q", "four", 4, 4)],
    ),
    (P1, "The new law takes effect on 1 April.", [("d", "1 April", "2023-04-01")]),
    (
        P1,
        "Scores of volunteers cleared debris from the beach at Brighton.",
        [("q", "Scores of volunteers", 40, 99), ("p", "Brighton", "Brighton")],
    ),
    (
        P1,
        "The senator spent two days in Nairobi in February.",
        [
            ("q", "two days", 172800, 172800),
            ("p", "Nairobi", "Nairobi"),
            ("d", "February", "2023-02-01"),
        ],
    ),
    (
        P1,
        "Police were called to the property at around 1 a.m. on Sunday.",
        [("d", "1 a.m.", "2023-03-12T01:00"), ("d", "Sunday", "2023-03-12")],
    ),
    (
        P1,
        "Organisers expect a few hundred people at the vigil.",
        [("q", "a few hundred people", 200, 500)],
    ),
    # Held-out regressions: whole-word times, a day before a figure, a weekday after a verb,
    # a preposition before a river, counts out of a group.
    (
        P1,
        "The march went on all afternoon, and police cleared the square shortly after midnight.",
        [("d", "midnight", "2023-03-14T00:00")],
    ),
    (
        P1,
        "On Feb. 27, 57 people were arrested in Tbilisi.",
        [("d", "Feb. 27", "2023-02-27"), ("q", "57 people", 57, 57), ("p", "Tbilisi", "Tbilisi")],
    ),
    (
        P1,
        "Some 130 buildings collapsed last Monday in the earthquake.",
        [("q", "Some 130 buildings", 117, 143), ("d", "last Monday", "2023-03-13")],
    ),
    (
        P1,
        "Along the Orinoco river, floodwaters cut off 12 villages.",
        [("p", "Orinoco river", "Orinoco"), ("q", "12 villages", 12, 12)],
    ),
    (
        P1,
        "Fourteen people died, eight of them children.",
        [("q", "Fourteen people", 14, 14), ("q", "eight of them children", 8, 8)],
    ),
    (
        P1,
        "Forty of the injured were taken to hospitals in Lyon.",
        [("q", "Forty of the injured", 40, 40), ("p", "Lyon", "Lyon")],
    ),
]


def main() -> None:
    out = Path(__file__).with_name("claims.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for published, text, gold in ROWS:
            claims = []
            for g in gold:
                kind = {"q": "quantity", "p": "place", "d": "date"}[g[0]]
                assert g[1] in text, (g[1], text)
                item = {"kind": kind, "text": g[1]}
                if kind == "quantity":
                    item.update(low=g[2], high=g[3])
                elif kind == "place":
                    item["name"] = g[2]
                else:
                    item["start"] = g[2]
                claims.append(item)
            f.write(
                json.dumps(
                    {"published": published, "text": text, "claims": claims}, ensure_ascii=False
                )
                + "\n"
            )
    print(f"{len(ROWS)} sentences -> {out}")


if __name__ == "__main__":
    main()
