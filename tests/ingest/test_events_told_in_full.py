"""An order or consultation the lead announces and a later paragraph tells with its exact days is
one event; a count over a longer time ("the third closure order this year") stays its own."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import cited_dates


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Police have put a dispersal order in place across Ilford ahead of Bonfire Night.\n\n"
            "Officers were pelted with fireworks in the town centre last year.\n\n"
            "The Section 35 order, authorised by an inspector, runs from 4pm on Friday, November 5 "
            "until 6am on Monday, November 8 and covers Ilford Lane.",
            "2021-11-03",
            [([1, 3], "2021-11-05/2021-11-08")],
        ),
        (
            "Redbridge Council won a closure order for a flat in Ilford on Thursday, August 11, 2016.\n\n"
            "Neighbours had complained for months.\n\n"
            "It is the third closure order obtained in Ilford this year.",
            "2016-08-15",
            [([1], "2016-08-11"), ([3], "2016")],
        ),
    ],
)
def test_the_lead_s_order_told_again_with_its_days_is_one_event(text, published, expected):
    assert cited_dates(text, published, "order") == expected
