"""Session 6 agency mechanisms: an organisation's name holds only its own words, forces go by the
name they use today, a town's branch of a movement keeps its town, and events keep only the bodies
that act in them (a force that tells of a crime, a court's order, a letter's addressee do not)."""

from __future__ import annotations

import pytest

from app.ingest.events import extract_events
from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors, make_article, published


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [a.ref.name for a in gaz.find_agencies(text, gaz.infer_context(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # people of a body, then the body
        (
            "Councillors on Leeds City Council's licensing committee heard the case.",
            ["Leeds City Council"],
        ),
        (
            "Members of Wakefield Council's cabinet backed the plan.",
            ["Wakefield Council"],
        ),
        # a place and a date phrase before the body are where and when, not its name
        (
            "The scheme was launched in Hanley in March with Stoke-on-Trent City Council and youth workers.",
            ["Stoke-on-Trent City Council"],
        ),
        (
            "Patrols began in Chesterfield on Monday with Derbyshire County Council wardens.",
            ["Derbyshire County Council"],
        ),
        # a programme named "Project X" is no body, whoever runs it
        (
            "The city joined the Home Office's Project Harbour scheme in 2022.",
            ["Home Office"],
        ),
        ("Councillors will hear an update on Project Harbour next month.", []),
        (
            "The raids were led by Project Orion, Lancashire Constabulary's drugs team.",
            ["Lancashire Constabulary"],
        ),
        # a part of a body owned by it: the body
        (
            "Coventry City Council's Safer Streets Board met on Monday.",
            ["Coventry City Council"],
        ),
        # names that join words with "on", "upon" or "with" keep them
        (
            "Newcastle upon Tyne City Council said the order would be renewed.",
            ["Newcastle upon Tyne City Council"],
        ),
        (
            "The Living with Loss Trust runs a drop-in at the library.",
            ["Living with Loss Trust"],
        ),
    ],
)
def test_an_organisation_found_by_its_shape_holds_only_its_own_name(
    gaz, text, expected
):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Avon and Somerset Police said patrols would continue.",
            ["Avon and Somerset Police"],
        ),
        (
            "Avon and Somerset Constabulary said patrols would continue.",
            ["Avon and Somerset Police"],
        ),
        (
            "Avon & Somerset Police said patrols would continue.",
            ["Avon and Somerset Police"],
        ),
    ],
)
def test_a_force_goes_by_the_name_it_uses_today(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Members of Chelmsford Pubwatch agreed to ban the men from every bar.",
            ["Chelmsford Pubwatch"],
        ),
        (
            "Volunteers from Norwich Shopwatch share radio alerts with store staff.",
            ["Norwich Shopwatch"],
        ),
        # no town before it: the national movement
        ("National Pubwatch welcomed the scheme.", ["Pubwatch"]),
    ],
)
def test_a_town_branch_of_a_watch_scheme_keeps_its_town(gaz, text, expected):
    assert names(gaz, text) == expected


def test_a_police_authority_board_is_no_force(gaz):
    text = (
        "The City of London Corporation's Police Authority Board approved the budget."
    )
    assert names(gaz, text) == ["City of London Corporation"]


TOLD_CRIME = """Officers arrested three men in Wigan town centre on Saturday, May 4.

Greater Manchester Police said the men had run a drugs line from Scholes to Leigh between June and December last year."""

ANSWERED_CRIME = """A dispersal order was put in place in Rochdale town centre on Friday, May 3.

Greater Manchester Police said officers were called to a fight in Yorkshire Street on Thursday night."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # the force only tells the crime: its source, not an actor in it
        (TOLD_CRIME, "2024-05-07", (2, "incident"), ([], ["Wigan"])),
        # the force's officers answered it: theirs
        (
            ANSWERED_CRIME,
            "2024-05-07",
            (2, "incident"),
            (["Greater Manchester Police"], ["Rochdale"]),
        ),
    ],
)
def test_a_force_that_only_tells_of_a_crime_is_not_its_actor(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key] == expected


COURT_ORDER = """A shoplifter who stole from stores in Hull city centre was jailed on Monday, March 4.

The criminal behaviour order, imposed by magistrates in October last year, bans him from Whitefriargate."""

JUDGE_ORDER = """Two men who ran a drugs line from Gateshead were jailed at Newcastle Crown Court on Friday, March 1.

Judge Mary Lane also made both men subject to serious crime prevention orders on Friday, March 1."""

DIRECTED = """A dispersal order was in force in Bexleyheath town centre over the weekend of November 4 and 5.

Six teenagers were directed to leave the area under the order on Saturday, November 4."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # an order a court made on an offender: the prosecution's case, not the council's order
        (COURT_ORDER, "2024-03-06", (2, "order"), ["Humberside Police"]),
        (JUDGE_ORDER, "2024-03-04", (2, "order"), ["Northumbria Police"]),
        # directions to leave under a dispersal order are the police's
        (DIRECTED, "2023-11-07", (2, "enforcement"), ["Metropolitan Police Service"]),
    ],
)
def test_a_court_order_or_dispersal_direction_is_not_the_councils(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


LETTER = """The MP for Tottenham has called for more officers in Bruce Grove after a stabbing on Monday, June 3.

She said she had written to the acting Metropolitan Police Commissioner last week asking for more patrols."""


def test_the_addressee_of_a_letter_does_not_act_in_it(gaz):
    assert actors(gaz, LETTER, "2024-06-05")[(2, "announcement")][0] == []


MOSQUE_MEETING = """About 150 people attended a public meeting at the Jamia Masjid Bilal in Cheetham Hill, Manchester, on Sunday, March 3.

The meeting was organised by the mosque's trustees after a spate of car thefts outside evening prayers.

A second meeting will be held at the mosque in April."""

CHURCH_HALL = """About 80 residents attended a meeting at St Anne's Church, Clifton, on Monday, March 4, organised by Clifton Residents' Association.

A further meeting will be held at the church in May."""

RETURN_VISIT = """About 150 people attended a public meeting at the Jamia Masjid Bilal in Cheetham Hill, Manchester, on Sunday, March 3.

The meeting was organised by the mosque's trustees after a spate of car thefts outside evening prayers.

Police agreed to return to the mosque for a second meeting in April."""


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a mosque that called the meeting acts in it, and in the next one it holds
        (MOSQUE_MEETING, (1, "meeting"), ["Jamia Masjid Bilal"]),
        (MOSQUE_MEETING, (3, "meeting"), ["Jamia Masjid Bilal"]),
        # a church that lends its hall to a residents' meeting stays a place
        (CHURCH_HALL, (1, "meeting"), ["Clifton Residents' Association"]),
        (CHURCH_HALL, (2, "meeting"), ["Clifton Residents' Association"]),
        # the police's return visit to the mosque is theirs
        (RETURN_VISIT, (3, "meeting"), ["Greater Manchester Police"]),
    ],
)
def test_a_place_of_worship_that_holds_a_meeting_acts_in_it(gaz, text, key, expected):
    assert actors(gaz, text, "2024-03-06")[key][0] == expected


MAYOR_TOLD = """More than 200 people packed into Hartcliffe Community Centre on Tuesday, March 5 for a public meeting about drug dealing.

Bristol's mayor, Cllr Tom Reed, told the meeting that the council would fund new CCTV cameras in the area.

Insp Claire Dunn said officers had made 12 arrests since January."""


def test_a_councillor_who_tells_a_meeting_brings_the_council_to_it(gaz):
    assert actors(gaz, MAYOR_TOLD, "2024-03-07")[(1, "meeting")][0] == [
        "Bristol City Council"
    ]


REVOKED = """Leeds City Council's licensing sub-committee revoked the premises licence of the Red Lantern bar in Call Lane on Tuesday, May 14, following a review requested by West Yorkshire Police.

West Yorkshire Police applied for the review in March after a stabbing outside the bar."""

SUSPENDED = """A Headingley bar has had its licence suspended for a month after police told councillors that door staff had failed to call for help during a fight on Friday, May 10.

Leeds City Council's licensing sub-committee heard the review on Tuesday, May 14."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # the council's sub-committee revokes; the force asked for the review
        (REVOKED, "2024-05-16", (1, "enforcement"), ["Leeds City Council"]),
        # the force's own application is the force's act
        (REVOKED, "2024-05-16", (2, "enforcement"), ["West Yorkshire Police"]),
        (SUSPENDED, "2024-05-16", (1, "enforcement"), ["Leeds City Council"]),
    ],
)
def test_a_licence_decision_is_the_councils_and_the_review_the_forces(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


COUNTED = """A dispersal order was put in place in Grimsby town centre on Friday, March 1.

Police recorded 214 reports of antisocial behaviour in the town centre in January.

Shop thefts in Freeman Street rose by a third last year, according to the force.

Thefts from cars in Cleethorpes rose by 20 per cent in February, according to Humberside Police."""


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        # a force that counts or cites crimes is their source, not an actor in them
        ((2, "incident"), []),
        ((3, "incident"), []),
        # a force named as the source of the report is the one that dealt with it
        ((4, "incident"), ["Humberside Police"]),
    ],
)
def test_crimes_a_force_only_counted_have_no_agency(gaz, key, expected):
    assert actors(gaz, COUNTED, "2024-03-04")[key][0] == expected


BONFIRE = """Police and fire crews in Nottingham are preparing for the busiest night of the year.

Last year, officers dealt with 90 reports of fireworks being thrown in Bulwell over the bonfire weekend, and fire crews attended 40 deliberate fires.

Officers and firefighters ran joint patrols in Bulwell on Tuesday, October 29 to deter attacks.

Fireworks were thrown at fire crews tackling a bin fire in Highbury Road on November 5 last year."""


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        # fire crews who attended fires answered them beside the officers
        (
            (2, "incident"),
            ["Nottinghamshire Fire and Rescue Service", "Nottinghamshire Police"],
        ),
        # firefighters on joint patrols are the area's fire service
        (
            (3, "operation"),
            ["Nottinghamshire Fire and Rescue Service", "Nottinghamshire Police"],
        ),
        # fire crews attacked are the incident's victims, not its actors
        ((4, "incident"), []),
    ],
)
def test_firefighters_and_fire_crews_are_the_areas_fire_service(gaz, key, expected):
    assert actors(gaz, BONFIRE, "2024-10-31")[key][0] == expected


HEARING_AHEAD = """Five members of a drugs gang from Walton were jailed at Liverpool Crown Court on Monday, March 4.

A confiscation hearing to recover the gang's assets is expected to take place later this year."""


def test_a_court_hearing_still_ahead_has_no_agency(gaz):
    assert actors(gaz, HEARING_AHEAD, "2024-03-06")[(2, "enforcement")][0] == []


AWARDED = """Bolton's town centre CCTV network will be upgraded next year.

The work will be paid for by £300,000 from the Safer Streets Fund, which the council and Greater Manchester Police were awarded last month."""

REPORT_TO_COMMITTEE = """Councillors on Bolton Council's scrutiny committee discussed the town centre cameras on Wednesday, May 8.

A report to the committee said footage from the cameras had helped police make 140 arrests in the year to March."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # two bodies joined by "and" act together, though the clause splitter parts them
        (
            AWARDED,
            "2024-05-10",
            (2, "announcement"),
            ["Bolton Council", "Greater Manchester Police"],
        ),
        # the committee a report goes to only hears of the arrests: the police made them
        (
            REPORT_TO_COMMITTEE,
            "2024-05-10",
            (2, "enforcement"),
            ["Greater Manchester Police"],
        ),
    ],
)
def test_joined_bodies_act_together_and_a_committee_told_does_not(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


ITS_TEAM = """A Southsea bar has lost its licence after a stabbing outside it on Saturday, June 1.

Portsmouth City Council said its licensing enforcement team and police would carry out joint visits to bars in Albert Road over the next two weekends."""


def test_a_bodys_own_team_named_by_its_pronoun_is_that_bodys(gaz):
    # the force has gone by Hampshire and Isle of Wight Constabulary since November 2022 (renamed.toml)
    assert actors(gaz, ITS_TEAM, "2024-06-05")[(2, "operation")][0] == [
        "Hampshire and Isle of Wight Constabulary",
        "Portsmouth City Council",
    ]


RANGERS = """A team of uniformed rangers has started patrolling Norwich city centre.

The four rangers, funded by the Norwich business improvement district, began their first shift on Monday, September 2."""

VISIT = """Crime in Hounslow rose by 6 per cent in the year to March, new figures show.

The Mayor of London, who visited Hounslow High Street on Friday, August 2, said the government had to reverse cuts to police numbers."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # rangers a body pays for are its own: no force joined them
        (RANGERS, "2024-09-04", (1, "team_launch"), ["Norwich BID"]),
        # "cuts to police numbers" is what is asked for, not who visited
        (VISIT, "2024-08-05", (2, "meeting"), []),
    ],
)
def test_bodies_paid_for_or_asked_for_do_not_act(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key][0] == expected


COORDINATED = """Kent Police's summer drink-drive campaign ran from Saturday, June 1 to Sunday, June 30, alongside a national campaign co-ordinated by the National Police Chiefs' Council.

Of those arrested, 20 were stopped in Maidstone, including a man caught in Week Street at 2am."""


def test_arrests_in_a_coordinated_campaign_are_the_local_forces(gaz):
    assert actors(gaz, COORDINATED, "2024-07-03")[(2, "enforcement")][0] == [
        "Kent Police"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a trader body whose own name says what it is keeps that name
        (
            "The patrols are run with the New West End Company business improvement district.",
            ["New West End Company"],
        ),
        (
            "The Castle Quarter business improvement district pays for the wardens.",
            ["Castle Quarter BID"],
        ),
    ],
)
def test_trader_bodies_keep_their_own_name(gaz, text, expected):
    assert names(gaz, text) == expected


COUNCIL_HOUSE = """Knife amnesty bins have been placed outside Derby Council House for the week of action that began on Monday, May 13.

Derby City Council's trading standards officers seized 40 knives from shops in Normanton on Tuesday, May 14."""


def test_a_building_named_after_the_council_does_not_name_it(gaz):
    assert actors(gaz, COUNCIL_HOUSE, "2024-05-15")[(2, "enforcement")][0] == [
        "Derby City Council"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Wiltshire and Thames Valley police have joined forces to stop burglars.",
            ["Wiltshire Police", "Thames Valley Police"],
        ),
        (
            "Officers from Surrey and Sussex Police's joint major crime team made the arrests.",
            ["Surrey Police", "Sussex Police"],
        ),
        (
            "Essex, Kent and Sussex Police worked together on the operation.",
            ["Essex Police", "Kent Police", "Sussex Police"],
        ),
        # one force whose name holds "and"
        (
            "Devon and Cornwall Police said the patrols would continue.",
            ["Devon and Cornwall Police"],
        ),
    ],
)
def test_forces_listed_before_one_police_word_are_each_named(gaz, text, expected):
    assert names(gaz, text) == expected


TASKED = """Hillingdon Council's cabinet renewed the order covering Uxbridge town centre on Thursday, June 13.

The cabinet also asked officers to look at whether a similar order is needed in Hayes, with a report expected in the autumn."""

BACKED = """A dispersal order will be in force in Bexleyheath town centre over Bonfire Night.

High-visibility patrols will also run in Welling over the weekend of November 9 and 10, including at the council-backed display in Danson Park."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # officers a council's cabinet instructs are the council's own
        (TASKED, "2024-06-17", (2, "announcement"), ["Hillingdon Council"]),
        # a body named in an adjective of another thing ("council-backed display") does not patrol
        (BACKED, "2024-11-04", (2, "operation"), ["Metropolitan Police Service"]),
    ],
)
def test_officers_a_cabinet_instructs_are_the_councils_and_a_backer_does_not_act(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


TWO_ACTS = """In 2019, street rangers employed by the Newcastle business improvement district began working night shifts alongside officers, and in 2020 a welfare hub run by St John Ambulance volunteers opened in Bigg Market."""


def test_a_partner_of_an_act_told_in_the_next_clause_is_not_this_acts(gaz):
    # (session 8: the officers the rangers work alongside launch nothing: launch_partners.py)
    # (session 9: the hub's opening is its own launch, so the two are told apart by their years)
    launches = {
        e.date.edtf: sorted(a.name for a in e.agencies)
        for e in extract_events(make_article(TWO_ACTS), published("2024-05-13"), gaz)
        if e.type == "team_launch"
    }
    assert launches["2019"] == ["Newcastle BID"]


PACKED_HALL = """More than 100 people crammed into a church hall in Hartlepool on Monday, March 4 to tell police and council leaders that they no longer feel safe."""

MANAGER_TOLD = """Residents packed into a community centre in Tolworth on Tuesday, April 2 to demand action over bike thefts.

Sgt Paul Reed said officers had made four arrests since January.

Residents said racks outside the station were targeted every week.

One mother said her son's bike had been stolen twice.

Kingston Council's neighbourhood manager told the meeting the council would install two new cameras."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # residents tell "police and council leaders": both are at the meeting
        (
            PACKED_HALL,
            "2024-03-06",
            (1, "meeting"),
            ["Cleveland Police", "Hartlepool Borough Council"],
        ),
        # a council's officer who tells the meeting, quoted further down, was at it
        (MANAGER_TOLD, "2024-04-04", (1, "meeting"), ["Kingston upon Thames Council"]),
    ],
)
def test_bodies_whose_people_are_told_or_tell_the_meeting_are_at_it(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected
