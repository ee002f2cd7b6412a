"""Known events and office holders as dating evidence: linked to a month or relative word in their
sentence, called "new", or simply past."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from tests.ingest.temporal_helpers import article

NEW_HOME_SECRETARY = (
    "The new Home Secretary, Amber Rudd, was asked about knife crime in Brixton."
)
ARENA_IN_MAY = (
    "Since the Arena attack in May, officers in Bolton have been on extra patrols, and on Monday, July 10 "
    "they began armed patrols at the station."
)
SOUTHPORT = "Police in Sunderland have charged 14 people over the Southport riots."
METRO_MAYOR = (
    "Andy Street, who was elected mayor of the West Midlands in May, visited a youth club in Handsworth "
    "on Friday, June 9."
)
TOOK_OVER = "Sir Mark took over from Dame Cressida Dick in September and has promised to clean up the force."
NEW_COMMISSIONER = (
    "The new Met commissioner, Sir Mark Rowley, visited Croydon police station."
)

EURO_FINAL = (
    "Police are appealing for witnesses after fans fought outside a pub in Sunderland following the Euro 2020 final."
)
WORLD_CUP_FINAL = (
    "Officers in Leicester made six arrests after the World Cup final on Sunday, December 18."
)
FINAL_SUNDAY = """Police are appealing for witnesses after fans fought outside a pub in Sunderland following the Euro 2020 final.

Northumbria Police said nine people were arrested on Sunday night."""
GAMES_IN_BIRMINGHAM = (
    "West Midlands Police said the Commonwealth Games had passed off peacefully, and officers made 12 arrests "
    "on Saturday, August 6."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # in office from 13 July 2016, and still "new": within six months
        (NEW_HOME_SECRETARY, "2016-07-13/2017-01-12"),
        # "in May" names the attack's month: within a year after 22 May 2017; Monday, July 10 then fits 2017 only
        (ARENA_IN_MAY, "2017-07-10/2017-07-18"),
        # named with no year: the riots of summer 2024, recently
        (SOUTHPORT, "2024-07-30/2024-09-28"),
        # a May election (2017, 2021 or 2024) within the year; Friday, June 9 fits 2017 only among them
        (METRO_MAYOR, "2017-06-09/2017-06-17"),
        # "in September": the September of 12 September 2022 is the most recent one, so within the year after
        # a bare past "in September" is the latest one, so not written in the August before the next
        (TOOK_OVER, "2022-09-12/2023-07-31"),
        (NEW_COMMISSIONER, "2022-09-12/2023-03-14"),
        # Euro 2020 was played in 2021: "2020" in its name is neither a date nor a year looked back to
        (EURO_FINAL, "2021-07-11/2021-08-08"),
        # December 18 was a Sunday in 2011, 2016 and 2022; only the 2022 final was on it
        (WORLD_CUP_FINAL, "2022-12-18/2022-12-26"),
        # Saturday, August 6 fits 2005, 2011, 2016 and 2022; the Games are past, so 2002 onwards, and only
        # 2022 lies within a recency window of an edition (Birmingham, from 28 July)
        (GAMES_IN_BIRMINGHAM, "2022-08-06/2022-08-14"),
        # the final was on Sunday 11 July 2021: "on Sunday night" in the lead names it, so the week after
        (FINAL_SUNDAY, "2021-07-12/2021-07-17"),
    ],
    ids=["new-home-secretary", "arena-in-may", "southport-riots", "metro-mayor", "took-over-in-september", "new-commissioner",
         "euro-2020-final-in-2021", "world-cup-final", "commonwealth-games",
         "event-on-the-lead-weekday"],
)  # fmt: skip
def test_known_events_and_office_holders_bound_the_article(text, expected):
    assert infer_publication_date(article(text)).edtf == expected


def test_a_new_office_holder_says_so_in_the_evidence():
    assert infer_publication_date(article(NEW_HOME_SECRETARY)).evidence[-1] == (
        "'Home Secretary, Amber Rudd' is called new: within 183 days of taking office"
    )
