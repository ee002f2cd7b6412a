"""Whole articles written for these tests (other forces, towns and years): DCT and every mention."""

from __future__ import annotations

import pytest

from app.ingest.temporal import find_article_dates, infer_publication_date
from tests.ingest.temporal_helpers import article

LEEDS_2019 = """West Yorkshire Police carried out a week of action in Harehills between Monday, September 16 and Friday, September 20.

Officers arrested 14 people and seized drugs worth £20,000, the force said on Saturday.

The operation followed complaints at a community meeting in August, Insp Claire Wood said.

"We will be back in the area next month to see what has changed," she added.

A dispersal order has been in place around the shopping parade since 2011.

Home Secretary Priti Patel has promised 20,000 more officers nationally."""

CROYDON_2024 = """PUBLISHED: 07:00 12 March 2024

Croydon Council has extended its town centre Public Spaces Protection Order for another three years.

The order, first made in October 2020, was due to expire on March 31.

Councillors approved the extension at a cabinet meeting last Wednesday.

Enforcement officers issued 120 fixed penalty notices last year, and the council will publish a review in the autumn.

A public consultation ran from 8 January to 5 February."""

PRESTON_UNDATED = """Lancashire Constabulary officers will be out in force in Preston city centre this weekend.

Last weekend six people were arrested for public order offences after fights in Fishergate.

Chief Inspector Ian Mills said: "Yesterday we met licensees to discuss the problem.\""""

SHEFFIELD_2016 = """South Yorkshire Police recorded a rise in hate crime reports in Sheffield in the weeks after the EU referendum.

Officers received 49 reports between June 24 and July 7, compared with 30 in the same period last year.

A new hate crime unit will start work on Monday, August 1."""

CUP_FINAL_2019 = """Fans clashed with police outside the ground before the cup final on Saturday, 18 May 2019.

Officers arrested 23 people on the day, and two more men were arrested the following day.

A public meeting about the disorder was held at the town hall on Thursday, 23 May 2019.

The meeting came a week after the club's safety officer resigned.

Operation Goalpost began on Friday, 31 May 2019, and six people were arrested on the first day."""

DERBY_2023 = """Three fans were banned after trouble before the derby against Hull on Saturday, March 4.

Officers made two more arrests on Friday, March 10, and the club has since banned both men.

A dispersal order covered the station on the day of the match. The clubs last met in the league in 2019."""

CASES = [
    # "the force said on Saturday" reports on the week of action: the Saturday after it, and the week from then
    (LEEDS_2019, "2019-09-21/2019-09-27", [
        (1, "between Monday, September 16 and Friday, September 20", "2019-09-16/2019-09-20", "day", "weekday", False),
        (2, "Saturday", "2019-09-21", "day", "relative", False),
        (3, "August", "2019-08", "month", "relative", False),
        (4, "next month", "2019-10", "month", "relative", True),
        # "has been in place since 2011": a state with no tally dates from its start
        (5, "2011", "2011", "year", "explicit", False),
    ]),
    (CROYDON_2024, "2024-03-12", [
        (1, "12 March 2024", "2024-03-12", "day", "explicit", False),
        (3, "October 2020", "2020-10", "month", "explicit", False),
        (3, "March 31", "2024-03-31", "day", "weekday", True),
        (4, "last Wednesday", "2024-03-06", "day", "relative", False),
        (5, "last year", "2023", "year", "relative", False),
        (5, "in the autumn", "2024-09/2024-11", "season", "relative", True),
        (6, "from 8 January to 5 February", "2024-01-08/2024-02-05", "day", "weekday", False),
    ]),
    (PRESTON_UNDATED, "", [
        (1, "this weekend", "", "unknown", "none", False),
        (2, "Last weekend", "", "unknown", "none", False),
        (3, "Yesterday", "", "unknown", "none", False),
    ]),
    (SHEFFIELD_2016, "2016-07-07/2016-07-31", [
        (2, "between June 24 and July 7", "2016-06-24/2016-07-07", "day", "weekday", False),
        # "in the same period last year": the same days a year earlier
        (2, "last year", "2015-06-24/2015-07-07", "day", "relative", False),
        (3, "Monday, August 1", "2016-08-01", "day", "weekday", True),
    ]),
    # "on the day", "the following day", "on the first day" count from the day last given; "X came a
    # week after Y" puts Y in the week before X
    (CUP_FINAL_2019, "2019-05-31/2019-06-08", [
        (1, "Saturday, 18 May 2019", "2019-05-18", "day", "explicit", False),
        (2, "on the day", "2019-05-18", "day", "relative", False),
        (2, "the following day", "2019-05-19", "day", "relative", False),
        (3, "Thursday, 23 May 2019", "2019-05-23", "day", "explicit", False),
        (4, "a week after", "2019-05-13/2019-05-19", "week", "relative", False),
        (5, "Friday, 31 May 2019", "2019-05-31", "day", "explicit", False),
        (5, "on the first day", "2019-05-31", "day", "relative", False),
    ]),
    # "on the day of the match" is the day given for the derby, not the day mentioned last
    (DERBY_2023, "2023-03-10/2023-03-18", [
        (1, "Saturday, March 4", "2023-03-04", "day", "weekday", False),
        (2, "Friday, March 10", "2023-03-10", "day", "weekday", False),
        (3, "on the day of the match", "2023-03-04", "day", "relative", False),
        (3, "2019", "2019", "year", "explicit", False),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(
    "text,dct,expected",
    CASES,
    ids=[
        "leeds-2019",
        "croydon-2024",
        "preston-undated",
        "sheffield-2016",
        "cup-final-2019",
        "derby-2023",
    ],
)
def test_articles_get_their_publication_date_and_every_date_resolved(
    text, dct, expected
):
    item = article(text)
    published = infer_publication_date(item)
    mentions = find_article_dates(item, published)
    got = [
        (
            m.paragraph,
            m.text,
            m.value.edtf,
            m.value.precision,
            m.value.anchor,
            m.value.planned,
        )
        for m in mentions
    ]
    assert (published.edtf, got) == (dct, expected)
