"""Occurrences told apart in session 7, on invented articles dated by the real temporal engine: two
incidents joined by "and" in one clause, each with its own time (dated_pairs.py); a follow-up
meeting apart from the meeting told before (distinct_words.DISTINCT); figures laid before a sitting apart
from the sitting (triggers_told_ahead.toml); and one occurrence told twice: a decision to revoke a
licence and the revocation, a warrant and the arrest told after it (warrants.py), enforcement acts
listed in one sentence (listed_acts.py), kit paid for and the announcement that pays for it
(subsumption.py)."""

from __future__ import annotations

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph
from tests.ingest.event_fakes import cited_dates, dated_events


def summary(text: str, published: str) -> list[tuple]:
    """(type, earliest, latest, cited paragraphs) of every event, in text order."""
    return [
        (
            e.type,
            str(e.date.earliest),
            str(e.date.latest),
            sorted({c.paragraph for c in e.citations}),
        )
        for e in dated_events(text, published)
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # two incidents, each with its own time: two occurrences
        (
            "The licence was reviewed after a man was stabbed outside the bar in May and a brawl "
            "involving a dozen drinkers spilled into the street in the early hours of Saturday, June 17.",
            "2023-08-02",
            [
                ("incident", "2023-05-01", "2023-05-31", [1]),
                ("incident", "2023-06-17", "2023-06-17", [1]),
            ],
        ),
        (
            "Residents are angry after a spate of burglaries over the winter and an arson "
            "attack in Cedar Close last month.",
            "2024-03-14",
            [
                ("incident", "2023-12-01", "2024-02-29", [1]),
                ("incident", "2024-02-01", "2024-02-29", [1]),
            ],
        ),
        # one time for both: one telling
        (
            "Police were called after a man was punched and a woman was pushed to the ground in "
            "Market Street on Friday night.",
            "2023-08-02",
            [("incident", "2023-07-28", "2023-07-28", [1])],
        ),
        # a follow-up meeting is another sitting
        (
            "About 80 residents packed into the community centre on Monday (May 6) to question police "
            "about drug dealing.\n\n"
            "The meeting was chaired by the ward councillor.\n\n"
            "The tenants' association will hold a follow-up meeting with the council in July.",
            "2024-05-08",
            [
                ("meeting", "2024-05-06", "2024-05-06", [1, 2]),
                ("meeting", "2024-07-01", "2024-07-31", [3]),
            ],
        ),
        # figures laid before the sitting are a statement of their own
        (
            "The licensing committee met on Tuesday (October 10) to hear from residents.\n\n"
            "Figures presented to the committee also showed that most complaints came from Station "
            "Road.",
            "2023-10-12",
            [
                ("meeting", "2023-10-10", "2023-10-10", [1]),
                ("announcement", "2023-10-10", "2023-10-10", [2]),
            ],
        ),
        # a national week with its own dates is apart from the local day told in the lead
        (
            "Shoppers in Ilford Lane walked through knife arches on Thursday as police joined "
            "the latest Operation Sceptre week of action.\n\n"
            "The national week of action, which runs from Monday, 13 May to Sunday, 19 May, sees "
            "forces across the country focus on knife crime.",
            "2024-05-17",
            [
                ("operation", "2024-05-16", "2024-05-16", [1]),
                ("operation", "2024-05-13", "2024-05-19", [2]),
            ],
        ),
    ],
)
def test_occurrences_told_together_stay_apart(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the decision to revoke, dated, is the revocation the lead told
        (
            "A late-night bar has had its licence revoked.\n\n"
            "The licensing panel's decision to revoke the premises licence was published on Tuesday.",
            "2023-10-12",
            [("enforcement", "2023-10-10", "2023-10-10", [1, 2])],
        ),
        # a sentence counting occurrences tells none, even with a date in it
        (
            "A late-night bar has had its licence revoked.\n\n"
            "It is the second licence the council has revoked since the election in May.",
            "2023-10-12",
            [("enforcement", "2023-10-12", "2023-10-12", [1])],
        ),
        # an arrest told after the warrant in its paragraph, with no day of its own, is the warrant's
        (
            "Detectives executed a drugs warrant at a flat in Ilford on 3 March and found cannabis "
            "and cash. A 41-year-old woman was arrested and has been bailed.",
            "2023-03-31",
            [("enforcement", "2023-03-03", "2023-03-03", [1])],
        ),
        # ... one with a day of its own is another arrest
        (
            "Detectives executed a drugs warrant at a flat in Ilford on 3 March and found cannabis "
            "and cash. A 41-year-old woman was arrested in Ilford Lane on 10 March.",
            "2023-03-31",
            [
                ("enforcement", "2023-03-03", "2023-03-03", [1]),
                ("enforcement", "2023-03-10", "2023-03-10", [1]),
            ],
        ),
        # enforcement acts listed in one sentence are one tally, whatever clause each sits in
        (
            "Since the unit began in August, officers have made 61 arrests, seized 12 knives, and "
            "issued 25 directions to leave the area.",
            "2023-10-12",
            [("enforcement", "2023-08-01", "2023-10-12", [1])],
        ),
    ],
)
def test_one_occurrence_told_twice_is_one_event(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # staff a grant pays for, told with the month they start, are a team beside the grant
        (
            "The police and crime commissioner has announced £30,000 to pay for two extra street "
            "marshals in the town centre from December.",
            [([1], "2023-12")],
        ),
        # ... and with no start told, they are only what the grant is for
        (
            "The police and crime commissioner has announced £30,000 to pay for two extra street "
            "marshals in the town centre.",
            [],
        ),
    ],
)
def test_staff_a_grant_pays_for_are_a_team_only_with_their_own_start(text, expected):
    assert cited_dates(text, "2023-10-12", "team_launch") == expected


def found(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # kit paid for is what the announcement says
        (
            "The housing association announced that it will pay for four new CCTV cameras on the estate.",
            [("announcement", "announced that it will pay for four new CCTV cameras")],
        ),
        (
            "The council announced on Monday that it will fund new CCTV cameras and street lighting.",
            [("announcement", "announced on Monday that")],
        ),
        # ... unless the announcement needs a date to be one: the cameras then tell the pledge
        (
            "The commissioner pledged £40,000 from his fund for new CCTV cameras in the park.",
            [("announcement", "pledged £40,000"), ("operation", "fund for new CCTV cameras")],
        ),
        # ... and a dated one takes in the kit it secured
        (
            "Last summer the commissioner's office secured £250,000 of funding for new CCTV cameras.",
            [("announcement", "secured £250,000")],
        ),
        # ... patrols paid for with a time of their own are an operation beside it
        (
            "The commissioner announced that his office had funded extra patrols over the Easter holidays.",
            [("announcement", "announced that"), ("operation", "funded extra patrols")],
        ),
        # ... and paid for with no announcement, they are the act told
        (
            "The business district has funded extra patrols in the town centre.",
            [("operation", "funded extra patrols")],
        ),
    ],
)
def test_what_an_announcement_pays_for_is_its_content(text, expected):
    assert found(text) == expected
