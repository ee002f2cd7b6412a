"""Publication dates: stated, in the address, in a dateline, inferred from the text or its collection."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.records import DateValue, PublicationDate
from app.ingest.temporal import dct_value, infer_publication_date
from tests.ingest.temporal_helpers import article, pub

SOUTHEND = """Essex Police used dispersal orders along the seafront on Saturday, August 3, after reports of fights.

Prime Minister Boris Johnson was asked about knife crime during a visit to the county.

Southend Council said its Public Spaces Protection Order had cut street drinking."""

HARLOW = """Operation Clearwater launched on Monday, October 7 and runs until October 13.

Home Secretary Priti Patel praised the force's work on county lines, which recruit children on TikTok."""

WALTHAM = """In 2021, Waltham Forest Council has issued 300 fixed penalty notices under its PSPO.

Residents said the order had made little difference."""

ELECTION = """Since the general election last month, police have seen a rise in Covid rule breaches in Leeds.

Prime Minister Boris Johnson said the rules would be enforced."""

UNDATED = """Officers on bikes now patrol the high street.

The inspector said residents had welcomed them."""

PSPO_ONLY = """The council's PSPO bans drinking in the park.

Officers can issue fines to anyone who ignores it."""

# the closing day is seven weeks after the arrests: a day ahead is announced up to six weeks in advance
NOTICE = """Officers arrested three men in a raid in Bolton on Tuesday, February 27.

The council's consultation on a new alcohol ban closes on Sunday, April 14."""

# a named day still ahead may be the day itself ("ahead of Bonfire Night" on the 5th); a written
# deadline is still to come
BONFIRE = """Police have put a dispersal order in place in Stratford ahead of Bonfire Night.

The Section 35 order runs from 4pm on Friday, November 5 until 6am on Monday, November 8."""

BARKING_FRIDAY = """On Friday, July 21, the MP met residents outside the mosque.

Officers are using dispersal orders to move men on."""


@pytest.mark.parametrize(
    "text,kwargs,expected",
    [
        (UNDATED, {"published": date(2019, 3, 1)}, ("2019-03-01", "metadata")),
        (UNDATED, {"url": "https://www.example.co.uk/news/2018/09/30/police-bikes/"}, ("2018-09-30", "url")),
        (UNDATED, {"url": "https://www.example.co.uk/2014/11/police-bikes-patrol/"}, ("2014-11", "url")),
        (UNDATED, {"url": "https://www.example.co.uk/news/crime/police-bikes-3126206"}, ("", "unknown")),
        ("PUBLISHED: 16:00 30 December 2019 | UPDATED: 09:12 3 January 2020\n\nOfficers on bikes patrol.", {}, ("2019-12-30", "dateline")),
        ("UPDATED: 09:12 3 January 2020\n\nOfficers on bikes patrol.", {}, ("2020-01-03", "dateline")),
        (SOUTHEND, {}, ("2019-08-03/2019-08-11", "inferred")),
        (HARLOW, {}, ("2019-10-07/2019-10-12", "inferred")),
        (WALTHAM, {}, ("2021", "inferred")),
        # a dispersal order ahead is authorised and reported within the week before it
        (BONFIRE, {}, ("2021-10-30/2021-11-05", "inferred")),
        (ELECTION, {}, ("2020-01", "inferred")),
        (UNDATED, {}, ("", "unknown")),
        (PSPO_ONLY, {}, ("", "unknown")),
        (BARKING_FRIDAY, {}, ("", "unknown")),
        (NOTICE, {}, ("2024-03-03/2024-03-26", "inferred")),
    ],
    ids=["metadata", "url-day", "url-month", "url-without-date", "dateline", "dateline-updated-only", "weekday-and-office",
         "until-bounds-the-end", "present-perfect-year", "named-day-ahead-may-be-the-day", "election-last-month", "no-evidence", "too-wide", "several-years",
         "future-weekday-day-bounds-from-above-with-a-wider-notice-window"],
)  # fmt: skip
def test_publication_date_comes_from_the_first_source_that_states_or_implies_it(
    text, kwargs, expected
):
    dct = infer_publication_date(article(text, **kwargs))
    assert (dct.edtf, dct.method) == expected


def test_inferred_date_lists_its_evidence():
    dct = infer_publication_date(article(HARLOW))
    assert dct.evidence == (
        "articles are taken to date from 2000-2026 (availability.toml [window])",
        "'TikTok': TikTok exists from 2017-09-01 (TikTok launched outside China in September 2017)",
        "'Home Secretary Priti Patel': Home Secretary Priti Patel (in office) exists from 2019-07-24 to 2022-09-06 "
        "(Priti Patel was Home Secretary from 24 July 2019 to 6 September 2022)",
        "'Monday, October 7': 10-07 was a Monday in 2002, 2013, 2019, 2024 (2000-2026); the article is within "
        "120 days after it",
        "'Monday, October 7': a weekday-dated report is taken as written within 28 days after it",
        "a report is written within 8 days after its latest past dated day",
        "'October 13' is still ahead at publication, so the article is before 2019-10-13",
    )


@pytest.mark.parametrize(
    "dct,expected",
    [
        (pub("2018-05-22"), DateValue("2018-05-22", date(2018, 5, 22), date(2018, 5, 22), "day", "dct",
                                      "-> 2018-05-22: no date words: the publication date (metadata)")),
        (pub("2017-06-20/2017-07-15", "inferred"), DateValue("2017-06-20/2017-07-15", date(2017, 6, 20), date(2017, 7, 15),
                                                            "month", "dct", "-> 2017-06-20/2017-07-15: no date words: the publication date (inferred)")),
        (PublicationDate.unknown(), DateValue.unknown("no date words, and the publication date is unknown")),
        (PublicationDate("2017-07-21/2017-08-04", date(2017, 7, 21), date(2017, 8, 4), "inferred", ("collection: ...",)),
         DateValue("2017-07-21?/2017-08-04?", date(2017, 7, 21), date(2017, 8, 4), "month", "dct",
                   "-> 2017-07-21?/2017-08-04?: no date words: the publication date (inferred)")),
    ],
    ids=["day", "interval", "unknown", "from-collection"],
)  # fmt: skip
def test_dct_value_is_the_publication_date_as_precise_as_it_is_known(dct, expected):
    assert dct_value(dct) == expected
