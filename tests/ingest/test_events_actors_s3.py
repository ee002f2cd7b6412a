"""Who acts and where, on whole invented articles through the real gazetteer: a closure order is the
police's, an incident the police answered is theirs, a ward panel is the police's meeting, a
commissioner's survey and precept are nobody's council, a law is the government's, a drugs line's
destination is no place of the arrest, a funder is no actor, and an order's powers go to others.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

CLOSURE = """A house in Moss Side that residents say was used for drug dealing has been shut for three months after police won a closure order.

A district judge granted the full closure order against the terraced house in Claremont Road on Tuesday, May 14.

It is the fourth closure order obtained in Manchester this year. Two houses in Gorton were shut in February."""

ANSWERED = """Officers were called to the Red Lion in Kettering eight times between January and March, and again on Easter Sunday, when a fight broke out in the car park.

Bottles were thrown at officers outside the pub on Saturday, April 6."""

TOLD = """Police Scotland said about 40 youths gathered outside Lochee library at 8pm on Saturday, November 4.

Thefts from cars in Lochee rose by 20 per cent in October, according to force figures."""

WARD_PANEL = """More than 50 people attended the Tooting ward panel meeting at St Nicholas Church on Tuesday, March 5, to raise concerns about moped thefts.

The panel will meet again in June."""

PRECEPT = """Cheshire's police and crime commissioner has launched a survey asking residents whether they would pay more to fund policing next year.

John Dwyer is proposing to increase the police part of the council tax by £14 a year for a Band D home.

Last year the precept rose by £10."""

LAW = """Police in Dundee stopped 80 drivers on the Kingsway during a week-long road safety campaign that ended on Sunday, June 9.

The legal drink-drive limit in Scotland was lowered in December 2014."""

LINE = """Three men were jailed at Croydon Crown Court on Friday, March 8, for running a drugs line from Thornton Heath to Hastings.

The force's knife crime unit, set up last year with Home Office funding, has seized 300 weapons since it began.

Gary Pike, 29, was given a criminal behaviour order at the same hearing."""

POWERS = """The existing order, introduced in March 2021, gives police and council officers the power to confiscate alcohol in Exeter city centre.

Devon Trading Standards officers seized 2,000 counterfeit cigarettes from a shop in Sidwell Street on Thursday, May 2."""


SCHEME = """Havering Council became the first council in London to allow police and council wardens to issue on-the-spot fines for spitting in 2019.

Havering renewed its Romford town centre drinking ban last year, allowing police to confiscate alcohol from street drinkers."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "text,day,key,expected",
    [
        # a closure order granted by a judge, and flats "shut" under one: the police's
        (CLOSURE, "2024-05-20", (1, "order"), (["Greater Manchester Police"], ["Manchester"])),
        (CLOSURE, "2024-05-20", (3, "order"), (["Greater Manchester Police"], ["Manchester"])),
        # officers called to a pub: the force answered the incident; bottles thrown at them: victims
        (ANSWERED, "2024-04-10", (1, "incident"), (["Northamptonshire Police"], ["North Northamptonshire"])),
        (ANSWERED, "2024-04-10", (2, "incident"), ([], ["North Northamptonshire"])),
        # only told by the force: its source, not its actor; counted in its figures: the force's incident
        (TOLD, "2023-11-07", (1, "incident"), ([], ["Dundee"])),
        (TOLD, "2023-11-07", (2, "incident"), (["Police Scotland"], ["Dundee"])),
        # a ward panel is the police's meeting, and so is its next one
        (WARD_PANEL, "2024-03-08", (1, "meeting"), (["Metropolitan Police Service"], ["Wandsworth"])),
        (WARD_PANEL, "2024-03-08", (2, "meeting"), (["Metropolitan Police Service"], ["Wandsworth"])),
        # a commissioner's survey and precept: neither the council's nor the force's
        (PRECEPT, "2025-01-14", (1, "consultation"), ([], [])),
        (PRECEPT, "2025-01-14", (2, "announcement"), ([], [])),
        (PRECEPT, "2025-01-14", (3, "order"), ([], [])),
        # a law made for Scotland: the Scottish Government's, in no one council area
        (LAW, "2024-06-12", (2, "order"), (["Scottish Government"], [])),
        # where the drugs line ran to is no place of the case; a funder is no actor, and "the
        # force's unit, set up last year" is the whole force's; a criminal behaviour order given
        # at sentencing is the force's application, and a sentence already passed ends the force's case
        (LINE, "2024-03-11", (1, "enforcement"), (["Metropolitan Police Service"], ["Croydon"])),
        (LINE, "2024-03-11", (2, "team_launch"), (["Metropolitan Police Service"], [])),
        (LINE, "2024-03-11", (3, "order"), (["Metropolitan Police Service"], ["Croydon"])),
        # an order that gives police and council officers powers is still the council's; trading
        # standards named after a county are the county council's
        (POWERS, "2024-05-06", (1, "order"), (["Exeter City Council"], ["Exeter"])),
        (POWERS, "2024-05-06", (2, "enforcement"), (["Devon County Council"], ["Exeter"])),
        # a council that allows police to fine under its scheme runs it with them; an order
        # "allowing police to confiscate alcohol" is still the council's alone
        (SCHEME, "2021-05-01", (1, "order"), (["Havering Council", "Metropolitan Police Service"], ["Havering"])),
        (SCHEME, "2021-05-01", (2, "order"), (["Havering Council"], ["Havering"])),
    ],
)
def test_events_are_credited_to_who_acted_and_placed_where_it_happened(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key] == expected
