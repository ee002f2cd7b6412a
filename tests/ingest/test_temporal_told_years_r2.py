"""'That October' and 'April of that year' take the year the article last wrote."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.finder import find_article_dates
from tests.ingest.temporal_helpers import article


def _dates(text: str) -> list[tuple[str, str]]:
    found = article(text)
    dct = infer_publication_date(found)
    return [(m.text, m.value.edtf) for m in find_article_dates(found, dct)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Wigan Council first consulted on a PSPO in 2016.\n\nThat October, the council made the order.\n\nHome Secretary Suella Braverman visited on Tuesday, March 7.",
         [("2016", "2016"), ("October", "2016-10"), ("Tuesday, March 7", "2023-03-07")]),
        ("A knife arch was first used at the station in 2018. In May of that year, 14 knives were seized.\n\nHome Secretary Suella Braverman visited on Tuesday, March 7.",
         [("2018", "2018"), ("May", "2018-05"), ("that year", "2018"), ("Tuesday, March 7", "2023-03-07")]),
        # a month with no "that" stays near the publication date
        ("A knife arch was first used at the station in 2018.\n\nIn May, 14 knives were seized.\n\nHome Secretary Suella Braverman visited on Tuesday, March 7.",
         [("2018", "2018"), ("May", "2022-05"), ("Tuesday, March 7", "2023-03-07")]),
        # a comparison baseline is not a year the story is told in
        ("Arrests rose compared with 2019.\n\nThat October, the order was renewed.\n\nHome Secretary Suella Braverman visited on Tuesday, March 7.",
         [("2019", ""), ("October", "2022-10"), ("Tuesday, March 7", "2023-03-07")]),
    ],
)  # fmt: skip
def test_that_month_takes_the_last_written_year(text, expected):
    assert _dates(text) == expected
