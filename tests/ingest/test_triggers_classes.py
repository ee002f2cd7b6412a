"""Trigger classes found missing on unseen articles, each proved on invented sentences.

Order ends, court action counted, operations still to run, crime counts, order kinds, counts of an
agency's orders, sessions, property marking, joining an operation, teams described in an aside,
pilots, evidence to a body, licence reviews, precepts, premises policies, gatherings, people hurt,
sweeps and their finds, figures shown, acronym meetings, orders in relative clauses, and the
negatives beside each: crowds watching, web "visits", gerund subjects, fire services.
"""

import pytest

from app.ingest.events.build import extract_with
from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph
from tests.ingest.event_fakes import (
    FakeLookup,
    dct_date,
    fake_dates,
    interval,
    make_article,
    published,
)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an order's end told on its own
        (
            "The current dispersal order expires at the end of March.",
            [("order", "realis", "dispersal order expires")],
        ),
        (
            "It is due to expire in June next year.",
            [("order", "future", "is due to expire")],
        ),
        (
            "The alcohol ban lapsed last summer.",
            [("order", "realis", "alcohol ban lapsed")],
        ),
        # people taken to court
        (
            "Kirklees Council has taken 14 landlords to court since April.",
            [("enforcement", "realis", "taken 14 landlords to court")],
        ),
        (
            "The borough took the owner to court in March.",
            [("enforcement", "realis", "took the owner to court")],
        ),
        (
            "Since 2021, wardens have taken dozens of fly-tippers to court.",
            [("enforcement", "realis", "taken dozens of fly-tippers to court")],
        ),
        # an operation that will run
        (
            "A second day of action will run in Eccles in September.",
            [("operation", "future", "day of action will run")],
        ),
        (
            "The knife amnesty would begin on Monday, the force said.",
            [("operation", "future", "knife amnesty would begin")],
        ),
        (
            "A third week of action will take place in Hulme next month.",
            [("operation", "future", "week of action will take place")],
        ),
        # counts of crimes and of people sleeping rough
        (
            "The city recorded 4,200 anti-social behaviour incidents in 2021.",
            [("incident", "realis", "recorded 4,200 anti-social behaviour incidents")],
        ),
        (
            "Police logged more than 300 shoplifting reports last year.",
            [("incident", "realis", "logged more than 300 shoplifting reports")],
        ),
        (
            "Volunteers counted 41 people sleeping rough in the town centre in March.",
            [("incident", "realis", "counted 41 people sleeping rough")],
        ),
        (
            "Reports of drug dealing in the alleys behind the parade rose sharply over the winter.",
            [
                (
                    "incident",
                    "realis",
                    "Reports of drug dealing in the alleys behind the parade rose",
                )
            ],
        ),
        # kinds of order
        (
            "The council extended its alcohol control order covering the seafront in May.",
            [("order", "realis", "extended its alcohol control order")],
        ),
        (
            "Rotherham Council made a designated public place order for the town centre in 2012.",
            [("order", "realis", "made a designated public place order")],
        ),
        # an agency's orders counted is an occurrence; other counts are not
        (
            "It is the third closure order obtained by Durham Constabulary this year.",
            [("order", "realis", "closure order obtained")],
        ),
        (
            "It is the second dispersal order authorised in Luton since March.",
            [("order", "realis", "dispersal order authorised")],
        ),
        ("It is the fourth stabbing in the town this year.", []),
        ("It is the second time this summer that a dispersal order has been used.", []),
        # sessions where people may come: held whatever each person does
        (
            "People can give their views at drop-in sessions in Hove Library on Tuesday 5 March.",
            [("meeting", "realis", "drop-in sessions")],
        ),
        (
            "Residents can raise concerns at street briefings outside the Co-op on Saturday.",
            [("meeting", "realis", "street briefings")],
        ),
        (
            "Residents can drop in at a street surgery at the library on Friday.",
            [("meeting", "realis", "a street surgery")],
        ),
        (
            "Youth workers will run knife crime awareness sessions at schools in Kirkby next week.",
            [("meeting", "future", "run knife crime awareness sessions")],
        ),
        (
            "The charity held safety workshops for parents in March.",
            [("meeting", "realis", "held safety workshops")],
        ),
        (
            "The findings will be reported to the council's scrutiny committee in January.",
            [("meeting", "future", "be reported to the council")],
        ),
        # property marking
        (
            "The Met's Lewisham team security-marked 80 bikes at Catford station on Saturday.",
            [("operation", "realis", "security-marked 80 bikes")],
        ),
        (
            "Officers will be property-marking phones at the market next week.",
            [("operation", "future", "property-marking phones")],
        ),
        (
            "Wardens etched 60 catalytic converters at the retail park last month.",
            [("operation", "realis", "etched 60 catalytic converters")],
        ),
        # joining an operation
        (
            "Officers from the Bitterne neighbourhood team will join the patrols next month.",
            [("operation", "future", "join the patrols")],
        ),
        (
            "Special constables joined the operation in Boscombe on Friday.",
            [("operation", "realis", "joined the operation")],
        ),
        # a team described in an aside, a team in reported speech, a pilot
        (
            "The eight-strong team, made up of a sergeant and seven PCs, started work on Monday.",
            [
                (
                    "team_launch",
                    "realis",
                    "team, made up of a sergeant and seven PCs, started work",
                )
            ],
        ),
        (
            "The new unit, based at Bootle police station, went live on March 3.",
            [
                (
                    "team_launch",
                    "realis",
                    "unit, based at Bootle police station, went live",
                )
            ],
        ),
        (
            "He said a team of 12 officers would start patrolling the seafront from June.",
            [("team_launch", "future", "team of 12 officers would start")],
        ),
        (
            "The borough was one of three areas to pilot the new neighbourhood policing model in 2019.",
            [("team_launch", "realis", "pilot the new neighbourhood policing model")],
        ),
        # evidence given to a body, dated as given; what the body heard of is dated on its own
        (
            "The chief constable told the police and crime panel on Thursday that recruitment was on track.",
            [("announcement", "realis", "told the police and crime panel")],
        ),
        (
            "Residents also told the committee that a spate of burglaries in May had gone unsolved.",
            [("incident", "realis", "spate of burglaries")],
        ),
        # licence reviews, precepts, premises policies
        (
            "Police applied for the review in May, after test purchases failed.",
            [("enforcement", "realis", "applied for the review")],
        ),
        (
            "West Midlands Police lodged its application for a review of the premises licence on March 2.",
            [("enforcement", "realis", "lodged its application for a review")],
        ),
        (
            "Last year the commissioner raised the precept by £10 a year.",
            [("order", "realis", "raised the precept")],
        ),
        (
            "The mayor froze the policing precept in 2020.",
            [("order", "realis", "froze the policing precept")],
        ),
        (
            'Pubs in the town centre will operate a "no colours" policy on Saturday.',
            [("order", "future", 'operate a "no colours" policy')],
        ),
        # gatherings before trouble, not crowds watching
        (
            "Around 30 youths gathered outside the shopping centre at about 9pm on Friday.",
            [("incident", "realis", "youths gathered")],
        ),
        (
            "Groups of teenagers congregated in the park on Halloween night.",
            [("incident", "realis", "Groups of teenagers congregated")],
        ),
        ("Crowds gathered to watch the fireworks on Saturday.", []),
        # people hurt, attacks; an attack on a policy is criticism
        (
            "A postman was bitten by a dog in Mill Lane last week.",
            [("incident", "realis", "was bitten")],
        ),
        (
            "The consultation follows an attack in Victoria Park in April.",
            [("incident", "realis", "an attack")],
        ),
        (
            "A 12-year-old girl was taken to hospital after being struck by a firework on Sunday.",
            [
                ("incident", "realis", "was taken to hospital"),
                ("incident", "realis", "struck by a firework"),
            ],
        ),
        ("Councillors launched an attack on the policy in March.", []),
        # a fire service is no fire; a gerund subject is no arrest; a website is no visit
        (
            "The Police, Fire and Crime Panel will meet on Thursday.",
            [("meeting", "future", "will meet")],
        ),
        ("A fire broke out at the flat on Tuesday.", [("incident", "realis", "fire")]),
        ("Arresting the same people again and again does not work, she said.", []),
        (
            "Police are arresting dealers on the estate this week.",
            [("enforcement", "realis", "arresting")],
        ),
        ("To comment on the plans, visit the council's website before May 1.", []),
        # a passive "was also targeted" is the object of the operation; extra officers patrolling
        # are the operation's hands, not a new team
        (
            "Graffiti was also targeted during the week of action.",
            [("operation", "realis", "during the week of action")],
        ),
        (
            "Extra officers have patrolled the seafront on Friday and Saturday nights since the fight.",
            [("operation", "realis", "patrolled")],
        ),
        # a sweep's finds are its details; a search of a car is no sweep
        (
            "A weapons sweep of Queens Park on Sunday recovered two knives and a machete.",
            [
                (
                    "operation",
                    "realis",
                    "weapons sweep of Queens Park on Sunday recovered two knives",
                )
            ],
        ),
        (
            "A knife sweep of the estate found a sword hidden in a hedge on Friday.",
            [("operation", "realis", "knife sweep of the estate found a sword")],
        ),
        ("A search of his car found cannabis.", []),
        # what the figures show is the act, not their release
        (
            "Council figures show wardens issued 40 fixed penalty notices in the park last year.",
            [("enforcement", "realis", "issued 40 fixed penalty notices")],
        ),
        (
            "Figures released by the council in May show a rise.",
            [("announcement", "realis", "Figures released by")],
        ),
        # a meeting named with its acronym in brackets
        (
            "There will be a Partners and Communities Together (PACT) meeting on Wednesday, June 3.",
            [
                (
                    "meeting",
                    "future",
                    "a Partners and Communities Together (PACT) meeting",
                )
            ],
        ),
        (
            "Residents met at a Safer Neighbourhood Panel (SNP) meeting on Monday.",
            [("meeting", "realis", "a Safer Neighbourhood Panel (SNP) meeting")],
        ),
        # an order told in a relative clause, by whom marking it as an order
        (
            "The trouble came despite a dispersal zone covering Leith and Pilton, "
            "which was authorised by police from Friday until Monday.",
            [
                ("incident", "realis", "trouble"),
                ("order", "realis", "which was authorised by police"),
            ],
        ),
        ("The money came from a grant, which was authorised last year.", []),
    ],
)
def test_each_class_of_trigger_is_found_with_its_mood(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,distinct",
    [
        ("Separately, a man was stabbed in Eastgate on Sunday.", True),
        ("In a separate incident, a woman was robbed in Park Road.", True),
        ("A man was stabbed in Eastgate on Sunday.", False),
    ],
)
def test_a_sentence_told_as_separate_is_another_occurrence(text, distinct):
    assert [m.distinct for m in detect_mentions(Paragraph(1, text))] == [distinct]


DCT = "2023-08-14"
ORDER_DATES = {
    "in October 2020": interval("2020-10-01", "2020-10-31", "month", "explicit"),
    "at the end of October": interval(
        "2023-10-01", "2023-10-31", "month", planned=True
    ),
    "in October": interval("2023-10-01", "2023-10-31", "month", planned=True),
}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the lapse told in its own sentence is an occurrence of its own
        (
            "The current order, which came into force in October 2020, covers the park. "
            "It expires at the end of October.",
            [
                ("order", "2020-10-01", "2020-10-31", False),
                ("order", "2023-10-01", "2023-10-31", True),
            ],
        ),
        # "will expire unless renewed" only tells how long the order runs
        (
            "The order came into force in October 2020. "
            "It will expire in October unless the cabinet renews it.",
            [("order", "2020-10-01", "2023-10-31", False)],
        ),
    ],
)
def test_an_order_lapse_told_apart_is_its_own_event(text, expected):
    article = make_article(text)
    events = extract_with(
        article,
        published(DCT),
        FakeLookup(),
        dates=fake_dates(article, ORDER_DATES),
        dct_date=dct_date(DCT),
    )
    assert [
        (e.type, e.date.earliest.isoformat(), e.date.latest.isoformat(), e.planned)
        for e in events
    ] == expected


TWO_RULES = """Essex Police has authorised a dispersal order covering Southend town centre on Saturday, March 4.

On Saturday, pubs in Southend High Street will operate a "home fans only" policy agreed with Southend Council."""


def test_two_rules_made_by_two_hands_on_one_day_are_two_events():
    saturday = interval("2023-03-04", "2023-03-04", "day", "weekday", planned=True)
    dates = {"on Saturday, March 4": saturday, "On Saturday": saturday}
    article = make_article(TWO_RULES)
    events = extract_with(
        article,
        published("2023-03-01"),
        FakeLookup(),
        dates=fake_dates(article, dates),
        dct_date=dct_date("2023-03-01"),
    )
    assert [(e.type, [c.paragraph for c in e.citations]) for e in events] == [
        ("order", [1]),
        ("order", [2]),
    ]


REMAND = """A man was arrested in Leeds on Friday, March 3, and has since been charged with robbery. He has been remanded in custody and will appear at Leeds Crown Court on Monday, April 3.

Two women were charged with assault. They appeared at Leeds Magistrates' Court on Monday, March 6, and were remanded in custody."""


def test_a_remand_told_after_a_charge_is_a_step_of_that_charge():
    dates = {
        "on Friday, March 3": interval("2023-03-03", "2023-03-03", "day", "weekday"),
        "on Monday, April 3": interval(
            "2023-04-03", "2023-04-03", "day", "weekday", planned=True
        ),
        "on Monday, March 6": interval("2023-03-06", "2023-03-06", "day", "weekday"),
    }
    article = make_article(REMAND)
    events = extract_with(
        article,
        published("2023-03-08"),
        FakeLookup(),
        dates=fake_dates(article, dates),
        dct_date=dct_date("2023-03-08"),
    )
    # the remand with no date of its own is cited by the charge; the hearing's remand by the hearing
    assert [(e.type, e.title, len(e.citations)) for e in events] == [
        ("enforcement", "A man was arrested in Leeds on Friday, March 3", 1),
        ("enforcement", "Has since been charged with robbery", 2),
        ("enforcement", "Will appear at Leeds Crown Court on Monday, April 3", 1),
        (
            "enforcement",
            "They appeared at Leeds Magistrates' Court on Monday, March 6",
            2,
        ),
    ]
