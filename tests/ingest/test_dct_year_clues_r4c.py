"""Year clues of whole classes date an article: named schemes and units from their launch, a
place's year as Borough or City of Culture, London borough mayors in office, the COVID reopening
steps, "days after" a known event, an election "weeks away", and a yearly campaign set against
"the same campaign" of a stated month and year."""

from __future__ import annotations

import pytest

from app.ingest.temporal import find_article_dates, infer_publication_date
from app.ingest.temporal.anniversaries import anniversary_constraints
from app.ingest.temporal.annual_baselines import annual_baseline_constraints
from app.ingest.temporal.calendar_year_figures import calendar_year_figure_constraints
from app.ingest.temporal.event_distance import distance_constraint
from app.ingest.temporal.evidence import find_known_events, find_terms
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.future_polls import ahead_reading
from tests.ingest.temporal_helpers import article


def term_bounds(text: str) -> list[tuple[str, str]]:
    return [
        (m.term.name, f"{m.allowed.hull[0]}/{m.allowed.hull[1]}")
        for m in find_terms(text, text)
        if "Coronavirus" not in m.term.name
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Officers from the South West Command Unit of the Met patrolled Tooting Broadway.",
            [
                (
                    "Metropolitan Police command units named '... Command Unit'",
                    "2017-01-01/2100-12-31",
                )
            ],
        ),
        (
            "Bins were put out in Lewisham for Operation Sceptre.",
            [
                (
                    "Operation Sceptre (the Met's knife crime operation, national weeks of action)",
                    "2015-01-01/2100-12-31",
                )
            ],
        ),
        (
            "The new lighting in Grangetown was paid for by the Safer Streets Fund.",
            [("Safer Streets Fund", "2019-07-01/2100-12-31")],
        ),
        (
            "Brent council said crime fell during its year as London Borough of Culture.",
            [
                ("London Borough of Culture (the scheme)", "2016-05-01/2100-12-31"),
                (
                    "Brent's year as London Borough of Culture (2020)",
                    # from the award (February 2018): previews follow it (session 7)
                    "2018-02-01/2021-06-30",
                ),
            ],
        ),
        (
            "Patrols were stepped up in Coventry city centre as the city began its year as UK City of Culture.",
            [
                (
                    "Coventry's year as UK City of Culture (May 2021 to May 2022)",
                    "2017-12-07/2022-12-31",
                )
            ],
        ),
        (
            "Mayor John Biggs said the Whitechapel market patrols would continue.",
            [("Tower Hamlets mayor John Biggs (in office)", "2015-06-01/2022-05-31")],
        ),
        (
            "Croydon's executive mayor, Jason Perry, backed the town centre scheme.",
            [("Croydon mayor Jason Perry", "2022-05-01/2100-12-31")],
        ),
        # a year of its own: the title year is told, not implied
        (
            "Brent council recalled its year as London Borough of Culture in 2020.",
            [("London Borough of Culture (the scheme)", "2016-05-01/2100-12-31")],
        ),
        # Scotland's unit is older than England's
        ("Glasgow's Violence Reduction Unit ran the mentoring scheme.", []),
    ],
)
def test_named_schemes_units_and_office_holders_bound_the_article(text, expected):
    assert term_bounds(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police said the disorder came as pubs and restaurants reopened indoors on May 17.",
            ["Indoor hospitality reopens in England (Monday 17 May 2021)"],
        ),
        (
            "Queues formed in Northampton as non-essential shops reopened on April 12.",
            [
                "Non-essential shops and outdoor hospitality reopen in England (Monday 12 April 2021)"
            ],
        ),
        (
            "The new force plan was published weeks after Sir Mark Rowley took up his post.",
            ["Sir Mark Rowley takes up his post as Met commissioner (other wordings)"],
        ),
        ("Pubs reopened on May 17 in 2022 after a refit.", []),
    ],
)
def test_covid_reopening_steps_and_commissioners_starting_are_known_events(
    text, expected
):
    assert [m.event.name for m in find_known_events(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The figures come days after Sir Mark Rowley took up his post as commissioner.",
            "2022-09-12/2022-10-03",
        ),
        (
            "The plan was unveiled just weeks after pubs reopened indoors on May 17.",
            "2021-05-17/2021-08-17",
        ),
        ("Sir Mark Rowley took up his post in the autumn.", None),
    ],
)
def test_days_or_weeks_after_a_known_event_keep_the_article_close_to_it(text, expected):
    found = [distance_constraint(m, text) for m in find_known_events(text)]
    spans = [f"{c.allowed.hull[0]}/{c.allowed.hull[1]}" for c in found if c is not None]
    assert spans == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "With the general election less than a month away, candidates toured the estate.",
            "future",
        ),
        (
            "With the general election just weeks away, the hustings drew 200 people.",
            "future",
        ),
        ("Turnout in the ward fell at the general election, the council said.", "past"),
    ],
)
def test_an_election_weeks_away_is_still_ahead(text, expected):
    mentions = [ahead_reading(m, text) for m in find_known_events(text)]
    assert [m.tense for m in mentions if m is not None] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Arrests were up from 180 during the same campaign in December 2021.",
            ["2022-12-01/2100-12-31", "2022-12-01/2023-04-02"],
        ),
        (
            "Fines rose from 40 in the same operation in August 2019.",
            ["2020-08-01/2100-12-31", "2020-08-01/2020-12-01"],
        ),
        # a plain baseline month, not a yearly run
        ("Arrests were up from 180 in December 2021.", []),
    ],
)
def test_a_yearly_campaign_set_against_the_same_campaign_is_a_year_on(text, expected):
    found = annual_baseline_constraints(text, list(cached_expressions(text)))
    assert [f"{c.allowed.hull[0]}/{c.allowed.hull[1]}" for c in found] == expected


FIRST_DAYS = """A town centre crackdown on shoplifting in Croydon has led to 41 arrests in its first eight days.

The operation began on Saturday, November 26 and will run until Christmas Eve, said Mayor Jason Perry."""

FIRST_DAYS_NO_OPERATION = """Shoplifting in Croydon rose in the first eight days of December, traders said.

The Christmas market began on Saturday, November 26, said Mayor Jason Perry."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'its first eight days' counted from the launch on Saturday, November 26 (2022: the mayor's term)
        (FIRST_DAYS, "2022-12-03/2022-12-04"),
        # 'the first eight days of December' is no operation's (and, past, this December's)
        (FIRST_DAYS_NO_OPERATION, "2022-12-01/2022-12-04"),
    ],
)
def test_its_first_days_are_counted_from_the_launch_day(text, expected):
    assert infer_publication_date(article(text)).edtf == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Figures show 310 burglaries were recorded in Hartlepool in 2022, down from 402 in 2018.",
            ["2023-01-01/2023-12-31"],
        ),
        (
            "Calls about fireworks rose to 96 in 2019 compared with 71 in 2017, the council said.",
            ["2020-01-01/2020-12-31"],
        ),
        # part of a year, or no earlier year to compare with: nothing
        ("So far 40 offences were recorded in 2022, down from 52 in 2021.", []),
        ("Figures show 310 burglaries were recorded in Hartlepool in 2022.", []),
    ],
)
def test_a_whole_years_count_against_an_earlier_year_dates_the_article_the_year_after(
    text, expected
):
    found = calendar_year_figure_constraints(text, list(cached_expressions(text)))
    assert [f"{c.allowed.hull[0]}/{c.allowed.hull[1]}" for c in found] == expected


def spans(found) -> list[str]:
    return [f"{c.allowed.hull[0]}/{c.allowed.hull[1]}" for c in found]


def told(*paragraphs: str) -> list[tuple[str, tuple]]:
    return [(p, tuple(cached_expressions(p))) for p in paragraphs]


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        (
            (
                "Ten years of Operation Nightsafe: is Lincoln's night-time economy any safer?",
                "When Operation Nightsafe began in June 2013, the Brayford was a no-go area.",
            ),
            ["2023-03-31/2024-05-31", "2023-05-01/2023-09-01"],
        ),
        (
            ("It is five years since the Castle Street order was made in 2019.",),
            ["2023-10-31/2025-12-31", "2023-12-01/2025-04-02"],
        ),
        # a count of years with no dated start, or two different starts: nothing
        (("Five years of Operation Nightsafe have changed the city.",), []),
        (
            (
                "Ten years of Operation Nightsafe in Lincoln.",
                "Operation Nightsafe began in June 2013 in Lincoln and Operation Nightsafe began in May 2014 in Grantham.",
            ),
            [],
        ),
    ],
)
def test_a_count_of_years_since_a_dated_start_dates_the_article_that_far_on(
    paragraphs, expected
):
    assert spans(anniversary_constraints(told(*paragraphs))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The zone, made under the Anti-social Behaviour, Crime and Policing Act 2014, runs until Sunday.",
            ["Sunday"],
        ),
        ("Powers under the Licensing Act of 2003 were used in 2019.", ["2019"]),
        ("The Coronavirus Regulations 2020 were cited when the party was fined.", []),
        # a year told for itself stays a date
        ("The act came into force in 2014.", ["2014"]),
    ],
)
def test_a_statutes_year_is_part_of_its_name_not_a_date(text, expected):
    assert [x.text for x in cached_expressions(text)] == expected


FOLLOWING_MARCH = """In the summer of 2016 the council brought in a drinking ban in Grimsby town centre.

The ban was a start, but the launch of a town centre team the following March changed things."""

PREVIOUS_APRIL = (
    """In October 2020 the order was renewed after a raid the previous April."""
)

FOLLOWING_MONTH_DATED = (
    """The team will return the following March 2019, police said."""
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # counted from the end of the season given before: March 2017
        (FOLLOWING_MARCH, [("the summer of 2016", "2016-06/2016-08"), ("the following March", "2017-03")]),
        (PREVIOUS_APRIL, [("October 2020", "2020-10"), ("the previous April", "2020-04")]),
        # a year of its own: the calendar month
        (FOLLOWING_MONTH_DATED, [("March 2019", "2019-03")]),
    ],
)  # fmt: skip
def test_the_following_march_is_the_first_march_after_the_date_given_before(
    text, expected
):
    a = article(text)
    found = find_article_dates(a, infer_publication_date(a))
    assert [(m.text, m.value.edtf) for m in found] == expected
