"""An operation's partners told after it, on whole invented articles through the real gazetteer: a
charity or council the officers work "in conjunction with" or "alongside", a paragraph or two
after the operation's own, takes part in it (as the seeds' gold lists the Terrence Higgins Trust);
a sentence with its own time tells an activity of its own, and a partner told before the
operation, or far after it, is not its partner.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

AFTER = """An operation to tackle street drinking in Walthamstow town centre began on Monday, March 4.

Sgt Dan Cole, of the Walthamstow Safer Neighbourhoods Team, said officers would first talk to drinkers in conjunction with outreach workers from the charity Change Grow Live."""

OWN_TIME = """An operation to tackle street drinking in Walthamstow town centre began on Monday, March 4.

Sgt Dan Cole said officers would be working with Change Grow Live to run a drop-in clinic later this month."""

FAR = """An operation to tackle street drinking in Walthamstow town centre began on Monday, March 4.

Sgt Dan Cole said the operation would run for a fortnight.

Traders welcomed the patrols.

Officers are also working alongside Change Grow Live on a separate project."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AFTER, ["Metropolitan Police Service", "Change Grow Live"]),
        (OWN_TIME, ["Metropolitan Police Service"]),
        (FAR, ["Metropolitan Police Service"]),
    ],
    ids=[
        "a charity the officers work in conjunction with, told next, takes part in the operation",
        "working with a charity later this month is an activity of its own",
        "a partner told three paragraphs on is not the operation's",
    ],
)
def test_a_partner_told_just_after_an_operation_takes_part_in_it(gaz, text, expected):
    assert sorted(actors(gaz, text, "2024-03-06")[(1, "operation")][0]) == sorted(
        expected
    )
