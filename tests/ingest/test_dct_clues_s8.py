"""Year clues a careful reader uses on an undated article: a council leader in office (every London
borough, and more unitary councils), an opening or announcement told with "last year" or "last
month", a feature's "N years ago" dated in the next paragraph, the order of a case's steps, and a
future range whose first day may be the publication day."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.case_steps import case_step_constraints
from app.ingest.temporal.constraints import Deferred
from app.ingest.temporal.evidence import find_terms
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.occasion_weekdays import occasion_weekday_constraints
from app.ingest.temporal.pspo_renewals import pspo_renewal_constraints
from app.ingest.temporal.solver import apply_deferred
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.years_ago import years_ago_constraints
from tests.ingest.temporal_helpers import article


def leaders(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, "; ".join(f"{s}/{e}" for s, e in m.term.periods))
        for m in find_terms(text, text)
        if "council leader" in m.term.name
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Council leader Stephen Alambritis said Morden town centre would get more wardens.",
            [("Council leader Stephen Alambritis", "2010-01-01/2020-12-31")],
        ),
        (
            "Colin Smith, leader of Bromley Council, backed the Orpington plan.",
            [("Colin Smith, leader of Bromley Council", "2017-01-01/2100-12-31")],
        ),
        (
            "Greenwich Council's leader, Danny Thorpe, met traders in Woolwich.",
            [("Council's leader, Danny Thorpe", "2018-01-01/2021-12-31")],
        ),
        (
            "Council leader Drew Mellor said Poole Quay would have marshals.",
            [("Council leader Drew Mellor", "2020-08-01/2023-06-30")],
        ),
        (
            "Vikki Slade, leader of BCP Council, opened the Boscombe hub.",
            [
                (
                    "Vikki Slade, leader of BCP Council",
                    "2019-04-01/2020-12-31; 2023-04-01/2024-12-31",
                )
            ],
        ),
        (
            "Denise Jeffery, the leader of Wakefield Council, praised the street marshals.",
            [
                (
                    "Denise Jeffery, the leader of Wakefield Council",
                    "2021-01-01/2100-12-31",
                )
            ],
        ),
        # the council's place is not named, or the leader is a former one: nothing
        ("Council leader Stephen Alambritis spoke at the conference.", []),
        ("The former council leader Drew Mellor said Bournemouth had changed.", []),
    ],
)
def test_a_council_leader_in_office_dates_the_article_to_their_term(text, expected):
    assert leaders(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a leader's term picks one of the years a weekday date fits (2019 and 2024 from 2018)
        (
            "By Ann Lee, Local Democracy Reporting Service\n\n"
            "Sutton Council's cabinet approved the Cheam drinking ban on Monday (March 18).\n\n"
            "Council leader Stephen Alambritis of neighbouring Merton said his borough would follow.",
            "2019-03-18/2019-03-26",
        ),
        # an opening told with "last year" gives the year; a weekday date then the days
        (
            "Traders in Ilford met police on Thursday (May 11) about shoplifting.\n\n"
            "They said footfall had risen since the Elizabeth line opened last year.",
            "2023-05-11/2023-05-19",
        ),
        # the Met's town centre teams announced "last month": November 2021
        (
            "A new team of officers has started patrolling Kingston town centre.\n\n"
            "It is part of a plan announced by the Met last month to put 650 officers into town "
            "centre teams across London.",
            "2021-11",
        ),
        # the start of Ramadan "later this week" (23 March 2023) and a weekday date: the days
        # from the Monday to the start
        (
            "Police met worshippers at a mosque in Leicester on Monday (March 20).\n\n"
            "They promised extra patrols during Ramadan, which begins later this week.",
            "2023-03-20/2023-03-23",
        ),
        # its start told with no weekday date: years apart, so unknown
        (
            "Police met worshippers at a mosque in Bradford on Sunday.\n\n"
            "They promised extra patrols during Ramadan, which begins later this week.",
            "",
        ),
        # the month-long fast told with its end: says nothing of the start
        ("Officers stepped up patrols in Luton during Ramadan, which ended last week.", ""),
        # an opening still ahead says nothing of the year
        (
            "Traders in Romford met police on Thursday (May 11) about shoplifting.\n\n"
            "They expect footfall to rise when the Elizabeth line opens next year.",
            "",
        ),
    ],
)
def test_a_known_opening_or_office_holder_dates_an_undated_article(text, expected):
    assert infer_publication_date(article(text)).edtf == expected


def told(*paragraphs: str) -> list[tuple[str, tuple]]:
    return [(p, tuple(cached_expressions(p))) for p in paragraphs]


def hulls(found) -> list[str]:
    return [f"{c.allowed.hull[0]}/{c.allowed.hull[1]}" for c in found]


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        # the year is in the next paragraph, the story's earliest ("since 2006" is a state's length)
        (
            (
                "Fifteen years ago, the quayside in Hull was where nobody walked after dark. "
                "Fights broke out most weekends.",
                "In March 2008, Humberside Police set up a night-time team on the quay.",
                "A landlord who has run a pub there since 2006 said it was quieter now.",
                "Street pastors followed in 2010.",
            ),
            ["2023-01-01/2023-12-31"],
        ),
        # a later year than one told elsewhere is a step of the story, not its start: nothing
        (
            (
                "Five years ago, the park was a place parents avoided. Few walked there at night.",
                "In 2021 the council put in new lighting along the paths.",
                "A dispersal zone had been used there in 2017.",
            ),
            [],
        ),
    ],
)
def test_years_ago_opening_a_feature_counts_from_the_first_year_told_after_it(
    paragraphs, expected
):
    assert hulls(years_ago_constraints(told(*paragraphs))) == expected


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        (
            (
                "Jones was arrested in October 2019 after a raid in Luton.",
                "He was charged in February last year and remanded in custody.",
            ),
            ["2021-01-01/2100-12-31", "2021-01-01/2021-12-31"],
        ),
        # the later month falls before the earlier one in the year: a year on
        (
            (
                "The pair were arrested in June 2021 in Hull.",
                "They denied the charges at a hearing in March this year.",
            ),
            ["2022-01-01/2100-12-31", "2022-01-01/2022-12-31"],
        ),
        # an earlier step told after a later one, or no dated step before: nothing
        (
            (
                "She was sentenced in May 2022 at Bristol Crown Court.",
                "She had been arrested in January last year.",
            ),
            [],
        ),
        (("He was charged in January last year and appeared in court.",), []),
    ],
)
def test_a_later_step_of_a_case_dates_the_year_it_is_counted_from(paragraphs, expected):
    assert hulls(case_step_constraints(told(*paragraphs))) == expected


@pytest.mark.parametrize(
    "deferred,expected",
    [
        # "will run from December 2 until New Year's Eve": written on the day at the latest
        (
            Deferred(12, 2, "December 2 until New Year's Eve", starts=True),
            date(2022, 12, 2),
        ),
        # a written deadline ("closes on December 2") is still to come: the day before
        (Deferred(12, 2, "December 2"), date(2022, 12, 1)),
    ],
)
def test_a_future_range_may_start_on_the_publication_day(deferred, expected):
    allowed = DaySet([(date(2022, 1, 1), date(2022, 12, 31))])
    assert apply_deferred(allowed, [deferred], []).hull[1] == expected


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        # first in force in May 2017: renewals fall due in May 2020, 2023, 2026...
        (
            (
                "Councillors voted to renew the public spaces protection order for another three years.",
                "The PSPO, which first came into force in May 2017, bans drinking in the park.",
            ),
            [
                "2019-07-06/2020-06-15",
                "2022-07-05/2023-06-15",
                "2025-07-05/2026-06-15",
            ],
        ),
        # a year alone: the whole anniversary year, with the months around it
        (
            ("The PSPO was introduced in 2018 and the council wants to extend it.",),
            ["2020-03-07/2022-02-14", "2023-03-07/2025-02-14", "2026-03-07/2028-02-14"],
        ),
        # no renewal told, or no start of the order: nothing
        (
            (
                "The PSPO, which came into force in May 2017, bans drinking in the park.",
            ),
            [],
        ),
        (("Councillors voted to renew the public spaces protection order.",), []),
    ],
)
def test_a_pspo_renewal_falls_in_the_months_before_a_third_anniversary(
    paragraphs, expected
):
    found = pspo_renewal_constraints(told(*paragraphs))
    # the first three renewals (six are listed)
    assert [f"{s}/{e}" for c in found for s, e in c.allowed.spans][:3] == expected


def test_a_pspo_start_and_a_weekday_date_give_the_renewal_year():
    text = (
        "By Sam Hart, Local Democracy Reporting Service\n\n"
        "Councillors in Ealing voted on Tuesday, July 9 to renew the borough's public spaces "
        "protection order for another three years.\n\n"
        "The PSPO, which first came into force in October 2016, bans drinking in Southall Broadway."
    )
    assert infer_publication_date(article(text)).edtf == "2019-07-09/2019-07-17"


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        # a named day and a bare weekday of the same news: the years 5 November fell on a Friday
        # (2004, 2010, 2021)
        (
            (
                "Firefighters were pelted with fireworks on Bonfire Night in Kirkton.",
                "Crews were called to Kirkton Avenue on Friday night and again after midnight.",
            ),
            3,
        ),
        # a written day beside a bare weekday is another day ("jailed on Friday", "raided on
        # 12 January"): nothing
        (
            (
                "A dealer from Stafford was jailed at Stoke Crown Court on Friday for four years.",
                "Officers raided his flat in Stafford on 12 January and found heroin and cash.",
            ),
            0,
        ),
    ],
)
def test_only_a_named_day_takes_the_weekday_told_beside_it(paragraphs, expected):
    found = occasion_weekday_constraints(told(*paragraphs))
    assert sum(len(c.allowed.spans) for c in found) == expected
