"""Event types chosen in session 9, on invented articles dated by the real temporal engine: a meeting
told after a reporting verb is the event (subsumption.py), officers on duty or sent in their hundreds
police an event and kit moved where trouble is are operations, a counted group of staff starting its
rounds is a team (triggers_policing.toml), a body that runs a network launches nothing (triggers.toml),
a figure a body points to is its statement (triggers_statements.toml), sport sessions run for young
people are a diversion (triggers_diversions.toml), the fallback's words (fallback.py), and a dated
earlier round told with its arrests gives both (own_settings.py)."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import dated_events


def types(text: str, published: str) -> list[tuple]:
    """(type, earliest, latest) of every event, in text order."""
    return [
        (e.type, str(e.date.earliest), str(e.date.latest))
        for e in dated_events(text, published)
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the saying tells the meeting ahead; the meeting is the occurrence
        (
            "Cllr Amina Shah said the council would review the alcohol ban with police at a meeting "
            "next month.",
            "2023-05-02",
            [("meeting", "2023-06-01", "2023-06-30")],
        ),
        # with no time for the meeting, nothing is dated: no event either way
        (
            "She said the force would discuss the plans with traders at a meeting.",
            "2023-05-02",
            [],
        ),
    ],
)
def test_a_meeting_told_after_a_reporting_verb_is_the_event(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # officers on duty for a day, or sent in their hundreds: the policing of an event
        (
            "More than 300 officers will be on duty in the town centre on Saturday for the derby.",
            "2023-09-20",
            [("operation", "2023-09-23", "2023-09-23")],
        ),
        (
            "About 2,000 officers from forces across the country were deployed in Birmingham during "
            "the summit last month.",
            "2023-09-20",
            [("operation", "2023-08-01", "2023-08-31")],
        ),
        # a few extra officers sent are posts filled
        (
            "Twelve extra officers were deployed to the station last week.",
            "2023-09-20",
            [("team_launch", "2023-09-11", "2023-09-17")],
        ),
        # "while on duty" is where another act happened
        (
            "Fourteen officers were assaulted while on duty at the festival last month.",
            "2023-09-20",
            [("incident", "2023-08-01", "2023-08-31")],
        ),
    ],
)
def test_officers_on_duty_or_sent_in_hundreds_are_an_operation(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The council said it would move a mobile CCTV van to the Esplanade over the bank "
            "holiday weekend.",
            "2023-08-20",
            [("operation", "2023-08-26", "2023-08-28")],
        ),
        # the body "which runs the city's CCTV network" launches no team
        (
            "Safer Leeds, which runs the city's CCTV network, deployed a mobile CCTV van to "
            "Kirkgate Market last week.",
            "2023-08-20",
            [("operation", "2023-08-07", "2023-08-13")],
        ),
    ],
)
def test_kit_moved_where_trouble_is_is_an_operation(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a counted group of staff starting its rounds: new posts
        (
            "A new problem-solving team of a sergeant and five constables will begin patrols in "
            "Heeley from next Monday.",
            "2023-08-20",
            [("team_launch", "2023-08-21", "2023-08-21")],
        ),
        (
            "Four wardens started patrolling the seafront in May.",
            "2023-08-20",
            [("team_launch", "2023-05-01", "2023-05-31")],
        ),
        # officers with no count beginning patrols: the patrol operation
        (
            "Officers will begin patrols in the park from Monday.",
            "2023-08-20",
            [("operation", "2023-08-21", "2023-08-21")],
        ),
    ],
)
def test_a_counted_group_of_staff_starting_patrols_is_a_team(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a body citing a figure: its statement
        (
            "The Office of the Police and Crime Commissioner (OPCC) pointed to a 25 per cent fall in "
            "burglaries across the county since 2020.",
            "2023-08-20",
            [("announcement", "2020-01-01", "2023-08-20")],
        ),
        (
            "The force highlighted a 12 per cent drop in knife crime in the first half of the year.",
            "2023-08-20",
            [("announcement", "2023-01-01", "2023-06-30")],
        ),
        # the figure told with no body citing it stays the crimes counted
        (
            "Burglaries across the county fell by 25 per cent last year.",
            "2023-08-20",
            [("incident", "2022-01-01", "2022-12-31")],
        ),
    ],
)
def test_a_figure_a_body_points_to_is_its_statement(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # sport sessions run for young people: a diversion operation
        (
            "A local boxing club ran free evening boxing and football sessions throughout the "
            "summer holidays.",
            "2023-08-20",
            [("operation", "2023-06-24", "2023-09-07")],
        ),
        # other sessions held: meetings (recruiting volunteers for them makes no team)
        (
            "Further sessions will be held every fortnight until the end of March, and the college "
            "is helping to recruit volunteers.",
            "2023-11-20",
            [("meeting", "2023-11-20", "2024-03-31")],
        ),
    ],
)
def test_sessions_are_a_diversion_when_sport_and_a_meeting_otherwise(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a clear-up is the work; the council's own team named as a partner is no new team
        (
            "In the week before Bonfire Night, the housing association cleared away 40 tonnes of "
            "rubbish from its estates, working with the council's street cleansing team.",
            "2023-11-20",
            [("operation", "2023-11-05", "2023-11-05")],
        ),
        # dealers who took over a home: cuckooing, not a post taken over
        (
            "The court heard the woman had been exploited by dealers who took over her flat in the "
            "summer.",
            "2023-11-20",
            [("incident", "2023-06-01", "2023-08-31")],
        ),
    ],
)
def test_the_fallback_reads_clear_ups_and_cuckooing(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a dated earlier round opening the sentence, with or without a comma: the round and its
        # arrests are two occurrences
        (
            "During the previous crackdown between June and August last year officers made 42 "
            "arrests in the town centre.",
            "2023-11-20",
            [
                ("operation", "2022-06-01", "2022-08-31"),
                ("enforcement", "2022-06-01", "2022-08-31"),
            ],
        ),
        (
            "During the last Sceptre week in May, officers in the county seized 31 knives and made "
            "17 arrests.",
            "2023-11-20",
            [
                ("operation", "2023-05-01", "2023-05-31"),
                ("enforcement", "2023-05-01", "2023-05-31"),
            ],
        ),
    ],
)
def test_a_dated_earlier_round_and_its_arrests_are_two_events(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a named group set up to keep a place safe: a new team
        (
            "In 2019 volunteers formed the Eastbrook Street Watch Group to report dealing to police.",
            "2023-11-20",
            [("team_launch", "2019-01-01", "2019-12-31")],
        ),
        # a group of people doing something is no group set up
        ("A group of youths set up a camp in the park last week.", "2023-11-20", []),
    ],
)
def test_a_named_safety_group_set_up_is_a_team(text, published, expected):
    assert types(text, published) == expected
