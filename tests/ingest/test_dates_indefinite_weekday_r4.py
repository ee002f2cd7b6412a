"""A weekday after "a", "an" or "any" is no one day ("joined officers on a Saturday night patrol
last month"): the month dates it; a weekday told plainly still is one."""

import pytest

from app.ingest.temporal.finder import cached_expressions


def kinds(text: str) -> list[tuple[str, str]]:
    return [(x.kind, x.text) for x in cached_expressions(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The councillor joined officers on a Saturday night patrol last month.",
            [("relative", "last month")],
        ),
        ("Wardens walk the park on any Sunday in summer.", []),
        (
            "The councillor joined officers on patrol on Saturday night.",
            [("weekday", "Saturday night")],
        ),
    ],
)
def test_an_indefinite_weekday_is_no_date(text, expected):
    assert kinds(text) == expected
