"""Court steps, enforcement paperwork and licensing triggers (triggers_courts.toml)."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (m.type, m.subtype, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The pair are due to appear at Swindon Crown Court on Monday, June 3.",
            [("enforcement", "trial", "future", "appear at Swindon Crown Court")],
        ),
        (
            "He will stand trial at Exeter Crown Court in the spring.",
            [("enforcement", "trial", "future", "stand trial")],
        ),
        (
            "She appeared before magistrates in Barnstaple on Tuesday.",
            [("enforcement", "court", "realis", "appeared before magistrates")],
        ),
        (
            "The 22-year-old was remanded in custody.",
            [("enforcement", "court", "realis", "remanded in custody")],
        ),
        (
            "Wardens issued the shop owner with a formal warning letter last month.",
            [
                (
                    "enforcement",
                    "penalty",
                    "realis",
                    "issued the shop owner with a formal warning letter",
                )
            ],
        ),
        (
            "Council officers served a community protection warning on the tenant in May.",
            [
                (
                    "enforcement",
                    "penalty",
                    "realis",
                    "served a community protection warning",
                )
            ],
        ),
        (
            "The housing trust has started proceedings to evict the family.",
            [("enforcement", "action", "realis", "started proceedings")],
        ),
        (
            "Swindon Town had already handed out lifetime bans to two supporters.",
            [("enforcement", "club", "realis", "handed out lifetime bans")],
        ),
        (
            "Eleven uninsured cars were towed from the car park.",
            [("enforcement", "action", "realis", "towed")],
        ),
        (
            "Wiltshire Police has applied for a review of the premises licence of the Red Lion.",
            [
                (
                    "enforcement",
                    "licence",
                    "realis",
                    "applied for a review of the premises licence",
                )
            ],
        ),
        (
            "The case will be heard by the council's licensing sub-committee on Thursday.",
            [
                (
                    "meeting",
                    "hearing",
                    "future",
                    "heard by the council's licensing sub-committee",
                )
            ],
        ),
        (
            "Officers placed a temporary closure notice on the house on Friday.",
            # (subtype "notice": triggers_notices.toml keeps the notice apart from the court's order)
            [("order", "notice", "realis", "placed a temporary closure notice")],
        ),
        (
            "She was fined £120 and ordered to pay £90 costs.",
            [("enforcement", "court", "realis", "ordered to pay £90 costs")],
        ),
        (
            "Two years ago the police precept rose by £10.",
            [("order", "", "realis", "police precept rose")],
        ),
    ],
)
def test_court_and_paperwork_words_are_triggers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He appeared to be drunk when officers spoke to him.",
        "The bar's licence allows it to open until 2am.",
        "Fans can appeal against the ban within 21 days.",
        "Trial runs of the new bus lane start in the spring.",
    ],
)
def test_lookalikes_of_court_words_are_not_triggers(text):
    assert found(text) == []
