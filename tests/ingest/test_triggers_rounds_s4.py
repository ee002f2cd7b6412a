"""Teams put in place and rounds made (triggers_rounds.toml), each proved on invented sentences.

Wardens starting patrols, a team of officers put into a place, a new team to be based somewhere,
watch schemes launched (team launches); patrols joined by a visitor and plans
announced at a meeting (meetings); and what stays as it was: premises visited to check them, a team's
own patrols.
"""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Two street wardens funded by the business improvement district will begin patrolling the town centre next month.",
            [
                (
                    "team_launch",
                    "future",
                    "wardens funded by the business improvement district will begin patrolling",
                )
            ],
        ),
        (
            "Cheshire Police has put a dedicated team of eight officers into the bus station this week.",
            [("team_launch", "realis", "put a dedicated team of")],
        ),
        (
            "Insp Hart announced that a new neighbourhood team of two PCs and three PCSOs would be based in Walkden from April 3.",
            [
                ("announcement", "realis", "announced that"),
                (
                    "team_launch",
                    "future",
                    "a new neighbourhood team of two PCs and three PCSOs would be based",
                ),
            ],
        ),
        (
            "The residents' association is also launching a Neighbourhood Watch scheme.",
            [("team_launch", "realis", "launching a Neighbourhood Watch")],
        ),
        (
            "The police and crime commissioner joined officers on a Friday night patrol in the town centre last month.",
            [("meeting", "realis", "joined officers on a Friday night patrol")],
        ),
        (
            "The plans were announced at a meeting of traders at the town hall last Thursday.",
            [("meeting", "realis", "were announced at a meeting")],
        ),
        # premises visited to check them stay an operation
        (
            "Licensing officers visited 30 off-licences in the town during the week.",
            [("operation", "realis", "officers visited 30 off-licences")],
        ),
    ],
)
def test_teams_and_rounds_fire_on_their_sentences(text, expected):
    assert found(text) == expected
