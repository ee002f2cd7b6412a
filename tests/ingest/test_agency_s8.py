"""Session 8 agency mechanisms: an order's enforcers are not its makers, bodies that counted
incidents themselves, police a new team works beside, council staff called officers, trader bodies'
names, a movement's town branch told again by its bare name, whom a statement thanks, and fines
both police and council officers may issue."""

from __future__ import annotations

import pytest

from app.ingest.events.build import extract_events
from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors, make_article, published


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [a.ref.name for a in gaz.find_agencies(text, gaz.infer_context(text))]


ORDERS = """Drinking ban renewed in Kettering town centre

North Northamptonshire Council has renewed the public spaces protection order covering Kettering town centre for three years.

{}"""


@pytest.mark.parametrize(
    "sentence",
    [
        # the police the order empowers enforce it; the council made it
        "The renewed order, which comes into force on October 25, allows police to confiscate alcohol from street drinkers.",
        "The new order, which takes effect on Monday, November 6, lets officers move on groups of drinkers.",
        # the police left with another power are no makers of the order that lapsed
        "A previous order covering Corby, introduced in 2016, lapsed last October, leaving officers relying on"
        " dispersal powers which have to be authorised by an inspector each time.",
    ],
)
def test_the_police_an_order_empowers_or_leaves_without_it_are_not_its_makers(gaz, sentence):
    found = actors(gaz, ORDERS.format(sentence), "2023-10-10")
    assert [v[0] for k, v in sorted(found.items()) if k[1] == "order"][-1] == ["North Northamptonshire Council"]


COUNTS = """Street drinking rises in Kettering town centre

Kettering BID, which represents 400 traders, has called for a drinking ban.

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trader body's own log, told by "the BID" or by its rangers
        ("The BID recorded 340 incidents of anti-social behaviour between June and August.", ["Kettering BID"]),
        ("Kettering BID said its street wardens had logged 230 incidents of street drinking last year.", ["Kettering BID"]),
        ("The charity Helping Hands recorded 31 reports of harassment in the area last year.", ["Helping Hands"]),
        # a force's recorded crime is others' acts: the force is only their source
        ("Northamptonshire Police recorded 412 offences in the town in 2022.", []),
    ],
)
def test_a_body_that_counted_incidents_itself_is_their_agency_but_a_forces_recorded_crime_is_not(
    gaz, sentence, expected
):
    assert actors(gaz, COUNTS.format(sentence), "2023-10-10")[(3, "incident")][0] == expected


LAUNCHES = """New safety staff for Kettering town centre

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the staff a body hires work with the police, who launch nothing
        (
            "Since the spring, the council has employed two dedicated community safety officers to work with police on the issue.",
            ["North Northamptonshire Council"],
        ),
        (
            "In 2017, the street rangers employed by Kettering Business Improvement District began working night"
            " shifts alongside officers.",
            ["Kettering Business Improvement District"],
        ),
        # a force's own new team stays the force's
        (
            "In 2017, Northamptonshire Police launched a town centre team of eight officers.",
            ["Northamptonshire Police"],
        ),
    ],
)
def test_a_new_team_is_launched_by_the_body_that_hires_it_not_the_police_it_works_beside(gaz, sentence, expected):
    found = actors(gaz, LAUNCHES.format(sentence), "2023-10-10")
    assert found[(2, "team_launch")][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case "business improvement district" says what the named body is
        ("In Bedford, the Bedford Central business improvement district began funding a Safe Place.", ["Bedford Central"]),
        ("Staff from the Belfast One business improvement district will help.", ["Belfast One"]),
        # a BID named after its district is named with the word: the district alone is no body
        ("Staff from the Castle Quarter business improvement district will help.", ["Castle Quarter BID"]),
        ("The rangers, funded by the Norwich business improvement district, began on Monday.", ["Norwich BID"]),
        # what it is, then the body in apposition
        (
            "In Orpington, the town's business improvement district, Orpington 1st, has paid for two wardens.",
            ["Orpington 1st"],
        ),
        # a place, then a known body after the comma
        ("In Truro, British Transport Police officers arrested a 16-year-old boy.", ["British Transport Police"]),
        # a partnership's board is the partnership
        ("An update will go to the Safer Sutton Partnership Board in December.", ["Safer Sutton Partnership"]),
        ("The Kettering Community Safety Partnership Board met on Tuesday.", ["Kettering Community Safety Partnership"]),
        # community-safety charities named without a tell-tale suffix
        ("Officers will join the evening rounds of Safer Wales's Street Life project.", ["Safer Wales"]),
    ],
)
def test_trader_bodies_and_charities_are_named_as_the_article_names_them(gaz, text, expected):
    assert names(gaz, text) == expected


BRANCH = """Ten years of safer nights in Wakefield

In 2013, volunteers from Wakefield Street Pastors began walking Westgate on Saturday nights.

This Christmas, Operation Cityguard will run again, with extra officers and Street Pastors on Westgate every Friday and Saturday from December 2 until New Year's Eve."""

TWO_BRANCHES = """Safer nights in Wakefield and Leeds

In 2013, volunteers from Wakefield Street Pastors began walking Westgate on Saturday nights, and Leeds Street Pastors began in Briggate in 2014.

This Christmas, Operation Cityguard will run again, with extra officers and Street Pastors on Westgate every Friday and Saturday from December 2 until New Year's Eve."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the movement's bare name is the one branch the story named
        (BRANCH, ["Wakefield Street Pastors", "West Yorkshire Police"]),
        # two branches named: the bare name says which of them no more than before
        (TWO_BRANCHES, ["Street Pastors", "West Yorkshire Police"]),
    ],
)
def test_a_movements_bare_name_is_the_one_town_branch_the_story_named(gaz, text, expected):
    assert actors(gaz, text, "2023-11-20")[(3, "operation")][0] == expected


def test_the_officers_a_statement_thanks_are_not_its_actor(gaz):
    text = """Carnival passes off peacefully in Notting Hill

More than 300 people were arrested over the two days of the carnival, the Metropolitan Police said.

The Mayor of London, Sadiq Khan, thanked officers and volunteers in a statement on Tuesday."""
    assert actors(gaz, text, "2023-08-30")[(3, "announcement")][0] == []


FINES = """Kettering drinking ban to be renewed

North Northamptonshire Council's cabinet will decide next week whether to renew the public spaces protection order covering Kettering town centre.

{}

A report to cabinet said 212 fixed penalty notices were issued under the order in the year to March."""


@pytest.mark.parametrize(
    ("powers", "expected"),
    [
        # both may issue the fines: the unnamed issuers are both
        (
            "The order, first introduced in 2017, gives police and council enforcement officers the power to issue"
            " £100 fixed penalty notices to people drinking in the street.",
            ["North Northamptonshire Council", "Northamptonshire Police"],
        ),
        # the article says nothing of who may: the council's order, the council's fines
        (
            "The order, first introduced in 2017, bans drinking in the street.",
            ["North Northamptonshire Council"],
        ),
    ],
)
def test_fines_counted_under_an_order_both_police_and_council_may_issue_are_both_bodies(gaz, powers, expected):
    found = actors(gaz, FINES.format(powers), "2023-10-10")
    assert found[(4, "enforcement")][0] == expected


def test_a_previous_order_stays_apart_from_the_order_the_story_is_about(gaz):
    text = """Drinking ban approved for Corby town centre

North Northamptonshire Council's cabinet agreed the order at a meeting on Monday (March 18).

The PSPO will come into force on April 1 and last for three years.

A previous order covering Corby, introduced in 2016, lapsed last October."""
    events = extract_events(make_article(text), published("2024-03-20"), gaz)
    orders = sorted(sorted({c.paragraph for c in e.citations}) for e in events if e.type == "order")
    assert [4] in orders and not any(4 in paras and len(paras) > 1 for paras in orders)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police, fire and crime commissioner's title names an office, not the force
        ("North Yorkshire's Police, Fire and Crime Commissioner Zoë Metcalfe has backed the plans.", []),
        ("Essex Police, Fire and Crime Commissioner Roger Hirst said the money would help.", []),
        ("Essex Police officers arrested two men in Colchester.", ["Essex Police"]),
    ],
)
def test_a_police_fire_and_crime_commissioners_title_is_no_force(gaz, text, expected):
    assert names(gaz, text) == expected


FIGURES = """Knife crime falls in Haringey

Data published by the Office for National Statistics on Thursday (July 20) shows 612 knife crime offences were recorded by the Metropolitan Police in the borough in the 12 months to March 2023."""

WARDENS = """New wardens in Orpington

Two street wardens paid for by Orpington 1st, the town's business improvement district, began patrolling on Monday, January 9, and will work alongside the Orpington Safer Neighbourhood Team."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # the force that recorded what the data shows is no publisher of the data
        (FIGURES, "2023-07-22", (2, "announcement"), ["Office for National Statistics"]),
        # the named team the wardens work beside launches nothing
        (WARDENS, "2023-01-12", (2, "team_launch"), ["Orpington 1st"]),
    ],
)
def test_a_body_named_in_what_is_told_or_worked_beside_is_not_the_actor(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key][0] == expected


def test_fines_a_report_says_council_officers_issued_stay_the_councils(gaz):
    text = FINES.format(
        "The order gives police and council enforcement officers the power to issue £100 fixed penalty notices."
    ).replace(
        "A report to cabinet said 212 fixed penalty notices were issued",
        "A report to the executive said council officers issued 212 fixed penalty notices",
    )
    assert actors(gaz, text, "2023-10-10")[(4, "enforcement")][0] == ["North Northamptonshire Council"]


GRANTS = """CCTV upgrade for Westgate in Wakefield

{}"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the fund's owner named in the sum is a party to the grant
        (
            "The West Yorkshire mayor's deputy for policing and crime, Alison Lowe, secured £450,000 of Home Office"
            " Safer Streets funding for Wakefield in March.",
            ["Home Office"],
        ),
        ("Last year the council secured £1.2m of Home Office funding for new cameras.", ["Home Office", "Wakefield Council"]),
    ],
)
def test_the_body_whose_money_a_grant_announcement_tells_is_a_party_to_it(gaz, sentence, expected):
    assert actors(gaz, GRANTS.format(sentence), "2023-06-20")[(2, "announcement")][0] == expected


def test_the_community_council_is_the_one_the_story_named_not_the_local_authority(gaz):
    text = """Residents meet police over Tillydrone fires

About 80 people attended a meeting at Tillydrone Community Centre on Tuesday, March 7, organised by Tillydrone Community Council.

The community council is running a survey on residents' safety concerns, which closes at the end of April.

Aberdeen City Council said it would clear the bins."""
    assert actors(gaz, text, "2023-03-10")[(3, "consultation")][0] == ["Tillydrone Community Council"]


def test_a_body_read_from_its_shape_is_the_same_body_when_named_again_bare(gaz):
    text = """New police team for Exeter city centre

Devon and Cornwall Police launched a new city centre team on Monday, working with Exeter City Council and the InExeter business improvement district.

InExeter's street rangers, who began patrolling the city centre in the spring, will share a radio link with the new team."""
    assert actors(gaz, text, "2023-06-20")[(3, "team_launch")][0] == ["InExeter"]


SEQUELS = """New enforcement officers for Canning Town

{}"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The first 12" are the officers the council said it was recruiting
        (
            "Newham Council is also recruiting its own community safety enforcement officers. The first 12 will start"
            " work in Canning Town in January, with powers to issue fixed penalty notices.",
            ["Newham Council"],
        ),
        # "They" are the men, no body: the area's police arrested them
        ("Two men were stopped in Barking Road. They were arrested on suspicion of robbery.", ["Metropolitan Police Service"]),
    ],
)
def test_a_sentence_pointing_back_at_the_one_before_inherits_its_subject_body(gaz, text, expected):
    assert actors(gaz, SEQUELS.format(text), "2023-10-10")[(2, "enforcement")][0] == expected
