"""A weekday-dated range told as running ("runs from") or as just set ("have authorised ... from")
is not over at publication: the article dates from shortly before its first day to its last, and
plain weekdays elsewhere in the article are days of that range."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.set_ranges import (
    is_set_range,
    running_range_links,
    set_range_days,
)


def first_range(text: str):
    return next(x for x in cached_expressions(text) if x.kind == "range")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The week of action runs from Monday, March 4 to Sunday, March 10.", True),
        (
            "Police have authorised a dispersal order from 6pm on Saturday, March 9 until 2am on Sunday, March 10.",
            True,
        ),
        ("The week of action ran from Monday, March 4 to Sunday, March 10.", False),
        ("Officers patrolled from Monday, March 4 to Sunday, March 10.", False),
    ],
)
def test_a_range_running_or_just_set_is_not_over(text, expected):
    assert is_set_range(text, first_range(text)) == expected


def test_the_article_dates_from_six_weeks_before_the_first_day_to_the_last():
    text = "The week of action runs from Monday, March 4 to Sunday, March 10."
    days = set_range_days(first_range(text), [2019, 2024])
    assert days.spans == (
        (date(2019, 1, 21), date(2019, 3, 10)),
        (date(2024, 1, 22), date(2024, 3, 10)),
    )


def links(paragraphs: list[str]) -> list[str]:
    seen = [(p, tuple(cached_expressions(p))) for p in paragraphs]
    return [
        f"{a}/{b}"
        for days, _ in running_range_links(seen, (2018, 2020))
        for a, b in days.spans
    ]


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        (
            [
                "Bins are out for a week of action that runs from Monday, March 4 to Sunday, March 10, 2019.",
                "On Tuesday, officers searched two parks.",
            ],
            ["2019-03-06/2019-03-10"],
        ),
        (
            [
                "Police have authorised a dispersal order from 6pm on Friday, March 8 until 2am on Saturday, March 9.",
                "Officers will patrol the high street on Friday evening.",
            ],
            ["2019-03-02/2019-03-07"],
        ),
        # a weekday the range does not hold is some other day: no link
        (
            [
                "The week of action runs from Monday, March 4 to Wednesday, March 6.",
                "On Friday, officers searched two parks.",
            ],
            [],
        ),
    ],
)
def test_plain_weekdays_are_days_of_the_running_range(paragraphs, expected):
    assert links(paragraphs) == expected
