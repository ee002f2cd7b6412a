"""Trigger classes added in session 7 (triggers_told_ahead.toml), each proved on invented sentences
with the negatives beside it: a sitting in a relative clause or named in full, figures laid before a
sitting, a patrol in reported speech, fires that broke out, fireworks thrown at people, notices served
on a person or premises, people an order led to moving on, and a dated run of crimes."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, bool, str]]:
    return [
        (m.type, m.mood, m.needs_date, m.text)
        for m in detect_mentions(Paragraph(1, text))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a sitting in a relative clause
        (
            "Concerns can be raised at the Abbey ward panel, which next meets on October 3 at the library.",
            [("meeting", "realis", True, "which next meets")],
        ),
        (
            "The residents' forum, which will next meet in January, wants a PCSO at every session.",
            [("meeting", "future", False, "will next meet")],
        ),
        # a paper going before a sitting named in full
        (
            "A review of the scheme will go to the Safer Derby Partnership Board in March.",
            [("meeting", "future", True, "go to the Safer Derby Partnership Board")],
        ),
        # a body that is no sitting
        ("The proceeds will go to the Hospice Trust in December.", []),
        # figures laid before a sitting: a statement of its own
        (
            "Figures presented to the committee showed 320 reports of begging in the year to March.",
            [
                (
                    "announcement",
                    "realis",
                    False,
                    "Figures presented to the committee showed",
                )
            ],
        ),
        # a rise of crime the figures show is the incident, dated by its own period
        (
            "Figures presented to the panel showed complaints about noise rose by 40 per cent last year.",
            [
                (
                    "incident",
                    "realis",
                    True,
                    "Figures presented to the panel showed complaints about noise rose",
                )
            ],
        ),
        (
            "Figures presented to councillors showed officers carried out 3,100 stop and searches last year.",
            [("enforcement", "realis", False, "carried out 3,100 stop and searches")],
        ),
        # figures showing an act tell the act
        (
            "Figures presented to cabinet show 96 fixed penalty notices were issued in the year to March.",
            [
                ("meeting", "realis", False, "presented to cabinet"),
                ("enforcement", "realis", False, "96 fixed penalty notices were issued"),
            ],
        ),
        # a patrol in reported speech
        (
            "The sergeant said wardens would patrol alongside officers on Friday night.",
            [("operation", "future", True, "wardens would patrol")],
        ),
        # the work of a new team is its launch, not an operation apart
        (
            "The sergeant said the new unit would patrol the station on Friday night.",
            [("team_launch", "future", False, "the new unit")],
        ),
        # fires that broke out
        (
            "Fires broke out at the recycling yard twice in August.",
            [("incident", "realis", True, "Fires broke out")],
        ),
        (
            "Firefighters said a blaze started in the bin store of the flats on Sunday.",
            [("incident", "realis", True, "a blaze started")],
        ),
        # fireworks thrown at people, and through a letterbox
        (
            "There were reports on Monday of youths throwing fireworks at passing cars in Vicarage Road.",
            [("incident", "realis", True, "throwing fireworks at")],
        ),
        (
            "A lit firework was pushed through a letterbox in Kings Road on Halloween.",
            [("incident", "realis", True, "firework was pushed through a letterbox")],
        ),
        # a warning names no attack
        (
            "Parents were urged to talk to children about the dangers of fireworks.",
            [],
        ),
        # notices served on a person or premises
        (
            "Council officers served the landlord with an enforcement notice in May.",
            [
                (
                    "enforcement",
                    "realis",
                    False,
                    "served the landlord with an enforcement notice",
                )
            ],
        ),
        (
            "Three takeaways were issued with prohibition notices after the inspections.",
            [("enforcement", "realis", False, "issued with prohibition notices")],
        ),
        # people an order led to moving on
        (
            "The dispersal zone had led to 23 people being moved on over the weekend.",
            [("enforcement", "realis", True, "led to 23 people being moved on")],
        ),
        # a dated run of crimes
        (
            "It came after a spate of shop thefts in November.",
            [("incident", "realis", True, "spate of shop thefts")],
        ),
        # the dated setting named with three or four words before its noun
        (
            "Fake cigarettes were seized from four shops during a three-day Trading Standards operation in June.",
            [
                ("enforcement", "realis", False, "seized"),
                ("operation", "realis", True, "during a three-day Trading Standards operation"),
            ],
        ),
        # a national run named with its dates
        (
            "The nationwide week of action, from Monday, 6 March to Sunday, 12 March, sees forces target county lines.",
            [("operation", "realis", True, "The nationwide week of action")],
        ),
        # a counted round of premises is a compliance operation, whoever the subject
        (
            "Licensing staff, joined by PCSOs from the neighbourhood team and the fire service, visited 22 pubs in the town centre.",
            [("operation", "realis", False, "visited 22 pubs")],
        ),
        # a decision to revoke a licence is the revocation
        (
            "The sub-committee's decision to revoke the bar's licence was confirmed on Friday.",
            [("enforcement", "realis", False, "decision to revoke the bar's licence")],
        ),
        # extra staff a council pays for, dated
        (
            "The charity will pay for two additional night-time street marshals from January.",
            [("team_launch", "future", True, "pay for two additional night-time street marshals")],
        ),
        # a new team told by when it will be complete, with or without an aside before its verb
        (
            "A new neighbourhood team for the estate would be up and running by the summer, she said.",
            [("team_launch", "future", True, "new neighbourhood team for the estate would be up and running")],
        ),
        (
            "A dedicated squad, with six PCs and a sergeant, is due to be fully staffed by April.",
            [("team_launch", "future", True, "is due to be fully staffed")],
        ),
        # a decision still to come, with its time (one a sitting will take is no announcement)
        (
            "The force says a decision on whether to extend the scheme will be made next spring.",
            [
                (
                    "announcement",
                    "future",
                    True,
                    "a decision on whether to extend the scheme will be made",
                )
            ],
        ),
        (
            "A decision on the scheme will be made by the council's cabinet next spring.",
            [
                (
                    "meeting",
                    "future",
                    False,
                    "decision on the scheme will be made by the council",
                )
            ],
        ),
        # a response to a consultation takes part in it; a reply to an inspection is a statement
        (
            "The charity said it would respond to the council's consultation before it closes.",
            [("consultation", "future", False, "the council's consultation")],
        ),
    ],
)
def test_a_new_trigger_class_reads_its_occurrence(text, expected):
    assert found(text) == expected
