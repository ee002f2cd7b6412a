"""Session 6 precision: mentions that tell no occurrence of their own, and tellings of one
occurrence that become one event, on invented articles dated by the real temporal engine.

An order a sitting or consultation will weigh is the sitting's business; school visits in a "with
officers ..." clause are the week of action's work; what someone asked for, an act done "if
necessary", the problem an operation is against and what an order lets officers do are no events.
A lead's ban or closure is the order told later with its day; arrests "at the address" are the
warrant's; sentences passed person by person on the hearing's day are that hearing's; "during the
week" is the week of action's run; the lead's planned patrols are the operation that began within
their window; a crowd counted at a meeting is no tally of the stabbing that prompted it.
"""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import summary


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the extension the cabinet will consider is the meeting's business
        (
            "The council's cabinet will consider extending the public spaces protection order at "
            "its meeting next month.",
            "2024-05-16",
            [("meeting", "2024-06-01", "2024-06-30", True, [1])],
        ),
        # the renewal a consultation asks about is the consultation's subject
        (
            "Residents are being urged to take part in the council's consultation on renewing the "
            "dispersal zone, which closes on May 30.",
            "2024-05-16",
            [("consultation", "2024-05-30", "2024-05-30", True, [1])],
        ),
        (
            "The scrutiny committee will review how the drinking ban is being enforced at its "
            "meeting in September.",
            "2024-05-16",
            [("meeting", "2024-09-01", "2024-09-30", True, [1])],
        ),
        # a renewal agreed at the sitting is an act of its own
        (
            "The council's cabinet agreed to renew the public spaces protection order at its "
            "meeting on Monday.",
            "2024-05-16",
            [
                ("order", "2024-05-13", "2024-05-13", False, [1]),
                ("meeting", "2024-05-13", "2024-05-13", False, [1]),
            ],
        ),
        # school visits listed in the "with officers ..." clause are the week of action's work
        (
            "Police in Ilford are taking part in a week of action against knife crime, with "
            "officers carrying out weapons sweeps in Ilford town centre and visiting schools across "
            "the borough.",
            "2024-05-16",
            [("operation", "2024-05-16", "2024-05-16", False, [1])],
        ),
        # a street meeting told with a day of its own is a meeting, in the clause or apart
        (
            "Police in Ilford are taking part in a week of action against knife crime, with "
            "officers holding a street meeting in Ilford Lane on Tuesday.",
            "2024-05-16",
            [
                ("operation", "2024-05-16", "2024-05-16", False, [1]),
                ("meeting", "2024-05-14", "2024-05-14", False, [1]),
            ],
        ),
        (
            "Police in Ilford are taking part in a week of action against knife crime.\n\n"
            "PCSOs held a street meeting in Ilford Lane on Tuesday evening.",
            "2024-05-16",
            [
                ("operation", "2024-05-16", "2024-05-16", False, [1]),
                ("meeting", "2024-05-14", "2024-05-14", False, [2]),
            ],
        ),
    ],
    ids=[
        "an order a cabinet will consider is the cabinet's business",
        "an order a consultation asks about is the consultation's subject",
        "how an order is enforced, to be reviewed, is the committee's business",
        "an order renewed at a sitting is an order and a meeting",
        "school visits in a with-officers clause are the operation's work",
        "a street meeting with its own day in that clause is a meeting",
        "a street meeting told apart is a meeting",
    ],
)
def test_a_part_of_another_act_is_no_event_of_its_own(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the officers asked for are no team launch; the letter is the event
        (
            "Cllr Jane Hill said she wrote to the police commissioner last week asking for more "
            "officers for Ilford.",
            "2024-05-16",
            [("announcement", "2024-05-06", "2024-05-12", False, [1])],
        ),
        # a meeting asked for with a time of its own is a plan
        (
            "Residents in Ilford have asked for a public meeting with police this spring.",
            "2024-02-16",
            [("meeting", "2024-03-01", "2024-05-31", True, [1])],
        ),
        # an arrest "if necessary" waits on a condition
        (
            "Groups gathering in the park will be moved on, and arrested if necessary, officers said.",
            "2024-05-16",
            [],
        ),
        (
            "Groups gathering in the park were moved on, and two were arrested.",
            "2024-05-16",
            [("enforcement", "2024-05-16", "2024-05-16", False, [1])],
        ),
        # the disorder an operation is against is its target
        (
            "It is part of Operation Sunshine, the force's summer operation against "
            "alcohol-related disorder in Southend, which began in June.",
            "2024-07-16",
            [("operation", "2024-06-01", "2024-06-30", False, [1])],
        ),
        # ("on Friday" names the operation's day: the disorder after it prompted it)
        (
            "Officers launched the operation on Friday after disorder in the park.",
            "2024-07-16",
            [
                ("operation", "2024-07-12", "2024-07-12", False, [1]),
                ("incident", "None", "None", False, [1]),
            ],
        ),
        # what an order lets officers do, in the present, is how it stands
        (
            "The order allows police officers to confiscate alcohol from anyone drinking in the "
            "street.",
            "2024-07-16",
            [],
        ),
        (
            "Southend Council became the first in Essex to allow wardens to issue fines for "
            "littering in 2019.",
            "2024-07-16",
            [
                ("announcement", "2019-01-01", "2019-12-31", False, [1]),
                ("order", "2019-01-01", "2019-12-31", False, [1]),
            ],
        ),
    ],
    ids=[
        "officers asked for are no team launch",
        "a meeting asked for with its own time is a planned meeting",
        "an arrest if necessary is no event",
        "an arrest made is an event",
        "the disorder an operation is against is no incident",
        "disorder that prompted an operation on a day is an incident",
        "what an order lets officers do is no event",
        "the first council to allow fines in a year made an order",
    ],
)
def test_a_request_a_condition_a_target_or_a_standing_power_is_no_event(
    text, published, expected
):
    assert summary(text, published) == expected


GANG = """Gang who sold crack in Southend jailed

Seven members of a drugs gang have been jailed for a total of 50 years.

The men were sentenced at Southend Crown Court on Friday, May 10, after admitting conspiracy to supply drugs.

The gang ran a drugs line from London to Southend for two years.

They used teenagers to carry crack cocaine and heroin to the town.

"""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the lead's ban is the criminal behaviour order told with its day
        (
            "A man who begged outside shops in Leeds has been banned from Briggate for two years.\n\n"
            "John Smith, 40, was made subject to a criminal behaviour order at Leeds Magistrates' "
            "Court on Tuesday, May 7.",
            "2024-05-09",
            [("order", "2024-05-07", "2024-05-07", False, [1, 2])],
        ),
        # the lead's closure is the closure order told with its day
        (
            "A house in Victoria Road, Southend, has been closed for three months.\n\n"
            "Essex Police were granted a closure order at Southend Magistrates' Court on Monday.",
            "2024-05-09",
            [("order", "2024-05-06", "2024-05-06", False, [1, 2])],
        ),
        # with no order told, the ban stays an enforcement
        (
            "A man who begged outside shops in Leeds has been banned from Briggate for two years.",
            "2024-05-09",
            [("enforcement", "2024-05-09", "2024-05-09", False, [1])],
        ),
        # arrests at the address are the warrant's
        (
            "Officers executed a warrant at an address in Ilford Lane on Thursday, June 6, and "
            "seized cannabis.\n\nTwo men were arrested at the address.",
            "2024-06-10",
            [("enforcement", "2024-06-06", "2024-06-06", False, [1, 2])],
        ),
        (
            "Officers executed a warrant at an address in Ilford Lane on Thursday, June 6, and "
            "seized cannabis.\n\nTwo men were arrested in Ilford High Road on Saturday.",
            "2024-06-10",
            [
                ("enforcement", "2024-06-06", "2024-06-06", False, [1]),
                ("enforcement", "2024-06-08", "2024-06-08", False, [2]),
            ],
        ),
        # a sentence passed with the hearing's day is that hearing's; one on a day of its own is apart
        (
            GANG + "Ringleader John Smith, 31, was jailed for six years.",
            "2024-05-13",
            [("enforcement", "2024-05-10", "2024-05-10", False, [1, 2, 3, 6])],
        ),
        (
            GANG
            + "In a separate case, John Smith, 31, was jailed for six years on Monday.",
            "2024-05-15",
            [
                ("enforcement", "2024-05-10", "2024-05-10", False, [1, 2, 3]),
                ("enforcement", "2024-05-13", "2024-05-13", False, [6]),
            ],
        ),
        # the crowd at the meeting is no tally of the stabbing that prompted it
        (
            "More than 150 people attended a meeting at the community centre in Ilford on Tuesday "
            "after a teenager was stabbed in the park.\n\n"
            "A 15-year-old boy was stabbed in Ilford Lane on the evening of May 3.",
            "2024-05-16",
            [
                ("meeting", "2024-05-14", "2024-05-14", False, [1]),
                ("incident", "2024-05-03", "2024-05-03", False, [1, 2]),
            ],
        ),
    ],
    ids=[
        "a lead's ban is the criminal behaviour order",
        "a lead's closure is the closure order",
        "a ban with no order told is enforcement",
        "arrests at the address are the warrant's",
        "arrests elsewhere on another day are apart",
        "a sentence on the hearing's day is that hearing's",
        "a sentence in a separate case is apart",
        "a stabbing that prompted a crowded meeting is the stabbing told later",
    ],
)
def test_tellings_of_one_occurrence_are_one_event(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # "during the week" is the week of action's run, not the court day told before it
        (
            "Essex Police took part in a national week of action from Monday, March 4 to Sunday, "
            "March 10.\n\nA 20-year-old man appeared at Southend Magistrates' Court on Friday.\n\n"
            "Officers visited 25 hotels in Southend during the week.",
            "2024-03-13",
            [
                ("operation", "2024-03-04", "2024-03-10", False, [1]),
                ("enforcement", "2024-03-08", "2024-03-08", False, [2]),
                ("meeting", "2024-03-04", "2024-03-10", False, [3]),
            ],
        ),
        # one more act told with "also" a few paragraphs on is not the lead's week told again
        (
            "Officers in Ilford carried out a week of action from Monday, March 4 to Sunday, March "
            "10.\n\nOn Wednesday, two shops in Ilford Lane sold knives to a 16-year-old volunteer "
            "during test purchases.\n\nEleven people were arrested during the week.\n\n"
            "School officers also gave talks to pupils at six schools.",
            "2024-03-13",
            [
                ("operation", "2024-03-04", "2024-03-10", False, [1]),
                ("enforcement", "2024-03-04", "2024-03-10", False, [3]),
                ("operation", "2024-03-04", "2024-03-10", False, [4]),
            ],
        ),
        # the lead's planned patrols are the operation that began within their window
        (
            "Police and wardens will step up patrols in Southend over the summer holidays.\n\n"
            "Operation Sandcastle, which began on Friday (July 19), will run until September 2.",
            "2024-07-24",
            [("operation", "2024-07-19", "2024-09-02", False, [1, 2])],
        ),
        # a national campaign is not the local patrols
        (
            "Police and wardens will step up patrols in Southend over the summer holidays.\n\n"
            "The national campaign, which began on Friday (July 19), will run until September 2.",
            "2024-07-24",
            [
                ("operation", "2024-06-24", "2024-09-07", True, [1]),
                ("operation", "2024-07-19", "2024-09-02", False, [2]),
            ],
        ),
    ],
    ids=[
        "during the week is the week of action's run",
        "an also act further on stays its own",
        "the lead's planned patrols are the operation begun within their window",
        "a national campaign is not the lead's patrols",
    ],
)
def test_a_week_of_action_is_the_window_of_what_is_told_within_it(
    text, published, expected
):
    assert summary(text, published) == expected
