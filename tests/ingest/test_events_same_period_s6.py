"""A count told "over the same period" takes the statistical period told just before it (session 6),
on invented articles dated by the real temporal engine."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import dated_events


def summary(text: str, published: str) -> list[tuple]:
    """(type, earliest, latest, cited paragraphs) of every event, in text order."""
    return [
        (
            e.type,
            str(e.date.earliest),
            str(e.date.latest),
            sorted({c.paragraph for c in e.citations}),
        )
        for e in dated_events(text, published)
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the first period of the paragraph before, not the year it is compared with
        (
            "Police recorded 940 burglaries in Longton in the 12 months to September 2022, up from 870 "
            "in the year to September 2021.\n\n"
            "Vehicle crime rose by 11 per cent over the same period.",
            "2022-11-03",
            [
                ("incident", "2021-10-01", "2022-09-30", [1]),
                ("incident", "2021-10-01", "2022-09-30", [2]),
            ],
        ),
        # a day told before is no period: the count stays undated, no event
        (
            "Police published the figures on Monday, October 3.\n\n"
            "Vehicle crime rose by 11 per cent over the same period.",
            "2022-10-06",
            [("announcement", "2022-10-03", "2022-10-03", [1])],
        ),
    ],
)
def test_a_count_over_the_same_period_takes_the_period_told_before(
    text, published, expected
):
    assert summary(text, published) == expected
