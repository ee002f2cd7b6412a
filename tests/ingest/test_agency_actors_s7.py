"""Session 7 agency mechanisms in events: who acts when a story names one force again and again,
at stations, in incidents that hit a named service, in grants, statements, wardens' patrols, court
outcomes of another body's prosecution, meetings, licence reviews and appointments."""

from __future__ import annotations

import pytest

from app.ingest.events.build import extract_events
from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors, make_article, published


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()

BTP_STORY = """Bike thief who targeted commuters at Clapham Junction jailed

A man who stole bikes from the racks at Clapham Junction station has been jailed for 18 months.

British Transport Police began an investigation in May after a string of thefts from the station.

He was arrested on Tuesday, June 13, by officers on patrol in Battersea.

Det Sgt Amy Lowe, of BTP, said the racks would now be watched by cameras."""

MET_STORY = """Bike thief who targeted commuters at Clapham Junction jailed

A man who stole bikes from the racks at Clapham Junction station has been jailed for 18 months.

British Transport Police began an investigation in May after a string of thefts from the station.

He was arrested on Tuesday, June 13, by officers on patrol in Battersea.

A Metropolitan Police spokesman said the racks would now be watched by cameras."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the railway's force named again and again, the area's never: bare officers are its own
        (BTP_STORY, ["British Transport Police"]),
        # the area's force named too: bare officers stay the area's
        (MET_STORY, ["Metropolitan Police Service"]),
    ],
)
def test_bare_officers_belong_to_the_only_force_a_story_names_again_and_again(gaz, text, expected):
    assert actors(gaz, text, "2023-06-20")[(4, "enforcement")][0] == expected


SCEPTRE_WEEK = """Knife arches at Wembley Park as Operation Sceptre returns

British Transport Police set up a knife arch at Wembley Park station on Tuesday, May 14, with officers from the Met's North West Basic Command Unit.

Two men were arrested at Wembley Park station on Tuesday, May 14.

A knife amnesty bin was placed outside Wembley police station on Monday, May 13."""


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        # at the railway station both forces of the story are there
        ((3, "enforcement"), ["British Transport Police", "Metropolitan Police Service"]),
        # a police station is the area force's own building, not the railway's
        ((4, "operation"), ["Metropolitan Police Service"]),
    ],
)
def test_the_railways_police_join_events_at_railway_stations_not_at_police_stations(gaz, key, expected):
    assert sorted(actors(gaz, SCEPTRE_WEEK, "2024-05-17")[key][0]) == expected



BONFIRE = """Fireworks thrown on Bonfire Night in Swansea

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named service whose own crews the attack hit is part of the incident
        (
            "Mid and West Wales Fire and Rescue Service crews were pelted with fireworks while tackling a bin fire"
            " in Townhill on Sunday, November 5.",
            ["Mid and West Wales Fire and Rescue Service"],
        ),
        (
            "Crews from Mid and West Wales Fire and Rescue Service were also attacked in Townhill on Sunday, November 5.",
            ["Mid and West Wales Fire and Rescue Service"],
        ),
        ("South Wales Police officers were assaulted in Penlan on Sunday, November 5.", ["South Wales Police"]),
        # a named force that only tells of an attack on its officers is its source
        ("South Wales Police said two officers were injured in Penlan on Sunday, November 5.", []),
        # bare officers as victims name no body
        ("Fireworks were thrown at officers in Blaenymaes on Sunday, November 5.", []),
    ],
)
def test_a_named_service_whose_people_an_incident_hit_is_part_of_it(gaz, sentence, expected):
    assert actors(gaz, BONFIRE.format(sentence), "2023-11-07")[(2, "incident")][0] == expected


GRANT = """Safer Streets cash for Oldham estates

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the body the money comes from takes part in the award
        (
            "Oldham Council secured £400,000 from the Home Office's Safer Streets Fund in 2022 for alley gates"
            " in Werneth.",
            ["Home Office", "Oldham Council"],
        ),
        ("In 2022 Werneth was awarded £400,000 from the Home Office for alley gates.", ["Home Office"]),
        # and so does the body it goes to
        ("In 2022 the Home Office awarded the council £400,000 for alley gates in Werneth.",
         ["Home Office", "Oldham Council"]),
        # a report on a body after the verb is what the announcement is about, not who makes it
        ("In 2022 the council published a report on Greater Manchester Police in Werneth.", ["Oldham Council"]),
    ],
)
def test_both_sides_of_a_grant_take_part_in_its_announcement(gaz, sentence, expected):
    assert actors(gaz, GRANT.format(sentence), "2023-01-10")[(2, "announcement")][0] == expected


STATEMENT = """Disorder in Seacroft on Bonfire Night

West Yorkshire Police said youths threw fireworks at a bus in Seacroft on Tuesday night.

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a statement told before its maker: the officer who then speaks makes it, for the force
        (
            'In a statement on Wednesday, Ch Supt Rachel Gale, district commander for Leeds, said: "This will not be tolerated."',
            ["West Yorkshire Police"],
        ),
        ('In a statement on Wednesday, Cllr Mary Harland said: "This will not be tolerated."', ["Leeds City Council"]),
        # someone named after the trigger who does not speak makes nothing
        ("In a statement on Wednesday the family of Tom Reid thanked neighbours.", []),
    ],
)
def test_a_statement_is_made_by_the_speaker_told_after_it(gaz, sentence, expected):
    assert actors(gaz, STATEMENT.format(sentence), "2023-11-09")[(3, "announcement")][0] == expected


WARDENS = """New street wardens for Hanley town centre

Two street wardens will begin patrolling Hanley town centre on Monday, July 1.

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the business improvement district the article says pays for them: its wardens
        ("Hanley Business Improvement District agreed to pay for the wardens for a year.",
         ["Hanley Business Improvement District"]),
        # no body is said to pay for them: the council's, as wardens usually are
        ("Hanley Business Improvement District welcomed the news.", ["Stoke-on-Trent City Council"]),
    ],
)
def test_street_wardens_are_the_bid_that_pays_for_them(gaz, sentence, expected):
    assert actors(gaz, WARDENS.format(sentence), "2024-06-20")[(2, "team_launch")][0] == expected


PROSECUTION = """Fly-tipper fined after council prosecution

A man who dumped building waste in country lanes near Ormskirk has been fined after a prosecution brought by West Lancashire Borough Council.

He pleaded guilty at Preston Magistrates' Court on Tuesday, March 5, and was fined £2,000."""

POLICE_CASE = """Burglar jailed in Ormskirk

A man who broke into three homes in Ormskirk has been jailed after an investigation by Lancashire Police.

He pleaded guilty at Preston Crown Court on Tuesday, March 5, and was jailed for two years."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the court outcome of a case a council brought is the council's
        (PROSECUTION, ["West Lancashire Borough Council"]),
        # a police case keeps the force
        (POLICE_CASE, ["Lancashire Constabulary"]),
    ],
)
def test_a_court_outcome_belongs_to_the_body_that_brought_the_prosecution(gaz, text, expected):
    assert actors(gaz, text, "2024-03-08")[(3, "enforcement")][0] == expected


@pytest.mark.parametrize(
    ("sentence", "key", "expected"),
    [
        ("Two SIA-licensed marshals hired by Westside BID began patrolling Broad Street in Birmingham on Friday,"
         " January 4.", (2, "team_launch"), ["Westside BID"]),
        ("Westside BID has paid for two SIA-licensed street ambassadors on Broad Street in Birmingham since January.",
         (2, "order"), ["Westside BID"]),
    ],
)
def test_a_body_that_only_licenses_the_people_is_no_actor(gaz, sentence, key, expected):
    text = f"""Extra door staff for Broad Street

{sentence}"""
    assert actors(gaz, text, "2019-03-13")[key][0] == expected


def test_a_body_another_replaced_is_no_actor(gaz):
    text = """Fly-tipping fines in Aylesbury

Buckinghamshire Council, which replaced Aylesbury Vale District Council in April 2020, says it has issued 212 fixed penalty notices for fly-tipping in Aylesbury since April last year."""
    assert actors(gaz, text, "2023-02-10")[(2, "enforcement")][0] == ["Buckinghamshire Council"]


ANSWERED = """Residents demand action on Broadwater Farm

More than 100 residents packed into a community centre in Tottenham on Tuesday, March 5, to demand action over drug dealing.

Councillors and staff from Bridgeway Homes, which manages the estate, answered questions for two hours."""


def test_the_bodies_whose_people_answer_the_meetings_questions_are_at_it(gaz):
    assert sorted(actors(gaz, ANSWERED, "2024-03-08")[(2, "meeting")][0]) == ["Bridgeway Homes"]


def test_a_force_that_applies_for_a_licence_review_acts_in_its_application(gaz):
    text = """Bar loses licence after stabbing in Dalston

Police applied for a summary review the following Monday, and the sub-committee suspended the licence at an interim steps hearing on Tuesday, July 31."""
    events = extract_events(make_article(text), published("2023-08-03"), gaz)
    assert [(e.type, [a.name for a in e.agencies]) for e in events] == [
        ("enforcement", ["Metropolitan Police Service"]),
        ("enforcement", ["Hackney Council"]),
    ]


def events_of(gaz: Gazetteer, text: str, day: str) -> list[tuple[str, list[int], list[str]]]:
    """Each event of an invented article: its type, cited paragraphs and agencies."""
    events = extract_events(make_article(text), published(day), gaz)
    return [(e.type, sorted({c.paragraph for c in e.citations}), [a.name for a in e.agencies]) for e in events]


@pytest.mark.parametrize(
    ("sentence", "day", "expected"),
    [
        # the body whose head is appointed takes part in the appointment
        (
            "The figures came a month after Jo Farrell took over as Police Scotland's chief constable in Inverness.",
            "2023-11-10",
            ["Police Scotland"],
        ),
        (
            "Sir Mark Rowley took over as Met Commissioner this month, promising a return to neighbourhood policing in Lewisham.",
            "2022-09-20",
            ["Metropolitan Police Service"],
        ),
    ],
)
def test_the_body_whose_head_is_appointed_takes_part_in_the_appointment(gaz, sentence, day, expected):
    assert events_of(gaz, f"New chief named\n\n{sentence}", day) == [("announcement", [2], expected)]


def test_officers_a_commissioner_pays_for_are_the_forces_team(gaz):
    text = """Extra PCSOs for Walsall

West Midlands Police and Crime Commissioner Simon Foster has promised to fund 12 extra police community support officers for Walsall town centre from April."""
    # (the headline line is cited by the lead's event: headline_groups.py, session 8)
    assert events_of(gaz, text, "2023-01-10")[-1] == ("team_launch", [1, 2], ["West Midlands Police"])
