"""Times still ahead with no future auxiliary: a schedule verb in the present ("steps down in May")
and an act asked for or agreed to ("asked officials to report back in June")."""

from __future__ import annotations

import pytest

from app.ingest.temporal.grammar import find_expressions


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The commissioner, who steps down in May, backed the plan.", [("May", "future")]),
        ("The dispersal order expires on August 14.", [("August 14", "future")]),
        ("The consultation closes at the end of March.", [("the end of March", "future")]),
        ("Councillors asked officers to report back in June.", [("June", "future")]),
        ("The cabinet agreed to review the PSPO in September.", [("September", "future")]),
        ("She was remanded in custody to appear at Exeter Crown Court on December 2.", [("December 2", "future")]),
        ("The force will publish its review in the new year.", [("the new year", "future")]),
        ("The taskforce, set up in May, reports in the new year.", [("May", "past"), ("the new year", "future")]),
        # past simple and passive requests keep the sentence's tense
        ("The scheme ended in March.", [("March", "past")]),
        ("Drinkers were asked to leave in June.", [("June", "past")]),
    ],
)  # fmt: skip
def test_a_scheduled_or_requested_time_is_still_ahead(text, expected):
    assert [(x.text, x.tense) for x in find_expressions(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officers have spent the past fortnight visiting off-licences.",
         [("relative", "the past fortnight", "recent", 1, "fortnight")]),
        ("Wardens spent the last three weeks patrolling the park.",
         [("relative", "the last three weeks", "recent", 3, "week")]),
        # with a preposition the grammar's own rule reads it
        ("Officers visited 40 shops in the past week.",
         [("relative", "in the past week", "recent", 1, "week")]),
    ],
)  # fmt: skip
def test_a_period_spent_is_the_recent_period_it_names(text, expected):
    found = [
        (x.kind, x.text, x.unit, x.offset, x.qualifier) for x in find_expressions(text)
    ]
    assert found == expected
