"""'Last year's festive operation' names the December of last year, not the whole year; a plain
'last year' still names the year."""

from datetime import date

import pytest

from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.relative import relative_span


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Last year's festive operation in the town led to 64 arrests.",
            ("Last year's festive", (date(2022, 12, 1), date(2022, 12, 31))),
        ),
        (
            "The figures beat last year's Christmas campaign.",
            ("last year's Christmas", (date(2022, 12, 1), date(2022, 12, 31))),
        ),
        (
            "Last year there were 64 arrests in the town.",
            ("Last year", (date(2022, 1, 1), date(2022, 12, 31))),
        ),
    ],
)
def test_last_years_festive_season_is_its_december(text, expected):
    found = next(iter(cached_expressions(text)))
    assert (found.text, relative_span(found, date(2023, 12, 6))) == expected
