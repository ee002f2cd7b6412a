"""Festive days, half-terms, school holidays and Bonfire Night weekend, placed in the year the tense
and the publication day give, at honest precision."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal import find_dates
from app.ingest.temporal.school_holidays import bonfire_weekend, october_half_term
from tests.ingest.temporal_helpers import pub


def first_date(text: str, published: str) -> tuple[str, str, str, str]:
    found = find_dates(text, pub(published))
    value = found[0].value
    return found[0].text, str(value.earliest), str(value.latest), value.precision


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "A driver was stopped on the ring road on Christmas morning.",
            "2019-01-08",
            ("Christmas morning", "2018-12-25", "2018-12-25", "day"),
        ),
        (
            "Two men were hurt in a fight in the High Street on Hogmanay.",
            "2020-01-03",
            ("Hogmanay", "2019-12-31", "2019-12-31", "day"),
        ),
        (
            "Wardens handed out leaflets in the park during the October half-term.",
            "2021-11-12",
            ("October half-term", "2021-10-18", "2021-10-31", "week"),
        ),
        (
            "Extra patrols will run in the town centre over the February half-term.",
            "2024-01-20",
            ("February half-term", "2024-02-12", "2024-02-25", "week"),
        ),
        (
            "Youth workers were out every evening over half-term.",
            "2022-06-10",
            ("half-term", "2022-05-28", "2022-06-05", "week"),
        ),
        (
            "Shop thefts doubled during the summer holidays, the force said.",
            "2018-09-20",
            ("summer holidays", "2018-06-24", "2018-09-07", "season"),
        ),
        (
            "The skate park will be staffed throughout the Easter holidays.",
            "2023-03-01",
            ("Easter holidays", "2023-03-25", "2023-04-24", "season"),
        ),
        (
            "Nine people were arrested in Hillside over Bonfire Night weekend.",
            "2017-11-08",
            ("Bonfire Night weekend", "2017-11-04", "2017-11-05", "day"),
        ),
        (
            "Firefighters were attacked on Bonfire Night.",
            "2016-11-07",
            ("Bonfire Night", "2016-11-05", "2016-11-05", "day"),
        ),
    ],
)
def test_a_festive_day_or_school_holiday_resolves_near_publication(
    text, published, expected
):
    assert first_date(text, published) == expected


@pytest.mark.parametrize(
    "year,expected",
    [
        (2015, (date(2015, 10, 19), date(2015, 11, 1))),  # 31 October a Saturday
        (2016, (date(2016, 10, 24), date(2016, 11, 6))),  # 31 October a Monday
        (2021, (date(2021, 10, 18), date(2021, 10, 31))),  # 31 October a Sunday
    ],
)
def test_the_october_half_term_is_the_two_weeks_to_the_sunday_after_halloween(
    year, expected
):
    assert october_half_term(year) == expected


@pytest.mark.parametrize(
    "year,expected",
    [
        (2017, (date(2017, 11, 4), date(2017, 11, 5))),  # the fifth a Sunday
        (2018, (date(2018, 11, 3), date(2018, 11, 4))),  # a Monday: the weekend before
        (2015, (date(2015, 11, 7), date(2015, 11, 8))),  # a Thursday: the weekend after
        (2014, (date(2014, 11, 1), date(2014, 11, 9))),  # a Wednesday: both weekends
    ],
)
def test_bonfire_night_weekend_is_the_weekend_nearest_the_fifth(year, expected):
    assert bonfire_weekend(year) == expected
