"""A fixed-date occasion and a bare weekday in the lead: the occasion fell on that weekday."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from tests.ingest.temporal_helpers import article


def _edtf(text: str) -> str:
    return infer_publication_date(article(text)).edtf


@pytest.mark.parametrize(
    "text,expected",
    [
        # 5 November was a Friday in 2004, 2010, 2021: the PSPO (2014 on) leaves 2021
        ("Youths threw fireworks at a bus in Walsall on Bonfire Night.\n\nOfficers were called to the PSPO area on Friday evening.",
         "2021-11-06/2021-11-12"),
        # Boxing Day was a Monday in 2005, 2011, 2016, 2022: the PSPO leaves 2016 and 2022, and the
        # Home Secretary, Suella Braverman, 2022
        ("A man was stabbed in the PSPO area on Boxing Day.\n\nPolice were called at about 11pm on Monday.\n\nHome Secretary Suella Braverman condemned the attack.",
         "2022-12-27/2023-01-02"),
        # a day still ahead says nothing of the weekday it falls on
        ("Officers will patrol the PSPO area on Bonfire Night.\n\nA car was set alight on Friday night.", ""),
        # two occasions in the lead: which one the weekday belongs to is unknown
        ("Patrols ran on Christmas Eve and on Boxing Day.\n\nA man was arrested in the PSPO area on Monday.", ""),
    ],
)  # fmt: skip
def test_an_occasion_told_with_a_bare_weekday_fell_on_it(text, expected):
    assert _edtf(text) == expected
