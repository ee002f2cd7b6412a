"""Publication days from days told in order around the news: a weekday said to come before the
lead's news, the lead's weekday that is its written day, a report made after the period it counts,
and "days before" a day still to come."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from tests.ingest.temporal_helpers import article

# the 2022 World Cup final (18 December 2022, a Sunday) in the lead; the semi-final on Wednesday came before
BEFORE_THE_NEWS = """Police arrested nine people in Leicester city centre after the World Cup final.

Officers were called to the Clock Tower on Sunday night when crowds began throwing flares.

The disorder comes after smaller scenes in the same streets on Wednesday, when two men were arrested.

A dispersal order will be in place on Saturday, December 24."""

# the same article without the order sentence stays a week wide
NO_ORDER = """Police arrested nine people in Leicester city centre after the World Cup final.

Officers were called to the Clock Tower on Sunday night when crowds began throwing flares.

Two men were also arrested in the same streets on Wednesday.

A dispersal order will be in place on Saturday, December 24."""

# the lead's bare "Saturday night" is its written Saturday; "follows" puts Monday before it
FOLLOWS = """Police arrested five men after fights in Wakefield city centre on Saturday night.

The arrests were made in Kirkgate on Saturday, 14 January 2023, under a dispersal order.

The order follows an attack on a bus driver in the bus station on Monday."""

# without the order sentence: the week from the written Saturday
SAME_WEEKDAY = """Police arrested five men after fights in Wakefield city centre on Saturday night.

The arrests were made in Kirkgate on Saturday, 14 January 2023, under a dispersal order."""


# a report made on a bare weekday is about the period before it: the Tuesday after the blitz, then that week
REPORT_DAY = """Police in Bolton seized 30 bikes during a crackdown on off-road riders, figures published on Tuesday show.

The blitz ran from Monday, May 2 to Sunday, May 8, 2022, in Breightmet and Farnworth."""

# "days before" a vote: within the week before the first day still to come
DAYS_BEFORE = """The chair of Exeter's licensing committee has stood down, days before a vote on a new drinking ban.

The ban will be debated by the full council on Thursday, June 20, 2024.

A decision on the fees is expected on Tuesday, July 23, 2024."""


# begun on Monday in one paragraph, running until a written Sunday in the next: within that week
RUNNING_ACROSS = """Officers screened 400 passengers at Rotherham Interchange during a week of action which began on Monday.

The week of action runs until Sunday, November 19, 2023, with patrols in Clifton Park."""


# a consultation of a stated length, launched as news, opened that long before its closing day
LENGTH = """Wirral Council launched an eight-week consultation this morning on a ban on drinking in the street in Birkenhead.

The consultation closes on Friday, March 29, 2024."""


@pytest.mark.parametrize(
    "text,expected",
    [
        (BEFORE_THE_NEWS, "2022-12-19/2022-12-20"),
        (NO_ORDER, "2022-12-19/2022-12-23"),
        (FOLLOWS, "2023-01-14/2023-01-15"),
        (SAME_WEEKDAY, "2023-01-14/2023-01-20"),
        (REPORT_DAY, "2022-05-10/2022-05-16"),
        (DAYS_BEFORE, "2024-06-13/2024-06-19"),
        (RUNNING_ACROSS, "2023-11-13/2023-11-18"),
        (LENGTH, "2024-01-31/2024-02-08"),
    ],
    ids=[
        "comes-after-wednesday",
        "no-order-said",
        "follows-monday",
        "lead-weekday-is-its-written-day",
        "report-day-follows-the-period",
        "days-before-a-vote",
        "begun-and-running-across-two-paragraphs",
        "consultation-length-before-its-close",
    ],
)
def test_days_told_in_order_around_the_news_narrow_the_article(text, expected):
    assert infer_publication_date(article(text)).edtf == expected
