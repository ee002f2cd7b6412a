"""Polls and reports still ahead ("before the commissioner elections in May", "due to be published
next week"), and national events local stories cite without a date."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.future_polls import future_poll_constraints
from tests.ingest.temporal_helpers import article


def _edtf(text: str) -> str:
    return infer_publication_date(article(text)).edtf


@pytest.mark.parametrize(
    "text,expected",
    [
        # February 13 was a Tuesday in 2001, 2007, 2018, 2024: only 2024 had PCC elections in May
        ("A dealer was banned from Blackburn town centre on Tuesday, February 13.\n\nThe commissioner has made the town a priority before the PCC elections in May.",
         "2024-02-13/2024-02-21"),
        ("A curfew began in Rhyl on Tuesday, February 13, ahead of May's police and crime commissioner elections.",
         "2024-02-13/2024-02-21"),
        # local elections are held every May: the year stays open
        ("Police raided homes in Wigan on Thursday, March 3, ahead of May's local elections.", ""),
        # past elections are not still ahead
        ("Officers closed a flat in Barry on Tuesday, February 13.\n\nThe commissioner, elected in the PCC elections last May, backed them.",
         ""),
    ],
)  # fmt: skip
def test_an_election_still_ahead_picks_the_weekday_year(text, expected):
    assert _edtf(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The scheme will run until the council elections in May.", 1),
        ("The scheme ran before the council elections.", 0),
        ("He was elected at the council elections in May.", 1),
        ("The commissioner said the force was ready.", 0),
    ],
)  # fmt: skip
def test_only_an_election_with_a_month_is_read_as_ahead(text, expected):
    assert len(future_poll_constraints(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # March 8 was a Wednesday in 2000, 2006, 2017, 2023: the Casey review came out on 21 March 2023
        ("Officers met residents at a ward panel on Wednesday, March 8.\n\nResidents asked about Baroness Casey's review of the Met, which is due to be published next week.",
         "2023-03-13/2023-03-16"),
        # November 5 was a Friday in 2004, 2010, 2021: COP26 is 2021
        ("Fireworks were thrown at officers in Perth on Friday, November 5.\n\n\"Many of our officers were sent to Glasgow for COP26,\" she said.",
         "2021-11-05/2021-11-13"),
        # May 22 was a Saturday in 2004, 2010, 2021: step 3 of the roadmap was in May 2021
        ("Police patrolled Margate on Saturday, May 22.\n\nPubs had reopened indoors under step 3 of the government's roadmap.",
         "2021-05-22/2021-05-30"),
    ],
)  # fmt: skip
def test_national_events_and_reviews_date_the_article(text, expected):
    assert _edtf(text) == expected
