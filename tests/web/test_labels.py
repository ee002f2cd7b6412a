from datetime import date

import pytest

from app.web.labels import date_label, iso_interval

D = date


@pytest.mark.parametrize(
    "earliest,latest,precision,expected",
    [
        (D(2018, 5, 22), D(2018, 5, 22), "day", "22 May 2018"),
        (D(2018, 5, 22), D(2018, 5, 26), "day", "22–26 May 2018"),
        (D(2018, 5, 30), D(2018, 6, 2), "day", "30 May – 2 June 2018"),
        (D(2017, 12, 30), D(2018, 1, 2), "day", "30 December 2017 – 2 January 2018"),
        (D(2019, 3, 11), D(2019, 3, 17), "week", "week of 11 March 2019"),
        (D(2017, 6, 12), D(2017, 7, 9), "week", "a week within 12 June – 9 July 2017"),
        (D(2017, 6, 1), D(2017, 6, 30), "month", "June 2017"),
        (D(2017, 6, 1), D(2017, 7, 31), "month", "June–July 2017"),
        (D(2017, 12, 1), D(2018, 1, 31), "month", "December 2017 – January 2018"),
        (D(2017, 6, 1), D(2017, 7, 15), "month", "c. June–July 2017"),
        (D(2017, 6, 1), D(2017, 8, 31), "season", "summer 2017"),
        (D(2017, 12, 1), D(2018, 2, 28), "season", "winter 2017/18"),
        (D(2017, 6, 1), D(2017, 7, 15), "unknown", "c. mid-2017"),
        (D(2020, 1, 1), D(2020, 4, 30), "unknown", "c. early-2020"),
        (D(2018, 9, 1), D(2018, 12, 31), "unknown", "c. late-2018"),
        (D(2018, 5, 22), D(2018, 5, 25), "unknown", "c. May 2018"),
        (D(2018, 1, 1), D(2018, 10, 31), "unknown", "c. 2018"),
        (D(2017, 6, 20), D(2018, 7, 15), "unknown", "c. 2017–2018"),
        (D(2014, 1, 1), D(2014, 12, 31), "year", "2014"),
        (D(2014, 1, 1), D(2016, 12, 31), "year", "2014–2016"),
        (D(2014, 3, 1), D(2014, 12, 31), "year", "c. 2014"),
        (None, None, "unknown", "date unknown"),
        (None, D(2022, 2, 14), "unknown", "before 14 February 2022"),
        (D(2022, 2, 14), None, "unknown", "after 14 February 2022"),
    ],
)
def test_date_label_says_only_what_the_interval_supports(earliest, latest, precision, expected):
    assert date_label(earliest, latest, precision) == expected


@pytest.mark.parametrize(
    "earliest,latest,expected",
    [
        (D(2018, 5, 22), D(2018, 5, 22), "2018-05-22"),
        (D(2018, 5, 22), D(2018, 5, 26), "2018-05-22 to 2018-05-26"),
        (None, None, "unknown"),
        (None, D(2022, 2, 14), "… to 2022-02-14"),
    ],
)
def test_iso_interval_gives_the_exact_bounds(earliest, latest, expected):
    assert iso_interval(earliest, latest) == expected
