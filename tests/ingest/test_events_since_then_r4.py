"""A count told "since then" or "since its launch" spans from the event just dated to publication;
a count with no such words keeps the publication date."""

import pytest

from app.ingest.events.build import extract_with
from tests.ingest.event_fakes import (
    FakeLookup,
    dct_date,
    fake_dates,
    interval,
    make_article,
    published,
)

LAUNCH = "The council launched a team of six street wardens in Kendal Road in January."


def dates_of(later: str) -> list[tuple[int, str]]:
    article = make_article(f"{LAUNCH}\n\n{later}")
    table = {"January": interval("2024-01-01", "2024-01-31", "month")}
    events = extract_with(
        article,
        published("2024-03-12"),
        FakeLookup(),
        dates=fake_dates(article, table),
        dct_date=dct_date("2024-03-12"),
    )
    return [
        (e.citations[0].paragraph, e.date.edtf)
        for e in events
        if e.citations[0].paragraph == 2
    ]


@pytest.mark.parametrize(
    "later,expected",
    [
        (
            "Since then, officers have arrested 26 people in the street.",
            [(2, "2024-01-01/2024-03-12")],
        ),
        (
            "The wardens said they had issued 40 fines since their launch.",
            [(2, "2024-01-01/2024-03-12")],
        ),
        ("Officers have arrested 26 people in the street.", [(2, "2024-03-12")]),
    ],
)
def test_a_count_since_then_spans_to_publication(later, expected):
    assert dates_of(later) == expected
