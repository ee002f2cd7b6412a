"""year_month writes a month as strftime's %Y-%m does, for every year a date can hold."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal.spans import format_edtf, year_month


@pytest.mark.parametrize(
    "day,expected",
    [
        (date(2017, 6, 1), "2017-06"),
        (date(1999, 12, 31), "1999-12"),
        # below four digits: strftime's own way
        (date(999, 1, 5), f"{date(999, 1, 5):%Y-%m}"),
        (date(1, 2, 3), f"{date(1, 2, 3):%Y-%m}"),
    ],
)
def test_a_month_is_written_as_strftime_writes_it(day, expected):
    assert year_month(day) == expected


@pytest.mark.parametrize(
    "start,end,precision,expected",
    [
        (date(2017, 6, 1), date(2017, 6, 30), "month", "2017-06"),
        (date(2017, 6, 1), date(2017, 8, 31), "season", "2017-06/2017-08"),
        (date(2018, 5, 22), date(2018, 5, 26), "day", "2018-05-22/2018-05-26"),
    ],
)
def test_an_interval_of_whole_months_is_written_by_its_months(
    start, end, precision, expected
):
    assert format_edtf(start, end, precision) == expected
