"""Event types chosen in session 8, on invented articles dated by the real temporal engine: staff who
start or are paid for are a team_launch (triggers_staffing.toml), arrests told as how a new operation
or order went take its type (detail_acts.py), a told run's count is an enforcement and a similar run
an operation (triggers_yields.toml, triggers_outcomes.toml), a team's verb stops at another head noun
(triggers.toml W12T), a walkabout with a team is a meeting, and checks make the fallback's operation."""

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
        # named night-time staff launched, starting work or paid for: new posts
        (
            "Bristol BID, whose night marshals were launched in 2019, will also extend their hours.",
            "2023-05-02",
            [("team_launch", "2019-01-01", "2019-12-31")],
        ),
        (
            "In 2015, volunteers from Hull Street Pastors began patrolling the Old Town on Friday nights.",
            "2023-05-02",
            [("team_launch", "2015-01-01", "2015-12-31")],
        ),
        (
            "The business district will also fund taxi marshals at the station rank from September.",
            "2023-05-02",
            [("team_launch", "2023-09-01", "2023-09-30")],
        ),
        (
            "Since March, the trust has paid for two youth workers at the skate park.",
            "2023-05-02",
            [("team_launch", "2023-03-01", "2023-05-02")],
        ),
        # staff who start a service: the service is the operation
        (
            "Volunteers from Exeter Street Pastors began running a weekly welfare bus in the town "
            "centre in 2018.",
            "2023-05-02",
            [("operation", "2018-01-01", "2018-12-31")],
        ),
        # a standing grant in the present simple, or staff told before, is no new post
        (
            "The council launched its violence plan in 2021, which funds youth workers in the "
            "hospital's emergency department.",
            "2023-05-02",
            [("order", "2021-01-01", "2021-12-31")],
        ),
        (
            "The cabinet approved £45,000 in June to fund the extra wardens and new lighting.",
            "2023-05-02",
            [("meeting", "2022-06-01", "2022-06-30")],
        ),
        # staff paid for a bounded run stay the operation they staff
        (
            "The BID is also paying for taxi marshals at the ranks over the festive period.",
            "2023-12-12",
            [("operation", "2023-12-01", "2024-01-01")],
        ),
    ],
)
def test_staff_who_start_are_a_team_launch(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a new operation or order named by a noun, its arrests told in a "when" clause or participle
        (
            "The blitz follows a similar operation in March last year, when 41 people were arrested.",
            "2023-05-02",
            [("operation", "2022-03-01", "2022-03-31")],
        ),
        (
            "A similar order was used in the park last August, when 14 people were directed "
            "to leave the area.",
            "2023-05-02",
            [("order", "2022-08-01", "2022-08-31")],
        ),
        (
            "In June, Kent Police answered with a crackdown on drug dealing near the station, making "
            "more than 30 arrests.",
            "2023-08-02",
            [("operation", "2023-06-01", "2023-06-30")],
        ),
        # a doer of its own in the "when" clause: the arrests are an act apart
        (
            "The team is building on a two-week crackdown over the summer, when officers made 19 arrests "
            "between July and August.",
            "2023-10-02",
            [
                ("operation", "2023-06-01", "2023-08-31"),
                ("enforcement", "2023-07-01", "2023-08-31"),
            ],
        ),
    ],
)
def test_arrests_told_as_how_a_new_operation_went_take_its_type(text, published, expected):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the told run's count is the arrests
        (
            "The 2021 campaign saw 187 arrests across the county.",
            "2023-01-10",
            [("enforcement", "2021-01-01", "2021-12-31")],
        ),
        (
            "Last year's campaign saw 96 drivers arrested in Devon.",
            "2023-01-10",
            [("enforcement", "2022-01-01", "2022-12-31")],
        ),
        # a similar run is another operation
        (
            "In April, a similar week saw 22 arrests across the force area.",
            "2023-06-10",
            [("operation", "2023-04-01", "2023-04-30")],
        ),
    ],
)
def test_a_told_runs_count_is_an_enforcement_and_a_similar_run_an_operation(
    text, published, expected
):
    assert types(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the verb belongs to the nearer head noun, not a unit named before a reporting verb
        (
            "Supt Ann Hale, head of the borough's response unit, told councillors that Operation "
            "Lantern, launched in Deptford in 2016, had cut robberies.",
            "2023-05-02",
            [("operation", "2016-01-01", "2016-12-31")],
        ),
        (
            "The force's East Area command, which covers three boroughs, was formed in 2017.",
            "2023-05-02",
            [("team_launch", "2017-01-01", "2017-12-31")],
        ),
        # past a reporting verb, a new plan put into practice is an initiative, not the unit's launch
        (
            "Supt Ray Cole, who leads the command unit, said a new ward-level plan would be rolled out "
            "across the borough by the end of the year.",
            "2022-09-20",
            [("operation", "2022-09-20", "2022-12-31")],
        ),
        # a walkabout with a team is a visit, a meeting
        (
            "The police and crime commissioner walked the square with the team last month.",
            "2023-05-02",
            [("meeting", "2023-04-01", "2023-04-30")],
        ),
    ],
)
def test_a_verb_takes_the_type_of_its_nearest_head_noun(text, published, expected):
    assert types(text, published) == expected
