"""Taking part in policing work (triggers_taking_part.toml), operations told with their outcome and rules
with their later steps (triggers_outcomes.toml), and two acts of one clause each with a time of its own
(sequels.dated_apart)."""

import pytest

from app.ingest.events.build import extract_with
from app.ingest.events.detect import detect_mentions
from app.ingest.events.sequels import dated_apart
from app.ingest.records import Paragraph
from tests.ingest.event_fakes import (
    FakeLookup,
    dct_date,
    fake_dates,
    interval,
    make_article,
    published,
)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Durham Constabulary took part in the national county lines intensification week between "
            "Monday, May 6 and Sunday, May 12.",
            [
                (
                    "operation",
                    "took part in the national county lines intensification week",
                )
            ],
        ),
        (
            "Officers from 12 forces are taking part in the regional week of action.",
            [("operation", "taking part in the regional week of action")],
        ),
        (
            "During a regional intensification week in March, officers arrested 64 people.",
            [
                ("operation", "During a regional intensification week"),
                ("enforcement", "arrested"),
            ],
        ),
        (
            "Volunteers from the charity Street Angels joined officers on two of the nights.",
            [("operation", "joined officers on two of the nights")],
        ),
        (
            "A drugs worker went out with police on the first night to hand out leaflets.",
            [("operation", "went out with police on the first night")],
        ),
        (
            "Street wardens joined officers on joint patrols in Bridge Street.",
            [("operation", "joined officers on joint patrols")],
        ),
        (
            "The MP joined officers on a Friday night patrol in the town centre last month.",
            [("meeting", "joined officers on a Friday night patrol")],
        ),
        (
            "The mayor walked the promenade with traders and officers on Thursday evening.",
            [("meeting", "walked the promenade with traders")],
        ),
        (
            "Cllr Ruth Hale walked the estate with residents last week.",
            [("meeting", "walked the estate with residents")],
        ),
        (
            "Shoppers walked the high street with their children.",
            [],
        ),
        (
            "A similar crackdown in 2021 saw 31 drivers fined over a month.",
            [
                ("operation", "crackdown in 2021 saw"),
                ("enforcement", "fined"),
            ],
        ),
        (
            "A joint operation in Cross Street in April led to nine men being issued with warnings.",
            [
                ("operation", "operation in Cross Street in April led to"),
                ("enforcement", "issued with warnings"),
            ],
        ),
        (
            "The existing order was first made in 2015 and renewed in 2018.",
            [
                ("order", "The existing order was first made"),
                ("order", "renewed"),
            ],
        ),
        (
            "The dispersal zone was authorised on Friday and extended on Saturday.",
            [
                ("order", "dispersal zone was authorised"),
                ("order", "extended"),
            ],
        ),
        (
            "Transport police officers carried out checks at Crewe station on Friday.",
            [("operation", "carried out checks at ")],
        ),
        (
            "Doctors carried out checks on his injuries.",
            [],
        ),
        (
            "Extra patrols will be out in Canton and Grangetown over Halloween, the force said.",
            [("operation", "Extra patrols will be out")],
        ),
        (
            "A welfare hub staffed by volunteers will open in Castle Street on Saturday nights.",
            [("operation", "welfare hub staffed by volunteers will open")],
        ),
        (
            "Cllr Priya Shah said the council would be putting more money into youth clubs next year.",
            [("announcement", "said the council would be putting more money into")],
        ),
        (
            "The mayor said she would keep funding the night-time wardens.",
            [("announcement", "said she would keep funding")],
        ),
        (
            "In the first year of the ban, 212 fixed penalty notices were issued, council figures show.",
            [("enforcement", "212 fixed penalty notices were issued")],
        ),
        (
            "In its first six months the unit made more than 300 arrests.",
            [("enforcement", "made more than 300 arrests")],
        ),
        (
            "The unit, set up in 2020, has made more than 900 arrests.",
            [("team_launch", "unit, set up")],
        ),
        (
            "Officers issued 48 dispersal directions over the weekend.",
            [("enforcement", "issued 48 dispersal directions")],
        ),
        (
            "Officers joined volunteers from a youth charity for a day of action on the Hulme estate.",
            [
                (
                    "operation",
                    "joined volunteers from a youth charity for a day of action",
                )
            ],
        ),
        (
            "Anyone who refuses to leave could be arrested. Read more: Man arrested after car set alight",
            [("enforcement", "arrested")],
        ),
        (
            "Two men were detained at the scene of Friday's brawl on suspicion of affray.",
            [("enforcement", "were detained at"), ("incident", "brawl")],
        ),
        (
            "Over the summer officers made 96 arrests, most of them for disorder.",
            [("enforcement", "made 96 arrests")],
        ),
        (
            "Drivers were stopped and given warning letters.",
            [("enforcement", "given warning letters")],
        ),
        (
            "Nine registered keepers have been sent letters.",
            [("enforcement", "registered keepers have been sent letters")],
        ),
        (
            "The council sent letters to residents about the consultation.",
            [("announcement", "sent letters to residents")],
        ),
        (
            "The order was renewed and extended to cover the park.",
            [("order", "The order was renewed")],
        ),
    ],
)
def test_taking_part_outcomes_and_later_steps_are_acts_of_their_own(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Full results from the summer drink-drive campaign are expected later this month.",
            [
                (
                    "announcement",
                    "future",
                    "results from the summer drink-drive campaign ",
                )
            ],
        ),
        (
            "The figures are due in the spring.",
            [("announcement", "future", "figures ")],
        ),
        (
            "The figures were published last week.",
            [("announcement", "realis", "figures were published")],
        ),
    ],
)
def test_results_expected_later_are_a_planned_release(text, expected):
    assert [
        (m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))
    ] == expected


@pytest.mark.parametrize(
    "text,first_act,second_act,expected",
    [
        ("It was made in 2015 and renewed in 2018.", "made", "renewed", True),
        ("He was arrested on Friday and bailed on Sunday.", "arrested", "bailed", True),
        (
            "Stones were thrown at buses last weekend and a bus shelter smashed on Tuesday.",
            "thrown",
            "smashed",
            True,
        ),
        ("It was made in 2015 and renewed for three years.", "made", "renewed", False),
        ("It was made and renewed in 2018.", "made", "renewed", False),
        ("It was made in 2015, renewed in 2018.", "made", "renewed", False),
    ],
)
def test_two_acts_joined_by_and_each_with_a_time_are_dated_apart(
    text, first_act, second_act, expected
):
    a_end = text.index(first_act) + len(first_act)
    b_start = text.index(second_act)
    assert dated_apart(text, a_end, b_start, b_start + len(second_act)) is expected


ARTICLE = """Police in Hartlepool have launched a crackdown on kerb-crawling in the Church Street area.

Officers arrested eight men between Monday and Sunday.

Outreach workers from a local charity joined officers on three of the nights to offer support to women.

A similar operation last year saw 15 men arrested over a month.

The town's alcohol ban was first made in 2016 and renewed in 2019."""

DATES = {
    "between Monday and Sunday": interval("2023-03-06", "2023-03-12", "day"),
    "last year": interval("2022-01-01", "2022-12-31", "year"),
    "in 2016": interval("2016-01-01", "2016-12-31", "year"),
    "in 2019": interval("2019-01-01", "2019-12-31", "year"),
}


def test_a_partners_nights_a_past_operation_and_a_rules_renewal_are_events_of_their_own():
    article = make_article(
        ARTICLE, slug="hartlepool-kerb-crawling", title="Kerb-crawlers arrested"
    )
    events = extract_with(
        article,
        published("2023-03-14"),
        FakeLookup(),
        dates=fake_dates(article, DATES),
        dct_date=dct_date("2023-03-14"),
    )
    assert [
        (
            e.type,
            e.citations[0].paragraph,
            e.date.earliest.isoformat() if e.date.earliest else None,
        )
        for e in events
    ] == [
        ("operation", 1, "2023-03-14"),
        ("enforcement", 2, "2023-03-06"),
        ("operation", 3, "2023-03-14"),
        ("operation", 4, "2022-01-01"),
        ("enforcement", 4, "2022-01-01"),
        ("order", 5, "2016-01-01"),
        ("order", 5, "2019-01-01"),
    ]
