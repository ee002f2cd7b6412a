"""Session 6 precision, second round: idioms and generic subjects that tell no act; what a sitting
was told, a lead's setting of an operation told in full later, what an operation "started as", a
share of a tally, a run told after the lead's coarse date, and patrols told with the operation
they belong to, as one occurrence each; "will have" is future, and a yearless run going on at
publication is that run.
"""

from __future__ import annotations

import pytest

from app.ingest.temporal import find_dates
from tests.ingest.event_fakes import summary
from tests.ingest.temporal_helpers import pub

WEEK = """Officers in Leeds arrested 14 people during a week-long crackdown on knife crime last week.

Knife arches were set up at Leeds station with the help of British Transport Police.

Two of the people arrested were carrying knives.

"""

NIGHTJAR = """Leeds city centre at night

A night out in Leeds has changed a great deal in seven years.

When West Yorkshire Police launched Operation Nightjar in Leeds in December 2016, it had 12 officers.

Seven years on, it has become a permanent fixture of the city's nights.

"It started as a Christmas operation and it never stopped," says Insp Jane Hill."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "When the sound systems fire up in Ilford next month, 300 officers will be on patrol.",
            "2024-05-16",
            # no fire; the patrols planned for next month are the one act
            [("operation", "2024-06-01", "2024-06-30", True, [1])],
        ),
        (
            "A fire broke out at a flat in Ilford Lane on Monday.",
            "2024-05-16",
            [("incident", "2024-05-13", "2024-05-13", False, [1])],
        ),
        # (the campaign named stays a plan; the arrests it names are nobody's yet)
        (
            "Drivers arrested during the campaign will be named on the force's website.",
            "2024-12-16",
            [("operation", "None", "None", True, [1])],
        ),
        (
            "Drivers arrested last weekend will appear at Southend Magistrates' Court on Monday.",
            "2024-12-16",
            [("enforcement", "2024-12-14", "2024-12-15", False, [1])],
        ),
    ],
    ids=[
        "sound systems firing up is no fire",
        "a fire that broke out is an incident",
        "drivers arrested during a campaign to come are no arrest",
        "drivers arrested last weekend were arrested",
    ],
)
def test_an_idiom_or_a_generic_subject_tells_no_act(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # what councillors were told later in the story is the sitting told before
        (
            "Councillors on the council's scrutiny committee were told on Wednesday (May 15) that "
            "many cameras were broken.\n\nResidents of Ilford Lane complained of fights over the "
            "summer, and councillors were told two cameras there had not worked for most of that time.",
            "2024-05-17",
            [
                ("meeting", "2024-05-15", "2024-05-15", False, [1, 2]),
                ("incident", "2023-06-01", "2023-08-31", False, [2]),
            ],
        ),
        # the lead's setting is the operation launched in January, told in full
        (
            "Officers executed warrants at seven addresses in Leeds on Wednesday, May 15, as part "
            "of Operation Granite, the force's crackdown on drug supply.\n\n"
            "Operation Granite was launched in January this year.",
            "2024-05-17",
            [
                ("enforcement", "2024-05-15", "2024-05-15", False, [1]),
                ("operation", "2024-01-01", "2024-01-31", False, [2]),
            ],
        ),
        # a setting told with this week's run is this week's operation
        (
            "Officers set up a knife arch at Leeds station on Wednesday as part of Operation "
            "Sceptre, a national week of action which began on Monday.\n\n"
            "Operation Sceptre was launched in 2015.",
            "2024-05-17",
            [
                ("operation", "2024-05-15", "2024-05-15", False, [1]),
                ("operation", "2024-05-13", "2024-05-13", False, [1]),
                ("operation", "2015-01-01", "2015-12-31", False, [2]),
            ],
        ),
        # patrols run as part of an operation dated in their sentence are that operation
        (
            "Officers and wardens are running joint patrols in Leeds as part of Operation Bonfire, "
            "which began on Saturday (October 26) and continues until November 6.",
            "2024-10-30",
            [("operation", "2024-10-26", "2024-11-06", False, [1])],
        ),
        # what the operation "started as" is the operation launched
        (
            NIGHTJAR,
            "2023-07-01",
            [("operation", "2016-12-01", "2016-12-31", False, [3, 5])],
        ),
        # the lead's "last week" told in full with the run's days; a day within it is its own
        (
            WEEK
            + "The team joined the national Operation Sceptre week of action, which ran from "
            "Monday, May 6 to Sunday, May 12.",
            "2024-05-14/2024-05-22",
            [
                ("enforcement", "2024-05-06", "2024-05-19", False, [1, 3]),
                ("operation", "2024-05-06", "2024-05-12", False, [1, 2, 4]),
            ],
        ),
        (
            WEEK
            + "On Tuesday, May 7, officers carried out a weapons sweep in Briggate.",
            "2024-05-14/2024-05-22",
            [
                ("enforcement", "2024-05-06", "2024-05-19", False, [1, 3]),
                ("operation", "2024-05-06", "2024-05-19", False, [1, 2]),
                ("operation", "2024-05-07", "2024-05-07", False, [4]),
            ],
        ),
        # the shares of a tally are the tally's; a share told with a day of its own is a step
        (
            "Police and Southend Council ran an operation against kerb crawling in Southend from "
            "Monday 6 to Friday 10 May.\n\nOutreach workers from a charity joined officers on three "
            "nights.\n\nOfficers stopped 14 men suspected of kerb crawling. Nine were given "
            "community resolutions, and five were reported for summons.",
            "2024-05-17",
            [
                ("operation", "2024-05-06", "2024-05-10", False, [1]),
                ("operation", "2024-05-17", "2024-05-17", False, [2]),
                ("enforcement", "2024-05-06", "2024-05-10", False, [3]),
            ],
        ),
        (
            "Thames Valley Police arrested 11 people in Slough during a week of action.\n\n"
            "Officers executed warrants at three addresses in Chalvey on Tuesday.\n\n"
            "Nine of those arrested have been charged.",
            "2024-05-17",
            [
                ("enforcement", "2024-05-17", "2024-05-17", False, [1, 3]),
                ("enforcement", "2024-05-14", "2024-05-14", False, [2]),
            ],
        ),
        (
            "Officers stopped 14 men suspected of kerb crawling in Southend.\n\n"
            "Nine of them were charged on Friday.",
            "2024-05-20",
            [
                ("enforcement", "2024-05-20", "2024-05-20", False, [1]),
                ("enforcement", "2024-05-17", "2024-05-17", False, [2]),
            ],
        ),
        # the man arrested and charged right after the raid is the raid's arrest
        (
            "On Wednesday (May 15) officers executed a warrant at an address in Ilford Lane, where "
            "they recovered a machete and cannabis.\n\nA 19-year-old man was arrested and charged "
            "with possession of an offensive weapon. He appeared at Thames Magistrates' Court on "
            "Friday.",
            "2024-05-20",
            [
                ("enforcement", "2024-05-15", "2024-05-15", False, [1, 2]),
                ("enforcement", "2024-05-17", "2024-05-17", False, [2]),
            ],
        ),
        (
            "On Wednesday (May 15) officers executed a warrant at an address in Ilford Lane, where "
            "they recovered a machete and cannabis.\n\nA 19-year-old man was arrested on Saturday "
            "and charged with possession of an offensive weapon.",
            "2024-05-20",
            [
                ("enforcement", "2024-05-15", "2024-05-15", False, [1]),
                ("enforcement", "2024-05-18", "2024-05-18", False, [2]),
            ],
        ),
    ],
    ids=[
        "councillors told later are the sitting told before",
        "a lead setting of an operation launched later is that operation",
        "a setting with this week's run stays this week's operation",
        "patrols as part of an operation dated in their sentence are that operation",
        "what an operation started as is the operation",
        "a run within the lead's last week is the lead's operation",
        "a day within the lead's last week is its own act",
        "nine were given and five were reported are the tally's outcomes",
        "nine of those arrested are the arrests'",
        "nine of them charged on a day of its own is a step",
        "a man arrested and charged after the raid is the raid's arrest",
        "a man arrested on a day of his own is apart",
    ],
)
def test_tellings_of_one_occurrence_are_one_event(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "sentence,published,expected",
    [
        (
            "Police will have the power to order groups to leave Southend seafront over the "
            "Bonfire Night weekend.",
            "2024-10-28",
            [("Bonfire Night weekend", "2024-11-02/2024-11-03", "day", True)],
        ),
        (
            "Police had the power to order groups to leave Southend seafront over the Bonfire "
            "Night weekend.",
            "2024-11-12",
            [("Bonfire Night weekend", "2024-11-02/2024-11-03", "day", False)],
        ),
        (
            "Extra patrols will be in place in Leeds over the festive period.",
            "2024-12-14",
            [("over the festive period", "2024-12-01/2025-01-01", "day", True)],
        ),
        (
            "Extra patrols will be in place in Leeds over the festive period.",
            "2024-11-20",
            [("over the festive period", "2024-12-01/2025-01-01", "day", True)],
        ),
        (
            "Extra patrols were in place in Leeds over the festive period.",
            "2025-01-10",
            [("over the festive period", "2024-12-01/2025-01-01", "day", False)],
        ),
    ],
    ids=[
        "will have the power is future",
        "had the power is past",
        "the festive period told in mid-December is the one going on",
        "the festive period told in November is the coming one",
        "a past festive period told in January is the one just gone",
    ],
)
def test_time_phrases_take_the_tense_and_the_run_their_words_give(
    sentence, published, expected
):
    got = [
        (m.text, m.value.edtf, m.value.precision, m.value.planned)
        for m in find_dates(sentence, pub(published))
    ]
    assert got == expected
