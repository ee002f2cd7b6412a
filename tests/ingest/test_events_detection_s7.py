"""Session 7 detection: incidents told by what was thrown at a target or by fire crews' call-outs,
consultations told with the verb, and the arrests an operation told before led to."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import summary


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "A bus was pelted with stones in Ilford Lane on Saturday night.",
            "2024-05-16",
            [("incident", "2024-05-11", "2024-05-11", False, [1])],
        ),
        (
            "Two officers were hit by bricks and bottles outside the station on Friday.",
            "2024-05-16",
            [("incident", "2024-05-10", "2024-05-10", False, [1])],
        ),
        # no date: a kind of thing that happens, not an occurrence
        ("Buses are often targeted with fireworks at this time of year.", "2024-11-01", []),
        (
            "Fire crews dealt with 23 deliberate fires in Barking last month.",
            "2024-05-16",
            [("incident", "2024-04-01", "2024-04-30", False, [1])],
        ),
        (
            "The fire service said its crews attended 41 bonfires in Leeds on Tuesday night.",
            "2024-11-07",
            [("incident", "2024-11-05", "2024-11-05", False, [1])],
        ),
    ],
    ids=[
        "a bus pelted with stones on a date is an incident",
        "officers hit by bricks on a date is an incident",
        "an undated habit of targeting buses is no incident",
        "fire crews dealing with a count of fires last month is an incident",
        "crews attending a count of bonfires on a night is an incident",
    ],
)
def test_a_target_hit_or_a_count_of_call_outs_is_an_incident(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Cllr Jo Bell said the council would consult next month on a dispersal zone for the park.",
            "2024-05-16",
            [("consultation", "2024-06-01", "2024-06-30", True, [1])],
        ),
        (
            "Redbridge Council is to consult residents in the summer about a ban on street drinking.",
            "2024-05-16",
            [("consultation", "2024-06-01", "2024-08-31", True, [1])],
        ),
    ],
    ids=[
        "a council that would consult next month on an order plans a consultation",
        "a council that is to consult residents about a ban plans a consultation",
    ],
)
def test_a_consultation_told_with_the_verb_is_a_consultation(text, published, expected):
    assert summary(text, published) == expected


LEWISHAM = """Between July and August, officers ran a six-week operation across Catford.

That operation led to 63 arrests and the seizure of 21 knives, according to the force."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            LEWISHAM,
            "2024-09-16",
            [
                ("operation", "2024-07-01", "2024-08-31", False, [1]),
                ("enforcement", "2024-07-01", "2024-08-31", False, [2]),
            ],
        ),
        (
            "Operation Harbour, the force's crackdown on car crime, had led to 14 arrests in "
            "Southend since the start of the year.",
            "2024-05-16",
            [("enforcement", "2024-01-01", "2024-05-16", False, [1])],
        ),
        # the operation's own launch told between stays an operation of its own
        (
            "Insp Lee Canter said Operation Harbour, a crackdown launched in Southend in January, "
            "had already led to 37 arrests.",
            "2024-05-16",
            [("operation", "2024-01-01", "2024-01-31", False, [1])],
        ),
        # an operation told first here, with its own time, is the operation
        (
            "A similar operation last summer led to 64 arrests.",
            "2024-05-16",
            [("operation", "2023-06-01", "2023-08-31", False, [1])],
        ),
    ],
    ids=[
        "the arrests that operation led to are an enforcement of their own",
        "a named operation that had led to arrests since a date is a running count of arrests",
        "an operation launched in a month that had led to arrests is the launch",
        "a similar operation last summer that led to arrests is an operation",
    ],
)
def test_what_an_operation_told_before_led_to_is_an_enforcement(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "In March 2023 the charity placed two youth workers in the emergency department at "
            "Queen's Hospital to meet young people admitted with knife wounds.",
            "2024-05-16",
            [("team_launch", "2023-03-01", "2023-03-31", False, [1])],
        ),
        (
            "Three extra community wardens will patrol Ilford Lane from next month.",
            "2024-05-16",
            [("team_launch", "2024-06-01", "2024-06-30", True, [1])],
        ),
        # uncounted extra officers on patrol over a time are the patrols
        (
            "Extra officers will patrol Southend seafront throughout the summer holidays.",
            "2024-07-16",
            [("operation", "2024-06-24", "2024-09-07", True, [1])],
        ),
        (
            "The business improvement district told the hearing it had paid for two extra taxi "
            "marshals on Saturday nights since January.",
            "2024-05-16",
            [("team_launch", "2024-01-01", "2024-05-16", False, [1])],
        ),
    ],
    ids=[
        "workers placed in a hospital to meet patients are a posting, not a meeting",
        "a count of extra wardens who will patrol from a date are new posts",
        "uncounted extra officers patrolling over the summer are an operation",
        "extra marshals paid for since a month are new posts",
    ],
)
def test_staff_added_are_a_team_launch(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "A 79-year-old man from Barking handed over £6,000 in cash on Monday after a caller "
            "claiming to be from his bank told him his account had been hacked.",
            "2024-05-16",
            [("incident", "2024-05-13", "2024-05-13", False, [1])],
        ),
        (
            "The court heard that between June and August Mills targeted commuters at Barking "
            "station.",
            "2024-11-16",
            [("incident", "2024-06-01", "2024-08-31", False, [1])],
        ),
        (
            "Three shops sold knives to the underage volunteers last week and have been referred to "
            "the council's trading standards team.",
            "2024-05-16",
            [("enforcement", "2024-05-06", "2024-05-12", False, [1])],
        ),
    ],
    ids=[
        "a victim handing over cash is an incident, not an award",
        "an offender targeting commuters as a court heard is an incident",
        "shops referred to trading standards are an enforcement, not a meeting",
    ],
)
def test_an_act_done_to_a_victim_or_a_referral_keeps_its_type(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Since March, the hospital has been sharing anonymised data on assaults with Leeds "
            "City Council and the police.",
            "2024-05-16",
            # a state with no tally dates from its start (session 8: tally_words.py)
            [("operation", "2024-03-01", "2024-03-31", False, [1])],
        ),
        (
            "Redbridge Council and the police will run a week of safety events at libraries "
            "across the borough from Monday, May 20.",
            "2024-05-16",
            [("operation", "2024-05-20", "2024-05-20", True, [1])],
        ),
        (
            "The college has started running a free night-time minibus service for students "
            "this month.",
            "2024-05-16",
            [("operation", "2024-05-01", "2024-05-31", False, [1])],
        ),
        (
            "Work to install the new cameras is due to start in September.",
            "2024-05-16",
            [("operation", "2024-09-01", "2024-09-30", True, [1])],
        ),
        (
            "The licensing committee voted last month to keep the town centre inside its "
            "cumulative impact zone.",
            "2024-05-16",
            [("order", "2024-04-01", "2024-04-30", False, [1])],
        ),
    ],
    ids=[
        "data shared since a month is a running scheme, no assault",
        "a week of safety events is one campaign",
        "a minibus service started is a scheme",
        "work to install cameras due to start is planned work",
        "a vote to keep a cumulative impact zone is the order's step",
    ],
)
def test_a_scheme_or_a_rule_kept_is_told_by_its_kind(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Redbridge Women's Aid Trust, which runs the borough's refuge, said referrals from "
            "Ilford had risen by a third.",
            "2024-05-16",
            [("announcement", "2024-05-16", "2024-05-16", False, [1])],
        ),
        # a person telling a meeting that crime rose is what the meeting heard, not a statement
        (
            "Residents told the meeting that thefts around Ilford station had increased.",
            "2024-05-16",
            [],
        ),
        (
            "Essex Police has backed the renewal of the order.",
            "2024-05-16",
            [("announcement", "2024-05-16", "2024-05-16", False, [1])],
        ),
        ("Many residents have welcomed the plans.", "2024-05-16", []),
        (
            "The charity wrote to council leader Jas Athwal last week urging him to drop the "
            "begging ban.",
            "2024-05-16",
            [("announcement", "2024-05-06", "2024-05-12", False, [1])],
        ),
    ],
    ids=[
        "an organisation that said a figure rose makes a statement",
        "residents telling a meeting a figure rose make no statement",
        "a force that has backed a renewal makes a statement",
        "residents who welcomed plans make no statement",
        "a letter written to the council leader last week is a statement",
    ],
)
def test_an_organisation_speaking_makes_an_announcement(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "In March 2023, Redbridge Council's cabinet approved a strategy that treats knife "
            "crime as a public health problem.",
            "2024-05-16",
            [("order", "2023-03-01", "2023-03-31", False, [1])],
        ),
        (
            "Redbridge Council began consulting on Monday on renewing the dispersal zone, which "
            "was first made in May 2021.",
            "2024-05-16",
            [
                ("consultation", "2024-05-13", "2024-05-13", False, [1]),
                ("order", "2021-05-01", "2021-05-31", False, [1]),
            ],
        ),
        (
            "Insp Lee Canter said the team would build on a two-week crackdown in March 2024, when "
            "officers made 27 arrests in Ilford Lane.",
            "2024-05-16",
            [
                ("operation", "2024-03-01", "2024-03-31", False, [1]),
                ("enforcement", "2024-03-01", "2024-03-31", False, [1]),
            ],
        ),
        # a length alone, with no time told, names a kind of operation
        ("Officers say a two-week crackdown would not be enough.", "2024-05-16", []),
        (
            "Cllr Jas Athwal said his group would ask the scrutiny committee to look at the "
            "decision next month.",
            "2024-05-16",
            [("meeting", "2024-06-01", "2024-06-30", True, [1])],
        ),
    ],
    ids=[
        "a strategy a cabinet approved is a policy made",
        "an order first made in a month, in a relative clause after its name, is that order",
        "a crackdown of a length that a plan builds on happened when the text dates it",
        "an undated crackdown of a length is no occurrence",
        "a committee asked to look at a decision next month will sit",
    ],
)
def test_a_policy_an_operation_or_a_sitting_told_without_its_usual_verb(
    text, published, expected
):
    assert summary(text, published) == expected


LAUNCH = """A dedicated team of 20 police officers has begun patrolling Leeds city centre as the city prepares to host the Tour de France in 2026.

The Leeds City Centre Team launched on Monday, October 3, with an inspector and four sergeants.

The deputy mayor for policing joined officers on their first patrol."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            LAUNCH,
            "2022-10-05",
            [("team_launch", "2022-10-03", "2022-10-03", False, [1, 2, 3])],
        ),
        (
            "Extra officers have been deployed to the town centre as the town gears up for the "
            "Commonwealth Games in 2026.",
            "2022-10-05",
            [("team_launch", "2022-10-05", "2022-10-05", False, [1])],
        ),
        # a first patrol with no team told is no event
        ("The mayor joined officers on their first patrol.", "2022-10-05", []),
        (
            "Officers from Operation Harbour, the force's county lines taskforce, raided three "
            "addresses in Southend on 2 September.",
            "2022-10-05",
            [("enforcement", "2022-09-02", "2022-09-02", False, [1])],
        ),
        (
            "Since its launch in November 2019, Operation Harbour has shut down hundreds of "
            "county lines run from Southend.",
            "2022-10-05",
            [("operation", "2019-11-01", "2019-11-30", False, [1])],
        ),
        (
            "The judge also made Mills the subject of a knife crime prevention order on Friday.",
            "2022-10-05",
            [("order", "2022-09-30", "2022-09-30", False, [1])],
        ),
    ],
    ids=[
        "a team of officers that began patrolling, its launch day and its first patrol are one launch",
        "the year of the occasion the town gears up for does not date the deployment",
        "a first patrol with no team told is nothing",
        "officers from a named operation who raided addresses tell the raid, not the operation",
        "a vague running total since an operation's launch tells the launch only",
        "a person made the subject of a prevention order is an order made",
    ],
)
def test_a_team_or_an_operation_told_by_its_people_at_work(text, published, expected):
    assert summary(text, published) == expected


SWEEPS = """Police searched parks around Ilford on Wednesday as part of a week of action against knife crime.

Officers carried out weapons sweeps in Valentines Park, recovering four knives."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            SWEEPS,
            "2024-05-16",
            [
                ("operation", "2024-05-15", "2024-05-15", False, [1]),
                ("operation", "None", "None", False, [1]),
                ("enforcement", "2024-05-15", "2024-05-15", False, [2]),
            ],
        ),
        # patrols with no day of their own are the operation told with its setting
        (
            "Officers ran joint patrols in Southend as part of Operation Bonfire, which began on "
            "Saturday.",
            "2024-05-16",
            [("operation", "2024-05-11", "2024-05-11", False, [1])],
        ),
        (
            "Sgt Lee Canter told the panel that 38 phone snatches had been reported in Ilford "
            "between October and January.",
            "2024-05-16",
            [("incident", "2023-10-01", "2024-01-31", False, [1])],
        ),
        (
            "A stolen motorbike was recovered in Barking on Sunday morning.",
            "2024-05-16",
            [("enforcement", "2024-05-12", "2024-05-12", False, [1])],
        ),
    ],
    ids=[
        "a day's searches as part of a week of action are the day's and the week's",
        "patrols as part of an operation with no day of their own are the operation",
        "a count of crimes reported over months is an incident",
        "a stolen vehicle recovered on a day is an enforcement",
    ],
)
def test_a_days_act_a_find_or_a_count_is_its_own_occurrence(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The police and crime commissioner announced £80,000 for extra weekend patrols in "
            "Southend over the summer.",
            "2024-05-16",
            [
                ("announcement", "2023-06-01", "2023-08-31", False, [1]),
                ("operation", "2023-06-01", "2023-08-31", False, [1]),
            ],
        ),
        # a time fronted before "announced" is the announcement's; the patrols have none
        (
            "Last month the commissioner announced £80,000 for extra patrols in Southend.",
            "2024-05-16",
            [("announcement", "2024-04-01", "2024-04-30", False, [1])],
        ),
        (
            "The council paid for youth activities, including boxing sessions that ran over the "
            "Easter holidays.",
            "2024-05-16",
            [("operation", "2024-03-16", "2024-04-15", False, [1])],
        ),
    ],
    ids=[
        "patrols announced money for with a time of their own are an operation too",
        "patrols announced money for with no time of their own are no operation",
        "sessions that ran over a holiday are an operation",
    ],
)
def test_what_money_was_announced_for_with_its_own_time_is_an_operation(
    text, published, expected
):
    assert summary(text, published) == expected


VIGIL = """When a 16-year-old was stabbed to death in Ilford Lane in March 2021, his mother spoke to a crowd of hundreds outside the station.

That public meeting, held at St Mary's Church in April 2021, was organised by local churches."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            VIGIL,
            "2024-05-16",
            [
                ("incident", "2021-03-01", "2021-03-31", False, [1]),
                ("meeting", "2021-04-01", "2021-04-30", False, [2]),
            ],
        ),
        (
            "A public meeting was held at the town hall on Monday.\n\nThe public meeting, held "
            "at the town hall on Monday, heard from residents.",
            "2024-05-16",
            [("meeting", "2024-05-13", "2024-05-13", False, [1, 2])],
        ),
        (
            'Cllr Jas Athwal said: "We said in 2019 that we could not arrest our way out of this."',
            "2024-05-16",
            [],
        ),
        (
            "At a meeting of the committee on 14 May, youth workers warned of county lines.\n\n"
            "Cllr Jo Bell told the committee two youth clubs in Ilford had been closed since 2017.",
            "2024-05-16",
            [("meeting", "2024-05-14", "2024-05-14", False, [1])],
        ),
    ],
    ids=[
        "a public meeting held in a month, told first by its noun, is a meeting",
        "a public meeting held on a day told again is the same meeting",
        "a speaker recalling what we said in a year makes no statement",
        "clubs closed since a year are a standing state, no sitting of that time",
    ],
)
def test_a_sitting_is_told_by_its_own_date_and_no_state_dates_one(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a person quoting their own letter: their words, no statement told
        (
            'Cllr Jo Bell said: "I have written to the borough commander asking for a meeting."',
            "2024-05-16",
            [],
        ),
        # a rise in a crime an organisation reports stays the incident reported
        (
            "Essex Police said complaints about begging in Southend High Street had doubled "
            "between January and June.",
            "2024-09-16",
            [("incident", "2024-01-01", "2024-06-30", False, [1])],
        ),
        # one thing thrown is a harm told by triggers_disorder.toml
        (
            "A girl was taken to hospital after being struck by a firework on Sunday.",
            "2024-11-06",
            [("incident", "2024-11-03", "2024-11-03", False, [1])],
        ),
        # the same count of knives: the lead's find told in full on its day
        (
            "Police in Ilford have recovered four knives during a week of action.\n\n"
            "On Wednesday, officers swept the parks around Ilford Lane, recovering four knives "
            "hidden in hedges.",
            "2023-05-12",
            [
                ("enforcement", "2023-05-10", "2023-05-10", False, [1]),
                ("operation", "2023-05-10", "2023-05-10", False, [2]),
            ],
        ),
    ],
    ids=[
        "a speaker who has written to the commander makes no statement",
        "a rise in complaints a force reports is an incident",
        "a girl struck by one firework is an incident",
        "a participle recovery after a sweep is the sweep's detail",
    ],
)
def test_what_the_new_classes_leave_to_the_older_ones(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Burglary in Leeds falls for the third year running as the force credits its "
            "neighbourhood teams.",
            "2024-05-16",
            [],
        ),
        (
            "Officers are running a crackdown on shoplifting in Leeds this month.",
            "2024-05-16",
            [("operation", "2024-05-01", "2024-05-31", False, [1])],
        ),
        # a prosecutor speaking names no prosecution
        (
            "Prosecutor Jo Bell said the gang kept the line running through the spring 2020 "
            "lockdown.",
            "2021-03-01",
            [],
        ),
        (
            "Trading standards officers prosecuted three shops in Ilford in March.",
            "2024-05-16",
            [("enforcement", "2024-03-01", "2024-03-31", False, [1])],
        ),
    ],
    ids=[
        "the third year running counts years, nothing run",
        "officers running a crackdown run it",
        "a prosecutor's words name no prosecution",
        "shops prosecuted in a month are an enforcement",
    ],
)
def test_words_that_only_look_like_an_act_tell_none(text, published, expected):
    assert summary(text, published) == expected


LICENCE_LOST = """A Southend bar has had its licence revoked after a man was stabbed outside it.

A 19-year-old man was arrested the next day, Sunday, February 24, on suspicion of wounding.

But the sub-committee said it had "no confidence" in the management, and revoked the licence."""


def test_a_licence_revoked_and_an_arrest_told_near_it_are_two_acts():
    assert summary(LICENCE_LOST, "2019-03-13") == [
        ("enforcement", "2019-03-13", "2019-03-13", False, [1, 3]),
        ("incident", "None", "None", False, [1]),
        ("enforcement", "2019-02-24", "2019-02-24", False, [2]),
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Around 200 young people attended a free Halloween party at the Ilford youth centre "
            "on Thursday, organised by the council and the police.",
            "2024-11-04",
            [("operation", "2024-10-31", "2024-10-31", False, [1])],
        ),
        # no time told: a kind of thing the council offers
        ("The council runs a free football tournament for teenagers.", "2024-11-04", []),
    ],
    ids=[
        "a free party for young people on a day is a diversion scheme",
        "an undated free tournament is no occurrence",
    ],
)
def test_a_free_activity_put_on_for_young_people_is_an_operation(text, published, expected):
    assert summary(text, published) == expected
