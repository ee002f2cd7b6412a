"""The curated tables (known_events.toml, availability.toml) load, are sourced and behave."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.temporal.evidence import (
    find_known_events,
    find_terms,
    known_events,
    terms,
    year_window,
)


def test_every_known_event_has_dates_in_order_patterns_and_a_source():
    problems = [
        e.name
        for e in known_events()
        if not e.patterns
        or not e.sources
        or list(e.dates) != sorted(e.dates)
        or not e.dates
    ]
    assert problems == []


def test_every_dated_term_has_a_period_and_a_source():
    assert [
        t.name
        for t in terms()
        if not t.periods or not t.source or any(s > e for s, e in t.periods)
    ] == []


def test_the_year_window_ends_no_earlier_than_the_newest_table_entry():
    newest = max(d for e in known_events() for d in e.dates)
    assert year_window()[0] == 2000 and year_window()[1] >= newest.year


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The council made a Public Spaces Protection Order.",
            ["Public Spaces Protection Order"],
        ),
        (
            "Police used a section 35 dispersal order in the park.",
            ["Section 35 dispersal direction", "Dispersal order or zone"],
        ),
        (
            "Town centre teams of Met officers began patrols.",
            ["Metropolitan Police town centre teams"],
        ),
        ("The council's town centre team cleaned the square.", []),
        ("Former Commissioner Cressida Dick gave evidence.", []),
        (
            "Met Commissioner Cressida Dick said the force would change.",
            ["Met commissioner Cressida Dick (in office)"],
        ),
        ("Assistant Commissioner Mark Rowley led the counter-terror effort.", []),
        ("King Charles Road was closed after a crash.", []),
        ("Fines for breaching Covid rules were issued.", ["Coronavirus"]),
    ],
)
def test_dated_terms_are_found_only_in_the_sense_that_dates_them(text, expected):
    assert [m.term.name for m in find_terms(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Complaints rose during the general election.",
            [("UK general election", "past", False)],
        ),
        (
            "Candidates will debate ahead of the general election.",
            [("UK general election", "future", False)],
        ),
        ("The Grenfell inquiry heard evidence.", []),
        ("Families marked the anniversary of the Westminster attack.", []),
        (
            "Dame Cressida Dick resigned last week.",
            [
                (
                    "Cressida Dick announces her resignation as Met commissioner",
                    "past",
                    False,
                )
            ],
        ),
        (
            "Five years after the Manchester Arena bombing, the hall reopened.",
            [("Manchester Arena bombing", "past", True)],
        ),
        (
            "Since the Arena attack in May, officers in Bolton have worked double shifts.",
            [("Manchester Arena bombing", "past", True)],
        ),
        (
            "Police in Sunderland have charged 14 people over the Southport riots.",
            [("Riots after the Southport stabbings", "past", False)],
        ),
        (
            "Andy Burnham, who was elected mayor of Greater Manchester in May, met traders.",
            [("Greater Manchester mayoral election", "past", False)],
        ),
        (
            "Sir Mark took over from Dame Cressida Dick in September.",
            [("Sir Mark Rowley takes over as Met commissioner", "past", False)],
        ),
        ("Candidates will debate ahead of the 2016 London mayoral election.", []),
    ],
)
def test_known_events_are_found_with_their_tense_and_whether_they_look_back(
    text, expected
):
    assert [
        (m.event.name, m.tense, m.looks_back) for m in find_known_events(text)
    ] == expected


def test_known_event_dates_are_real_calendar_days():
    assert all(isinstance(d, date) for e in known_events() for d in e.dates)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The new Home Secretary, Amber Rudd, visited Brixton.", [("Home Secretary Amber Rudd (in office)", True)]),
        ("Home Secretary Amber Rudd visited Brixton.", [("Home Secretary Amber Rudd (in office)", False)]),
        ("The newly appointed Commissioner Sir Paul Stephenson spoke.", [("Met commissioner Sir Paul Stephenson (in office)", True)]),
        ("Home Secretary James Cleverly, who took over in November, visited.", [("Home Secretary James Cleverly (in office)", True)]),
        ("Home Secretary James Cleverly, who has six children, visited.", [("Home Secretary James Cleverly (in office)", False)]),
    ],
)  # fmt: skip
def test_office_holders_called_new_are_marked_fresh(text, expected):
    assert [(m.term.name, m.fresh) for m in find_terms(text)] == expected
