"""Who acts at a meeting, on whole invented articles through the real gazetteer: a council or
force whose member joined the meeting or was present at it acts in it (as the seeds' gold lists the
councils of the councillors at the Al Madina mosque meeting), even when the article says so a
paragraph or two later; a body that only works "alongside" someone, or whose member will attend a
meeting still to come, does not.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

JOINED = """About 60 residents met police at St Anne's church hall in Chingford on Thursday, March 7, to discuss car thefts.

Joined by Waltham Forest Council's cabinet member for community safety, Cllr Amy Price, the ward sergeant said patrols would be stepped up."""

PRESENT = """Residents packed a public meeting at Leyton Orient's community centre on Monday, March 4, about drug dealing in Coppermill Lane.

Officers from the Met's North East command spoke to the meeting.

Cllr Joe Hart, of Waltham Forest Council, was also present and said the council would fund new lighting."""

ALONGSIDE = """Residents met officers from Cleveland Police at a PACT meeting at Middlesbrough Central Library on Wednesday, March 6.

Middlesbrough Council said it would pay for two street wardens to work alongside the town centre team from next month."""

AHEAD = """Residents will meet police at Barking Learning Centre on Friday, March 22, to discuss antisocial behaviour.

Barking and Dagenham Council's cabinet member, Cllr Syed Ghani, will also attend."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            JOINED,
            "2024-03-09",
            ["Metropolitan Police Service", "Waltham Forest Council"],
        ),
        (
            PRESENT,
            "2024-03-06",
            ["Metropolitan Police Service", "Waltham Forest Council"],
        ),
        (ALONGSIDE, "2024-03-08", ["Cleveland Police"]),
        (AHEAD, "2024-03-08", ["Metropolitan Police Service"]),
    ],
    ids=[
        "a council whose cabinet member joined the meeting acts in it",
        "a councillor of a council 'also present' two paragraphs on brings the council",
        "a council paying wardens to work alongside a team attends no meeting",
        "a councillor who will attend a meeting still to come adds nobody yet",
    ],
)
def test_a_body_whose_member_was_at_a_meeting_acts_in_it(gaz, text, day, expected):
    assert actors(gaz, text, day)[(1, "meeting")][0] == expected
