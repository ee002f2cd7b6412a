"""The news window: a report is written within days of its latest past weekday-dated day, unless it
also previews weekday-dated days to come."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from tests.ingest.temporal_helpers import article


def _edtf(text: str) -> str:
    return infer_publication_date(article(text)).edtf


@pytest.mark.parametrize(
    "text,expected",
    [
        # November 14 was a Thursday in 2002, 2013, 2019, 2024; Priti Patel rules out the others
        ("Officers seized 12 knives in Hartlepool on Thursday, November 14.\n\nHome Secretary Priti Patel praised the officers.",
         "2019-11-14/2019-11-22"),
        # the window counts from the end of a past range
        ("The week of action ran from Monday, November 11 to Sunday, November 17.\n\nHome Secretary Priti Patel praised the officers.",
         "2019-11-17/2019-11-25"),
        # and from the latest of several past days
        ("Officers searched a flat on Monday, November 11.\n\nTwo men were charged on Saturday, November 16.\n\nHome Secretary Priti Patel praised the officers.",
         "2019-11-16/2019-11-24"),
        # a preview of a day to come keeps the four-week guesses
        ("A man was stabbed on Thursday, November 14.\n\nThe licensing committee will meet on Monday, December 9.\n\nHome Secretary Priti Patel praised the officers.",
         "2019-11-14/2019-12-08"),
    ],
)  # fmt: skip
def test_a_report_is_dated_within_days_of_its_latest_past_news_day(text, expected):
    assert _edtf(text) == expected
