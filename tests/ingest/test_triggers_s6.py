"""Trigger classes added in session 6, each proved on invented sentences, with the negatives beside it.

- a trial or pilot run, screening arches brought in, an amnesty bin put out, and a past round named by
  its time are operations (triggers_trials.toml);
- a victim's harm and an offender's conduct told without a crime noun are dated incidents
  (triggers_harms.toml);
- a crowd filling a hall, a stall or a session run for the public, a sitting still to decide or to
  receive a report, and a visitor on officers' raids are meetings (triggers_gatherings.toml);
- extra officers put on the streets and a new team formed are team launches (triggers_postings.toml);
- asset recovery, a plea, powers used a counted number of times, shops caught selling to children,
  an order renewed with a pronoun subject, a chief taking charge and a scheme "announced by" a
  minister (triggers_proceedings.toml).
"""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.events.sentences import split_clauses
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, bool, str]]:
    return [
        (m.type, m.mood, m.needs_date, m.text)
        for m in detect_mentions(Paragraph(1, text))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "West Midlands Police trialled live facial recognition cameras at the Bull Ring in 2021.",
            [("operation", "realis", False, "trialled live")],
        ),
        (
            "Next month the neighbourhood team will pilot drone patrols over the canal towpaths.",
            [("operation", "future", False, "will pilot drone")],
        ),
        (
            "Body-worn cameras for door staff were piloted in Longton before the city took them up.",
            [("operation", "realis", False, "were piloted")],
        ),
        # a court's trial is no trial run
        (
            "The trial of four men accused of the robbery opened at Stoke Crown Court on Monday.",
            [],
        ),
    ],
)
def test_a_trial_run_of_kit_or_a_scheme_is_an_operation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Metal-detecting arches were brought in at the station entrances last summer.",
            [("operation", "realis", False, "Metal-detecting arches were brought in")],
        ),
        (
            "A weapons surrender bin was placed outside Hanley police station on Friday.",
            [("operation", "realis", False, "weapons surrender bin was placed")],
        ),
        # where bins stand is no act
        (
            "Amnesty bins are located at the front desk of every station in the county.",
            [],
        ),
    ],
)
def test_screening_arches_and_amnesty_bins_put_out_are_operations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The sergeant said last weekend's day of action in Hanley showed what could be done.",
            [("operation", "realis", False, "last weekend's day of action")],
        ),
        (
            "Thursday's crackdown in the precinct was the third this year.",
            [("operation", "realis", False, "Thursday's crackdown")],
        ),
        # this year's operation is the story's own, told by its verbs
        (
            "Over the first night of this year's operation, nine drivers were arrested.",
            [("enforcement", "realis", False, "arrested")],
        ),
    ],
)
def test_a_past_round_named_by_its_time_is_an_operation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The pensioner was knocked to the ground outside the post office in March.",
            [("incident", "realis", True, "knocked to the ground")],
        ),
        (
            "A woman was threatened with a knife at the bus station on Sunday night.",
            [("incident", "realis", True, "threatened with a knife")],
        ),
        (
            "A 19-year-old was found with stab wounds in Wellington Road shortly after midnight.",
            [("incident", "realis", True, "found with stab wounds")],
        ),
        # the operation kicking off is no kick
        (
            "The operation kicked off in Longton on Monday.",
            [("operation", "realis", False, "operation kicked off")],
        ),
    ],
)
def test_a_victim_s_harm_told_without_a_crime_noun_is_an_incident(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Magistrates heard she was caught shoplifting at the Potteries Centre on three days in June.",
            [("incident", "realis", True, "caught shoplifting")],
        ),
        (
            "The court was told he had been persistently harassing shop staff in the precinct since May.",
            [("incident", "realis", True, "had been persistently harassing ")],
        ),
        (
            "Traders said street drinkers had been gathering outside the library every evening last month.",
            [("incident", "realis", True, "street drinkers had been gathering")],
        ),
        # officers dealing with something are at work, not dealing drugs
        ("Officers were dealing with a collision on the ring road on Monday.", []),
    ],
)
def test_an_offender_s_conduct_told_by_a_court_or_residents_is_an_incident(
    text, expected
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "About 150 residents crowded into the community centre on Tuesday night to complain about "
            "drug dealing.",
            [
                (
                    "meeting",
                    "realis",
                    False,
                    "residents crowded into the community centre",
                )
            ],
        ),
        # a crowd at the scene is no meeting
        ("Residents gathered at the scene on Friday to lay flowers.", []),
    ],
)
def test_a_crowd_filling_a_hall_is_a_public_meeting(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "PCSOs will hold a bike marking stall outside the library on Saturday morning.",
            [("meeting", "future", False, "hold a bike marking stall")],
        ),
        (
            "Officers gave a knife crime talk to year nine pupils on Thursday.",
            [("meeting", "realis", False, "gave a knife crime talk")],
        ),
        (
            "The sergeant said officers would go into schools across Longton next term to give "
            "drugs awareness talks.",
            [
                (
                    "meeting",
                    "future",
                    False,
                    "go into schools across Longton next term to give drugs awareness talks",
                )
            ],
        ),
        # a trader's stall is a trade, not a meeting
        (
            "Mr Khan, who has run a fruit stall on the market for 20 years, said it was quieter.",
            [],
        ),
    ],
)
def test_a_stall_or_session_run_for_the_public_is_a_meeting(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "She said the cabinet was expected to decide in April whether to close the subway.",
            [("meeting", "future", True, "cabinet was expected to decide")],
        ),
        (
            "The police and crime panel will receive an update on the patrols in January.",
            [
                (
                    "meeting",
                    "future",
                    True,
                    "police and crime panel will receive an update",
                )
            ],
        ),
    ],
)
def test_a_sitting_still_to_decide_or_to_hear_a_report_is_a_meeting_ahead(
    text, expected
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The MP, who joined detectives on Tuesday's dawn raids, praised the operation.",
            [("meeting", "realis", False, "joined detectives on Tuesday's dawn raids")],
        ),
    ],
)
def test_a_visitor_on_officers_raids_is_a_visit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The leader said the council would put 15 extra community wardens on the city's estates "
            "by Easter.",
            [
                (
                    "team_launch",
                    "future",
                    False,
                    "put 15 extra community wardens on the city's estates",
                )
            ],
        ),
        (
            "The force merged its two response units to form a new rapid response team in May.",
            [("team_launch", "realis", False, "to form a new rapid response team")],
        ),
        # new signs put on the streets are no officers
        ("The council put new signs on the streets around the park last week.", []),
    ],
)
def test_officers_put_on_the_streets_and_a_team_formed_are_team_launches(
    text, expected
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "that" before a count opens the reported clause: the officers are no told team
        (
            "The inspector told residents that three extra PCSOs would be dedicated to the high "
            "street from June.",
            [("team_launch", "future", False, "three extra PCSOs")],
        ),
        # "these" before a count still points back
        (
            "These three extra PCSOs will start in June.",
            [("team_launch", "future", False, "three extra PCSOs")],
        ),
    ],
)
def test_that_before_a_count_of_officers_opens_a_clause(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,forms",
    [
        (
            "The inspector told residents that three extra PCSOs would be dedicated to the high "
            "street from June.",
            ["act"],
        ),
        ("These three extra PCSOs will start in June.", ["ref"]),
    ],
)
def test_only_a_determiner_makes_a_count_of_officers_a_reference(text, forms):
    assert [m.form for m in detect_mentions(Paragraph(1, text))] == forms


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Confiscation proceedings against the dealer were started in March.",
            [("enforcement", "realis", False, "Confiscation proceedings")],
        ),
        (
            "Prosecutors have begun proceedings to recover £80,000 from the dealer.",
            [("enforcement", "realis", False, "proceedings to recover")],
        ),
    ],
)
def test_asset_recovery_is_a_court_act(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plea beside an order: two acts of the court
        (
            "Kelly, 29, was given a criminal behaviour order at Stoke Magistrates' Court on Friday, "
            "after admitting three counts of theft.",
            [
                ("order", "realis", False, "given a criminal behaviour order"),
                ("enforcement", "realis", False, "after admitting three counts"),
            ],
        ),
        # a plea beside a sentence: the sentence passed on it, one act
        (
            "Kelly, 29, was jailed for six months on Friday after admitting three counts of theft.",
            [("enforcement", "realis", False, "jailed")],
        ),
    ],
)
def test_a_plea_is_a_court_act_unless_a_sentence_passed_on_it_is_told(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Figures show officers used the dispersal powers 45 times over the summer.",
            [("enforcement", "realis", False, "used the dispersal powers 45 times")],
        ),
        (
            "Trading standards caught three shops in Longton selling vapes to under-18s in June.",
            [
                (
                    "enforcement",
                    "realis",
                    False,
                    "caught three shops in Longton selling vapes to under-18s",
                )
            ],
        ),
    ],
)
def test_powers_used_a_counted_number_of_times_and_shops_caught_selling_are_enforcement(
    text, expected
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The alcohol ban was first imposed in 2017. It was renewed in the summer of 2020.",
            [
                ("order", "realis", False, "alcohol ban was first imposed"),
                ("order", "realis", True, "It was renewed"),
            ],
        ),
        # renewed with a named subject is the order's own trigger; a pronoun opening a clause
        # further on is no subject of the renewal
        ("He said it was important that it was renewed.", []),
    ],
)
def test_an_order_renewed_with_a_pronoun_for_subject_is_an_order(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chief Constable Ann Hale, who took charge of the constabulary in April, said crime was falling.",
            [("announcement", "realis", True, "took charge of the constabulary")],
        ),
        (
            "The review began weeks after the new chief took up her post as chief constable in June.",
            [("announcement", "realis", True, "took up her post as")],
        ),
        (
            "The patrols are funded by the Safer Streets Fund, announced by the Home Office in March.",
            [("announcement", "realis", True, "announced by the Home Office")],
        ),
        # taking charge of a case is no appointment
        (
            "The detective who took charge of the inquiry said the men were dangerous.",
            [],
        ),
    ],
)
def test_a_chief_taking_charge_and_a_scheme_announced_by_a_minister_are_announcements(
    text, expected
):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Magistrates suspended the premises licence of the Crown on March 3.",
            [("enforcement", "suspension", "suspended the premises licence")],
        ),
        (
            "The licence of the Anchor was revoked by the sub-committee on May 9.",
            # (a revocation is a kind of act of its own since session 7: no arrest near it is it)
            [("enforcement", "revocation", "licence of the Anchor was revoked")],
        ),
    ],
)
def test_a_licence_suspended_and_a_licence_revoked_are_different_acts(text, expected):
    assert [
        (m.type, m.subtype, m.text) for m in detect_mentions(Paragraph(1, text))
    ] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "the following Tuesday" is a time: the review application keeps its clause
        (
            "Officers applied for an expedited review the following Tuesday.",
            ["Officers applied for an expedited review the following Tuesday."],
        ),
        # "following" opening a clause still cuts it
        (
            "The bar was shut following a stabbing on Friday.",
            ["The bar was shut", "following a stabbing on Friday."],
        ),
    ],
)
def test_the_following_day_named_after_a_verb_is_no_clause_opening(text, expected):
    assert [text[a:b] for a, b in split_clauses(text, (0, len(text)))] == expected


def test_a_review_applied_for_the_following_week_is_enforcement():
    assert found("Officers applied for an expedited review the following Tuesday.") == [
        ("enforcement", "realis", False, "applied for an expedited review")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # premises visited: the officers' checks, no visitor's meeting
        (
            "On Friday, three of the ten pubs visited in Hanley served drinks to under-age volunteers "
            "during a test purchase operation.",
            [("operation", "realis", True, "during a test purchase operation")],
        ),
        (
            "The policing minister visited Hanley bus station on Friday.",
            [("meeting", "realis", False, "visited Hanley")],
        ),
    ],
)
def test_premises_visited_are_checked_not_met(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The inquiry was led by Staffordshire Police's burglary squad, which was set up in "
            "March 2021.",
            [("team_launch", "which was set up")],
        ),
        (
            "Officers fined 12 people under the alcohol ban, which was introduced in 2016.",
            [("enforcement", "fined"), ("order", "which was introduced")],
        ),
        # a which-clause of no team, operation or order makes nothing
        ("The money went to the charity, which was set up by parents in 2010.", []),
    ],
)
def test_a_making_told_in_a_relative_clause_is_typed_by_its_noun(text, expected):
    assert [(m.type, m.text) for m in detect_mentions(Paragraph(1, text))] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A knife surrender bin has been placed outside Longton police station until Sunday.",
            [("operation", "bin")],
        ),
        # bins across an area are the amnesty itself
        (
            "Knife surrender bins have been placed at police stations across Stoke.",
            [("operation", "")],
        ),
    ],
)
def test_one_amnesty_bin_put_out_is_an_act_apart_from_the_amnesty(text, expected):
    assert [
        (m.type, m.subtype) for m in detect_mentions(Paragraph(1, text))
    ] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "She said £400,000 would be spent on new street lighting in the park.",
            [("announcement", "future", False, "£400,000 would be spent")],
        ),
        (
            "The commissioner gave the project an extra £75,000 in March.",
            [("announcement", "realis", False, "gave the project an extra £75,000")],
        ),
        # a fine given is no grant
        ("The magistrates gave him a £300 fine.", []),
    ],
)
def test_a_sum_told_spent_or_given_is_an_announcement(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Detectives will apply for knife crime prevention orders against the four boys in June.",
            [("order", "future", False, "apply for knife crime prevention orders")],
        ),
    ],
)
def test_prevention_orders_sought_from_a_court_are_orders(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "He was knifed outside a takeaway in Church Street in April.",
            [("incident", "realis", True, "was knifed")],
        ),
        (
            "The court heard the gang targeted lone women walking home between May and July.",
            [("incident", "realis", True, "the gang targeted lone")],
        ),
        # officers targeting a problem are at work
        (
            "Officers targeted drug dealers in the park on Friday.",
            [("operation", "realis", False, "targeted")],
        ),
    ],
)
def test_an_offender_targeting_victims_is_an_incident(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the target of an operation is no incident
        (
            "The patrols are part of Operation Summer Nights, the force's crackdown against "
            "alcohol-fuelled violence.",
            [("operation", "realis", False, "part of Operation")],
        ),
        # sound systems firing up are no fire
        ("Police will be on hand when the sound systems fire up on Sunday.", []),
        # trouble that never came is no incident
        (
            "Officers were back on the streets on Saturday, braced for trouble that did not materialise.",
            [
                ("operation", "realis", False, "Officers were back on"),
                ("incident", "negated", True, "trouble"),
            ],
        ),
    ],
)
def test_a_problem_named_as_a_target_or_as_what_never_came_is_no_incident(
    text, expected
):
    assert found(text) == expected


def test_the_year_of_a_date_stays_in_the_opening_subordinate_clause():
    text = (
        "When the clubs reopened on May 17, 2021, the team was back in the city centre."
    )
    assert [text[a:b] for a, b in split_clauses(text, (0, len(text)))] == [
        "When the clubs reopened on May 17, 2021,",
        "the team was back in the city centre.",
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Before the summer fair, organisers and the council agreed a new stewarding plan in March.",
            [("order", "realis", True, "agreed a new stewarding plan")],
        ),
        # a policing plan adopted is a document, not a policy of the event
        ("The force adopted a new policing plan in April.", []),
    ],
)
def test_a_safety_plan_agreed_for_an_event_is_a_policy_made(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "PCs visited the takeaway on Friday to remind staff of the curfew on late-night sales.",
            [("meeting", "realis", False, "visited the takeaway on Friday to remind")],
        ),
    ],
)
def test_a_visit_to_one_venue_to_speak_to_its_staff_is_a_meeting(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "During the floods the neighbourhood team was redeployed to guard empty homes.",
            [("operation", "realis", False, "redeployed to guard")],
        ),
    ],
)
def test_a_team_given_a_new_task_is_an_operation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "She was given a community protection warning in March and a community protection "
            "notice in May.",
            [
                ("enforcement", False, "given a community protection warning"),
                ("enforcement", True, "a community protection notice"),
            ],
        ),
        (
            "The owner was served with a closure notice on Monday and a closure order the following "
            "week.",
            [
                ("order", False, "served with a closure notice"),
                ("order", True, "a closure order"),
            ],
        ),
        # two things with one time are one act
        (
            "Officers issued a warning and a fixed penalty notice on Friday.",
            [("enforcement", False, "issued a warning and a fixed penalty notice")],
        ),
    ],
)
def test_a_second_thing_issued_with_its_own_time_is_another_act(text, expected):
    assert [
        (m.type, m.distinct, m.text) for m in detect_mentions(Paragraph(1, text))
    ] == expected


def test_a_plan_agreed_is_an_order_apart_from_a_legal_order():
    text = "The council and organisers agreed a new crowd management plan for the festival in May."
    assert [(m.type, m.subtype) for m in detect_mentions(Paragraph(1, text))] == [
        ("order", "plan")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The sergeant said the beat team would start patrolling until 3am on Saturdays from June.",
            [("operation", "future", False, "start patrolling until 3")],
        ),
        (
            "Wardens will extend their patrols until midnight over the summer holidays.",
            [("operation", "future", False, "extend their patrols until midnight")],
        ),
    ],
)
def test_patrols_run_later_into_the_night_are_an_operation(text, expected):
    assert found(text) == expected
