"""Trigger detection: which sentences state an event, of which type, in which mood."""

import pytest

from app.ingest.events.detect import detect_mentions, mood_of
from app.ingest.events.sentences import split_clauses, split_sentences
from app.ingest.records import BOILERPLATE, CAPTION, Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.form, m.mood) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police have launched a crackdown on anti-social behaviour in Southend town centre.",
            [("operation", "act", "realis")],
        ),
        (
            "An operation to tackle drug dealing began on Monday and runs until Friday.",
            [("operation", "act", "realis")],
        ),
        (
            "Officers arrested three men on Saturday.",
            [("enforcement", "act", "realis")],
        ),
        ("No arrests were made.", [("enforcement", "act", "negated")]),
        (
            "Two men were charged with possession with intent to supply.",
            [("enforcement", "act", "realis")],
        ),
        (
            "Officers issued 14 fixed penalty notices during the day.",
            [("enforcement", "act", "realis")],
        ),
        (
            "A new town centre team was launched in Preston last month.",
            [("team_launch", "act", "realis")],
        ),
        (
            "Sheffield has an extra 20 officers on patrol in the city centre.",
            [("team_launch", "act", "realis")],
        ),
        (
            "Leeds City Council has launched a consultation on a new PSPO.",
            [("consultation", "act", "realis")],
        ),
        (
            "A dispersal order was put in place on Friday evening.",
            [("order", "act", "realis")],
        ),
        ("A PSPO would enable officers to fine people drinking in the street.", []),
        (
            "The ward panel meeting will be held on March 3 at the library.",
            [("meeting", "act", "future")],
        ),
        (
            "They would meet again at the end of September.",
            [("meeting", "act", "future")],
        ),
        ("The MP visited the mosque on Friday.", [("meeting", "act", "realis")]),
        (
            "The chief constable resigned last week.",
            [("announcement", "act", "realis")],
        ),
        (
            "The scheme has been slammed by a campaign group.",
            [("announcement", "act", "realis")],
        ),
        (
            "A man was stabbed in Briggate on Sunday night.",
            [("incident", "act", "realis")],
        ),
        ("We will seek to prosecute anyone caught.", []),
        (
            "The council pledged to crack down on fly-tipping.",
            [("operation", "act", "intention")],
        ),
        ("If convicted, they face a fine.", [("enforcement", "act", "hypothetical")]),
        ("The operation was extremely successful.", [("operation", "ref", "realis")]),
        (
            "The extra officers patrolling the town centre are making a difference.",
            [("team_launch", "ref", "realis")],
        ),
        ("Residents say the area has been a problem for 20 years.", []),
        # the order is the event, the ban it makes is not a second one
        (
            "Twelve men have been banned from the town centre after the council secured an injunction.",
            [("order", "act", "realis")],
        ),
        # what a statement says is its content, not another event
        (
            "Crime has increased in the area, according to a statement released by police on Tuesday.",
            [("announcement", "act", "realis")],
        ),
        # arrests "as part of Operation X": detection keeps the setting, extraction decides
        (
            "The men were arrested in raids in May as part of Operation Gravity.",
            [("enforcement", "act", "realis"), ("operation", "act", "realis")],
        ),
        ("The PSPO will come into force on January 1.", [("order", "act", "future")]),
        (
            "The council's licensing committee revoked the licence of the shop.",
            [("enforcement", "act", "realis")],
        ),
        (
            "Three men who ran a county lines drug operation have been jailed.",
            [("enforcement", "act", "realis")],
        ),
    ],
)
def test_detected_triggers_name_type_form_and_mood(text, expected):
    assert found(text) == expected


def test_captions_and_boilerplate_carry_no_events():
    text = "Police arrested two men on Friday."
    assert detect_mentions(Paragraph(3, text, kind=CAPTION)) == []
    assert detect_mentions(Paragraph(4, text, kind=BOILERPLATE)) == []


@pytest.mark.parametrize(
    "text,distinct",
    [
        ("Police launched a similar operation last year.", True),
        ("Another operation is planned for the spring.", True),
        ("Two men have since been charged.", True),
        ("The order has been extended for another three years.", False),
        ("Police launched an operation on Monday.", False),
    ],
)
def test_words_that_mark_a_different_occurrence_keep_it_apart(text, distinct):
    assert detect_mentions(Paragraph(1, text))[0].distinct is distinct


def test_a_recurring_or_background_act_is_flagged():
    habitual = detect_mentions(
        Paragraph(1, "Special constables have been deployed every weekend.")
    )[0]
    background = detect_mentions(
        Paragraph(1, "The teams have already launched in other parts of London.")
    )[0]
    assert (habitual.habitual, habitual.background, habitual.distinct) == (
        True,
        False,
        False,
    )
    assert (background.habitual, background.background, background.distinct) == (
        False,
        True,
        True,
    )


@pytest.mark.parametrize(
    "before,expected",
    [
        ("Police are ", "realis"),
        ("Police will ", "future"),
        ("Police have not ", "negated"),
        ("Police hope to ", "intention"),
        ("The order could ", "hypothetical"),
        ("In May, police ", "realis"),
    ],
)
def test_mood_comes_from_the_words_before_the_trigger(before, expected):
    assert mood_of(before, before + "launch") == expected


def test_sentences_do_not_end_at_titles_or_initials():
    text = "Insp. Lee Canter said Sgt. J. Smith led it. A second sentence follows."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Insp. Lee Canter said Sgt. J. Smith led it.",
        "A second sentence follows.",
    ]


def test_clauses_split_at_connectives_but_keep_borough_names_whole():
    text = (
        "Specials have been deployed every weekend and Redbridge and Barking and Dagenham police "
        "will continue to work with the council, according to the statement."
    )
    sentence = split_sentences(text)[0]
    assert [text[s:e] for s, e in split_clauses(text, sentence)] == [
        "Specials have been deployed every weekend",
        "and Redbridge and Barking and Dagenham police will continue to work with the council,",
        "according to the statement.",
    ]
