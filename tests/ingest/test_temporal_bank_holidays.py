"""England's moving bank holidays: the Monday (or the day it moved to) and the weekend before it."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal.holidays import bank_holiday_span


@pytest.mark.parametrize(
    "year,which,weekend,expected",
    [
        (2023, "august", True, (date(2023, 8, 26), date(2023, 8, 28))),
        (2023, "august", False, (date(2023, 8, 28), date(2023, 8, 28))),
        (2019, "early may", False, (date(2019, 5, 6), date(2019, 5, 6))),
        (2021, "spring", True, (date(2021, 5, 29), date(2021, 5, 31))),
        # moved for VE Day 75: a Friday, whose long weekend runs to the Sunday
        (2020, "early may", True, (date(2020, 5, 8), date(2020, 5, 10))),
        # moved for the Platinum Jubilee: Thursday 2 June 2022
        (2022, "spring", False, (date(2022, 6, 2), date(2022, 6, 2))),
    ],
)
def test_bank_holidays_fall_on_their_monday_or_the_day_they_moved_to(
    year, which, weekend, expected
):
    assert bank_holiday_span(year, which, weekend) == expected
