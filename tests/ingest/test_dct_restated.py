"""One act dated twice, by a relative year and by its written year, places the article's year."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from tests.ingest.temporal_helpers import article

CLOSURE = """A Walsall man has been jailed for breaching a closure order on his flat.

The closure order was granted by magistrates in October last year, after months of complaints.

Police said they had been called to the flat 40 times since the closure order was made in 2019."""

SAME_YEAR = """The dispersal order was approved this year after a rise in fights near the station.

Figures show the order was introduced in 2021 and has been used 14 times."""

TWO_ORDERS = """The order was made last year, the council said.

A similar order was made in 2015 for the park, and the order was made again in 2018 for the precinct."""

DIFFERENT_NOUNS = """The team was set up last year.

The injunction was granted in 2016."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'October last year' and 2019 are the same act: the article is from 2020
        (CLOSURE, "2020"),
        # 'this year' and 2021 for the same order: 2021; "the order" differs from "the dispersal order", so
        # only the first sentence's act counts and no written year names it
        (SAME_YEAR, ""),
        # two written years for "the order": not clear, no year placed
        (TWO_ORDERS, ""),
        # a team and an injunction are not the same act
        (DIFFERENT_NOUNS, ""),
    ],
    ids=["closure-order", "noun-must-match", "two-written-years", "different-acts"],
)
def test_an_act_dated_relatively_and_by_its_year_places_the_article(text, expected):
    assert infer_publication_date(article(text)).edtf == expected
