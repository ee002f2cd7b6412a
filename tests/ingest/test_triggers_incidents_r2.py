"""Incidents told without a crime verb (triggers_incidents.toml): call-outs, counts, levels, a day's attack, crashes, drugs lines, a dated offence in a sentencing; and look-alikes that are none."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police were called to Hartcliffe Road shortly after 11pm on Saturday after reports of youths throwing stones.",
            [("incident", "realis", "Police were called to")],
        ),
        (
            "Paramedics were called to the Old Market on Sunday morning.",
            [("incident", "realis", "Paramedics were called to")],
        ),
        (
            "The chief inspector was called to give evidence to the panel on Tuesday.",
            [("announcement", "realis", "give evidence to the panel")],
        ),
        (
            "Residents were called to a meeting at the church hall on Monday.",
            [("meeting", "realis", "called to a meeting")],
        ),
        (
            "Officers said there had been six burglaries in Ashdown Close since the start of March.",
            [("incident", "realis", "there had been six burglaries")],
        ),
        (
            "There have been more than 40 reports of anti-social behaviour on the estate this year.",
            [("incident", "realis", "There have been more than 40 reports")],
        ),
        (
            "There have been calls for more lighting in the park.",
            [],
        ),
        (
            "Vehicle crime in the district rose to 1,212 offences in the year to September.",
            [("incident", "realis", "crime in the district rose")],
        ),
        (
            "Car thefts reached a record 880 in 2022.",
            [("incident", "realis", "Car thefts reached a record 880")],
        ),
        (
            "The number of officers rose to 300 last year.",
            [],
        ),
        (
            "Saturday night's stabbing outside the Corn Exchange has shocked traders.",
            [("incident", "realis", "stabbing")],
        ),
        (
            "Friday's fight in Church Street was filmed by passers-by.",
            [("incident", "realis", "fight")],
        ),
        (
            "The weekend's match between the two clubs passed off peacefully.",
            [],
        ),
        (
            "A stolen van crashed into a bus shelter in Gorse Lane on Boxing Day.",
            [("incident", "realis", "crashed into")],
        ),
        (
            "Business has crashed in the past year.",
            [],
        ),
        (
            "Hale controlled a drugs line from Luton to Bedford between March and August 2021.",
            [("incident", "realis", "controlled a drugs line")],
        ),
        (
            "Three brothers who ran the 'Dex' line were jailed in May.",
            [("enforcement", "realis", "jailed")],
        ),
        (
            "The couple were jailed for running a line into Swindon.",
            [("enforcement", "realis", "jailed")],
        ),
        (
            "He was jailed for an assault on a woman in Leeds.",
            [("enforcement", "realis", "jailed")],
        ),
        (
            "Reid, 24, was jailed on Monday for an assault outside a nightclub in Bridge Street last summer.",
            [("enforcement", "realis", "jailed"), ("incident", "realis", "an assault")],
        ),
        (
            "He was convicted of an assault on a bus driver in May.",
            [("enforcement", "realis", "convicted")],
        ),
    ],
)
def test_incidents_without_crime_verbs_are_found_and_look_alikes_are_not(
    text, expected
):
    assert found(text) == expected
