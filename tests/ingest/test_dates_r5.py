"""Session 5 date mechanisms, on invented sentences: time phrases the grammar reads ("for the
summer", "the run-up to Christmas", "the year to March"), deadlines and runs counted from
publication, counts since a time, causes told after a plan, and the publication-date evidence of
bylines, city names, anniversaries and year-less past months."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal import find_dates
from app.ingest.temporal.dct import infer_publication_date, text_evidence
from tests.ingest.event_fakes import dated_events
from tests.ingest.temporal_helpers import article, pub

D, W, M, S, Y = "day", "week", "month", "season", "year"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # "for the" names a season still to come
        (
            "Extra patrols are planned for the summer around the lido.",
            "2023-03-08",
            [("the summer", "2023-06/2023-08", S, True)],
        ),
        (
            "Officers will visit schools across Hounslow for the next fortnight.",
            "2023-03-08",
            [("for the next fortnight", "2023-03-08/2023-03-22", W, True)],
        ),
        (
            "Wardens will be on duty throughout the weekend.",
            "2023-03-08",
            [("throughout the weekend", "2023-03-11/2023-03-12", D, True)],
        ),
        (
            "Six people were arrested across the weekend.",
            "2023-03-08",
            [("across the weekend", "2023-03-04/2023-03-05", D, False)],
        ),
        # the stretch before a named day ends the day before it
        (
            "Shoplifting rose by a fifth in the run-up to Christmas.",
            "2023-03-08",
            [("the run-up to Christmas", "2022-12-01/2022-12-24", W, False)],
        ),
        (
            "Police will patrol the high street every weekend in the run-up to Christmas.",
            "2023-11-20",
            [("the run-up to Christmas", "2023-12-01/2023-12-24", W, True)],
        ),
        (
            "In the weeks before Bonfire Night, officers seized 300kg of fireworks.",
            "2023-03-08",
            [("the weeks before Bonfire Night", "2022-10-08/2022-11-04", W, False)],
        ),
        (
            "Four teenagers were arrested in the days leading up to Halloween.",
            "2023-03-08",
            [("the days leading up to Halloween", "2022-10-24/2022-10-30", W, False)],
        ),
        (
            "Trading standards officers visited 40 shops in the fortnight before Christmas.",
            "2023-03-08",
            [("the fortnight before Christmas", "2022-12-11/2022-12-24", W, False)],
        ),
        # a year of its own is read as such, not as this year's run-up
        (
            "Shoplifting rose in the run-up to Christmas last year.",
            "2023-11-20",
            [("last year", "2022", Y, False)],
        ),
        # a statistical year ends with the month named, even a bare "March" or "May"
        (
            "Police recorded 2,310 burglaries in the year to March.",
            "2023-07-20",
            [("March", "2022-04/2023-03", Y, False)],
        ),
        (
            "Officers issued 96 fines in the 12 months to May.",
            "2023-03-08",
            [("May", "2021-06/2022-05", Y, False)],
        ),
        # a year written once for two months
        (
            "Two men were stabbed in Hanley in November and December 2021.",
            "2023-03-08",
            [("November", "2021-11", M, False), ("December 2021", "2021-12", M, False)],
        ),
        (
            "The footbridge was closed to cyclists in December and January 2019.",
            "2023-03-08",
            [("December", "2018-12", M, False), ("January 2019", "2019-01", M, False)],
        ),
        # a run still going on, or a deadline ahead: from publication to its end
        (
            "The wardens will patrol every weekend until the end of the year.",
            "2023-03-08",
            [("the end of the year", "2023-03-08/2023-12-31", Y, False)],
        ),
        (
            "The new team is expected to be on the streets by June.",
            "2023-03-08",
            [("June", "2023-03-08/2023-06-30", M, True)],
        ),
        (
            "The council says the cameras will be installed by the end of the year.",
            "2023-09-20",
            [("the end of the year", "2023-09-20/2023-12-31", Y, True)],
        ),
        # a past "by" is a point
        (
            "By January, officers had arrested 30 people.",
            "2023-03-08",
            [("January", "2023-01", M, False)],
        ),
        # a past passive "was planned" looks back
        (
            "The operation was planned after a rise in thefts in January and February.",
            "2023-03-08",
            [("January", "2023-01", M, False), ("February", "2023-02", M, False)],
        ),
        # a plural part of the day, or a weekday joined to one, repeats every week
        (
            "The BID will open a safe space on Friday and Saturday nights until Christmas.",
            "2023-12-05",
            [],
        ),
        ("Street pastors patrol the town on Saturday nights.", "2023-12-05", []),
        # ... unless a past sentence with no period in it tells the days of one week
        (
            "Officers ran knife arches at the station on Thursday and Friday evenings, supported by transport police.",
            "2023-12-05",
            [
                ("Thursday", "2023-11-30", D, False),
                ("Friday evening", "2023-12-01", D, False),
            ],
        ),
        # early, mid and late name a third of a month or year
        (
            "A week of action was held in early March.",
            "2023-12-05",
            [("early March", "2023-03-01/2023-03-10", W, False)],
        ),
        (
            "The new order will come into force in late January.",
            "2023-12-05",
            [("late January", "2024-01-21/2024-01-31", W, True)],
        ),
        (
            "Shop thefts peaked in mid-2022.",
            "2023-12-05",
            [("mid-2022", "2022-05/2022-08", S, False)],
        ),
        (
            "Extra beach stewards were brought in for the weekend.",
            "2023-12-05",
            [("for the weekend", "2023-12-02/2023-12-03", D, False)],
        ),
        (
            "Patrols will run for the next two weeks.",
            "2023-03-08",
            [("for the next two weeks", "2023-03-08/2023-03-22", W, True)],
        ),
        # "last summer" is the latest one over, unless it ended just now
        (
            "Last summer, a boy was stabbed near the bus station.",
            "2023-10-12",
            [("Last summer", "2022-06/2022-08", S, False)],
        ),
        (
            "Shoplifting rose last summer.",
            "2024-01-11",
            [("last summer", "2023-06/2023-08", S, False)],
        ),
        (
            "Complaints spiked during the first lockdown last spring.",
            "2021-07-16",
            [("last spring", "2020-03/2020-05", S, False)],
        ),
        # a standing aim "for the coming months" counts nothing
        (
            "Drug dealing should be their top priority for the coming months.",
            "2023-03-08",
            [],
        ),
    ],
    ids=[
        "planned for the summer is the coming summer",
        "for the next fortnight runs from publication",
        "throughout the weekend ahead",
        "across the weekend just past",
        "the run-up to Christmas is December to Christmas Eve",
        "a run-up still ahead",
        "the weeks before Bonfire Night are four weeks",
        "the days leading up to Halloween are a week",
        "the fortnight before Christmas is two weeks",
        "a run-up with a year of its own is not read as one",
        "the year to March",
        "the twelve months to May",
        "November and December 2021",
        "December and January 2019 crosses the year",
        "until the end of the year counts from publication",
        "a deadline month counts from publication",
        "a deadline at the end of the year counts from publication",
        "a past by is a point",
        "was planned after looks back",
        "weekdays with a plural night repeat",
        "a plural night alone repeats",
        "two evenings of one past week are days",
        "early March is its first ten days",
        "late January is from the 21st",
        "mid-2022 is May to August",
        "for the weekend",
        "for the next two weeks",
        "for the coming months is no date",
        "last summer told in October is the year before's",
        "last summer told in January is the one just gone",
        "last spring told in July is the year before's",
    ],
)
def test_time_phrases_resolve_to_the_interval_they_name(sentence, published, expected):
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.planned)
        for m in find_dates(sentence, pub(published))
    ]
    assert got == expected


def _events(text: str, published: str) -> list[tuple[str, str, str, bool]]:
    return [
        (e.type, str(e.date.earliest), str(e.date.latest), e.planned)
        for e in dated_events(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # what a plan follows has happened: the summer just past, not the next one
        (
            "The proposed alcohol ban follows a rise in complaints about drinking in the park during the summer.",
            "2022-09-14",
            [("incident", "2022-06-01", "2022-08-31", False)],
        ),
        # a count "so far" runs from the time told before it to publication
        (
            "Car crime in the town is being tackled by Operation Keystone, a crackdown launched in April, which has so far led to 31 arrests.",
            "2023-07-21",
            [
                ("operation", "2023-04-01", "2023-04-30", False),
                ("enforcement", "2023-04-01", "2023-07-21", False),
            ],
        ),
        # reported speech backshifts "has" to "had": the count still runs to publication
        (
            "The borough commander said officers had seized 120 knives since January.",
            "2022-09-21",
            [("enforcement", "2022-01-01", "2022-09-21", False)],
        ),
        # a written count is no standing practice
        (
            "Since the town became a city last year, the council has employed three community safety officers.",
            "2023-02-14",
            [("team_launch", "2022-01-01", "2023-02-14", False)],
        ),
        # figures that came out are dated by their release, not by the period they count (an undated
        # "according to figures" only names a source: no event)
        (
            "Burglary in the borough fell by 9 per cent in the year to March, according to figures published by the force on Thursday.",
            "2022-07-22",
            [("announcement", "2022-07-21", "2022-07-21", False)],
        ),
        # what is told in a that-clause with its own date is dated by it, not by the telling's day
        (
            "The community safety team told councillors on Tuesday (August 1) that it had logged 96 reports of drug dealing between May and July.",
            "2023-08-02",
            [("incident", "2023-05-01", "2023-07-31", False)],
        ),
        # an aside about the speaker keeps its date to itself
        (
            "Cllr Ann Webb, who became cabinet member for safety in May, said the council had hired two more wardens.",
            "2023-08-02",
            [("team_launch", "2023-08-02", "2023-08-02", False)],
        ),
        # a business improvement district is no bid to do something: the act is done, not intended
        (
            "Officers worked with the town's BID to run a safe space in Market Square throughout July.",
            "2023-08-02",
            [("operation", "2023-07-01", "2023-07-31", False)],
        ),
        # "since the autumn" starts the count, not the later time told after it
        (
            "Gwent Police has used a series of dispersal orders in the city centre since the autumn, most recently over the weekend.",
            "2024-02-07",
            [("order", "2023-09-01", "2024-02-07", False)],
        ),
    ],
    ids=[
        "a cause told after follows is past",
        "so far counts from the launch",
        "had seized since January counts to publication",
        "a count of officers since a time spans to publication",
        "a release is not dated by its statistical year",
        "a that-clause with its own dates",
        "an aside's date is the aside's",
        "the town's BID is no bid",
        "since the autumn counts to publication",
    ],
)
def test_events_take_the_span_their_words_give(text, published, expected):
    assert _events(text, published) == expected


LDRS = """By Priya Shah, Local Democracy Reporting Service

Wardens will patrol the town centre over the summer holidays after a rise in anti-social behaviour.

The council's scrutiny committee heard on Tuesday (July 24) that 140 reports had been logged since April."""

NO_BYLINE = LDRS.split("\n\n", 1)[1]

CITY = """Colchester City Council has agreed to extend its alcohol ban in Castle Park.

The cabinet voted on Wednesday, March 8, to keep the order for three more years."""

AGO_THIS_MONTH = """Twenty years ago this month, a shooting outside a nightclub in Aston changed how the city was policed.

Two teenagers were killed in the early hours of January 2, 2003.

The force set up a new gangs unit the following spring."""

DISPERSAL = """Police have authorised a dispersal order covering Stockton town centre over the Bonfire Night weekend.

The order, made under section 34 of the Anti-social Behaviour, Crime and Policing Act 2014, will be in force from 3pm on Friday, November 3 until 3am on Sunday, November 5."""

STATUTE = """The order, made under the Anti-social Behaviour, Crime and Policing Act 2014, will be in force from Friday, November 5."""

DISPERSAL_USED = """Police used a dispersal order in Redcar from 6pm on Saturday, October 14 until 2am on Sunday, October 15."""

AGO_YEARS = """Police in Luton first closed a crack house under the new powers five years ago.

The order on the flat in Bury Park was granted in 2015."""

PAST_MONTH = """Sir Mark Rowley took over as Met commissioner in September.

Insp Jo Marsh said four extra officers had joined the ward team in March.

The council's new alcohol ban is due to come into force on June 30."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LDRS, "2018-07-24/2018-08-01"),
        (NO_BYLINE, ""),
        (CITY, "2023-03-08/2023-03-16"),
        (AGO_THIS_MONTH, "2022-12-25/2023-01-31"),
        (AGO_YEARS, "2020"),
        (STATUTE, "2021-09-24/2021-11-04"),
        (DISPERSAL, ""),
        (DISPERSAL_USED, ""),
    ],
    ids=[
        "a Local Democracy Reporting Service byline postdates 2017",
        "without it the weekday leaves several years",
        "a council named a city only after the grant",
        "twenty years ago this month dates the article to that month",
        "five years ago with the year told",
        "an Act cited by its title postdates its year",
        "two years still fit a dispersal window ahead",
        "a dispersal order used over a past weekend is reported after it",
    ],
)
def test_bylines_city_names_and_anniversaries_date_the_article(text, expected):
    assert infer_publication_date(article(text)).edtf == expected


def test_a_year_less_past_month_is_this_year_s_so_the_month_before_it_is_ruled_out():
    # "joined in March", told as past, is not the March eleven months before a February article
    assert text_evidence(article(PAST_MONTH)).allowed.spans == (
        (date(2022, 9, 12), date(2023, 1, 31)),
        (date(2023, 3, 1), date(2023, 6, 29)),
    )


def test_a_dispersal_order_ahead_is_reported_within_the_week_before_it():
    assert text_evidence(article(DISPERSAL)).allowed.spans == (
        (date(2017, 10, 28), date(2017, 11, 2)),
        (date(2023, 10, 28), date(2023, 11, 2)),
    )


FUTURE_MONTH = """Sir Mark Rowley took over as Met commissioner in September.

The council's executive will consider plans for more cameras at its meeting in April."""


def test_a_year_less_month_ahead_is_the_coming_one_so_the_month_after_it_is_ruled_out():
    # "at its meeting in April", still ahead, is not the April eleven months after a May article
    assert text_evidence(article(FUTURE_MONTH)).allowed.spans == (
        (date(2022, 9, 12), date(2023, 4, 30)),
        (date(2023, 6, 1), date(2023, 7, 31)),
    )
