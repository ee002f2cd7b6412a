"""Trigger classes added in session 4 (triggers_pledges.toml), each proved on invented sentences.

Kit a body said it would pay for (a statement, dated at publication when its content has no time),
money a commissioner agreed to contribute, sittings still to come (reviewed by a committee, a report
back to it, an executive expected to approve), a document reporting back (its publication), awareness
campaigns launched, dated findings of an audit, counts told with "there were", orders made at
sentencing, vigils and public events, control rooms opened, warrants executed as their own act (one tally with the arrests or seizures of their sentence); and
the hypotheticals and opinions that must stay silent.
"""

import pytest

from app.ingest.events.build import extract_with
from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph
from tests.ingest.event_fakes import (
    FakeLookup,
    dct_date,
    fake_dates,
    interval,
    make_article,
    published,
)


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (m.type, m.mood, m.subtype, m.text) for m in detect_mentions(Paragraph(1, text))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # kit a body said it would pay for: the pledge is a statement
        (
            "Leeds City Council said it would pay for three new CCTV cameras in the underpass.",
            [
                (
                    "announcement",
                    "future",
                    "pledge",
                    "said it would pay for three new CCTV cameras",
                )
            ],
        ),
        (
            "The cabinet member said the council would install brighter street lighting on the towpath in the autumn.",
            [
                (
                    "announcement",
                    "future",
                    "pledge",
                    "said the council would install brighter street lighting",
                )
            ],
        ),
        # kit that only could be paid for is no pledge
        (
            "The council said the cameras could be paid for from the parking budget.",
            [],
        ),
        # money a commissioner agreed to give
        (
            "The police and crime commissioner has agreed to contribute £20,000 from her community fund.",
            [("announcement", "realis", "", "agreed to contribute £20,000")],
        ),
        # sittings still to come
        (
            "The scheme will be reviewed by the council's overview and scrutiny committee in January.",
            [
                (
                    "meeting",
                    "future",
                    "sitting_ahead",
                    "be reviewed by the council's overview and scrutiny committee",
                )
            ],
        ),
        (
            "The licensing manager said she would report back to the licensing committee in the autumn.",
            [
                (
                    "meeting",
                    "future",
                    "sitting_ahead",
                    "report back to the licensing committee",
                )
            ],
        ),
        (
            "The city council's executive is expected to approve the scheme in the new year.",
            [("meeting", "future", "sitting_ahead", "executive is expected to approve")],
        ),
        # a document reporting back is its publication
        (
            "A review of neighbourhood policing will report back to the committee in March.",
            [
                (
                    "announcement",
                    "future",
                    "publication",
                    "review of neighbourhood policing will report back to the committee",
                )
            ],
        ),
        # awareness campaigns, however many words name them
        (
            "Police and the council prepare to launch a knife crime awareness campaign in schools after Easter.",
            [
                (
                    "operation",
                    "realis",
                    "",
                    "launch a knife crime awareness campaign",
                )
            ],
        ),
        # a dated finding
        (
            "The council has been slow to act since a survey in 2019 found that half of the street lights were broken.",
            [
                (
                    "announcement",
                    "realis",
                    "publication",
                    "a survey in 2019 found",
                )
            ],
        ),
        # a count told with "there were"
        (
            "Figures show there were 512 knife crime offences in Croydon in the year to March.",
            [("incident", "realis", "", "there were 512 knife crime offences")],
        ),
        # orders made at sentencing
        (
            "Hughes was also made subject to a serious crime prevention order lasting five years.",
            [
                (
                    "order",
                    "realis",
                    "court_order",
                    "made subject to a serious crime prevention order",
                )
            ],
        ),
        (
            "She was handed a restraining order banning her from contacting the victim.",
            [("order", "realis", "court_order", "handed a restraining order")],
        ),
        # vigils and public events
        (
            "Members of a local church held a vigil outside the station on Sunday evening.",
            [("meeting", "realis", "", "held a vigil")],
        ),
        (
            "A peace march was held through the town centre at the weekend.",
            [("meeting", "realis", "", "march was held")],
        ),
        (
            "Shopkeepers will be invited to a crime prevention evening at the town hall on March 3.",
            [("meeting", "future", "", "crime prevention evening")],
        ),
        # control rooms opened
        (
            "The council opened a new CCTV control room at the civic centre in June.",
            [("team_launch", "realis", "", "opened a new CCTV control room")],
        ),
        # warrants executed: their own act, apart from arrests
        (
            "Detectives executed 14 drugs warrants across the district during the week.",
            [("enforcement", "realis", "warrant", "executed 14 drugs warrants")],
        ),
    ],
)
def test_each_session_four_class_fires_on_its_sentences(text, expected):
    assert found(text) == expected


def extract(text: str, dates: dict, day: str):
    article = make_article(text)
    return extract_with(
        article,
        published(day),
        FakeLookup(),
        dates=fake_dates(article, dates),
        dct_date=dct_date(day),
    )


def summary(events):
    return [
        (
            e.type,
            e.date.earliest.isoformat() if e.date.earliest else None,
            e.date.latest.isoformat() if e.date.latest else None,
            e.planned,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    "text,dates,expected",
    [
        # a pledge whose content has no time is the statement, told at publication
        (
            "Leeds City Council said it would pay for two new CCTV cameras at the park gates.",
            {},
            [("announcement", "2023-03-03", "2023-03-03", False)],
        ),
        # with a time, the pledge is planned for it
        (
            "Leeds City Council said it would install two CCTV cameras in Briggate this summer.",
            {"this summer": interval("2023-06-01", "2023-08-31", "season", planned=True)},
            [("announcement", "2023-06-01", "2023-08-31", True)],
        ),
        # a sitting already called stays on the calendar with no date
        (
            "A follow-up meeting will be held at the community centre after the summer holidays.",
            {},
            [("meeting", None, None, True)],
        ),
        # a wish for one does not
        (
            "Residents want a meeting with the council after the summer holidays.",
            {},
            [],
        ),
    ],
)
def test_pledges_and_called_sittings_are_dated_or_kept(text, dates, expected):
    assert summary(extract(text, dates, "2023-03-03")) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # warrants told alone are their own act
        (
            "Detectives executed 14 drugs warrants across the district during the week.",
            [("enforcement", "warrant")],
        ),
        # told with arrests or seizures in one sentence, they are one tally
        (
            "Officers had made 17 arrests in the ward since December, and had carried out six drugs warrants.",
            [("enforcement", "action"), ("enforcement", "action")],
        ),
        (
            "Officers in Hull carried out 11 warrants, seized heroin worth £30,000, and recovered three knives.",
            [("enforcement", "action"), ("enforcement", "action")],
        ),
        # in one clause, the warrants name the clause's one act
        (
            "Officers carried out 11 warrants and seized heroin worth £30,000.",
            [("enforcement", "warrant")],
        ),
    ],
)
def test_warrants_are_their_own_act_unless_tallied_with_others(text, expected):
    assert [(m.type, m.subtype) for m in detect_mentions(Paragraph(1, text))] == expected
