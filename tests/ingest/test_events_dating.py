"""Which date an event gets: its own date words, else the tense."""

import pytest

from app.ingest.events.dating import attach_date
from app.ingest.events.detect import detect_mentions
from app.ingest.records import DateMention, DateValue, Paragraph
from tests.ingest.event_fakes import day, dct_date, interval, published

DCT = published("2019-03-13")
AT_DCT = dct_date("2019-03-13")
VALUES = {
    "on Monday": day("2019-03-11", "relative"),
    "last week": interval("2019-03-04", "2019-03-10", "week"),
    "in 2014": interval("2014-01-01", "2014-12-31", "year", "explicit"),
    "on March 20": day("2019-03-20", "relative", planned=True),
    "on Tuesday night": day("2019-03-05", "relative"),
    "until March 9": interval("2019-03-05", "2019-03-09", "day"),
}


def date_of(text: str) -> DateValue | None:
    paragraph = Paragraph(1, text)
    dates = [
        DateMention(p, text.index(p), text.index(p) + len(p), v, 1)
        for p, v in VALUES.items()
        if p in text
    ]
    mention = detect_mentions(paragraph)[0]
    return attach_date(mention, dates, DCT, AT_DCT)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officers arrested two men on Monday.", VALUES["on Monday"]),
        ("Officers arrested two men last week.", VALUES["last week"]),
        ("Police launched a crackdown last week.", VALUES["last week"]),
        ("A woman was murdered in 2014 in the borough.", VALUES["in 2014"]),
        ("Officers are launching a new campaign.", AT_DCT),
        ("The policy has been slammed by a campaign group.", AT_DCT),
        (
            "The teams have already launched in other parts of London.",
            DateValue.unknown("no date words; background or recurring"),
        ),
        (
            "Special constables have been deployed every weekend.",
            DateValue.unknown("no date words; background or recurring"),
        ),
        (
            "A man was stabbed in the town centre.",
            None,
        ),  # a background incident needs its date
        ("Police will launch a crackdown.", None),  # an intention with no time
        ("A public meeting will be held on March 20.", VALUES["on March 20"]),
    ],
)
def test_event_dates_come_from_attached_words_else_tense(text, expected):
    assert date_of(text) == expected


def test_a_start_and_an_until_join_into_one_interval():
    value = date_of("An operation launched on Tuesday night and runs until March 9.")
    assert (value.earliest.isoformat(), value.latest.isoformat(), value.precision) == (
        "2019-03-05",
        "2019-03-09",
        "day",
    )


def test_a_future_act_with_a_past_date_is_not_an_event():
    assert date_of("Police will hold a meeting on Monday.") is None
