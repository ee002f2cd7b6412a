"""Things named in the text date the article: the home nations' tournament matches (with the
weekday told with one), a Met command unit where a London borough is named, council leaders and
elected mayors by title, and national bodies by their names."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.evidence import find_known_events, find_terms
from tests.ingest.temporal_helpers import article


def events(text: str) -> list[tuple[str, list[str]]]:
    return [
        (m.event.name, [d.isoformat() for d in m.event.dates])
        for m in find_known_events(text)
    ]


def bounds(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.allowed.hull[0]}/{m.allowed.hull[1]}")
        for m in find_terms(text, text)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Bottles were thrown at buses after the World Cup semi-final against Croatia.",
            [
                ("World Cup finals: England v Croatia", ["2018-07-11"]),
                ("tournament semi-final against Croatia", ["2018-07-11"]),
            ],
        ),
        # England met Croatia at two European Championships: both are meant
        (
            "Pubs in the town centre showed the Euros match against Croatia on big screens.",
            [
                (
                    "Euro finals: England/Scotland v Croatia",
                    ["2004-06-21", "2021-06-13", "2021-06-22"],
                )
            ],
        ),
        # two home nations: both must be named, with the tournament
        (
            "Extra officers were on duty in Cardiff for Wales's World Cup clash with England.",
            [("World Cup finals: England v Wales", ["2022-11-29"])],
        ),
        # a year that is not one of the editions: not these matches, only the tournament
        (
            "Fans watched the Euro 2016 game against Croatia in the square.",
            [("Euro 2016 (men's European Championship in France)", ["2016-06-10"])],
        ),
        # a "final" is never a quarter-final or semi-final
        (
            "Fans gathered in the park for the quarter-final against Italy.",
            [("tournament quarter-final against Italy", ["2012-06-24"])],
        ),
        # qualifiers, other sports and women's football are not in the table
        ("Wembley will host a World Cup qualifier against Croatia.", []),
        ("Fans watched the Rugby World Cup semi-final against Wales.", []),
    ],
)
def test_home_nations_tournament_matches_are_known_events(text, expected):
    assert events(text) == expected


QUARTER_FINAL = """Fans fought in Nottingham city centre after England's World Cup quarter-final against Sweden on Saturday, police said.

Six men were arrested for public order offences."""

EURO_PREVIEW = """Officers stepped up patrols in Leicester Square ahead of England v Scotland at Euro 2020 on Friday.

A dispersal order will be in force from 5pm."""

SEMI_FINAL = """A Section 60 order was put in place across Peckham yesterday (Sunday) after a teenager was stabbed.

Officers had stepped up patrols since the World Cup semi-final against Croatia on Wednesday, when fans blocked Rye Lane."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # Saturday 7 July 2018: the week after it
        (QUARTER_FINAL, "2018-07-08/2018-07-14"),
        # still ahead on a Friday of the tournament: the week before Friday 18 June 2021
        (EURO_PREVIEW, "2021-06-11/2021-06-18"),
        # the week after Wednesday 11 July 2018, and "yesterday (Sunday)": Monday 16 July
        (SEMI_FINAL, "2018-07-16"),
    ],
)
def test_a_known_event_told_with_a_weekday_dates_the_article(text, expected):
    assert infer_publication_date(article(text)).edtf == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Supt Ann Lee, of the North West Basic Command Unit, which covers Barnet, Brent and Harrow, said patrols would continue.",
            [("North West Basic Command Unit", "2017-01-01/2100-12-31")],
        ),
        # another force's command unit of the same name: no London borough, no date
        ("Lancashire Constabulary's East Basic Command Unit covers Burnley.", []),
        (
            "Council leader Cllr Ray Morgon said Romford town centre would get more wardens.",
            [("Council leader Cllr Ray Morgon", "2022-04-01/2100-12-31")],
        ),
        (
            "Cllr Kaya Comer-Schwartz, leader of Islington Council, backed the Holloway Road scheme.",
            [
                (
                    "Kaya Comer-Schwartz, leader of Islington Council",
                    "2021-01-01/2100-12-31",
                )
            ],
        ),
        (
            "Cllr Peter John, the council leader, said Peckham deserved better.",
            [("Peter John, the council leader", "2010-01-01/2020-12-31")],
        ),
        (
            "City Mayor Sir Peter Soulsby said Leicester would fund the patrols.",
            [("City Mayor Sir Peter Soulsby", "2011-04-01/2100-12-31")],
        ),
        # a group, deputy or former leader is not the council's leader
        ("Labour group leader Ray Morgon spoke in Romford.", []),
        ("Deputy council leader Ray Morgon spoke in Romford.", []),
        ("Former council leader Peter John spoke in Peckham.", []),
        # a leader's name with no place of the council: nothing
        ("Council leader Ray Morgon said the town needed more wardens.", []),
        (
            "The Independent Office for Police Conduct is investigating the arrest.",
            [("Independent Office for Police Conduct", "2017-01-31/2100-12-31")],
        ),
        (
            "The acting Metropolitan Police Commissioner, Sir Stephen House, visited Forest Gate.",
            [
                (
                    "acting Metropolitan Police Commissioner, Sir Stephen House",
                    "2022-04-10/2022-09-12",
                )
            ],
        ),
        (
            "The force has recruited 400 of the 20,000 extra officers promised by the government.",
            [("20,000 extra officers", "2019-07-01/2100-12-31")],
        ),
    ],
)
def test_units_leaders_and_bodies_are_dated_terms(text, expected):
    assert bounds(text) == expected
