"""Publication dates from plans still ahead and days already past: notice is given of the soonest
plan (a later one may be months off), and a past day written out more than a week after the news
day rules out "written within a week of it"; a chief constable named by title picks the year."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from tests.ingest.temporal_helpers import article

THREE_PLANS = """Hampshire's police and crime commissioner, Donna Jones, has opened a survey on next year's police budget.

The survey closes on Sunday, January 29, and the police and crime panel will meet on Thursday, February 2.

A public meeting on policing in Andover will follow on Saturday 4 March."""

LATER_PAST_DAY = """A man was hurt in a fight outside a bar in Castle Street in the early hours of Sunday, June 15.

A 24-year-old man was charged and will appear at Cardiff Crown Court on Monday, August 4.

The force applied for a review of the bar's licence on June 24, and the council will hear it on Thursday, July 17.

Police and crime commissioner Emma Wools said on Friday that the bar's owners would co-operate."""

CHIEF_AND_WEEKDAY = """Officers made 40 arrests over the Christmas period, according to figures released on Monday, January 9.

Chief Constable Phil Gormley said drink-drivers would be caught, and Police Scotland will repeat the campaign in the summer."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # each plan alone would say "within six weeks before it"; together, before the soonest
        (THREE_PLANS, "2022-12-18/2023-01-28"),
        # without the past June 24, the news day and the plain weekdays would say June 15-21
        (LATER_PAST_DAY, "2025-06-24/2025-07-13"),
        # January 9 a Monday: 2017 or 2023; Phil Gormley led Police Scotland only in 2016-2018
        (CHIEF_AND_WEEKDAY, "2017-01-09/2017-01-17"),
    ],
)
def test_the_article_is_dated_by_all_its_plans_and_past_days(text, expected):
    assert infer_publication_date(article(text)).edtf == expected
