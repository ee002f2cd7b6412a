"""Court acts on whole invented articles through the real gazetteer: a sentence or appearance
already told ends the force's case and keeps the force; a hearing still to come is the court's
diary, no force's act yet.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

SENTENCED = """Officers from Kent Police raided a flat in Tonbridge Road, Maidstone, on Tuesday, March 5, and seized heroin worth £20,000.

Dale Price, 31, was jailed for four years at Maidstone Crown Court on Friday, March 8."""

APPEARED = """Detectives from Norfolk Constabulary arrested two men in King's Lynn on Wednesday, June 12, after a stabbing in the town centre.

One of them appeared at King's Lynn Magistrates' Court on Thursday, June 13, and was remanded in custody."""

TO_COME = """Police arrested a man after a stabbing in Ipswich town centre on Saturday, September 7.

The 24-year-old is due to appear at Ipswich Crown Court on Monday, October 7."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # a sentence already passed: the force's case, where the court sits
        (SENTENCED, "2024-03-11", (2, "enforcement"), (["Kent Police"], ["Maidstone"])),
        # an appearance already held keeps the force that made the arrest
        (APPEARED, "2024-06-17", (2, "enforcement"), (["Norfolk Constabulary"], ["King's Lynn and West Norfolk"])),
        # a hearing still to come is the court's diary: no force acts in it yet
        (TO_COME, "2024-09-09", (2, "enforcement"), ([], ["Ipswich"])),
    ],
)
def test_a_court_act_already_told_keeps_the_force_and_one_to_come_has_none(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key] == expected


CHIEF = """Police patrols in Scarborough town centre will double over the summer, the force said on Monday, June 3.

Chief Constable Lisa Winward last month named drug dealing as one of the force's three priorities."""

COMMISSIONER = """Officers seized 40 knives in Lewisham during a week of action that ended on Sunday, May 19.

Met Commissioner Sir Mark Rowley said last week that the force had taken more than 8,000 knives off the streets."""

PANEL = """A new neighbourhood policing team began patrols in Preston city centre on Monday, January 22.

Lancashire's police and crime panel will consider the commissioner's precept proposal at a meeting on Monday, February 5."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # a chief constable's words cover the whole force area, in any capitals
        (CHIEF, "2024-06-05", (2, "announcement"), (["North Yorkshire Police"], [])),
        # the Met's Commissioner speaks for London, not the borough of the story
        (COMMISSIONER, "2024-05-22", (2, "announcement"), (["Metropolitan Police Service"], [])),
        # a force area's police and crime panel meets for the whole area
        (PANEL, "2024-01-29", (2, "meeting"), (["Lancashire Police and Crime Panel"], [])),
    ],
)
def test_a_force_wide_office_or_panel_takes_no_district_of_the_story(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key] == expected


DROP_IN = """Six officers and four PCSOs will form a new neighbourhood team for Lincoln city centre from Monday, April 1.

Residents can meet the new team at a drop-in session at the Cornhill Market on Saturday, April 6."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # a drop-in to meet the new team is the officers' own meeting with the public
        (DROP_IN, "2024-03-25", (2, "meeting"), (["Lincolnshire Police"], ["Lincoln"])),
    ],
)
def test_a_session_to_meet_the_team_is_the_forces_meeting(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key] == expected
