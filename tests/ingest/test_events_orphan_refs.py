"""A definite reference ("the operation") dated by its own relative clause, with no act before it
that told the occurrence, is the occurrence's one dated telling: an event, not a dropped citation."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import cited_dates


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Kerb crawlers were stopped and women offered support during a week-long operation in Ilford.\n\n"
            "Essex Police and the council worked together on the operation, which ran from Monday 6 to "
            "Friday 10 February in and around Ilford Lane.",
            "2023-02-14",
            [([2], "2023-02-06/2023-02-10")],
        ),
        # an undated reference to nothing told stays out
        (
            "Neighbours welcomed the operation.\n\nThey said the street was quieter.",
            "2023-02-14",
            [],
        ),
    ],
)
def test_a_reference_dated_by_its_relative_clause_tells_the_occurrence(text, published, expected):
    assert cited_dates(text, published, "operation") == expected
