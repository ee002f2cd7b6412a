"""Expressions in realistic sentences, resolved against a publication date: whole values asserted."""

from __future__ import annotations

import pytest

from app.ingest.temporal import find_dates
from tests.ingest.temporal_helpers import UNKNOWN, pub

D, W, M, S, Y, U = "day", "week", "month", "season", "year", "unknown"
EXP, WKD, REL, NONE = "explicit", "weekday", "relative", "none"

CASES = [
    # full dates in the common UK forms
    (
        "The order came into force on 22 May 2018.",
        "2019-01-10",
        [("22 May 2018", "2018-05-22", D, EXP, False)],
    ),
    (
        "Officers raided the flat on 22nd May, 2018, police said.",
        "2019-01-10",
        [("22nd May, 2018", "2018-05-22", D, EXP, False)],
    ),
    (
        "The hearing was held on May 22, 2018 at Snaresbrook Crown Court.",
        "2019-01-10",
        [("May 22, 2018", "2018-05-22", D, EXP, False)],
    ),
    (
        "The closure notice was served on 22/05/2018.",
        "2019-01-10",
        [("22/05/2018", "2018-05-22", D, EXP, False)],
    ),
    (
        "The register gives 2018-05-22 as the date of the closure.",
        "2019-01-10",
        [("2018-05-22", "2018-05-22", D, EXP, False)],
    ),
    (
        "Sentencing took place on Thursday 7 March 2019 in Chelmsford.",
        "2019-03-12",
        [("Thursday 7 March 2019", "2019-03-07", D, EXP, False)],
    ),
    (
        "A dispersal zone was in force from 6pm on 31 October 2020.",
        "2020-11-02",
        [("31 October 2020", "2020-10-31", D, EXP, False)],
    ),
    (
        "The letter, dated 03.09.2021, warned residents about drug dealing.",
        "2021-09-10",
        [("03.09.2021", "2021-09-03", D, EXP, False)],
    ),
    (
        "On 1st of December 2016 the scheme began in Leyton.",
        "2017-01-10",
        [("1st of December 2016", "2016-12-01", D, EXP, False)],
    ),
    (
        "The figures were released on 5 Jan 2023.",
        "2023-01-06",
        [("5 Jan 2023", "2023-01-05", D, EXP, False)],
    ),
    (
        "The hearing is listed for 14 Sept 2022 at Thames Magistrates.",
        "2022-09-01",
        [("14 Sept 2022", "2022-09-14", D, EXP, False)],
    ),
    (
        "The trial will start on 3 October 2022.",
        "2022-09-01",
        [("3 October 2022", "2022-10-03", D, EXP, True)],
    ),
    # day and month, with and without a weekday
    (
        "Police closed the alleyway on Friday 1 February.",
        "2019-02-06",
        [("Friday 1 February", "2019-02-01", D, WKD, False)],
    ),
    (
        "The appeal was heard on Wednesday, March 3.",
        "2021-03-10",
        [("Wednesday, March 3", "2021-03-03", D, WKD, False)],
    ),
    (
        "The ward panel will meet on Thursday, June 13.",
        "2019-06-05",
        [("Thursday, June 13", "2019-06-13", D, WKD, True)],
    ),
    (
        "Officers visited the estate on Saturday, 26 September.",
        "UNKNOWN",
        [("Saturday, 26 September", "", U, NONE, False)],
    ),
    (
        "The vigil was held on Friday 29 February.",
        "UNKNOWN",
        [("Friday 29 February", "2008-02-29", D, WKD, False)],
    ),
    (
        "The statement was tweeted on Tuesday, May 22.",
        "UNKNOWN",
        [("Tuesday, May 22", "", U, NONE, False)],
    ),
    (
        "The shop in Green Street was shut down on 12 April.",
        "2021-05-03",
        [("12 April", "2021-04-12", D, WKD, False)],
    ),
    (
        "The consultation closes on 30 June.",
        "2021-05-03",
        [("30 June", "2021-06-30", D, WKD, True)],
    ),
    (
        "The licence was suspended on 30 June.",
        "2021-05-03",
        [("30 June", "2020-06-30", D, WKD, False)],
    ),
    (
        "The operation will run from May 22 to 26.",
        "2018-05-20",
        [("from May 22 to 26", "2018-05-22/2018-05-26", D, WKD, True)],
    ),
    (
        "Officers held a week of action on 22-26 May.",
        "2018-06-01",
        [("22-26 May", "2018-05-22/2018-05-26", D, WKD, False)],
    ),
    (
        "The council ran a joint operation between Friday, February 1 and Sunday, February 3.",
        "2019-02-06",
        [
            (
                "between Friday, February 1 and Sunday, February 3",
                "2019-02-01/2019-02-03",
                D,
                WKD,
                False,
            )
        ],
    ),
    (
        "Patrols were stepped up between 14 and 20 March 2022.",
        "2022-04-01",
        [("between 14 and 20 March 2022", "2022-03-14/2022-03-20", D, EXP, False)],
    ),
    (
        "The road was closed from 28 February to 3 March 2020.",
        "2020-03-10",
        [("from 28 February to 3 March 2020", "2020-02-28/2020-03-03", D, EXP, False)],
    ),
    (
        "The crackdown began on Monday and runs until Sunday.",
        "2023-03-15",
        [
            ("Monday", "2023-03-13", D, REL, False),
            ("Sunday", "2023-03-13/2023-03-19", D, REL, False),
        ],
    ),
    (
        "The dispersal order is in force until 11pm on Saturday, June 8.",
        "2019-06-07",
        [("Saturday, June 8", "2019-06-07/2019-06-08", D, WKD, False)],
    ),
    (
        "The order is in force until 31 March 2024.",
        "UNKNOWN",
        [("31 March 2024", "2024-03-31", D, EXP, False)],
    ),
    # month and year
    (
        "The PSPO was introduced in August 2018.",
        "2019-01-10",
        [("August 2018", "2018-08", M, EXP, False)],
    ),
    (
        "Complaints rose sharply in early March 2020.",
        "2020-06-01",
        # early, mid and late name a third of the month
        [("early March 2020", "2020-03-01/2020-03-10", W, EXP, False)],
    ),
    (
        # a deadline ahead is met any day from publication until then
        "The new team will be in place by the end of September 2021.",
        "2021-06-01",
        [("the end of September 2021", "2021-06/2021-09", M, EXP, True)],
    ),
    (
        "Hainault police station closed in Nov 2019.",
        "2020-01-10",
        [("Nov 2019", "2019-11", M, EXP, False)],
    ),
    (
        "Between June and August 2019 officers seized 40 knives.",
        "2019-10-01",
        [("Between June and August 2019", "2019-06/2019-08", M, EXP, False)],
    ),
    # a month alone
    (
        "In January, Redbridge Council launched a public consultation.",
        "2018-05-22",
        [("January", "2018-01", M, REL, False)],
    ),
    (
        "The patrols started in December.",
        "2021-02-10",
        [("December", "2020-12", M, REL, False)],
    ),
    (
        "The cabinet will decide in March whether to extend the order.",
        "2021-02-10",
        [("March", "2021-03", M, REL, True)],
    ),
    (
        "Officers will return in early March.",
        "2021-02-10",
        [("early March", "2021-03-01/2021-03-10", W, REL, True)],
    ),
    (
        "They would meet at the mosque again at the end of September.",
        "2017-07-25",
        [("the end of September", "2017-09", M, REL, True)],
    ),
    (
        "Since June, officers have made 40 arrests in the town centre.",
        "2019-08-15",
        [("June", "2019-06", M, REL, False)],
    ),
    (
        "The cameras went up in mid-June.",
        "2020-07-01",
        [("mid-June", "2020-06-11/2020-06-20", W, REL, False)],
    ),
    (
        "Complaints in June said the lane remained a hotspot.",
        "2017-06-20/2017-07-15",
        [("June", "2017-06", M, REL, False)],
    ),
    # an uncertain publication date: the reading that holds on two thirds of its days (June 2017
    # from June 1 to July 15), else both readings joined
    (
        "Complaints in June said the lane remained a hotspot.",
        "2017-05-20/2017-07-15",
        [("June", "2017-06", M, REL, False)],
    ),
    (
        "Complaints in June said the lane remained a hotspot.",
        "2017-05-01/2017-07-15",
        [("June", "2016-06/2017-06", M, REL, False)],
    ),
    # years, financial years, decades, seasons with a year
    (
        "Mariana Popa was murdered in 2014.",
        "2018-10-01",
        [("2014", "2014", Y, EXP, False)],
    ),
    # "since 2018": a tally runs from 2018 up to publication, not 2018 alone; a state with no
    # tally ("the scheme has run since 2018") dates from its start
    ("The scheme has run since 2018.", "2020-10-01", [("2018", "2018", Y, EXP, False)]),
    ("Officers have made 212 arrests on the estate since 2016.", "2019-05-03",
     [("2016", "2016-01-01/2019-05-03", Y, EXP, False)]),
    # "in the year to June": the twelve months ending with that month, not the month
    ("Shop thefts in the town rose to 540 in the year to June.", "2016-09-07",
     [("June", "2015-07/2016-06", Y, REL, False)]),
    ("Burglary fell by a tenth in the 12 months to March 2019.", "2019-05-20",
     [("March 2019", "2018-04/2019-03", Y, EXP, False)]),
    # no day was given for the match: "on the day of the match" dates nothing (not the arrests' day)
    ("Police arrested two fans on Friday, March 10. A dispersal order was in place on the day of the match.",
     "2023-03-14", [("Friday, March 10", "2023-03-10", "day", "weekday", False)]),
    ("The hub has been open since 12 March 2019.", "2019-05-03", [("12 March 2019", "2019-03-12", "day", EXP, False)]),
    (
        "In the 2018/19 financial year, 412 fines were issued.",
        "2019-06-01",
        [("2018/19 financial year", "2018-04/2019-03", Y, EXP, False)],
    ),
    (
        "Between 2014 and 2016 the number of complaints doubled.",
        "2017-01-01",
        [("Between 2014 and 2016", "2014/2016", Y, EXP, False)],
    ),
    (
        "In the early 2000s the lane was known for kerb crawling.",
        "2017-01-01",
        [("the early 2000s", "2000/2009", Y, EXP, False)],
    ),
    (
        "The force aims to recruit 200 more officers by 2025.",
        "2022-01-10",
        [("2025", "2022-01-10/2025-12-31", Y, EXP, True)],
    ),
    (
        "A similar operation ran in summer 2019.",
        "2020-01-10",
        [("summer 2019", "2019-06/2019-08", S, EXP, False)],
    ),
    (
        "Knife crime peaked in the winter of 2018/19.",
        "2019-06-01",
        [("the winter of 2018/19", "2018-12/2019-02", S, EXP, False)],
    ),
    (
        "The 2012 Olympics brought extra patrols to Stratford.",
        "2013-01-01",
        [("2012", "2012", Y, EXP, False)],
    ),
    # relative to the publication date
    (
        "“Last week we confiscated two vans,” he said.",
        "2017-06-20/2017-07-15",
        [("Last week", "2017-06-12/2017-07-09", W, REL, False)],
    ),
    (
        "Last week officers arrested three men.",
        "2019-02-06",
        [("Last week", "2019-01-28/2019-02-03", W, REL, False)],
    ),
    (
        "Last week officers arrested three men.",
        "UNKNOWN",
        [("Last week", "", U, NONE, False)],
    ),
    (
        "The figures were published last month.",
        "2019-02-06",
        [("last month", "2019-01", M, REL, False)],
    ),
    (
        "The order was renewed last year.",
        "2019-02-06",
        [("last year", "2018", Y, REL, False)],
    ),
    (
        "Romanian officers will be joining the team this week.",
        "2018-05-23",
        [("this week", "2018-05-21/2018-05-27", W, REL, True)],
    ),
    (
        "The council is reviewing the order this month.",
        "2020-10-14",
        [("this month", "2020-10", M, REL, False)],
    ),
    (
        "A man was arrested yesterday in Ilford Lane.",
        "2020-10-14",
        [("yesterday", "2020-10-13", D, REL, False)],
    ),
    (
        "A 19-year-old was stabbed last night.",
        "2020-10-14",
        [("last night", "2020-10-13", D, REL, False)],
    ),
    (
        "The order comes into force today.",
        "2020-10-14",
        [("today", "2020-10-14", D, REL, False)],
    ),
    (
        "Police were called to the house on Tuesday night.",
        "2019-02-07",
        [("Tuesday night", "2019-02-05", D, REL, False)],
    ),
    (
        "The team went out on Tuesday.",
        "2019-02-05",
        [("Tuesday", "2019-02-05", D, REL, False)],
    ),
    (
        "Officers made six arrests at the weekend.",
        "2019-02-06",
        [("at the weekend", "2019-02-02/2019-02-03", D, REL, False)],
    ),
    (
        "Extra patrols will run this weekend.",
        "2019-02-06",
        [("this weekend", "2019-02-09/2019-02-10", D, REL, True)],
    ),
    (
        "The road was closed this morning after a crash.",
        "2021-11-03",
        [("this morning", "2021-11-03", D, REL, False)],
    ),
    (
        "Two men were charged earlier this month.",
        "2021-11-20",
        [("earlier this month", "2021-11-01/2021-11-20", M, REL, False)],
    ),
    (
        "A similar operation launched in June last year.",
        "2018-05-22",
        [("June last year", "2017-06", M, REL, False)],
    ),
    (
        "The cameras were installed on 3 June last year.",
        "2018-05-22",
        [("3 June last year", "2017-06-03", D, REL, False)],
    ),
    (
        "The force was criticised earlier this year.",
        "2019-08-15",
        [("earlier this year", "2019-01-01/2019-08-15", Y, REL, False)],
    ),
    (
        "There were a number of scandals in recent months.",
        "2022-02-14",
        [("in recent months", "2021-11-14/2022-02-14", M, REL, False)],
    ),
    (
        "The council will vote on the plan next month.",
        "2019-03-20",
        [("next month", "2019-04", M, REL, True)],
    ),
    (
        "The new officers start next week.",
        "2019-03-20",
        [("next week", "2019-03-25/2019-03-31", W, REL, True)],
    ),
    (
        "The order will be reviewed next year.",
        "2019-03-20",
        [("next year", "2020", Y, REL, True)],
    ),
    (
        "The hub will open later this year.",
        "2019-03-20",
        [("later this year", "2019-03-20/2019-12-31", Y, REL, True)],
    ),
    (
        "Burglaries fell over the past two years.",
        "2019-03-20",
        [("over the past two years", "2017-03-20/2019-03-20", Y, REL, False)],
    ),
    (
        "The shop was raided three weeks ago.",
        "2019-03-20",
        [("three weeks ago", "2019-02-25/2019-03-03", W, REL, False)],
    ),
    (
        "The garage was searched a year ago.",
        "2019-03-20",
        [("a year ago", "2018", Y, REL, False)],
    ),
    (
        "Complaints peaked last summer.",
        "2019-03-20",
        [("last summer", "2018-06/2018-08", S, REL, False)],
    ),
    (
        "A consultation will open this autumn.",
        "2019-03-20",
        [("this autumn", "2019-09/2019-11", S, REL, True)],
    ),
    (
        "The scheme will be reviewed in the spring.",
        "2019-01-15",
        [("in the spring", "2019-03/2019-05", S, REL, True)],
    ),
    (
        "The cameras were installed in the spring.",
        "2019-10-15",
        [("in the spring", "2019-03/2019-05", S, REL, False)],
    ),
    (
        "The shop lost its licence last June.",
        "2019-10-15",
        [("last June", "2019-06", M, REL, False)],
    ),
    (
        "The market will reopen tomorrow.",
        "2021-05-20",
        [("tomorrow", "2021-05-21", D, REL, True)],
    ),
    (
        "The car was found the day before yesterday.",
        "2021-05-20",
        [("the day before yesterday", "2021-05-18", D, REL, False)],
    ),
    (
        "The order was made on the 3rd.",
        "2021-05-20",
        [("on the 3rd", "2021-05-03", D, REL, False)],
    ),
    (
        "More patrols are planned in the coming weeks.",
        "2019-03-20",
        [("in the coming weeks", "2019-03-20/2019-04-10", W, REL, True)],
    ),
    # named days of the year
    (
        "Police made 12 arrests on Bonfire Night.",
        "2019-11-08",
        [("Bonfire Night", "2019-11-05", D, WKD, False)],
    ),
    (
        "Extra patrols will run over Christmas.",
        "2019-12-10",
        [("over Christmas", "2019-12-24/2020-01-01", D, WKD, True)],
    ),
    (
        "Shoplifting rose over the Christmas period.",
        "2020-01-10",
        # "the Christmas period" is the month of the festive campaigns, to New Year's Day
        [("over the Christmas period", "2019-12-01/2020-01-01", D, WKD, False)],
    ),
    (
        "The park was busy over the Easter weekend.",
        "2019-04-25",
        [("Easter weekend", "2019-04-19/2019-04-22", D, REL, False)],
    ),
    (
        "Officers will patrol on Good Friday.",
        "2021-03-20",
        [("Good Friday", "2021-04-02", D, REL, True)],
    ),
    (
        "Two men were arrested on New Year's Eve.",
        "2020-01-03",
        [("New Year's Eve", "2019-12-31", D, WKD, False)],
    ),
    (
        "The attack happened on Christmas Day 2018.",
        "2020-01-03",
        [("Christmas Day 2018", "2018-12-25", D, EXP, False)],
    ),
    (
        "Officers were called on Monday (May 21) to the park.",
        "2018-05-24",
        [("Monday (May 21)", "2018-05-21", D, WKD, False)],
    ),
    # "later in the year": ahead, the rest of this year; told in the past, of the year last given
    (
        "A further week of action will take place later in the year.",
        "2022-03-16",
        [("later in the year", "2022-03-16/2022-12-31", Y, REL, True)],
    ),
    (
        "The order was made on 4 March 2019 and later in the year it was extended.",
        "2021-06-01",
        [
            ("4 March 2019", "2019-03-04", D, EXP, False),
            ("later in the year", "2019", Y, REL, False),
        ],
    ),
    (
        "A decision is expected later in the month.",
        "2022-03-16",
        [("later in the month", "2022-03-16/2022-03-31", M, REL, True)],
    ),
    # back-references to a day given earlier in the sentence
    (
        "The man was charged on 4 March 2019 and appeared in court the following week.",
        "2019-03-20",
        [
            ("4 March 2019", "2019-03-04", D, EXP, False),
            ("the following week", "2019-03-11/2019-03-17", W, REL, False),
        ],
    ),
    (
        "On Saturday, 9 March 2019, officers patrolled the park and made two arrests that evening.",
        "2019-03-20",
        [
            ("Saturday, 9 March 2019", "2019-03-09", D, EXP, False),
            ("that evening", "2019-03-09", D, REL, False),
        ],
    ),
    (
        "The raid took place on 4 March 2019 and the suspect was charged the next day.",
        "2019-03-20",
        [
            ("4 March 2019", "2019-03-04", D, EXP, False),
            ("the next day", "2019-03-05", D, REL, False),
        ],
    ),
    (
        "He was arrested on 4 March 2019 and released two days later.",
        "2019-03-20",
        [
            ("4 March 2019", "2019-03-04", D, EXP, False),
            ("two days later", "2019-03-06", D, REL, False),
        ],
    ),
    (
        "She said the meeting that morning had gone well.",
        "2019-03-20",
        [("that morning", "", U, NONE, False)],
    ),
    # datelines
    (
        "PUBLISHED: 16:00 30 December 2019 | UPDATED: 09:12 3 January 2020",
        "2019-12-30",
        [
            ("30 December 2019", "2019-12-30", D, EXP, False),
            ("3 January 2020", "2020-01-03", D, EXP, False),
        ],
    ),
    # ranges with clock times in them, and two consecutive days sharing a month
    (
        "A dispersal order was in force from 6pm on Friday, 5 July until 6am on Sunday, 7 July.",
        "2019-07-08",
        [
            (
                "from 6pm on Friday, 5 July until 6am on Sunday, 7 July",
                "2019-07-05/2019-07-07",
                D,
                WKD,
                False,
            )
        ],
    ),
    (
        "Police closed the park between 10pm on Saturday, August 3 and 4am on Sunday, August 4.",
        "2019-08-06",
        [
            (
                "between 10pm on Saturday, August 3 and 4am on Sunday, August 4",
                "2019-08-03/2019-08-04",
                D,
                WKD,
                False,
            )
        ],
    ),
    (
        "Officers carried out checks at the station on 12 and 13 March 2024.",
        "2024-03-15",
        [("12 and 13 March 2024", "2024-03-12/2024-03-13", D, EXP, False)],
    ),
    # a comparison baseline is the date of no event
    (
        "Knife crime in Luton rose by 8 per cent compared with 2016.",
        "2018-01-10",
        [("2016", "", U, NONE, False)],
    ),
    (
        "Burglaries fell to 90, down from 130 in 2015.",
        "2017-05-01",
        [("2015", "", U, NONE, False)],
    ),
    # parts of a year
    (
        "Shoplifting rose by a third in the first half of 2018.",
        "2018-09-10",
        [("first half of 2018", "2018-01/2018-06", M, EXP, False)],
    ),
    (
        "Robberies fell in the first six months of the year, the force said.",
        "2019-10-15",
        [("first six months of the year", "2019-01/2019-06", M, REL, False)],
    ),
    (
        "Calls about drug dealing doubled in the final quarter of last year.",
        "2019-02-01",
        [("final quarter of last year", "2018-10/2018-12", M, REL, False)],
    ),
    # bracketed anchors resolve to the day they name
    (
        "A woman was arrested yesterday evening (Sunday, June 2) in Bedford.",
        "2019-06-03",
        [("yesterday evening (Sunday, June 2)", "2019-06-02", D, WKD, False)],
    ),
    (
        "Councillors met on Tuesday evening (May 14) to discuss the order.",
        "2019-05-20",
        [("Tuesday evening (May 14)", "2019-05-14", D, WKD, False)],
    ),
    (
        "Officers patrolled the market this morning (Saturday).",
        "2019-06-08",
        [("this morning (Saturday)", "2019-06-08", D, REL, False)],
    ),
]

NON_DATES = [
    "Officers worked shifts until 4am to tackle the problem.",
    "The meeting finished at 10.30pm in the church hall.",
    "He was banned from the area for 48 hours or face arrest.",
    "Prostitution has been a problem for the last 20 years.",
    "Sex workers have used the area for almost a decade.",
    "The operation lasted three months.",
    "Police said the past week had been busy.",
    "The 24-year-old was taken to hospital with stab wounds.",
    "Fines of £100 can be issued on the spot.",
    "Call police on 101, or 999 in an emergency.",
    "Anyone with information should call 020 8123 4567.",
    "Officers used section 35 powers to disperse the group.",
    "The crash happened on the A12 near Gallows Corner.",
    "We sat down with the inspector to discuss the plans.",
    "We want to make it clear that we are committed.",
    "Theresa May visited the estate with the chief constable.",
    "Mrs May said the police budget was protected.",
    "Brian May played a charity concert at the Oval.",
    "Residents may march to the town hall to protest.",
    "Officers said the men may be charged with further offences.",
    "April Jones was remembered at the vigil.",
    "June Brown, 73, said she felt unsafe walking home.",
    "The force has 2000 officers in the borough.",
    "Room 2017 of the hotel was searched by detectives.",
    "The Sunday Times reported the case.",
    "Black Friday shoppers were warned about pickpockets.",
    "Police are on patrol 24/7 in the town centre.",
    "Officers seized 1,500 cannabis plants from the unit.",
    "The scheme costs £1.2m a year.",
    "Every Tuesday officers hold a street surgery.",
    "He has lived in the borough for 30 years.",
    "Police recorded 2,019 incidents of anti-social behaviour.",
    "The May Day bank holiday parade went ahead.",
]


def _dct(text: str):
    return UNKNOWN if text == "UNKNOWN" else pub(text)


@pytest.mark.parametrize("sentence,dct,expected", CASES)
def test_expressions_resolve_to_the_interval_the_text_supports(sentence, dct, expected):
    mentions = find_dates(sentence, _dct(dct))
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.anchor, m.value.planned)
        for m in mentions
    ]
    assert got == expected


@pytest.mark.parametrize("sentence", NON_DATES)
def test_look_alikes_are_never_dates(sentence):
    assert [m.text for m in find_dates(sentence, pub("2019-03-20"))] == []


def test_every_resolved_mention_explains_itself_in_one_line():
    mentions = find_dates("Tuesday, May 22 and last week", pub("2018-05-24"))
    assert [m.value.explanation for m in mentions] == [
        "Tuesday, May 22 -> 2018-05-22: May 22 fell on a Tuesday in 2018, the year the article dates from (2018-05-24)",
        "last week -> 2018-05-14/2018-05-20: counted from the publication date (2018-05-24)",
    ]


def test_offsets_point_at_the_expression_in_the_paragraph():
    text = "Police said that on Friday 1 February they closed the lane."
    [mention] = find_dates(text, pub("2019-02-06"), paragraph=4)
    assert (text[mention.start : mention.end], mention.paragraph) == (
        "Friday 1 February",
        4,
    )


def test_the_table_has_at_least_one_hundred_cases():
    assert len(CASES) + len(NON_DATES) >= 100
