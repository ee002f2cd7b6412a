"""Police and crime commissioners (pcc_terms.toml) date an article to their term in every usual
phrasing, but only while in office and only when the article names their force area too; the deputy
mayors who do the work where a mayor holds the powers are read alike."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.constraints import HARD, SOFT
from app.ingest.temporal.evidence import find_terms
from app.ingest.temporal.office_phrasings import office_phrasing_constraints
from tests.ingest.temporal_helpers import article

BOURNE = "2012-11-15/2100-12-31"
MCGUINNESS = "2019-07-18/2024-12-31"
_TITLES = ("police and crime commissioner ", "deputy mayor for policing ")


def in_office(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.allowed.hull[0]}/{m.allowed.hull[1]}")
        for m in find_terms(text, text)
        if m.term.name.startswith(_TITLES)
    ]


def _edtf(text: str) -> str:
    return infer_publication_date(article(text)).edtf


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Police and crime commissioner Katy Bourne said Sussex Police would recruit more officers.",
         [("Police and crime commissioner Katy Bourne", BOURNE)]),
        ("PCC Katy Bourne opened the new custody suite in Brighton.", [("PCC Katy Bourne", BOURNE)]),
        ("Katy Bourne, the police and crime commissioner for Sussex, backed the scheme.",
         [("Katy Bourne, the police and crime commissioner for Sussex", BOURNE)]),
        ("Sussex's police and crime commissioner, Katy Bourne, backed the scheme.",
         [("police and crime commissioner, Katy Bourne", BOURNE)]),
        ("Northumbria PCC Kim McGuinness visited the Gateshead hub.",
         [("PCC Kim McGuinness", MCGUINNESS)]),
        ("Police, Fire and Crime Commissioner for Essex Roger Hirst toured Basildon.",
         [("Police, Fire and Crime Commissioner for Essex Roger Hirst", "2016-05-05/2100-12-31")]),
        ("Police and Crime Commissioner (PCC) Donna Jones spoke in Portsmouth.",
         [("Police and Crime Commissioner (PCC) Donna Jones", "2021-05-06/2100-12-31")]),
        # a commissioner re-elected after losing the seat: both spells
        ("Cheshire PCC John Dwyer met Warrington traders.", [("PCC John Dwyer", "2012-11-15/2024-12-31")]),
        # deputy mayors doing a mayor's commissioner work
        ("Alison Lowe, West Yorkshire's deputy mayor for policing and crime, spoke in Leeds.",
         [("Alison Lowe, West Yorkshire's deputy mayor for policing and crime", "2021-05-06/2100-12-31")]),
        # not in office: former, deputy, the then commissioner, a candidate, another commissioner
        ("Former PCC Katy Bourne spoke in Brighton.", []),
        ("Katy Bourne, Sussex's former PCC, spoke in Brighton.", []),
        ("Deputy PCC Katy Bourne spoke in Brighton.", []),
        ("The then PCC Katy Bourne spoke in Brighton.", []),
        ("Conservative candidate for police and crime commissioner, Katy Bourne, spoke in Brighton.", []),
        ("Katy Bourne, the Conservative candidate for police and crime commissioner, spoke in Brighton.", []),
        ("The victims' commissioner, Dame Vera Baird, spoke in Sunderland.", []),
        # the force area never named: the name alone is too common to date anything
        ("PCC Donna Jones opened the new station.", []),
    ],
)  # fmt: skip
def test_a_commissioner_in_office_dates_the_article_to_their_term(text, expected):
    assert in_office(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # March 10 was a Tuesday in 2009, 2015, 2020, 2026: McGuinness was PCC from July 2019 to 2024
        ("Officers arrested two men in Gateshead on Tuesday, March 10.\n\nNorthumbria PCC Kim McGuinness said the arrests were welcome.",
         "2020-03-10/2020-03-18"),
        # March 10 was a Wednesday in 2004, 2010, 2021: Mountstevens was PCC from 2012 to 2021
        ("Officers closed a cannabis farm in Weston-super-Mare on Wednesday, March 10.\n\nSue Mountstevens, the police and crime commissioner for Avon and Somerset, praised them.",
         "2021-03-10/2021-03-18"),
        # November 5 was a Thursday in 2009, 2015, 2020: Barnes was Kent's PCC from 2012 to 2016
        ("Firework patrols ran in Margate on Thursday, November 5.\n\nKent's police and crime commissioner, Ann Barnes, joined them.",
         "2015-11-05/2015-11-13"),
        # a former commissioner is not in office: the year stays open
        ("Officers arrested two men in Gateshead on Tuesday, March 10.\n\nFormer Northumbria PCC Kim McGuinness said the arrests were welcome.",
         ""),
        # the commissioner's force area is not named: the year stays open
        ("Officers arrested two men on Tuesday, March 10.\n\nPCC Kim McGuinness said the arrests were welcome.",
         ""),
    ],
)  # fmt: skip
def test_a_commissioner_picks_the_year_of_a_weekday_and_day_of_month(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # in office; elected: from the start of the term (120 days' notice), softly within a year after
        ("Katy Bourne, Sussex's PCC, backed the scheme.", [(HARD, "2012-11-15", "2100-12-31")]),
        ("Lisa Townsend was elected police and crime commissioner for Surrey.",
         [(HARD, "2021-01-06", "2100-12-31"), (SOFT, "2021-01-06", "2100-12-31")]),
        # a word before the title that says she is not (or not yet) the holder
        ("Katy Bourne, Sussex's former PCC, backed the scheme.", []),
        ("Katy Bourne, the Conservative candidate for police and crime commissioner in Sussex, spoke.", []),
    ],
)  # fmt: skip
def test_office_phrasings_read_commissioners_with_their_area(text, expected):
    assert [
        (c.strength, c.allowed.hull[0].isoformat(), c.allowed.hull[1].isoformat())
        for c in office_phrasing_constraints(text)
    ] == expected
