"""Two acts in one sentence or paragraph stay two events; one occurrence told twice stays one.

Split: coordinate clauses with their own trigger and their own date (or their own tense), the
earlier count of a figure ("up from 95 in 2019"), the cause of an act ("after residents
complained"), an operation that has a date of its own in its relative clause, "also" marking one
more act. Merge: the closing of a run ("closes on", "runs until"), the finds of a raid told in the
next paragraph, "other" speaking of the things found.
"""

import pytest

from app.ingest.events.build import extract_with
from app.ingest.events.detect import detect_mentions
from app.ingest.events.scope import plan_clauses
from app.ingest.records import DateValue, Paragraph, PublicationDate
from tests.ingest.event_fakes import (
    FakeLookup,
    day,
    dct_date,
    fake_dates,
    interval,
    make_article,
    published,
)


def extract(text: str, dates: dict, dct: PublicationDate, dct_value: DateValue):
    article = make_article(text)
    return extract_with(
        article, dct, FakeLookup(), dates=fake_dates(article, dates), dct_date=dct_value
    )


def summary(events) -> list[tuple]:
    return [
        (
            e.type,
            e.date.earliest.isoformat() if e.date.earliest else None,
            e.date.latest.isoformat() if e.date.latest else None,
            e.planned,
            sorted(c.paragraph for c in e.citations),
        )
        for e in events
    ]


def mentions(text: str) -> list[tuple[str, str, bool, bool]]:
    return [
        (m.type, m.text, m.closing, m.distinct)
        for m in detect_mentions(Paragraph(1, text))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the closing verb makes the trigger the end of a run
        (
            "The consultation closes on Friday, February 21.",
            [("consultation", "consultation closes", True, False)],
        ),
        (
            "The operation will run until the end of April.",
            [("operation", "The operation", True, False)],
        ),
        # both ends told at once: the opening, not a closing
        (
            "The amnesty, part of Operation Sceptre, began on Monday and runs until Sunday.",
            [("operation", "amnesty, part of Operation Sceptre, began", False, False)],
        ),
        # "and closes on ..." with no noun of its own closes the run its sentence opened
        (
            "Essex Police opened a consultation on Tuesday, January 10, and closes on February 21.",
            [
                ("consultation", "opened a consultation", False, False),
                ("consultation", "closes", True, False),
            ],
        ),
        # an earlier count of the same act is another occurrence
        (
            "Wardens issued 140 fines last year, up from 95 in 2019.",
            [
                ("enforcement", "issued 140 fines", False, False),
                ("enforcement", "up from 95", False, True),
            ],
        ),
        (
            "Officers made 60 arrests in 2022, compared with 41 in 2021.",
            [
                ("enforcement", "made 60 arrests", False, False),
                ("enforcement", "compared with 41", False, True),
            ],
        ),
        # what a consultation asks about is its subject, not a plan of its own
        (
            "Southend Council opened a consultation on Monday, March 6, on renewing the public spaces protection order.",
            [("consultation", "opened a consultation", False, False)],
        ),
        # an operation's name before "team" names who acted, not an operation of its own
        (
            "Officers from the Operation Falcon team raided three flats in Southend on Thursday.",
            [("enforcement", "raided", False, False)],
        ),
    ],
)
def test_detection_marks_closings_counts_and_names(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a coordinate clause looking ahead, with no trigger of its own, is set apart
        (
            "A woman was cautioned and her case is expected to be reviewed in June.",
            ["and her case is expected to be reviewed in June."],
        ),
        (
            "Two men were arrested on Friday and a decision is due to be made in May.",
            ["and a decision is due to be made in May."],
        ),
        # a clause telling what was done is not a plan
        ("Two men were arrested on Friday and both were released.", []),
    ],
)
def test_coordinate_clauses_that_look_ahead_are_set_apart(text, expected):
    found = detect_mentions(Paragraph(1, text))
    assert [text[s:e] for s, e in plan_clauses(text, found)] == expected


ACTS = "2023-03-08"

SPLITS = [
    # the charge is at publication; the trial, told in its own clause, is planned in June
    (
        "A 27-year-old man from Leeds was charged with robbery and is due to stand trial at Leeds Crown Court in June.",
        {"in June": interval("2023-06-01", "2023-06-30", "month", planned=True)},
        [
            ("enforcement", ACTS, ACTS, False, [1]),
            ("enforcement", "2023-06-01", "2023-06-30", True, [1]),
        ],
    ),
    # a clause looking ahead with no trigger keeps its date away from the act told before it
    (
        "A woman from Southend was cautioned and her case is expected to be reviewed in June.",
        {"in June": interval("2023-06-01", "2023-06-30", "month", planned=True)},
        [("enforcement", ACTS, ACTS, False, [1])],
    ),
    # the closing of the consultation and the decision after it
    (
        "The consultation closes on Friday, March 31, and councillors will make a final decision in May.",
        {
            "on Friday, March 31": day("2023-03-31", "weekday", planned=True),
            "in May": interval("2023-05-01", "2023-05-31", "month", planned=True),
        },
        [
            ("consultation", "2023-03-31", "2023-03-31", True, [1]),
            ("meeting", "2023-05-01", "2023-05-31", True, [1]),
        ],
    ),
    # this year's count and last year's, each with its year
    (
        "Wardens issued 140 fines in Southend last year, up from 95 in 2021.",
        {
            "last year": interval("2022-01-01", "2022-12-31", "year"),
            "2021": interval("2021-01-01", "2021-12-31", "year", "explicit"),
        },
        [
            ("enforcement", "2022-01-01", "2022-12-31", False, [1]),
            ("enforcement", "2021-01-01", "2021-12-31", False, [1]),
        ],
    ),
    # the arrests and the crackdown they were made in, which has a date of its own (told after
    # the lead, where an operation named only as the setting of an act is no event)
    (
        "Shoplifting in Leeds has fallen.\n\nTraders welcomed the news.\n\n"
        "Police made 30 arrests during Operation Kestrel, a winter crackdown on shoplifting which ended last month.",
        {"last month": interval("2023-02-01", "2023-02-28", "month")},
        [
            ("enforcement", "2023-02-01", "2023-02-28", False, [3]),
            ("operation", "2023-02-01", "2023-02-28", False, [3]),
        ],
    ),
    # the complaints that prompted the operation are an occurrence with no date of their own
    (
        "Officers launched the operation on Friday after residents complained about drug dealing in the park.",
        {"on Friday": day("2023-03-03", "relative")},
        [
            ("operation", "2023-03-03", "2023-03-03", False, [1]),
            ("incident", None, None, False, [1]),
        ],
    ),
]


@pytest.mark.parametrize("text,dates,expected", SPLITS)
def test_two_acts_in_one_sentence_are_two_events(text, dates, expected):
    events = extract(text, dates, published(ACTS), dct_date(ACTS))
    assert summary(events) == expected


CONSULTATION = """Southend Council opened a consultation on Monday, March 6, on a public spaces protection order for the seafront.

Residents can give their views online.

The consultation closes on Friday, April 14."""

CONSULTATION_DATES = {
    "on Monday, March 6": day("2023-03-06", "weekday"),
    "on Friday, April 14": day("2023-04-14", "weekday", planned=True),
}

OPERATION = """West Yorkshire Police launched Operation Marten in Leeds on Wednesday, March 1.

Officers are patrolling Briggate and the bus station every evening.

The operation runs until Sunday, April 30."""

OPERATION_DATES = {
    "on Wednesday, March 1": day("2023-03-01", "weekday"),
    "until Sunday, April 30": day("2023-04-30", "weekday", planned=True),
}

RAID = """Drug dealing in Southend has fallen, the council says.

Residents said the streets near the station felt safer.

Officers executed warrants at three addresses in Southend on Tuesday, March 7.

Heroin, £4,000 in cash and three phones were seized.

A fifth man was arrested in Leeds on Friday."""

RAID_DATES = {
    "on Tuesday, March 7": day("2023-03-07", "weekday"),
    "on Friday": day("2023-03-03", "relative"),
}

ONE_SENTENCE_RUN = (
    "Southend Council opened a consultation on Monday, March 6, and closes on April 14."
)

FINDS = """Three people were arrested at Southend Victoria station, and two other knives were found near the barriers."""


@pytest.mark.parametrize(
    "text,dates,expected",
    [
        # opened, then closes: one consultation, the run from the first day to the last
        (
            CONSULTATION,
            CONSULTATION_DATES,
            [("consultation", "2023-03-06", "2023-04-14", False, [1, 3])],
        ),
        (
            ONE_SENTENCE_RUN,
            {
                "on Monday, March 6": day("2023-03-06", "weekday"),
                "on April 14": day("2023-04-14", "weekday", planned=True),
            },
            [("consultation", "2023-03-06", "2023-04-14", False, [1])],
        ),
        # launched, then runs until: one operation
        (
            OPERATION,
            OPERATION_DATES,
            [("operation", "2023-03-01", "2023-04-30", False, [1, 3])],
        ),
        # what the raid found, told in the next paragraph, is the raid's; a later arrest is not
        (
            RAID,
            RAID_DATES,
            [
                ("enforcement", "2023-03-07", "2023-03-07", False, [3, 4]),
                ("enforcement", "2023-03-03", "2023-03-03", False, [5]),
            ],
        ),
        # "other" speaks of the knives, not of another act
        (FINDS, {}, [("enforcement", ACTS, ACTS, False, [1])]),
    ],
)
def test_one_occurrence_told_twice_is_one_event(text, dates, expected):
    events = extract(text, dates, published(ACTS), dct_date(ACTS))
    assert summary(events) == expected


def test_a_closing_in_another_area_ends_no_run_told_elsewhere():
    text = """Southend Council opened a consultation in Southend on Monday, March 6.

In Leeds, the consultation closes on Friday, April 14."""
    events = extract(text, CONSULTATION_DATES, published(ACTS), dct_date(ACTS))
    assert summary(events) == [
        ("consultation", "2023-03-06", "2023-03-06", False, [1]),
        ("consultation", "2023-04-14", "2023-04-14", True, [2]),
    ]


LEAD_AND_FIGURE = """Five people have been arrested in Southend in a crackdown on drug dealing.

In 2021 the force closed down 40 drug lines in Essex."""


def test_a_figure_from_another_year_is_not_the_lead_told_in_full():
    dates = {"In 2021": interval("2021-01-01", "2021-12-31", "year", "explicit")}
    events = extract(LEAD_AND_FIGURE, dates, published(ACTS), dct_date(ACTS))
    assert [(e.type, [c.paragraph for c in e.citations]) for e in events] == [
        ("enforcement", [1]),
        ("enforcement", [2]),
    ]


SWEEP = """British Transport Police officers screened 900 passengers with a knife arch at Southend Victoria station.

The arch was in place for six hours.

Officers also carried out a weapons sweep of the car park on Sunday night."""


def test_also_marks_one_more_act_when_no_date_can_be_resolved():
    unresolved = DateValue("", None, None, "unknown", "none", "no publication date")
    events = extract(
        SWEEP,
        {"on Sunday night": unresolved},
        PublicationDate.unknown(),
        DateValue.unknown(),
    )
    assert [(e.type, [c.paragraph for c in e.citations]) for e in events] == [
        ("operation", [1]),
        ("operation", [3]),
    ]


VOTE = """Parking in Southend will cost more from April.

Traders have criticised the plans.

Southend councillors approved the rise at a meeting at the Civic Centre on Wednesday, March 1.

Cllr Dan Webb voted against the rise, saying traders would suffer."""


def test_a_vote_with_no_time_of_its_own_was_cast_at_the_meeting_told_before():
    dates = {"on Wednesday, March 1": day("2023-03-01", "weekday")}
    events = extract(VOTE, dates, published(ACTS), dct_date(ACTS))
    assert [
        (e.type, e.date.edtf, [c.paragraph for c in e.citations])
        for e in events
        if e.type == "meeting"
    ] == [("meeting", "2023-03-01", [3, 4])]


DERBY = """Three Leeds fans have been banned from football grounds after trouble at the Yorkshire derby.

The men were handed banning orders at Leeds Magistrates' Court on Monday, March 6.

They had admitted using threatening behaviour outside the stadium before the match on Saturday, February 4."""

COMPLAINTS = """Officers launched the operation in Leeds on Friday after residents complained about drug dealing in the park.

Patrols will run every evening.

On Tuesday, a man was stabbed near the park gates."""


@pytest.mark.parametrize(
    "text,dates,expected",
    [
        # the trouble that prompted the bans is the behaviour told in full, with its date, later
        (
            DERBY,
            {
                "on Monday, March 6": day("2023-03-06", "weekday"),
                "on Saturday, February 4": day("2023-02-04", "weekday"),
            },
            [("incident", "2023-02-04", [1, 3])],
        ),
        # residents' complaints are a report of their own, not the stabbing told later
        (
            COMPLAINTS,
            {
                "on Friday": day("2023-03-03", "relative"),
                "On Tuesday": day("2023-03-07", "relative"),
            },
            [("incident", "", [1]), ("incident", "2023-03-07", [3])],
        ),
    ],
)
def test_the_cause_of_an_act_is_told_in_full_later_unless_it_is_a_report(
    text, dates, expected
):
    events = extract(text, dates, published(ACTS), dct_date(ACTS))
    assert [
        (e.type, e.date.edtf, sorted(c.paragraph for c in e.citations))
        for e in events
        if e.type == "incident"
    ] == expected
