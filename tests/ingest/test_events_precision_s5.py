"""Events a careful reader would not list (session 5), on invented articles read with the real
gazetteer and temporal engine.

One court act told in the lead and in full is one event, and so are the steps of a case told in one
sentence; "the committee heard" cites the sitting told before; a sale to a test purchase volunteer is
that check's result; a speaker's career, a town's city status and a standing state date no act; a
plan told as what somebody announced is one event; "said it would consider", "was looking at
introducing", "will not be made" state no act; figures named as a sentence's source are no release.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from app.ingest.events.build import as_lookup, extract_with
from app.ingest.gazetteer import Gazetteer
from app.ingest.records import PublicationDate
from app.ingest.temporal import dct_value, find_article_dates
from tests.ingest.event_fakes import make_article
from tests.ingest.temporal_helpers import pub


@lru_cache(maxsize=1)
def _lookup():
    return as_lookup(Gazetteer.load())


def summary(text: str, published: str | None) -> list[tuple]:
    """(type, earliest, latest, planned, cited paragraphs) of every event, in text order (an
    unknown publication date when ``published`` is None)."""
    article = make_article(text)
    dct = pub(published) if published else PublicationDate.unknown()
    events = extract_with(
        article,
        dct,
        _lookup(),
        dates=find_article_dates(article, dct),
        dct_date=dct_value(dct),
    )
    return [
        (
            e.type,
            str(e.date.earliest),
            str(e.date.latest),
            e.planned,
            sorted({c.paragraph for c in e.citations}),
        )
        for e in events
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the lead's "has been jailed" (where he dealt) and the sentencing at the court: one
        (
            "Romford heroin dealer jailed\n\n"
            "A drug dealer who sold heroin outside Romford station has been jailed for five years.\n\n"
            "Dean Walsh, 31, of Mawney Road, was sentenced at Snaresbrook Crown Court on Friday after "
            "admitting supplying class A drugs.\n\n"
            "He was arrested in South Street in March.",
            "2023-06-14",
            [
                ("enforcement", "2023-06-09", "2023-06-09", False, [1, 2, 3]),
                ("enforcement", "2023-03-01", "2023-03-31", False, [4]),
            ],
        ),
        # a co-defendant's sentence is another occurrence
        (
            "Romford heroin dealer jailed\n\n"
            "A drug dealer who sold heroin outside Romford station has been jailed for five years.\n\n"
            "Dean Walsh, 31, of Mawney Road, was sentenced at Snaresbrook Crown Court on Friday.\n\n"
            "His co-defendant, Kyle Ross, 24, was jailed for three years at the same hearing.",
            "2023-06-14",
            [
                ("enforcement", "2023-06-09", "2023-06-09", False, [1, 2, 3]),
                ("enforcement", "2023-06-09", "2023-06-09", False, [4]),
            ],
        ),
    ],
)
def test_a_sentencing_told_in_the_lead_and_in_full_is_one_event(
    text, published, expected
):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the hearing and what it decided
        (
            "Lee Parks, 29, appeared at Chelmsford Magistrates' Court on Monday and was banned from "
            "driving for two years.",
            "2023-03-10",
            [("enforcement", "2023-03-06", "2023-03-06", False, [1])],
        ),
        # the arrest and the charge, told together with nothing between them
        (
            "Two teenagers were arrested and have been charged in connection with the disorder in Romford.",
            "2023-03-10",
            [("enforcement", "2023-03-10", "2023-03-10", False, [1])],
        ),
        # a charge and the remand of the hearing it led to
        (
            "He was charged the following day and remanded in custody after appearing at Barkingside "
            "Magistrates' Court.",
            "2023-03-10",
            [("enforcement", "2023-03-10", "2023-03-10", False, [1])],
        ),
        # "later" parts the arrest from the charge
        (
            "A man was arrested on March 2 in Ilford and later charged with robbery.",
            "2023-03-10",
            [
                ("enforcement", "2023-03-02", "2023-03-02", False, [1]),
                ("enforcement", "2023-03-02", "2023-03-02", False, [1]),
            ],
        ),
        # the hearing still ahead is its own
        (
            "Three men have been charged with conspiracy to supply drugs and were remanded in custody "
            "to appear at Snaresbrook Crown Court next month.",
            "2023-03-10",
            [
                ("enforcement", "2023-03-10", "2023-03-10", False, [1]),
                ("enforcement", "2023-04-01", "2023-04-30", True, [1]),
            ],
        ),
    ],
)
def test_steps_of_one_case_told_in_one_sentence_are_one_event(
    text, published, expected
):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # what the sub-committee heard cites its hearing; the facts heard are events of their own
        (
            "Havering Council's licensing sub-committee met on Tuesday, March 7, to review the licence "
            "of the Golden Lion in Romford.\n\n"
            "The committee heard that officers were called to the pub 14 times between June and August "
            "last year.\n\n"
            "The pub's licence was suspended for a month in 2019 after an earlier review, the committee heard.",
            "2023-03-10",
            [
                ("meeting", "2023-03-07", "2023-03-07", False, [1, 2, 3]),
                ("incident", "2022-06-01", "2022-08-31", False, [2]),
                ("enforcement", "2019-01-01", "2019-12-31", False, [3]),
            ],
        ),
        # figures laid before the cabinet told before: no second sitting
        (
            "Redbridge Council's cabinet met on Monday and agreed to renew the public spaces protection "
            "order in Ilford.\n\n"
            "Figures presented to cabinet show 300 fixed penalty notices were issued under the order "
            "between April and December last year.",
            "2023-06-14",
            [
                ("meeting", "2023-06-12", "2023-06-12", False, [1, 2]),
                ("order", "2023-06-12", "2023-06-12", False, [1]),
                ("enforcement", "2022-04-01", "2022-12-31", False, [2]),
            ],
        ),
        # with no sitting told before, the panel's hearing on its own day stands
        (
            "The panel heard on Tuesday that burglaries in Ilford had doubled.",
            "2023-06-14",
            [
                ("meeting", "2023-06-13", "2023-06-13", False, [1]),
                ("incident", "2023-06-13", "2023-06-13", False, [1]),
            ],
        ),
    ],
)
def test_what_a_sitting_heard_cites_the_sitting_told_before(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the sale to a volunteer is the test purchase's result
        (
            "On Saturday, trading standards officers from Havering Council carried out test purchases at "
            "ten shops in Romford; three sold knives to 15-year-old volunteers.",
            "2023-06-14",
            [("operation", "2023-06-10", "2023-06-10", False, [1])],
        ),
        # the law told to shop staff is no sale
        (
            "Officers visited shops in Ilford last week to remind staff that it is illegal to sell "
            "fireworks to under-18s.",
            "2023-06-14",
            [("operation", "2023-06-05", "2023-06-11", False, [1])],
        ),
        # a sale to a child is an incident of its own
        (
            "The shop in Ilford Lane sold alcohol to a 15-year-old girl in March.",
            "2023-06-14",
            [("incident", "2023-03-01", "2023-03-31", False, [1])],
        ),
    ],
)
def test_a_sale_to_a_test_purchase_volunteer_is_no_incident(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a speaker's election, in an aside, dates no act of the story
        (
            "Officers arrested 12 people in Romford town centre on Saturday.\n\n"
            "Havering's police and crime commissioner, who was elected in 2021 on a pledge to tackle "
            "anti-social behaviour, said the arrests sent a clear message.",
            "2023-06-14",
            [("enforcement", "2023-06-10", "2023-06-10", False, [1])],
        ),
        (
            "Police raided two flats in Ilford on Tuesday.\n\n"
            "Ilford MP Wes Streeting, who is standing down at next month's general election, said the "
            "raids showed that complaints were taken seriously.",
            "2023-06-14",
            [("enforcement", "2023-06-13", "2023-06-13", False, [1])],
        ),
        # a standing state told with "still ... today"
        (
            "Police raided two flats in Ilford on Tuesday.\n\n"
            "The Ilford Street Project, a local charity working with women, took on much of the "
            "outreach work and still runs a support service today.",
            "2023-06-14",
            [("enforcement", "2023-06-13", "2023-06-13", False, [1])],
        ),
        # a town's city status is no appointment; the hiring is the act
        (
            "Since Southend became a city in 2022, the council has hired more wardens.",
            "2023-06-14",
            [("team_launch", "2022-01-01", "2022-12-31", False, [1])],
        ),
        # a named command unit says who acted: the forced entry is enforcement, no team launched
        (
            "Officers from the Metropolitan Police's East Basic Command Unit, supported by the "
            "Territorial Support Group, forced entry to three flats in Romford early on Tuesday, March 7.",
            "2023-03-10",
            [("enforcement", "2023-03-07", "2023-03-07", False, [1])],
        ),
    ],
)
def test_asides_and_standing_states_date_no_act(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the saying has its time: one announcement
        (
            "Essex's police and crime commissioner said last month that Southend would get 30 extra "
            "officers from the national uplift.",
            "2023-06-14",
            [("announcement", "2023-05-01", "2023-05-31", False, [1])],
        ),
        (
            "In March the commissioner announced that the borough would receive an extra 40 officers "
            "over the coming year.",
            "2023-06-14",
            [("announcement", "2023-03-01", "2023-03-31", False, [1])],
        ),
        # the plan has its time and the saying none: one team launch, ahead
        (
            "Insp Jo Hart announced that a new neighbourhood team of four PCs and two PCSOs would be "
            "based in Ilford from July 3.",
            "2023-06-14",
            [("team_launch", "2023-07-03", "2023-07-03", True, [1])],
        ),
    ],
)
def test_a_plan_told_as_what_was_announced_is_one_event(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # to consider, with no time: an intention
        (
            "Havering Council will now work with the landlord, and the council said it would consider "
            "eviction proceedings.",
            "2023-06-14",
            [],
        ),
        # to consider at a hearing next month: dated
        (
            "The council said it would consider a closure order for the flat at a hearing next month.",
            "2023-06-14",
            [("announcement", "2023-07-01", "2023-07-31", True, [1])],
        ),
        # a review promised stays the council's statement
        (
            "Havering Council said it would review street lighting in Romford town centre.",
            "2023-06-14",
            [("announcement", "2023-06-14", "2023-06-14", False, [1])],
        ),
        # "looking at introducing": an intention, not an order made
        (
            "Cllr Sam Lee told the meeting on Tuesday that the council was looking at introducing a "
            "public spaces protection order in Romford.",
            "2023-06-14",
            [],
        ),
        # "will not be made": denied inside the order's own words; the sitting ahead stays
        (
            "Because of the election, the decision on the order will not be made until the committee "
            "meets in September.",
            "2023-06-14",
            [("meeting", "2023-09-01", "2023-09-30", True, [1])],
        ),
        # figures named as the source of a count, with no time of their own
        (
            "Between 2015 and 2019 officers arrested more than 300 men for kerb crawling in Ilford, "
            "according to figures released by the force.",
            "2023-06-14",
            [("enforcement", "2015-01-01", "2019-12-31", False, [1])],
        ),
        # ... and with their own time: a release of its own
        (
            "In 2022 the Met seized more than 900 e-scooters in Redbridge, according to figures "
            "published in January.",
            "2023-06-14",
            [
                ("enforcement", "2022-01-01", "2022-12-31", False, [1]),
                ("announcement", "2023-01-01", "2023-01-31", False, [1]),
            ],
        ),
        # a month after "visited the bar" is no place visited
        (
            "She said officers had visited the bar in October and given the manager a written warning.",
            "2023-06-14",
            [("enforcement", "2022-10-01", "2022-10-31", False, [1])],
        ),
    ],
)
def test_intentions_denials_and_sources_state_no_act(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the extra officers are how the patrols run; "The patrols, under Operation ..." tells them again
        (
            "Extra officers will patrol King's Park in Stirling throughout the summer holidays after "
            "youths fought there at the weekend.\n\n"
            "A boy was taken to hospital.\n\n"
            "The patrols, under Operation Safe Summer, began on Monday and will run until the schools "
            "return in August.",
            "2024-06-27",
            [
                ("incident", "2024-06-22", "2024-06-23", False, [1]),
                ("operation", "2024-06-24", "2024-08-31", False, [1, 3]),
            ],
        ),
        # officers deployed in the operation the paragraph has just named
        (
            "The disorder happened despite Operation Moonbeam, which ran in Dundee from October 25 to "
            "November 6. Extra officers, including public order units, were deployed to known hotspots.",
            "2023-11-10",
            [("operation", "2023-10-25", "2023-11-06", False, [1])],
        ),
        # extra wardens paid for are a team of their own; the sitting that paid is dated by its month
        (
            "Extra wardens will patrol Romford Market every weekend this summer.\n\n"
            "Havering Council's cabinet approved £45,000 in May to fund the extra wardens and new lighting.",
            "2023-06-14",
            [
                ("operation", "2023-06-01", "2023-08-31", True, [1]),
                ("meeting", "2023-05-01", "2023-05-31", False, [2]),
            ],
        ),
        (
            "The council will fund four extra enforcement officers to patrol Ilford from April.",
            "2023-06-14",
            [("team_launch", "2024-04-01", "2024-04-30", True, [1])],
        ),
    ],
)
def test_extra_officers_of_an_operation_launch_no_team(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a run of incidents named as a reason, the time being the act's
        (
            "Last summer police used a dispersal order in Romford after a series of fights near the "
            "station.\n\n"
            "Officers arrested three men in Ilford Lane last week in connection with a series of car thefts.",
            "2023-06-14",
            [
                ("order", "2022-06-01", "2022-08-31", False, [1]),
                ("enforcement", "2023-06-05", "2023-06-11", False, [2]),
            ],
        ),
        # ... told with its own time, an incident of its own
        (
            "The order followed a series of arson attacks on cars in Barking in May.",
            "2023-06-14",
            [("incident", "2023-05-01", "2023-05-31", False, [1])],
        ),
        # a problem named as a goal is no occurrence; one prevented is
        (
            "The chief constable visited Romford last month and said tackling youth disorder was a "
            "priority for the force.",
            "2023-06-14",
            [("meeting", "2023-05-01", "2023-05-31", False, [1])],
        ),
        (
            "Officers prevented a stabbing in Ilford Lane on Friday.",
            "2023-06-14",
            [("incident", "2023-06-09", "2023-06-09", False, [1])],
        ),
        # an appeal points back at the disorder told before
        (
            "Extra officers will patrol Romford town centre this summer.\n\n"
            "The council has also paid for new CCTV cameras.\n\n"
            "Officers were called to Romford Market at around 9pm on Saturday, June 10, after reports "
            "of up to 50 youths fighting.\n\n"
            "Anyone with information about Saturday's disorder is asked to contact police on 101.",
            "2023-06-14",
            [
                ("operation", "2023-06-01", "2023-08-31", True, [1, 2]),
                ("incident", "2023-06-10", "2023-06-10", False, [3, 4]),
            ],
        ),
    ],
)
def test_reasons_goals_and_appeals_tell_no_incident_of_their_own(
    text, published, expected
):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the byline is no lead: the story's first paragraph summarises the consultation told in full
        (
            "Plans for wider Romford drinking ban go out to consultation\n\n"
            "By Sam Hill, Local Democracy Reporting Service\n\n"
            "People are being asked for their views on plans to extend a ban on street drinking in "
            "Romford to cover Harold Hill.\n\n"
            "Havering Council opened a consultation on Tuesday (August 30) on a new public spaces "
            "protection order for the two areas.",
            "2022-09-02",
            [("consultation", "2022-08-30", "2022-08-30", False, [3, 4])],
        ),
        # the old order's lapse and the renewed order's start are two occurrences
        (
            "Havering Council has renewed a ban on street drinking in Romford for another three years.\n\n"
            "The council's cabinet agreed on Tuesday (July 13) to extend the public spaces protection "
            "order (PSPO), which was first made in October 2018 and was due to expire this autumn.\n\n"
            "The renewed order will come into force on October 20 and covers Romford Market.",
            "2021-07-16",
            [
                ("order", "2021-07-13", "2021-07-13", False, [2]),
                ("order", "2021-09-01", "2021-11-30", True, [2]),
                ("order", "2021-10-20", "2021-10-20", True, [3]),
            ],
        ),
        # "jailed and banned" in the lead is the sentencing told in full below; the thief's
        # "targeted" is no operation
        (
            "A prolific thief who targeted cars parked near Romford station has been jailed and banned "
            "from the town centre.\n\n"
            "Lee Parks, 34, of Mawney Road, was sentenced to two years in prison at Snaresbrook Crown "
            "Court on Friday (June 9).",
            "2023-06-14",
            [("enforcement", "2023-06-09", "2023-06-09", False, [1, 2])],
        ),
        # a remand told after the charge and hearing, with their day: the same hearing's
        (
            "Two of the men arrested have since been charged with robbery and appeared at Thames "
            "Magistrates' Court on Friday. They were remanded in custody.",
            "2024-02-13",
            [("enforcement", "2024-02-09", "2024-02-09", False, [1])],
        ),
        (
            "A man from Ilford was charged with wounding on August 1. He was remanded in custody on August 3.",
            "2018-08-10",
            [
                ("enforcement", "2018-08-01", "2018-08-01", False, [1]),
                ("enforcement", "2018-08-03", "2018-08-03", False, [1]),
            ],
        ),
        # "responded with" names the act answered with, no statement
        (
            "Police responded with weekly patrols in the park in May.",
            "2022-09-02",
            [("operation", "2022-05-01", "2022-05-31", False, [1])],
        ),
        (
            "The council responded to the criticism in a statement on Friday.",
            "2022-09-05",
            [("announcement", "2022-09-02", "2022-09-02", False, [1])],
        ),
    ],
)
def test_leads_lapses_remands_and_look_alikes(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the renewal asked about is no order made
        (
            "Have your say on renewing Romford's town centre PSPO\n\n"
            "An online consultation opened on Monday and runs until 5pm on Friday, June 30.",
            "2023-06-14",
            [("consultation", "2023-06-12", "2023-06-30", False, [2])],
        ),
        # the warning is the council's statement; the prosecution it threatens is no act yet
        (
            "Havering Council has warned shops that selling fireworks to under-18s will be prosecuted.",
            "2023-10-30",
            [("announcement", "2023-10-30", "2023-10-30", False, [1])],
        ),
        # what is done to whoever does something is a practice, no act
        (
            "Women were offered housing and drug treatment, while men caught kerb crawling in Ilford were "
            "arrested and prosecuted rather than cautioned.",
            "2023-06-14",
            [],
        ),
        (
            "Two men caught with knives in Ilford were arrested on Friday.",
            "2023-06-14",
            [("enforcement", "2023-06-09", "2023-06-09", False, [1])],
        ),
        # an undated "since" clause points back at the order (the count runs from its start to
        # publication); with its own year it tells an occurrence
        (
            "The current order, which covers Romford Market, was first made in 2021 and expires in "
            "October.\n\n"
            "Since the order came into force, officers have issued 96 fixed penalty notices in Romford.",
            "2023-06-14",
            [
                ("order", "2021-01-01", "2021-12-31", False, [1]),
                ("order", "2023-10-01", "2023-10-31", True, [1, 2]),
                # the count runs from the order's start to publication (session 6: since_starts)
                ("enforcement", "2021-01-01", "2023-06-14", False, [2]),
            ],
        ),
        (
            "Since the first surrender bins were installed in Romford in 2016, more than 3,000 weapons "
            "have been handed in.",
            "2023-06-14",
            [("operation", "2016-01-01", "2016-12-31", False, [1])],
        ),
    ],
)
def test_questions_warnings_practices_and_since_clauses_state_no_act(
    text, published, expected
):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a speaker's attendance of the meeting told before cites it
        (
            "Police will step up patrols around mosques in Romford after a spate of attacks.\n\n"
            "Extra officers will visit the mosques at prayer times.\n\n"
            "The chief inspector told about 60 people at a public meeting at Romford mosque in Main "
            "Road on Wednesday evening that officers would be visible.\n\n"
            'Romford MP Andrew Rosindell, who attended the meeting, said: "Nobody should be afraid to '
            'go to their place of worship."',
            "2023-06-16",
            [
                ("operation", "None", "None", True, [1]),
                ("meeting", "2023-06-14", "2023-06-14", False, [3, 4]),
            ],
        ),
        # what officers reported at the panel is the panel's
        (
            "About 40 people attended the Ilford ward panel meeting on Thursday, March 9, where officers "
            "from the local team reported back on the last three months.",
            "2023-03-13",
            [("meeting", "2023-03-09", "2023-03-09", False, [1])],
        ),
        # "the next meeting" is another sitting, even with no dates to tell them apart
        (
            "More than 100 residents packed into St Mary's Church in Ilford on Wednesday evening to "
            "tell police they had had enough of anti-social behaviour.\n\n"
            "The next meeting will be held at the church in April.",
            None,
            [
                ("meeting", "None", "None", False, [1]),
                ("meeting", "None", "None", True, [2]),
            ],
        ),
        # a recalled criticism of the speaker and a lapse still awaited state no act
        (
            'Cllr Sam Lee said: "We were criticised for being tough on street drinking in Romford, '
            'but we will keep going until the dealers are arrested."',
            "2023-06-16",
            [],
        ),
    ],
)
def test_meeting_asides_next_sittings_and_quotes(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the grounds of arrests and the people a haven cares for are no incidents
        (
            "Officers made 74 arrests in Romford town centre between June and August, many linked to "
            "alcohol and disorder.\n\n"
            "In December a safe haven opened in South Street to care for people who were drunk, "
            "injured or vulnerable on nights out.",
            "2023-06-14",
            [
                ("enforcement", "2023-06-01", "2023-08-31", False, [1]),
                ("operation", "2022-12-01", "2022-12-31", False, [2]),
            ],
        ),
        # a supposition is no act
        (
            "The Home Secretary had assumed every commissioner would raise the precept by the maximum "
            "amount in April.",
            "2023-12-20",
            [],
        ),
        # a date in a speaker's aside dates no act outside it; a letter read out is a statement
        (
            "Officers arrested 30 people in Romford last week.\n\n"
            "The London mayor, who visited officers in Romford on Tuesday, said the results showed the "
            "value of the force's Operation Harvest.",
            "2023-06-14",
            [
                ("enforcement", "2023-06-05", "2023-06-11", False, [1]),
                ("meeting", "2023-06-13", "2023-06-13", False, [2]),
            ],
        ),
        (
            "About 80 people packed into St Mark's Church in Ilford on Tuesday, April 25.\n\n"
            "Ilford North MP Wes Streeting, campaigning for the general election on June 8, sent a "
            "message of support to the meeting.",
            "2017-04-28",
            [("meeting", "2017-04-25", "2017-04-25", False, [1])],
        ),
        (
            "About 150 people attended the meeting at St John's Church in Romford on Thursday.\n\n"
            "The London mayor, who took over responsibility for policing when he was elected last year, "
            "said in a letter read to the meeting that funding cuts had left the force stretched.",
            "2018-05-21",
            [
                ("meeting", "2018-05-17", "2018-05-17", False, [1]),
                ("announcement", "2018-05-21", "2018-05-21", False, [2]),
            ],
        ),
        # "meeting after meeting" sums up years, no meeting told
        (
            "Residents, mosques and businesses in Ilford Lane have held meeting after meeting; police "
            "and the council have tried operation after operation.",
            "2023-06-14",
            [],
        ),
    ],
)
def test_grounds_suppositions_asides_and_repeats_tell_no_occurrence(
    text, published, expected
):
    assert summary(text, published) == expected
