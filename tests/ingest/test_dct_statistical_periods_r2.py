"""Figures for a year to a month's end are published months later; a year-less month set against
the same month of a written year is of the year after; "revealed yesterday" dates the report."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.statistical_periods import statistical_period_constraints
from tests.ingest.temporal_helpers import article


def _edtf(text: str) -> str:
    return infer_publication_date(article(text)).edtf


def _spans(text: str) -> list[tuple[int, str, str]]:
    found = statistical_period_constraints(text, list(cached_expressions(text)))
    return [
        (c.strength, c.allowed.hull[0].isoformat(), c.allowed.hull[1].isoformat())
        for c in found
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Figures show Avon and Somerset Police recorded 2,104 burglaries in the year to March 2022.",
         [(4, "2022-06-29", "2022-08-13")]),
        ("Police recorded 812 robberies in the 12 months to September 2018, ONS data shows.",
         [(4, "2018-12-29", "2019-02-12")]),
        # no figures named: a plan for the year to March is not a release
        ("The council will fund wardens in the year to March 2022.", []),
        ("Officers made 40 arrests in December, up from 29 in December 2015.",
         [(2, "2016-12-01", "2100-12-31"), (4, "2016-12-01", "2017-11-30")]),
        ("The campaign ran throughout July. The total compares with 61 arrests in July 2019.",
         [(2, "2020-07-01", "2100-12-31"), (4, "2020-07-01", "2021-06-30")]),
        # a dated month with no year-less one to set against it says nothing here
        ("Officers made 29 arrests in December 2015.", []),
    ],
)  # fmt: skip
def test_statistical_periods_and_dated_baselines_bound_the_article(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "yesterday" is the day of the report, not of the Christmas campaign
        ("Forty drivers were arrested during the Christmas campaign, police revealed yesterday.\n\nThe campaign ran throughout December. The total compares with 61 arrests in December 2015.\n\nPCC Stephen Mold praised officers.",
         "2017-01/2017-10"),
        # figures to March 2019 came out in July 2019: the release day is then the news day
        ("Data published on Thursday, July 18 shows police recorded 3,100 assaults in the year to March 2019.",
         "2019-07-18/2019-07-26"),
    ],
)  # fmt: skip
def test_releases_and_baselines_date_whole_articles(text, expected):
    assert _edtf(text) == expected
