"""Choosing the publication year: the text's latest past year outweighs a term in everyday words,
two equally fitting years stay unknown, a week told as the news dates the report from its end, and
a month planned in the past says nothing about the article's month, and a campaign of weeks is
reported up to two weeks after its end."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.month_recency import month_recency_constraints
from tests.ingest.temporal_helpers import article

WINDOW = (2000, 2026)

RENEWAL = """Street drinking ban renewed in Wembley

Councillors on Brent Council's cabinet renewed the borough's Public Spaces Protection Order at a meeting on Monday (March 18).

Police recorded 310 reports of drinking in the street in 2018, up from 240 the year before, the report said.

Officers from the Met's Wembley town centre team will enforce the order alongside council wardens."""

RENEWAL_NO_FIGURES = RENEWAL.replace(
    "Police recorded 310 reports of drinking in the street in 2018, up from 240 the year before, the report said.\n\n",
    "",
)

RENEWAL_PLAIN = RENEWAL_NO_FIGURES.replace(
    "Officers from the Met's Wembley town centre team will enforce the order alongside council wardens.",
    "Council wardens will enforce the order.",
)

OLD_FIGURES = RENEWAL.replace("in 2018", "in 2015")

WEEK_OF_ACTION = """Knife crime week of action in Reading

Thames Valley Police took part in the national week of action against knife crime, which ran from Monday, May 16 to Sunday, May 22.

Officers searched a house in Whitley on Wednesday, May 18 and found two machetes.

A 19-year-old man was charged and appeared before magistrates on Friday.

Chief Constable John Campbell said the week had taken dangerous weapons off the streets."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # Monday, March 18 fits 2019 and 2024 after the 2014 Act; figures "in 2018" choose 2019,
        # though "town centre team" (the Met's teams of 2021) alone would have chosen 2024
        (RENEWAL, "2019-03-18?/2019-03-26?"),
        # with no year of its own the everyday-word term still decides
        (RENEWAL_NO_FIGURES, "2024-03-18/2024-03-26"),
        # two equally fitting years and nothing to choose between them: unknown
        (RENEWAL_PLAIN, ""),
        # a latest year too far before the first candidate chooses nothing; the term decides
        (OLD_FIGURES, "2024-03-18/2024-03-26"),
        # a raid on a day inside a week of action told as the news: from the week's end
        (WEEK_OF_ACTION, "2022-05-22/2022-05-28"),
    ],
)
def test_the_latest_past_year_chooses_among_candidate_years(text, expected):
    assert infer_publication_date(article(text)).edtf == expected


def test_the_evidence_states_the_rule_that_overruled_the_term():
    evidence = infer_publication_date(article(RENEWAL)).evidence
    assert [e.split(":")[0] for e in evidence[-2:]] == [
        "year choice",
        "ignored",
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plan made in the past: the month may still be ahead, so no bound
        ("Police had agreed to come back for a second meeting in September.", []),
        ("Residents were asked to report problems in March.", []),
        # a month reported as past: this year's, so not from the month before it
        (
            "Officers returned to the estate in September.",
            [
                "'September' is past and has no year: this year's, so the article is not from August"
            ],
        ),
        # "to" before a place, not a verb: the month is when it happened
        (
            "Officers were called to the flat in March.",
            [
                "'March' is past and has no year: this year's, so the article is not from February"
            ],
        ),
    ],
)
def test_a_month_planned_in_the_past_does_not_bound_the_article(text, expected):
    found = month_recency_constraints(list(cached_expressions(text)), WINDOW, text)
    assert [c.evidence for c in found] == expected


CAMPAIGN = """Drink-drive arrests fall in Gwent

Gwent Police's festive drink and drug-driving campaign ran from Friday, December 1 to Monday, January 1.

Figures released by the force on Wednesday show 96 drivers were arrested during the campaign.

Chief Constable Pam Kelly said most drivers had got the message."""

WEEK = CAMPAIGN.replace(
    "from Friday, December 1 to Monday, January 1",
    "from Monday, December 18 to Sunday, December 24",
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a month-long campaign's figures: within two weeks after its last day
        (CAMPAIGN, "2024-01-01/2024-01-15"),
        # a week's: within eight days, as a day's news
        (WEEK, "2023-12-24/2024-01-01"),
    ],
)
def test_a_campaign_of_weeks_is_reported_later_than_a_week(text, expected):
    assert infer_publication_date(article(text)).edtf == expected
