"""Session 9 date mechanisms: publication-date clues a careful reader uses, and date forms."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.events.planned_starts import starts_after_publication
from app.ingest.records import DateValue
from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.finder import cached_expressions, find_article_dates
from app.ingest.temporal.month_recency import month_recency_constraints
from app.ingest.temporal.set_ranges import running_range_links
from tests.ingest.temporal_helpers import article, pub


def _published(text: str) -> str:
    return infer_publication_date(article(text)).edtf


@pytest.mark.parametrize(
    "text,expected",
    [
        # a past January is this year's in every month of it, December too
        ("Inspector Kaur said officers had made 20 arrests since the team launched in January.", []),
        ("The ward panel said the fly-tipping began in March.",
         ["'March' is past and has no year: this year's, so the article is not from February"]),
        # a December still ahead is this year's even in January
        ("The council will review the order in December.", []),
        ("The council will review the order in October.",
         ["'October' is future and has no year: the coming one, so the article is not from November"]),
    ],
)  # fmt: skip
def test_a_bare_month_bounds_the_article_except_across_the_turn_of_the_year(
    text, expected
):
    found = month_recency_constraints(cached_expressions(text), (2000, 2026), text)
    assert [c.evidence for c in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the relative words told next to the event's name are its own, not the sentence's first
        ("Extra patrols will start in the town centre this weekend, a week later than planned after "
         "officers were sent to London to help police the Queen's funeral last week.",
         "2022-09-26/2022-10-02"),
        # a summit from 31 October to 13 November is counted in November
        ("Residents packed a church hall in Bridgeton on Monday night.\n\nChief Inspector Ann Boyd said "
         "officers had been stretched during the Cop26 climate summit last month.",
         "2021-12"),
    ],
)  # fmt: skip
def test_a_known_event_told_with_relative_words_dates_the_article(text, expected):
    assert _published(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hackney's mayor Caroline Woodley, who was elected in November, said the council would act.",
         "2023-11/2024-09"),
        ("Hackney's mayor Caroline Woodley, elected in November last year, opened the new hub in Dalston.",
         "2024"),
    ],
)  # fmt: skip
def test_an_office_holders_start_told_with_its_month_dates_the_article(text, expected):
    assert _published(text) == expected


RANGE_AHEAD = """A dispersal order will be in force in Ham this weekend after attacks on buses.

The order, authorised by Devon and Cornwall Police, runs from 6pm on Friday, 26 October until 6am on Monday, 29 October.

Fire crews were targeted with fireworks in Ham Park on Sunday."""


def test_a_weekend_ahead_puts_the_article_in_the_week_before_a_range_that_holds_it():
    # the past Sunday is the one before the order, not a day of it
    assert infer_publication_date(article(RANGE_AHEAD)).evidence[-1] == (
        "the text allows 2007-10-22/2007-10-26, 2012-10-22/2012-10-26, 2018-10-22/2018-10-26: "
        "not enough to date it"
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # told as running until Monday morning, the order is not over: the Sunday came before it,
        # so it is no day of the range and links nothing
        ("Police say a dispersal order runs from 6pm on Friday, 26 October 2018 until 6am on Monday, "
         "29 October 2018.\n\nFirefighters were attacked in Ham Park on Sunday.",
         []),
        ("Police say a week of action runs from Monday, 22 October 2018 to Sunday, 28 October 2018."
         "\n\nOn Tuesday, officers searched two parks.",
         ["2018-10-24/2018-10-28"]),
    ],
)  # fmt: skip
def test_a_past_weekday_never_leaves_only_the_last_day_of_a_running_range(
    text, expected
):
    paragraphs = [(p, cached_expressions(p)) for p in text.split("\n\n")]
    assert [
        f"{a}/{b}"
        for days, _ in running_range_links(paragraphs, (2018, 2020))
        for a, b in days.spans
    ] == expected


def _dateline(day: str, path: str):
    return article(f"PUBLISHED: 09:30 {day}\n\nA new CCTV camera went up.", path=path)


@pytest.mark.parametrize(
    "days,expected",
    [
        # dated articles spread over years are a sample: a candidate months before the first is taken
        (("12 August 2019", "3 May 2021", "20 January 2022"), "2018-10-22?/2018-10-26?"),
        # a run of a few months is the whole collection: nothing outside it is taken
        (("12 January 2019", "20 June 2019"), ""),
    ],
)  # fmt: skip
def test_a_collection_spread_over_years_chooses_a_candidate_just_before_its_first_article(
    days, expected
):
    collection = [_dateline(day, f"{i}.txt") for i, day in enumerate(days)]
    found = infer_publication_date(
        article(RANGE_AHEAD, path="ham.txt"), collection=collection
    )
    assert found.edtf == expected


@pytest.mark.parametrize(
    "event,published,expected",
    [
        # published Monday to Friday of the week a Friday-night order starts: most likely before it
        ("2018-10-26/2018-10-29", "2018-10-22/2018-10-26", True),
        # published on the day itself: reported as it begins, not planned
        ("2018-10-26/2018-10-29", "2018-10-26", False),
        ("2018-10-27", "2018-10-26", True),
        ("2018-10-25/2018-10-29", "2018-10-22/2018-10-26", False),
    ],
)  # fmt: skip
def test_an_event_starting_on_the_last_day_a_publication_span_allows_is_planned(
    event, published, expected
):
    left, _, right = event.partition("/")
    value = DateValue(
        event,
        date.fromisoformat(left),
        date.fromisoformat(right or left),
        "day",
        "weekday",
        "",
    )
    assert starts_after_publication(value, pub(published, "inferred")) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The council says it will consult traders early next year on a fireworks ban.",
         [("early next year", "2022-01/2022-04", "season")]),
        ("The review of the dispersal zone was published in mid-last year.",
         [("mid-last year", "2020-05/2020-08", "season")]),
        ("New lighting in the underpass will be switched on late this month.",
         [("late this month", "2021-11-21/2021-11-30", "week")]),
        # with no third named, the whole year
        ("Figures will follow next year.", [("next year", "2022", "year")]),
    ],
)  # fmt: skip
def test_early_mid_or_late_before_a_relative_year_or_month_names_a_third_of_it(
    text, expected
):
    found = find_article_dates(article(text), pub("2021-11-09"))
    assert [(m.text, m.value.edtf, m.value.precision) for m in found] == expected
