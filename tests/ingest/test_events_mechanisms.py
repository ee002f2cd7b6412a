"""Mechanisms found missing by the first independent evaluation, on sentences written for them.

Conditionals with a concrete plan, planned events without a publication date, the scope of a
negation, two events in one sentence, the tellings of one lead event, home towns and courts,
the railway police at a station.
"""

import pytest

from app.ingest.events.build import extract_with
from app.ingest.events.detect import detect_mentions
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


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.form, m.mood) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a condition in its own clause leaves the plan's mood to the plan
        (
            "If the executive approves the plans, a consultation will open on Monday, June 3.",
            [("consultation", "act", "future")],
        ),
        (
            "If the order is breached, offenders could be fined.",
            [("order", "ref", "hypothetical"), ("enforcement", "act", "hypothetical")],
        ),
        # "whether" conditions what is decided, not the meeting it is decided at
        (
            "The panel will decide whether to extend the ban at its meeting in June.",
            [("order", "act", "hypothetical"), ("meeting", "noun", "future")],
        ),
        # the negation is the arrests', the day of action happened
        (
            "Police did not make any arrests during the day of action in Kirkgate on Saturday.",
            [("enforcement", "act", "negated"), ("operation", "act", "realis")],
        ),
        (
            "Officers searched woodland and footpaths around the estate on Friday.",
            [("operation", "act", "realis")],
        ),
        (
            "Officers used section 35 powers in the town centre on Saturday night.",
            [("order", "act", "realis")],
        ),
        (
            "Officers served a closure notice on the house on Friday.",
            [("order", "act", "realis")],
        ),
        (
            "The force's rural crime unit was formed in 2020.",
            [("team_launch", "act", "realis")],
        ),
        # an active "set up" with an object is not a team being formed
        ("Officers set up a cordon around the house.", []),
        (
            "Councillors voted unanimously to write to the Home Secretary.",
            [("announcement", "act", "realis")],
        ),
        (
            "Ch Supt Amy Lee took over as borough commander in March.",
            [("announcement", "act", "realis")],
        ),
        (
            "A petition signed by 500 residents was handed to the council in May.",
            [("incident", "act", "realis")],
        ),
        (
            "Traders on the high street reported a sharp rise in shoplifting last year.",
            [("incident", "act", "realis")],
        ),
        (
            "The council has begun prosecuting people who do not pay their fines.",
            [("enforcement", "act", "realis")],
        ),
        (
            "Police cleared an illegal encampment from the park on Tuesday.",
            [("enforcement", "act", "realis")],
        ),
        # the operation's arrests and seizures are details of it
        (
            "A week of action in Hull led to 12 arrests.",
            [("operation", "act", "realis")],
        ),
        (
            "Officers carried out a day of action in the market, seizing 30 cans of lager.",
            [("operation", "act", "realis")],
        ),
        # a second count for a second period is a second occurrence
        (
            "Council figures show 90 fines were issued in 2021, falling to 40 in 2022.",
            [("enforcement", "act", "realis"), ("enforcement", "act", "realis")],
        ),
        # figures with no publication are no announcement (and a told order is only referred to)
        ("The figures show the order is working.", [("order", "ref", "realis")]),
        ("It is the fourth stabbing in the town this year.", []),
        (
            "Anyone with information about the stabbing should call 101.",
            [("incident", "ref", "realis")],
        ),
        (
            "Officers will hold monthly surgeries in the library from March.",
            [("meeting", "act", "future")],
        ),
        (
            "The decision is due to go before the cabinet on Monday, June 10.",
            [("meeting", "act", "future")],
        ),
        (
            "The force said it would respond to the report by the end of the month.",
            [("announcement", "act", "future")],
        ),
        (
            "The order lasts for two years and must be renewed by March.",
            [("order", "act", "hypothetical")],
        ),
        # (second batch)
        (
            "The shop failed a test purchase on Friday.",
            [("operation", "act", "realis")],
        ),
        (
            "Four men were given football banning orders at the court.",
            [("enforcement", "act", "realis")],
        ),
        (
            "The bar was given a formal warning by the council in 2019.",
            [("enforcement", "act", "realis")],
        ),
        (
            "Police asked the council on Monday to review the pub's licence.",
            [("announcement", "act", "realis")],
        ),
        (
            "The council's youth team will visit schools next week.",
            [("meeting", "act", "future")],
        ),
        (
            "The force said 30 extra officers would be on duty on Saturday.",
            [("team_launch", "act", "future")],
        ),
        ("Extra officers would make little difference, he said.", []),
        ("He breached the injunction in July.", [("incident", "act", "realis")]),
        # "other" far from the trigger is not "another operation"
        (
            "Three other shops in the town passed the test purchase operation on the same day.",
            [("operation", "act", "realis")],
        ),
    ],
)
def test_triggers_and_moods_of_the_mechanisms(text, expected):
    assert found(text) == expected


def summary(events):
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


def extract(
    text: str, dates: dict, dct: PublicationDate, dct_value: DateValue, title=None
):
    article = make_article(text, title=title)
    return extract_with(
        article, dct, FakeLookup(), dates=fake_dates(article, dates), dct_date=dct_value
    )


SOUTHEND = """Essex Police launched a crackdown on drug dealing in Southend on Monday, March 6.

Operation Clearwater began on Monday and will run until the end of March, with officers patrolling Southend High Street.

Police did not make any arrests during a day of action in the town centre at the weekend.

Last summer a man was stabbed near the pier, and in October police used a dispersal order after a series of fights.

A similar week of action in Southend in May led to eight arrests.

If councillors agree, a consultation on a public spaces protection order will open on April 3.

A PSPO would allow officers to fine people for drinking in the street."""

SOUTHEND_DATES = {
    "on Monday, March 6": day("2023-03-06", "weekday"),
    "on Monday": day("2023-03-06", "relative"),
    "until the end of March": interval("2023-03-01", "2023-03-31", "month"),
    "at the weekend": interval("2023-03-04", "2023-03-05", "day"),
    "Last summer": interval("2022-06-01", "2022-08-31", "season"),
    "in October": interval("2022-10-01", "2022-10-31", "month"),
    "in May": interval("2022-05-01", "2022-05-31", "month"),
    "on April 3": day("2023-04-03", "relative", planned=True),
}


def test_one_telling_per_event_and_every_event_of_a_split_sentence():
    assert summary(
        extract(
            SOUTHEND, SOUTHEND_DATES, published("2023-03-08"), dct_date("2023-03-08")
        )
    ) == [
        # the lead's crackdown and the named operation that began the same day: one event
        ("operation", "2023-03-06", "2023-03-31", False, [1, 2]),
        # not negated by the arrests that did not happen
        ("operation", "2023-03-04", "2023-03-05", False, [3]),
        # one sentence, two clauses, two dates: the stabbing and the order
        ("incident", "2022-06-01", "2022-08-31", False, [4]),
        ("order", "2022-10-01", "2022-10-31", False, [4]),
        ("operation", "2022-05-01", "2022-05-31", False, [5]),
        # the condition does not make the plan hypothetical; "would allow" has no time
        ("consultation", "2023-04-03", "2023-04-03", True, [6]),
    ]


PLANS = """A public meeting will be held at the Civic Centre on Thursday, March 28.

If the cabinet agrees, a consultation will open on Monday, June 3.

A dispersal zone would allow officers to move groups on."""


def test_planned_events_survive_an_unknown_publication_date():
    unresolved = DateValue("", None, None, "unknown", "none", "no year for the weekday")
    dates = {"on Thursday, March 28": unresolved, "on Monday, June 3": unresolved}
    events = extract(PLANS, dates, PublicationDate.unknown(), DateValue.unknown())
    assert [(e.type, e.date.precision, e.planned) for e in events] == [
        ("meeting", "unknown", True),
        ("consultation", "unknown", True),
    ]


FUNDED = """Southend Council will pay for four extra officers to patrol the seafront.

The cabinet approved the deal at a meeting on Wednesday, March 1.

The officers will start work on the seafront from May."""


def test_a_plan_with_no_time_is_dated_by_a_later_telling():
    dates = {
        "on Wednesday, March 1": day("2023-03-01", "weekday"),
        "from May": interval("2023-05-01", "2023-05-31", "month", planned=True),
    }
    assert summary(
        extract(FUNDED, dates, published("2023-03-03"), dct_date("2023-03-03"))
    ) == [
        ("meeting", "2023-03-01", "2023-03-01", False, [2]),
        ("team_launch", "2023-05-01", "2023-05-31", True, [1, 3]),
    ]


def test_a_plan_that_never_gets_a_time_is_no_event():
    text = "Southend Council will pay for four extra officers to patrol the seafront."
    assert extract(text, {}, published("2023-03-03"), dct_date("2023-03-03")) == []


STATION = """British Transport Police and Essex Police officers set up a knife arch at Southend Victoria station on Friday.

Two men were arrested, including a 19-year-old man from Bolton.

A 20-year-old man from Bolton appeared at Bolton Magistrates' Court on Monday charged with possession of a knife."""


def test_arrests_during_an_operation_are_its_forces_and_home_towns_and_courts_place_nothing():
    dates = {
        "on Friday": day("2023-03-03", "relative"),
        "on Monday": day("2023-03-06", "relative"),
    }
    events = extract(STATION, dates, published("2023-03-07"), dct_date("2023-03-07"))
    assert [
        (e.type, [a.name for a in e.agencies], list(e.boroughs)) for e in events
    ] == [
        (
            "operation",
            ["British Transport Police", "Essex Police"],
            ["Southend-on-Sea"],
        ),
        (
            "enforcement",
            ["British Transport Police", "Essex Police"],
            ["Southend-on-Sea"],
        ),
        ("enforcement", ["Essex Police"], ["Southend-on-Sea"]),
    ]


AFTER = """More than 50 residents attended a public meeting at the Civic Centre on Thursday, March 2.

The meeting came a week after the chairman of the traders' association resigned.

Officers from Essex Police set up a knife arch in Southend High Street as part of Operation Sceptre, a national week of action which began on Monday."""


def test_a_date_counted_from_a_told_event_and_a_wider_operation_with_its_own_date():
    dates = {
        "on Thursday, March 2": day("2023-03-02", "weekday"),
        "on Monday": day("2023-03-06", "relative"),
    }
    assert summary(
        extract(AFTER, dates, published("2023-03-08"), dct_date("2023-03-08"))
    ) == [
        ("meeting", "2023-03-02", "2023-03-02", False, [1, 2]),
        # a week before Thursday, March 2: the week of Monday, February 20
        ("announcement", "2023-02-20", "2023-02-26", False, [2]),
        # the arch today; Operation Sceptre since Monday, a wider occurrence
        ("operation", "2023-03-08", "2023-03-08", False, [3]),
        ("operation", "2023-03-06", "2023-03-06", False, [3]),
    ]


DERBY = """At the October derby, 12 people were arrested and two police officers were injured.

Leeds City Council's licensing panel will hear the review on Tuesday, March 7, after the pub failed a test purchase on Friday, February 24.

Three other pubs passed the test purchase on Friday, February 24.

A 24-year-old man was jailed at Leeds Crown Court on Monday for dealing drugs in Briggate."""


def test_a_time_put_first_dates_every_clause_and_the_same_day_operation_is_one():
    dates = {
        "October": interval("2022-10-01", "2022-10-31", "month"),
        "on Tuesday, March 7": day("2023-03-07", "weekday", planned=True),
        "on Friday, February 24": day("2023-02-24", "weekday"),
        "on Monday": day("2023-02-27", "relative"),
    }
    events = extract(DERBY, dates, published("2023-03-01"), dct_date("2023-03-01"))
    assert [
        (
            e.type,
            e.date.edtf,
            sorted(c.paragraph for c in e.citations),
            [a.name for a in e.agencies],
        )
        for e in events
    ] == [
        ("enforcement", "2022-10-01/2022-10-31", [1], ["West Yorkshire Police"]),
        ("incident", "2022-10-01/2022-10-31", [1], []),
        ("meeting", "2023-03-07", [2], ["Leeds City Council"]),
        ("operation", "2023-02-24", [2, 3], ["West Yorkshire Police"]),
        # a sentence is the court's act: no force unless the text names one
        ("enforcement", "2023-02-27", [4], ["West Yorkshire Police"]),  # a past sentence ends the force's case
    ]
