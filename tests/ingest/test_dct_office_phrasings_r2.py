"""Office holders read in every word order, a known event told with its own month, and terms in
everyday words that never overrule a weekday fit."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.constraints import HARD, SOFT
from app.ingest.temporal.office_phrasings import holders, office_phrasing_constraints
from tests.ingest.temporal_helpers import article


def _edtf(text: str) -> str:
    return infer_publication_date(article(text)).edtf


def _bounds(text: str) -> list[tuple[int, str, str]]:
    return [
        (c.strength, c.allowed.hull[0].isoformat(), c.allowed.hull[1].isoformat())
        for c in office_phrasing_constraints(text)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # October 14 was a Monday in 2002, 2013, 2019, 2024: Patel took office in July 2019
        ("The crackdown ran from Monday 14 to Sunday 20 October.\n\nIt was the first such crackdown since Priti Patel became Home Secretary.",
         "2019-10-20/2019-10-28"),
        ("Officers searched 40 homes from Monday 14 to Sunday 20 October.\n\nSajid Javid, who was appointed as Home Secretary last year, praised them.",
         ""),
        # March 10 was a Wednesday in 2004, 2010, 2021: Dick was commissioner 2017-2022
        ("Officers closed a cannabis factory in Ilford on Wednesday, March 10.\n\nDame Cressida Dick, the Met commissioner, said the raids would go on.",
         "2021-03-10/2021-03-18"),
        # the same, told in a start-of-office phrase
        ("Officers closed a cannabis factory in Ilford on Wednesday, March 10.\n\nRaids have doubled since Cressida Dick took over as commissioner.",
         "2021-03-10/2021-03-18"),
        # council leaders too, with their council's place named
        ("Officers seized knives in Aston on Wednesday, March 10.\n\nIan Ward, the leader of Birmingham City Council, praised them.",
         "2021-03-10/2021-03-18"),
        ("Officers seized knives in Aston on Wednesday, March 10.\n\nIan Ward, the council leader, praised them.", ""),
        # "the former" is not in office: the year stays open
        ("Officers closed a cannabis factory in Ilford on Wednesday, March 10.\n\nCressida Dick, the former commissioner, praised them.",
         ""),
    ],
)  # fmt: skip
def test_an_office_holder_in_any_word_order_picks_the_weekday_year(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # hard: the term; a start of office: hard from 120 days before it, soft until a year after
        ("Amber Rudd, the Home Secretary, visited Luton.", [(HARD, "2016-07-13", "2018-04-29")]),
        ("Amber Rudd, the former Home Secretary, visited Luton.", []),
        ("Amber Rudd became Home Secretary after the referendum.",
         [(HARD, "2016-03-15", "2100-12-31"), (SOFT, "2016-03-15", "2019-04-29")]),
        ("Amber Rudd was appointed as the new Home Secretary.",
         [(HARD, "2016-03-15", "2100-12-31"), (SOFT, "2016-03-15", "2019-04-29")]),
        ("Amber Rudd met the Home Secretary.", []),
        ("Katy Bourne was re-elected as police and crime commissioner.", []),
    ],
)  # fmt: skip
def test_office_phrasings_give_a_term_or_a_start_of_office(text, expected):
    assert _bounds(text) == expected


def test_every_title_name_row_of_the_tables_is_read_as_a_holder():
    names = {h.literal for h in holders()}
    assert {"Priti Patel", "Cressida Dick", "Katy Bourne", "Ian Edwards"} <= names


@pytest.mark.parametrize(
    "text,expected",
    [
        # Dick took office on 10 April 2017, appointed in February: the told month dates the article
        ("Residents met officers in Southall on Tuesday evening.\n\n\"Nothing has changed since Cressida Dick took over in February,\" he said.\n\nA week of action will start on April 24.",
         "2017-02-01/2017-04-23"),
        # the table's own month links as before, from the table's day (a bare past "April" is
        # the latest one: not written in the March before the next)
        ("\"Nothing has changed since Cressida Dick took over in April,\" he said.",
         "2017-04-10/2018-02-28"),
    ],
)  # fmt: skip
def test_a_known_event_told_with_its_own_month_dates_the_article(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # March 18 was a Thursday in 2004, 2010, 2021: the Met's town centre teams (2021-09 as a
        # name) must not throw the weekday fit out; the plural lockdowns then pick 2021
        ("Hillingdon's cabinet renewed the order on Thursday (March 18).\n\nThe Met's town centre team patrolled throughout the lockdowns.",
         "2021-03-18/2021-03-26"),
        # October 1 was a Friday in 2004, 2010, 2021: the generic term still chooses among them
        ("The Met town centre team began patrols in Romford on Friday, October 1.", "2021-10-01/2021-10-09"),
    ],
)  # fmt: skip
def test_a_generic_term_never_overrules_a_weekday_fit(text, expected):
    assert _edtf(text) == expected
