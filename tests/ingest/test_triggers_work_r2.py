"""Operations, orders, meetings, teams and announcements told without the core words (triggers_work.toml), with their negatives; extra officers inside an operation are the operation's."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Foot patrols will also run along the seafront over the bank holiday weekend.",
            [("operation", "future", "patrols will also run")],
        ),
        (
            "Extra patrols will again be carried out near the schools next week.",
            [("operation", "future", "patrols will again be carried out")],
        ),
        (
            "Patrols will run until midnight.",
            [],
        ),
        (
            "The council will run a safe space for clubbers in Castle Square every Saturday night in December.",
            [("operation", "future", "run a safe space")],
        ),
        (
            "Volunteers will staff a welfare tent near the bandstand during the festival.",
            [("operation", "future", "staff a welfare tent")],
        ),
        (
            "Community wardens will also work until midnight on Fridays from next weekend.",
            [("operation", "future", "Community wardens will also work")],
        ),
        (
            "The Pubwatch scheme would also resume in the new year.",
            [("operation", "future", "Pubwatch scheme would also resume")],
        ),
        (
            "The intensification week took place from Monday 2 to Sunday 8 March.",
            [("operation", "realis", "intensification week took place")],
        ),
        (
            "Officers will be visible at polling stations throughout election day.",
            [("operation", "future", "Officers will be visible at")],
        ),
        (
            "Neighbourhood officers gave talks about online safety to parents at four primary schools.",
            [("operation", "realis", "gave talks about")],
        ),
        (
            "Everyone will be given a chance to talk.",
            [],
        ),
        (
            # (the fights to prevent are a goal, no incident: session 5)
            "Police are working with the rail operator to prevent fights on late trains this weekend.",
            [
                ("operation", "realis", "working with the rail operator to prevent"),
            ],
        ),
        (
            "The council is working with partners to improve the area.",
            [],
        ),
        (
            "The alcohol ban, which the council renewed in October 2021, covers the whole town centre.",
            [("order", "realis", "alcohol ban, which the council renewed")],
        ),
        (
            "The contract, which the council extended in 2019, runs out next year.",
            [],
        ),
        (
            "A dispersal authorisation covering the harbour was granted on Friday evening.",
            [
                (
                    "order",
                    "realis",
                    "dispersal authorisation covering the harbour was granted",
                )
            ],
        ),
        (
            "The government will bring forward new laws on the sale of knives.",
            [("order", "future", "bring forward new laws")],
        ),
        (
            "Insp Tom Reid told Ashford Borough Council's community safety committee on Wednesday that calls had fallen.",
            [
                (
                    "meeting",
                    "realis",
                    "told Ashford Borough Council's community safety committee",
                )
            ],
        ),
        (
            "Sgt Lee told Tuesday's meeting that the team had made 12 arrests.",
            [
                ("meeting", "realis", "told Tuesday's meeting"),
                ("enforcement", "realis", "made 12 arrests"),
            ],
        ),
        (
            "The chief constable told the Home Affairs Select Committee last week that funding was tight.",
            [("announcement", "realis", "told the Home Affairs Select Committee")],
        ),
        (
            "Around 150 residents packed into the village hall on Thursday night.",
            [("meeting", "realis", "residents packed into")],
        ),
        (
            "The team will host an open day at the police station on Saturday, June 3.",
            [("meeting", "future", "host an open day")],
        ),
        (
            "The commissioner will join officers on patrol in the town centre next Friday.",
            [("meeting", "future", "join officers on patrol")],
        ),
        (
            "Fans will join the march on Saturday.",
            [],
        ),
        (
            "The force has doubled its rural crime team to 12 officers.",
            [("team_launch", "realis", "doubled its rural crime team to 1")],
        ),
        (
            "Twenty officers were transferred into a new neighbourhood task force in May.",
            [
                (
                    "team_launch",
                    "realis",
                    "transferred into a new neighbourhood task force",
                )
            ],
        ),
        (
            "The council said a consultation on the plans is expected in the spring.",
            [("consultation", "realis", "consultation on the plans is expected")],
        ),
        (
            "Lancashire Police has revealed figures showing thefts have fallen.",
            [("announcement", "realis", "revealed figures")],
        ),
        (
            "A report to the licensing committee in 2021 found that complaints had trebled.",
            [
                (
                    "announcement",
                    "realis",
                    "A report to the licensing committee in 2021 found",
                )
            ],
        ),
        (
            "A report to cabinet said 96 fines were issued.",
            [("enforcement", "realis", "96 fines were issued")],
        ),
        (
            "The independent review is due to be published next month.",
            [("announcement", "future", "review is due to be published")],
        ),
        (
            "Results are expected to show a fall in crime.",
            [],
        ),
        (
            "The council said it would look again at the opening hours of the car park.",
            [("announcement", "realis", "said")],
        ),
        (
            "The council said it would be a busy summer.",
            [],
        ),
        (
            "Extra patrols and a welfare tent will be in place in the park over the summer as part of a crackdown on drug dealing.",
            [
                (
                    "operation",
                    "future",
                    "Extra patrols and a welfare tent will be in place",
                ),
                ("operation", "realis", "as part of a crackdown"),
            ],
        ),
        (
            "Extra officers will be deployed in the town centre from Friday.",
            [("team_launch", "future", "officers will be deployed")],
        ),
        (
            "The neighbourhood team will hold a bike-marking event outside the library on Saturday.",
            [("operation", "future", "bike-marking event")],
        ),
        (
            "Residents want an update on the robberies at next month's police and crime panel.",
            [("meeting", "realis", "next month's police and crime panel")],
        ),
        (
            "Twelve people were arrested in the town centre, Kent Police has revealed.",
            [
                ("enforcement", "realis", "arrested"),
                ("announcement", "realis", "Police has revealed"),
            ],
        ),
        (
            "A dispersal order will be in force on Saturday, police have announced.",
            [("order", "future", "dispersal order will be in force")],
        ),
        (
            "Knife crime has fallen since Jane Harper took over in March.",
            [("announcement", "realis", "Jane Harper took over")],
        ),
        (
            "The chief constable took over the running of the inquiry.",
            [],
        ),
        (
            "The inspectors' report, which is due to be published next week, will look at stop and search.",
            [("announcement", "future", "report, which is due to be published")],
        ),
        (
            "Officers also called at 30 addresses linked to the gang.",
            [("operation", "realis", "Officers also called at 30 addresses")],
        ),
        (
            "PCSOs have spent the past week visiting shops with trading standards officers.",
            [("operation", "realis", "PCSOs have spent the past week visiting shops")],
        ),
        (
            "The police minister visited schools in the town.",
            [("meeting", "realis", "visited schools")],
        ),
        (
            "The closure order covered the flat, the stairwell, the car park and the garages behind the block, and was in force for three months.",
            [
                (
                    "order",
                    "realis",
                    "The closure order",
                )
            ],
        ),
        (
            "The closure order covered the flat and the garages behind the block.",
            [("order", "realis", "The closure order")],
        ),
        (
            "Councillors asked officials to report back in September.",
            [("meeting", "realis", "asked officials to report back")],
        ),
        (
            "A review of neighbourhood policing would report back to the committee in January.",
            [
                (
                    "announcement",
                    "future",
                    "review of neighbourhood policing would report back to the committee",
                )
            ],
        ),
    ],
)
def test_work_told_without_core_words_is_found_and_look_alikes_are_not(text, expected):
    assert found(text) == expected
