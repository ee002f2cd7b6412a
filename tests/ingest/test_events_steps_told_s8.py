"""Steps of a story told in phrasings found missing in session 8 (triggers_steps_told.toml), acts
named with no occurrence of them (no_act_asides.py), outcomes that are part of a sentencing
(sentencing_parts.py), a later step of a run told with "the team" (steps_apart.py) and "the money"
told again (funding_refs.py), on invented sentences and articles."""

from __future__ import annotations

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.events.no_act_asides import no_act_aside
from app.ingest.records import Paragraph
from tests.ingest.event_fakes import dated_events


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plea hearing and a trial begun are steps of the case apart from its verdict
        (
            "At a plea hearing at Bristol Crown Court in October she denied all three charges.",
            [("enforcement", "realis", "plea hearing")],
        ),
        (
            "He pleaded not guilty to robbery at a hearing in March.",
            [("enforcement", "realis", "pleaded not guilty")],
        ),
        (
            "The pair were jailed on Monday after a trial that began in November.",
            [
                ("enforcement", "realis", "jailed"),
                ("enforcement", "realis", "trial that began"),
            ],
        ),
        # a letter to a force's head named with the force, and a chief named by a minister
        (
            "Hackney MP Diane Hart has written to Metropolitan Police Commissioner Sir John Smith asking for more officers.",
            [
                (
                    "announcement",
                    "realis",
                    "has written to Metropolitan Police Commissioner",
                ),
                ("team_launch", "intention", "more officers"),
            ],
        ),
        (
            "On Tuesday the Home Secretary named Dame Jo Smith as the new Commissioner of the Metropolitan Police.",
            [("announcement", "realis", "named Dame Jo Smith as the new Commissioner")],
        ),
        # a decision still awaited, with its time: the sitting ahead that takes it (session 9: most
        # gold sets type it a meeting)
        (
            "The consultation closes on March 3, and a decision is expected in the summer.",
            [
                ("consultation", "realis", "consultation closes"),
                ("meeting", "future", "a decision"),
            ],
        ),
        (
            "A decision on whether to keep the ban is due by the end of June.",
            [("meeting", "future", "A decision on whether to keep the ban")],
        ),
        # ... and one a named sitting makes is that sitting
        (
            "A decision is expected at the council's licensing committee in September.",
            [("meeting", "future", "A decision")],
        ),
        # a chief joining officers at work, a walkabout with the team; a career step is no visit
        (
            "The police and crime commissioner joined officers at a checkpoint on the A38 on Saturday night.",
            [("meeting", "realis", "joined officers at a")],
        ),
        (
            "Kate Green, the deputy mayor for policing, walked the square with the team last month.",
            [("meeting", "realis", "walked the square with the team")],
        ),
        ("He joined the force in 2004 and became an inspector in 2012.", []),
        # a licence review asked of the council
        (
            "Police have asked the council to review the licence of a nightclub in Station Road.",
            [("enforcement", "realis", "asked the council to review the licence")],
        ),
        # a run started again, patrollers' hours widened, a summit hosted
        (
            "Operation Nightjar, first run in 2016, is being relaunched this month with extra patrols.",
            [
                (
                    "operation",
                    "realis",
                    "Operation Nightjar, first run in 2016, is being relaunched",
                )
            ],
        ),
        (
            "The business district will extend its wardens' hours to midnight on Fridays from June.",
            [("operation", "future", "extend its wardens' hours")],
        ),
        (
            "The board backed calls for a youth violence summit, and the council will host one with schools in March.",
            [
                ("meeting", "intention", "a youth violence summit"),
                ("meeting", "future", "host one"),
            ],
        ),
        # a crowd's disorder, and a body's own review beside another's report
        (
            "Hundreds of supporters spilled on to the road after the match on Saturday, hurling bottles at officers.",
            [("incident", "realis", "hurling bottles")],
        ),
        (
            "The force published its findings in May, but the council carried out its own review of the night.",
            [
                ("announcement", "realis", "published its findings"),
                ("announcement", "realis", "carried out its own review"),
            ],
        ),
        # an act in a relative aside and another act of the main clause after it (session 9: staff
        # launched are a team_launch, triggers_staffing.toml)
        (
            "York BID, whose street rangers were launched in 2016, will also extend the rangers' hours to 10pm from July.",
            [
                ("team_launch", "realis", "street rangers were launched"),
                ("operation", "future", "extend the rangers' hours"),
            ],
        ),
    ],
)
def test_steps_of_a_story_are_detected_with_their_mood(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        # an act still to come, of no one yet, and an order's start named as a time
        (
            "Charities asked that outreach workers be involved before any enforcement action was taken.",
            "enforcement action was taken",
            True,
        ),
        (
            "Officers will patrol the park every evening before the new order takes effect.",
            "takes effect",
            True,
        ),
        ("The new order takes effect on Monday.", "takes effect", False),
        # the act as a topic or a skill
        (
            "Ten years ago it was all about arresting people, she said.",
            "arresting",
            True,
        ),
        (
            "Staff were trained to know how to respond to reports of drink spiking.",
            "respond",
            True,
        ),
        # a decision a sitting makes, told with the sitting
        (
            "A decision on the order is expected in July, when the cabinet meets.",
            "A decision on the order",
            True,
        ),
        (
            "A decision on whether to keep the ban is due by the end of June.",
            "A decision on whether to keep the ban",
            False,
        ),
        # "have been attacked" with no critic is a harm, not a criticism; with one it is
        (
            "Some of them have been attacked before and never reported it.",
            "attacked",
            True,
        ),
        (
            "The plans have been attacked by opposition councillors as a waste of money.",
            "attacked",
            False,
        ),
    ],
)
def test_acts_named_with_no_occurrence_of_them_give_no_event(text, trigger, expected):
    mentions = [m for m in detect_mentions(Paragraph(1, text)) if m.text == trigger]
    assert [no_act_aside(m) for m in mentions] == [expected]


def summary(text: str, published: str) -> list[tuple]:
    """(type, earliest, latest, planned, cited paragraphs) of every event, in text order."""
    return [
        (
            e.type,
            str(e.date.earliest),
            str(e.date.latest),
            e.date.planned,
            sorted({c.paragraph for c in e.citations}),
        )
        for e in dated_events(text, published)
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the lead's sentencing is the hearing told in full; the conviction "having been found guilty"
        # and the plea hearing are steps of their own
        (
            "A man who robbed a shop in Dagenham has been jailed for six years.\n\n"
            "Tom Smith, 30, of Barking, was sentenced at Snaresbrook Crown Court on Friday (March 18), "
            "having been found guilty of robbery by a jury in January.\n\n"
            "At a plea hearing at Snaresbrook Crown Court in September he denied the charge, but he was "
            "convicted after a three-day trial.",
            "2022-03-22",
            [
                ("enforcement", "2022-03-18", "2022-03-18", False, [1, 2, 3]),
                ("enforcement", "2022-01-01", "2022-01-31", False, [2]),
                ("enforcement", "2021-09-01", "2021-09-30", False, [3]),
            ],
        ),
        # "the team will be doubled" is a step apart from the team's launch
        (
            "A new team of eight town centre wardens began patrolling Bedford High Street on Friday.\n\n"
            "The council says the team will be doubled to 16 wardens by the end of the year.",
            "2023-05-08",
            [
                ("team_launch", "2023-05-05", "2023-05-05", False, [1]),
                ("team_launch", "2023-05-08", "2023-12-31", True, [2]),
            ],
        ),
        # an order made in the sentence of the sentencing is part of it
        (
            "John Hart, 28, was given a criminal behaviour order when he was jailed for two years at "
            "Chester Crown Court on Friday.",
            "2021-06-14",
            [("enforcement", "2021-06-11", "2021-06-11", False, [1])],
        ),
        # the offences admitted are what the court act was for, unless told with their own time
        (
            "Lee Hart, 36, was jailed for 20 weeks at Leeds Magistrates' Court on Monday after "
            "admitting 17 thefts from shops.",
            "2024-01-24",
            [("enforcement", "2024-01-22", "2024-01-22", False, [1])],
        ),
        (
            "Lee Hart, 36, was jailed for 20 weeks at Leeds Magistrates' Court on Monday after "
            "admitting 11 thefts between August and October.",
            "2024-01-24",
            [
                ("enforcement", "2024-01-22", "2024-01-22", False, [1]),
                ("incident", "2023-08-01", "2023-10-31", False, [1]),
            ],
        ),
        # officers put out in an operation's "with ..." clause are how it ran; a new team is launched
        (
            "Operation Frost ran from 1 to 31 December, with plain-clothes officers and cycle patrols "
            "deployed around the station.",
            "2023-01-10",
            [("operation", "2022-12-01", "2022-12-31", False, [1])],
        ),
        (
            "Operation Frost ran from 1 to 31 December, with a new dedicated team of officers deployed "
            "around the station.",
            "2023-01-10",
            [
                ("operation", "2022-12-01", "2022-12-31", False, [1]),
                ("team_launch", "2023-01-10", "2023-01-10", False, [1]),
            ],
        ),
        # a plea told before a sentencing still to come is dated by that sentencing
        (
            "A co-defendant, Sam Reed, 20, of Leyton, admitted the same offences and will be sentenced "
            "next month.",
            "2022-03-14",
            [("enforcement", "2022-04-01", "2022-04-30", True, [1])],
        ),
        # "the money" names the funding told before
        (
            "This year, the police and crime commissioner secured £300,000 of Safer Streets funding for "
            "lighting in Hanley. The money was announced in March.",
            "2022-11-28",
            [("announcement", "2022-01-01", "2022-12-31", False, [1])],
        ),
        # the start of new powers named as the time of a week of action
        (
            "Supt Jo Hart said officers would hold a week of action in the town centre from Monday, "
            "March 25, before the new powers take effect.",
            "2019-03-20",
            [("operation", "2019-03-25", "2019-03-25", True, [1])],
        ),
        # a decision the cabinet will make is the cabinet's sitting
        (
            "A decision on the order is expected in July, when the council's cabinet meets.",
            "2021-05-26",
            [("meeting", "2021-07-01", "2021-07-31", True, [1])],
        ),
    ],
)
def test_steps_and_parts_of_a_story_give_one_event_per_occurrence(
    text, published, expected
):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a headline whose event no telling joined is cited by the lead's first event
        (
            "Council to spend £900,000 on new CCTV cameras in Walsall\n\n"
            "Walsall Council will spend £900,000 on 40 new cameras in the town centre after the plans "
            "were approved at a cabinet meeting on Wednesday (March 8).",
            [("meeting", "2023-03-08", "2023-03-08", False, [1, 2])],
        ),
        # a first paragraph that ends as a sentence is the story's own telling, no headline
        (
            "Council to spend £900,000 on new CCTV cameras in Walsall.\n\n"
            "Walsall Council will spend £900,000 on 40 new cameras in the town centre after the plans "
            "were approved at a cabinet meeting on Wednesday (March 8).",
            [
                ("announcement", "2023-03-10", "2023-03-10", False, [1]),
                ("meeting", "2023-03-08", "2023-03-08", False, [2]),
            ],
        ),
    ],
)
def test_a_lone_headline_event_is_a_citation_of_the_leads_first_event(text, expected):
    assert summary(text, "2023-03-10") == expected
