"""A known event named with its own day keeps only the polls on that day: the article is within a
year of them, whatever the tense; a day none of its dates fall on says nothing."""

from __future__ import annotations

import pytest

from app.ingest.temporal.event_days import event_day_constraint
from app.ingest.temporal.evidence import find_known_events
from app.ingest.temporal.finder import cached_expressions
from app.ingest.temporal.future_polls import future_poll_constraints
from app.ingest.temporal.named_events import text_constraints
from app.ingest.temporal.tense import tense_at


def allowed(text: str) -> list[str]:
    expressions = list(cached_expressions(text))
    out = []
    for mention in find_known_events(text):
        if (found := event_day_constraint(mention, text, expressions)) is not None:
            out.extend(f"{a}/{b}" for a, b in found.allowed.spans)
    return out


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The survey was delayed until after the general election on June 8.",
            ["2016-12-07/2018-06-09"],
        ),
        (
            "Campaigning stopped before the general election on Thursday, December 12.",
            ["2019-06-12/2020-12-12"],
        ),
        (
            "Turnout in the ward fell at the June 23 EU referendum.",
            ["2015-12-23/2017-06-24"],
        ),
        # no day named, or a day no general election fell on
        ("Campaigning stopped before the general election.", []),
        ("Leaflets went out for the general election on March 3.", []),
    ],
)
def test_an_event_named_with_its_day_keeps_the_polls_on_that_day(text, expected):
    assert allowed(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("having been held back until after the general election on June 8", "past"),
        ("having arrested two men on May 4", "past"),
        ("and the consultation closes on July 10", "future"),
        # a subordinate clause with a verb of its own decides
        ("The council is to spend £1m after councillors backed it on Tuesday", "past"),
        ("The council will review it after residents complained on Tuesday", "past"),
        ("The vote will be held after the meeting on Tuesday", "future"),
        # "is expected", "is due": still ahead
        ("A decision is expected at the committee on September 12", "future"),
        ("The report is due out on March 3", "future"),
    ],
)
def test_a_perfect_participle_reads_as_past(text, expected):
    at = text.rfind(" on ") + 4
    assert tense_at(text, at, len(text)) == expected


@pytest.mark.parametrize(
    "text,count",
    [
        ("The vote was held back until after the general election in June.", 0),
        ("The vote is held back until the general election in June.", 1),
    ],
)
def test_until_after_an_election_does_not_say_the_poll_is_ahead(text, count):
    assert len(future_poll_constraints(text)) == count


def linked_years(text: str) -> list[str]:
    found = text_constraints(text, list(cached_expressions(text)))[0]
    return [
        c.evidence.rsplit("dates from ", 1)[-1]
        for c in found
        if "dates from" in c.evidence
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Arrests followed when Rangers fans celebrated the league title in May last year.",
            [
                "2000-01-01/2000-12-31, 2004-01-01/2004-12-31, 2006-01-01/2006-12-31, "
                "2010-01-01/2010-12-31, 2012-01-01/2012-12-31, 2022-01-01/2022-12-31"
            ],
        ),
        # another club of the name, or a title named with its year, says nothing here
        ("Queens Park Rangers fans celebrated the league title in May last year.", []),
        ("Rangers fans celebrated the 2021 league title in May last year.", []),
    ],
)
def test_a_known_event_with_a_month_of_last_year_dates_the_article(text, expected):
    assert linked_years(text) == expected
