"""Meeting, announcement and consultation triggers (triggers_civic.toml)."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The panel will question the police and crime commissioner on Friday, May 10.",
            [("meeting", "future", "question the police and crime commissioner")],
        ),
        (
            "The Kingsmead PACT meets next Wednesday at the library.",
            [("meeting", "realis", "PACT meets")],
        ),
        (
            "Residents' association members sat down with the neighbourhood inspector in March.",
            [("meeting", "realis", "sat down with")],
        ),
        (
            "Traders held talks with the council on Monday about the cameras.",
            [("meeting", "realis", "held talks with")],
        ),
        (
            "Officers will hold a street surgery outside the Co-op on Saturday.",
            [("meeting", "future", "hold a street surgery")],
        ),
        (
            "The cabinet will make a final decision in September.",
            [("meeting", "future", "cabinet will make a final decision")],
        ),
        (
            "Detectives are appealing for witnesses to come forward.",
            [("announcement", "realis", "are appealing for")],
        ),
        (
            "The force launched a fresh appeal in March to trace the driver.",
            [("announcement", "realis", "launched a fresh appeal")],
        ),
        (
            "The priorities are set out in the policing plan, which the commissioner published in May.",
            [("announcement", "realis", "which the commissioner published")],
        ),
        (
            "Residents can comment on the proposals until Friday, October 4.",
            [("consultation", "realis", "can comment on the proposals until")],
        ),
        (
            "People have until the end of the month to have their say.",
            [
                (
                    "consultation",
                    "realis",
                    "have until the end of the month to have their say",
                )
            ],
        ),
        (
            "Tenants are being given the chance to have their say on the new rules.",
            [("consultation", "realis", "chance to have their say")],
        ),
        (
            "Shopkeepers told us in our survey last winter that they feel unsafe.",
            [("consultation", "realis", "in our survey")],
        ),
    ],
)
def test_meeting_announcement_and_consultation_words_are_triggers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the force, not the verb "met"
        ("Met Police officers closed the road on Sunday.", []),
        (
            "The Met officers were praised by residents.",
            [("announcement", "realis", "praised")],
        ),
        # an appeal against a ruling is not an appeal for witnesses
        ("The owner lodged an appeal against the closure.", []),
        # what people want is not a deployment
        ("Residents want to see more officers on the streets.", []),
        # a request to a committee is not its session
        ("We are asking the committee to consider the plans.", []),
    ],
)
def test_lookalikes_of_meetings_and_announcements_are_not_triggers(text, expected):
    assert found(text) == expected


def test_an_announcement_covers_what_it_announced():
    text = "It comes after the force's announcement in March that it would hire 50 extra officers."
    assert found(text) == [
        (
            "announcement",
            "realis",
            "the force's announcement in March that it would hire 50 extra officers",
        )
    ]
