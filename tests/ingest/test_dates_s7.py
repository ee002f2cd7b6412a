"""Session 7 date mechanisms: culture titles from their award, more elected mayors, range ends
that block a same-sentence link, ranges still in force, the occasion lead past a byline, "the
following weekend", weekdays inside a named week, relative times restated with their year, a
year-less lead day as the news, two national vape-ban moments, closed relative clauses and the
tense, and a season or holiday read in the year of the "last year" after it."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.records import DateValue
from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.evidence import find_known_events, find_terms
from app.ingest.temporal.finder import (
    cached_expressions,
    find_article_dates,
    find_dates,
)
from app.ingest.temporal.links import sentence_links
from app.ingest.temporal.tense import tense_at
from tests.ingest.temporal_helpers import article, pub


def dct(text: str) -> str:
    return infer_publication_date(article(text)).edtf


def dates(
    text: str, published: str, context: DateValue | None = None
) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf)
        for m in find_dates(text, pub(published), context=context)
    ]


def day(iso: str) -> DateValue:
    return DateValue(
        iso, date.fromisoformat(iso), date.fromisoformat(iso), "day", "weekday", ""
    )


def bounds(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.allowed.hull[0]}/{m.allowed.hull[1]}")
        for m in find_terms(text, text)
    ]


def event_names(text: str) -> list[str]:
    return [m.event.name for m in find_known_events(text)]


HULL_PREVIEW = """Extra officers have begun patrolling Hull city centre as the city gets ready for its year as UK City of Culture.

The new team started work on Monday, October 3."""

HACKNEY_NEW_MAYOR = """Residents packed a church in Homerton on Thursday (March 7) to demand action over drug dealing.

Hackney Mayor Caroline Woodley answered questions for two hours."""

HACKNEY_OLD_MAYOR = """Residents packed a church in Homerton on Thursday (March 7) to demand action over drug dealing.

Mayor Philip Glanville answered questions for two hours."""

ZONES_IN_FORCE = """Police Scotland said youths threw fireworks at officers in Niddrie on 5 November 2024.

The city's firework control zones are in force from October 31 until November 10."""

FIRES_LAST_SUMMER = """A man who ran an illegal scrapyard has been fined.

Fires broke out at the site twice last summer, in July and August 2021."""

PLEA_IN_THE_LEAD = """A Wellingborough man pleaded guilty at Northampton Magistrates' Court on 12 March to running an illegal waste site.

Fires broke out at the site twice last summer, in July and August 2021."""

PLEA_AS_AN_ASIDE = """A Wellingborough man, who first pleaded guilty on 12 March, has now been fined.

Fires broke out at the site twice last summer, in July and August 2021."""

VAPE_RAIDS = """More than 900 illegal vapes were seized from shops in Luton on May 14.

The raids come ahead of a national ban on disposable vapes, which the Government announced in January."""

ELIZABETH_LINE = """Officers stopped 40 people at Abbey Wood station during a week of action.

Insp Dan Cole said: "The Elizabeth line has brought thousands more people through here since it opened last year." """

BONFIRE_WITH_BYLINE = """Fireworks thrown at police in Kirkton on Bonfire Night

By Jane Doe

Police officers were pelted with fireworks in Kirkton on Bonfire Night, in scenes residents said were worse than in 2022.

Police Scotland said youths attacked officers in Kirkton Road on Tuesday night.

The council will decide in the new year whether to bring in firework control zones for 2025."""


@pytest.mark.parametrize(
    "text,expected",
    [
        # a preview follows the award (November 2013), so Monday 3 October 2016 fits
        (HULL_PREVIEW, "2016-10-03/2016-10-11"),
        # Caroline Woodley is mayor from the by-election of November 2023
        (HACKNEY_NEW_MAYOR, "2024-03-07/2024-03-15"),
        (HACKNEY_OLD_MAYOR, "2019-03-07/2019-03-15"),
        # a range still in force ends the window before its last day
        (ZONES_IN_FORCE, "2024-11-05/2024-11-09"),
        # "last summer" is summer 2021: from November 2021 (a summer just over is "this summer")
        (FIRES_LAST_SUMMER, "2021-11/2022-10"),
        # the lead's year-less day is the news: within four weeks after it
        (PLEA_IN_THE_LEAD, "2022-03-12/2022-04-09"),
        # told in an aside looking back, it only starts the window
        (PLEA_AS_AN_ASIDE, "2022-03-12/2022-10-31"),
        # the ban was announced in January 2024, and May 14 is past
        (VAPE_RAIDS, "2024-05-14/2024-06-11"),
        # the Elizabeth line opened in May 2022: "last year" is 2022
        (ELIZABETH_LINE, "2023"),
        # the byline is not one of the lead's paragraphs: Bonfire Night fell on a Tuesday in 2024
        (BONFIRE_WITH_BYLINE, "2024-11-06/2024-11-12"),
        # a year in brackets restates "last year"
        (
            "The council said the scheme, launched last year (2019), had cut complaints by a third.",
            "2020",
        ),
    ],
)
def test_publication_dates_from_session_7_evidence(text, expected):
    assert dct(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Bradford's year as UK City of Culture brought millions of visitors.",
            [("Bradford's year as UK City of Culture", "2022-05-31/2026-06-30")],
        ),
        (
            "Croydon's year as London Borough of Culture starts in January.",
            [
                ("Borough of Culture", "2016-05-01/2100-12-31"),
                (
                    "Croydon's year as London Borough of Culture",
                    "2020-02-11/2024-06-30",
                ),
            ],
        ),
        (
            "Lewisham Mayor Brenda Dacres opened the new hub in Catford.",
            [("Mayor Brenda Dacres", "2024-02-01/2100-12-31")],
        ),
        (
            "Mayor of Bedford Dave Hodgson said the scheme had worked.",
            [("Mayor of Bedford Dave Hodgson", "2009-09-01/2023-05-31")],
        ),
        # the name alone, with no place of his, dates nothing
        ("Mayor Dave Hodgson said the scheme had worked in Leeds.", []),
    ],
)
def test_culture_titles_and_elected_mayors_bound_the_article(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(
    "text,linked",
    [
        # the start of a run and its end: two days, not one
        (
            "Operation Lantern began on Monday, October 21 and runs through this weekend.",
            False,
        ),
        ("The crackdown started on Friday, May 3 and continues this week.", False),
        ("Last week, a boy was stabbed in Leeds on Tuesday, November 12.", True),
    ],
)
def test_a_range_end_between_a_relative_word_and_a_day_blocks_the_link(text, linked):
    assert (
        bool(sentence_links(text, list(cached_expressions(text)), (2000, 2026)))
        is linked
    )


@pytest.mark.parametrize(
    "text,published,context,expected",
    [
        # the weekend after a Thursday is two days on, and its Friday and Sunday are of that week
        (
            "Police said a dispersal order was in place over the following weekend, from Friday evening until Sunday night.",
            "2024-03-11/2024-03-15",
            day("2024-03-07"),
            [
                ("the following weekend", "2024-03-09/2024-03-10"),
                ("Friday evening", "2024-03-08"),
                ("Sunday night", "2024-03-08/2024-03-10"),
            ],
        ),
        # from a Saturday, the following weekend is the next one
        (
            "The market reopened the following weekend.",
            "2024-03-20",
            day("2024-03-09"),
            [("the following weekend", "2024-03-16/2024-03-17")],
        ),
        # a weekday inside the week just named
        (
            "Last week, on Tuesday, officers raided a flat in Leyton.",
            "2024-03-13",
            None,
            [("Last week", "2024-03-04/2024-03-10"), ("Tuesday", "2024-03-05")],
        ),
        # another clause between them brings in its own time: the nearest Tuesday
        (
            "Last week, after the stabbing on Tuesday, officers raided a flat.",
            "2024-03-13",
            None,
            [("Last week", "2024-03-04/2024-03-10"), ("Tuesday", "2024-03-12")],
        ),
        (
            "Officers raided a flat last week and made two more arrests on Tuesday.",
            "2024-03-13",
            None,
            [("last week", "2024-03-04/2024-03-10"), ("Tuesday", "2024-03-12")],
        ),
    ],
)
def test_weekdays_are_read_inside_the_week_or_weekend_just_named(
    text, published, context, expected
):
    assert dates(text, published, context) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police ran a summer holidays operation in Feltham last year.",
            [("summer holidays", "2022-06-24/2022-09-07"), ("last year", "2022")],
        ),
        (
            "Police ran an operation over the summer last year.",
            [("over the summer", "2022-06/2022-08"), ("last year", "2022")],
        ),
        (
            "Police dispersed crowds on Bonfire Night last year.",
            [("Bonfire Night", "2022-11-05"), ("last year", "2022")],
        ),
        (
            "They held a party at Christmas last year.",
            [("at Christmas", "2022-12-24/2023-01-01"), ("last year", "2022")],
        ),
        (
            "The zone will return for Bonfire Night this year.",
            [("Bonfire Night", "2023-11-05"), ("this year", "2023")],
        ),
        # another clause: each time on its own
        (
            "In the summer, police said last year was the worst.",
            [("In the summer", "2023-06/2023-08"), ("last year", "2022")],
        ),
    ],
)
def test_a_season_holiday_or_day_is_read_in_the_year_of_the_last_year_after_it(
    text, expected
):
    assert dates(text, "2023-07-28") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The raids come ahead of a national ban on disposable vapes, which the Government announced in January.",
            ["Government announces a ban on disposable vapes (29 January 2024)"],
        ),
        ("Ministers announced a consultation on a ban on disposable vapes.", []),
        (
            "Shops still sold them after the ban on disposable vapes came into force.",
            [
                "Ban on single-use (disposable) vapes in force in England, Wales and Scotland (1 June 2025)"
            ],
        ),
        (
            "Footfall has risen on the Elizabeth line since it opened last year.",
            ["Opening of the Elizabeth line (Tuesday 24 May 2022)"],
        ),
    ],
)
def test_the_vape_ban_and_the_elizabeth_line_opening_are_known_events(text, expected):
    assert event_names(text) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "The panel heard the case against Velvet, which can hold 900 people, at Hove Town Hall on Thursday 14 September.",
            "past",
        ),
        (
            "Officers, who will wear body cameras, patrolled the park on Saturday.",
            "past",
        ),
        ("Police, who were called at 3am, will return on Friday.", "future"),
        ("The team, which was formed in May, will begin patrols on Monday.", "future"),
    ],
)
def test_a_relative_clause_closed_before_the_day_does_not_set_its_tense(
    sentence, expected
):
    at = sentence.rindex(" on ") + 4
    assert tense_at(sentence, at, len(sentence) - 1) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Between May last year and April this year he was reported 63 times.", [("May last year and April this year", "2022-05/2023-04")]),
        ("Complaints rose from October 2021 to March this year.", [("October 2021 to March this year", "2021-10/2023-03")]),
        # two times, not one period
        ("Police made arrests in May last year and in April this year.", [("May last year", "2022-05"), ("April this year", "2023-04")]),
        ("The scheme ran between January and March.", [("between January and March", "2023-01/2023-03")]),
    ],
)  # fmt: skip
def test_two_months_of_different_years_told_as_one_period_are_joined(text, expected):
    assert dates(text, "2023-06-20") == expected


HEARING = """Darren Pollitt was given a criminal behaviour order at Leicester Magistrates' Court on Tuesday, June 13.

He was arrested on 2 May after abusing a shop worker."""


@pytest.mark.parametrize(
    "last,expected",
    [
        # the case is the news of the first paragraph: a week before Tuesday, June 13
        ("The case comes a week after the commissioner announced £250,000 for extra patrols.", ("a week after", "2023-06-05/2023-06-11")),
        ("It came two weeks after the council launched a consultation.", ("two weeks after", "2023-05-29/2023-06-04")),
        # the arrest is the last act told (2 May): counted from it
        ("The arrest came a week after the commissioner announced £250,000 for extra patrols.", ("a week after", "2023-04-24/2023-04-30")),
    ],
)  # fmt: skip
def test_the_case_comes_a_week_after_counts_from_the_news_day(last, expected):
    found = find_article_dates(article(f"{HEARING}\n\n{last}"), pub("2023-06-14"))
    assert (found[-1].text, found[-1].value.edtf) == expected


WEEK_OF_ACTION = """Officers were on patrol as part of a week of action, which ran from 29 May to 4 June.

The Met said the week of action resulted in 31 arrests.

A day of action in Peckham on Saturday, June 10 followed.

During the day of action officers made 12 arrests."""


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            WEEK_OF_ACTION,
            [
                ("from 29 May to 4 June", "2023-05-29/2023-06-04"),
                ("the week of action", "2023-05-29/2023-06-04"),
                ("Saturday, June 10", "2023-06-10"),
                ("the day of action", "2023-06-10"),
            ],
        ),
        # nothing told for it: left undated, not the publication date
        ("The Met said the week of action resulted in 31 arrests.", []),
    ],
)
def test_the_week_of_action_takes_the_days_told_for_it(text, expected):
    found = find_article_dates(article(text), pub("2023-09-19"))
    assert [(m.text, m.value.edtf) for m in found] == expected


PSPO_SINCE = """The Public Spaces Protection Order, first introduced in 2019, lets officers confiscate alcohol.

Officers said 212 fixed penalty notices had been issued under the order since it began.

The team was set up by the council in April 2021. It has made 40 arrests since its launch."""


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            PSPO_SINCE,
            [
                ("2019", "2019"),
                ("since it began", "2019"),
                ("April 2021", "2021-04"),
                ("since its launch", "2021-04"),
            ],
        ),
        # no start told: left undated
        ("Officers said 212 notices had been issued since it began.", []),
        # what a dated statement reports is told as of the statement
        (
            "The unit was formed in October 2017.\n\nThe mayor said in a statement last week that the unit had made 300 arrests since it was formed.",
            [("October 2017", "2017-10"), ("last week", "2022-10-10/2022-10-16")],
        ),
    ],
)
def test_since_it_began_takes_the_start_told_before(text, expected):
    found = find_article_dates(article(text), pub("2022-10-19"))
    assert [(m.text, m.value.edtf) for m in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the start told in the same words: that date, not the one told before
        (
            "The dispersal zone was first introduced in 2019.\n\nOfficers have issued 40 notices since the order was made in 2021.",
            [("2019", "2019"), ("2021", "2021")],
        ),
    ],
)
def test_since_a_start_told_in_place_keeps_its_own_date(text, expected):
    found = find_article_dates(article(text), pub("2022-10-19"))
    assert [(m.text, m.value.edtf) for m in found] == expected
