"""Publication-date evidence classes: office holders' elections and terms, the week around the
news day (plain weekdays, a weekend still ahead), modal offers, surveys that run for weeks, and
year-less periods set against "the same period of" a year."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.evidence import find_terms
from app.ingest.temporal.tense import tense_at
from tests.ingest.temporal_helpers import article


def _edtf(text: str) -> str:
    return infer_publication_date(article(text)).edtf


@pytest.mark.parametrize(
    "text,expected",
    [
        # October 12 was a Tuesday in 2004, 2010, 2021: Dennett was elected in 2016, 2021, 2024
        ("Officers closed a flat in Ordsall on Tuesday, October 12.\n\nSalford mayor Paul Dennett, who was re-elected in May, said the closure was overdue.",
         "2021-10-12/2021-10-20"),
        # September 16 was a Thursday in 2004, 2010, 2021: PCCs are elected in May 2016, 2021, 2024
        ("Police raided six homes in Basildon on Thursday, September 16.\n\nEssex police, fire and crime commissioner Roger Hirst, who was re-elected in May, praised the officers.",
         "2021-09-16/2021-09-24"),
        # June 26 was a Wednesday in 2002, 2013, 2019, 2024
        ("A curfew was imposed in Keighley on Wednesday, June 26.\n\nThe police and crime commissioner, who was elected in May, backed it.",
         "2024-06-26/2024-07-04"),
        # May 18 was a Monday in 2009, 2015, 2020, 2026: only 2015 had a general election in May
        ("Police in Durham launched a town centre team on Monday, May 18, after the general election earlier this month.",
         "2015-05-18/2015-05-26"),
        # a town centre team outside London is not the Met's (2021 on): the year stays open
        ("Police in Durham launched a town centre team on Monday, May 18.\n\nThe team will meet traders at a PACT meeting on Wednesday, June 3.",
         ""),
    ],
)  # fmt: skip
def test_an_office_holders_election_year_picks_the_weekday_year(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Cleveland's police and crime commissioner Barry Coppinger said the team was welcome.",
         ["Police and crime commissioners", "police and crime commissioner Barry Coppinger (in office)"]),
        ("Former police and crime commissioner Barry Coppinger opened the hub.",
         ["Police and crime commissioners"]),
        ("Salford's city mayor Paul Dennett visited the estate.", ["Salford City Mayor Paul Dennett"]),
        ("The Met's new town centre team began patrols in Romford.", ["Metropolitan Police town centre teams"]),
        ("Cleveland Police's town centre team began patrols in Middlesbrough.", []),
        ("Katy Bourne, Sussex's police and crime commissioner, backed the scheme.",
         ["Police and crime commissioners", "police and crime commissioner Katy Bourne (in office)"]),
        ("Matthew Scott, the former PCC, backed the scheme.", []),
        ("Kent PCC Matthew Scott backed the scheme.", ["police and crime commissioner Matthew Scott (in office)"]),
    ],
)  # fmt: skip
def test_office_holders_and_met_only_terms_are_recognised(text, expected):
    assert [m.term.name for m in find_terms(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Detectives raided four flats in Hulme on Wednesday, March 8, Home Secretary Suella Braverman said.\n\nTwo men were charged and will appear before magistrates on Friday.",
         "2023-03-08/2023-03-14"),
        ("A teenager was stabbed outside a chicken shop in Luton on Saturday, August 12.\n\nA 19-year-old was arrested on Monday, Prime Minister Theresa May was told.",
         "2017-08-12/2017-08-18"),
        ("Wardens seized 14 scooters in Grimsby on Tuesday, November 7, Commissioner Cressida Dick said.\n\nMore patrols took place at the weekend.",
         "2017-11-07/2017-11-13"),
        # no plain weekday: the four-week reading of a weekday-dated report stands
        ("Police raided a house in Dover on Thursday, June 1, Home Secretary Amber Rudd said.\n\nThe results were published in a report last month.",
         "2017-06-01/2017-06-09"),
    ],
)  # fmt: skip
def test_plain_weekdays_put_the_article_in_the_week_after_the_news_day(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Police will enforce a dispersal zone in Sunderland this weekend, Home Secretary Suella Braverman said.\n\nThe zone will cover the city centre on Saturday 14 October, when the derby is played.",
         "2023-10-09/2023-10-13"),
        # "has authorised ... until Sunday 9 July": the end of a period just set is not behind
        ("Extra officers will patrol Cleethorpes seafront this weekend, Prime Minister Theresa May said.\n\nSuperintendent Ann Lowe has authorised a section 35 dispersal order until 6am on Sunday 9 July.",
         "2017-07-03/2017-07-08"),
        ("A knife arch will be in place at Reading station this weekend, Prime Minister Rishi Sunak said.\n\nIt will stand at the main entrance on Saturday, February 10.",
         "2024-02-05/2024-02-09"),
    ],
)  # fmt: skip
def test_a_weekend_still_ahead_and_its_written_day_date_the_days_before(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "sentence,word,expected",
    [
        ("Residents can meet officers at a drop-in at Ashford library on Saturday 14 October.", "Saturday 14 October", "future"),
        ("People can also comment in person at City Hall on Thursday 22 June.", "Thursday 22 June", "future"),
        ("Shop owners can raise concerns at a meeting on Tuesday 21 March.", "Tuesday 21 March", "future"),
        ("Police said they can confirm a man was arrested on 3 March.", "3 March", "past"),
    ],
)  # fmt: skip
def test_a_present_modal_offers_a_day_still_ahead(sentence, word, expected):
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The council opened a consultation on a new PSPO on Monday 2 October 2023.\n\nResidents can meet officers at a drop-in at Ashford library on Saturday 14 October.",
         "2023-10-02/2023-10-13"),
        ("Norwich City Council launched a survey on Tuesday 6 June 2017.\n\nPeople can also comment in person at City Hall on Thursday 22 June.",
         "2017-06-06/2017-06-21"),
        ("A new PSPO was announced on Friday 3 March 2023.\n\nShop owners can raise concerns at a meeting on Tuesday 21 March.",
         "2023-03-03/2023-03-20"),
    ],
)  # fmt: skip
def test_a_drop_in_residents_can_attend_bounds_the_article_from_above(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "opened on Monday" need not be the Monday before the close: surveys run for weeks
        ("The police and crime commissioner opened a precept survey on Monday.\n\nThe survey runs until Sunday, February 4.\n\nHome Secretary James Cleverly was named in the report.",
         "2023-12-24/2024-02-03"),
        ("Sussex's consultation on speed cameras opened on Tuesday and runs until Friday, March 15, 2024.",
         "2024-02-02/2024-03-14"),
        ("Kent County Council's survey on street lighting began on Wednesday and runs until Sunday 30 April 2023.",
         "2023-03-19/2023-04-29"),
    ],
)  # fmt: skip
def test_a_survey_still_running_does_not_pin_its_opening_weekday(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Between January and April, wardens issued 220 fines, up from 140 in the same period of 2018.\n\nThe crackdown began with a day of action on Saturday 5 January.",
         "2019-04-01/2019-05-05"),
        ("From June to August, officers made 61 arrests, compared with 38 in the same months of 2021.\n\nThe operation started on Wednesday, June 1.",
         "2022-08-01/2022-09-29"),
        # April 1 was a Friday in 2005, 2011, 2016, 2022: figures are set against the year before
        ("Between April and June, officers seized 120 bikes, up from 75 in the same quarter of 2015.\n\nThe campaign was launched on Friday, April 1.",
         "2016-06-01/2016-07-30"),
    ],
)  # fmt: skip
def test_a_period_set_against_the_same_period_of_a_year_is_over_by_publication(
    text, expected
):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # May 19, 13 and 21 fall on those weekdays in 2020 and 2026; the May 2020 polls were postponed
        ("Police in Bolton launched a knife crime taskforce on Tuesday, May 19, after the local elections earlier this month.\n\nCrime has risen since the first lockdown, the force said.",
         "2026-05-19/2026-05-27"),
        ("Wardens in Oldham began patrols on Wednesday, May 13.\n\nThe scheme was delayed by the council elections earlier this month and by social distancing rules.",
         "2026-05-13/2026-05-21"),
        ("Police in Rochdale set up a TikTok account on Thursday, May 21, following the local elections earlier this month.",
         "2026-05-21/2026-05-29"),
        ("Police in Rochdale set up a TikTok account on Thursday, May 21.", ""),
    ],
)  # fmt: skip
def test_local_elections_earlier_this_month_rule_out_2020(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # March 7 was a Tuesday in 2000, 2006, 2017, 2023: Scott was Kent PCC 2016-2024
        ("Officers raided a cannabis farm in Margate on Tuesday, March 7.\n\nKent PCC Matthew Scott said the raid sent a message.\n\nThe force joined TikTok last year.",
         "2023-03-07/2023-03-15"),
        # October 3 was a Tuesday in 2000, 2006, 2017, 2023: Lorne Green was Norfolk PCC 2016-2021
        ("Police closed a crack house in Norwich on Tuesday, October 3.\n\nLorne Green, Norfolk's police and crime commissioner, welcomed the order.",
         "2017-10-03/2017-10-11"),
        # June 15 was a Sunday in 2003, 2008, 2014, 2025: Hernandez in office from 2016
        ("A dispersal order covered Plymouth Hoe on Sunday, June 15.\n\nDevon and Cornwall PCC Alison Hernandez said it had worked.",
         "2025-06-15/2025-06-23"),
    ],
)  # fmt: skip
def test_a_named_pcc_in_office_picks_the_weekday_year(text, expected):
    assert _edtf(text) == expected
