"""Acts in words no trigger knows: a dated paragraph where detection found nothing still gives its
act, typed by its words; quotes, undated talk, hypotheticals and denials give none."""

from __future__ import annotations

import pytest

from app.ingest.events import extract_events
from app.ingest.events.fallback import act_type
from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import make_article, published

LEAD = "Police in Walsall have stepped up patrols in the town centre, the force said on Monday.\n\n"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def second_paragraph(
    gaz, text: str, day: str = "2023-07-19"
) -> list[tuple[str, str, str]]:
    """(type, date, quote) of the events first cited at paragraph 2 of a two-paragraph article."""
    events = extract_events(make_article(LEAD + text), published(day), gaz)
    return [
        (e.type, e.date.edtf, e.citations[0].quote)
        for e in events
        if e.citations[0].paragraph == 2
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In the summer of 2022 the force doubled the town centre team to 20 officers.",
            [
                (
                    "team_launch",
                    "2022-06/2022-08",
                    "In the summer of 2022 the force doubled the town centre team to 20 officers.",
                )
            ],
        ),
        (
            "Mowatt controlled the drugs line between May and October 2018.",
            [
                (
                    "incident",
                    "2018-05/2018-10",
                    "Mowatt controlled the drugs line between May and October 2018.",
                )
            ],
        ),
        (
            "More than 200 people packed into the gurdwara in Caldmore on Tuesday evening.",
            [
                (
                    "meeting",
                    "2023-07-18",
                    "More than 200 people packed into the gurdwara in Caldmore on Tuesday evening.",
                )
            ],
        ),
    ],
    ids=[
        "a team doubled in a season is a team launch",
        "a drugs line controlled over months is an incident",
        "a crowd packed into a venue is a meeting",
    ],
)
def test_a_dated_paragraph_with_no_trigger_still_gives_its_act(gaz, text, expected):
    assert second_paragraph(gaz, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe saw the difference on Saturday night, and residents did too,\u201d she said.",
        "The town centre has changed a great deal over the years, shopkeepers say.",
        "If the scheme works, it could be extended to Darlaston next summer.",
        "Nothing was taken from the shop in Park Street on Sunday.",
        "Anyone with information is asked to call 101, quoting incident 3312 of 5 November.",
        "When the new railway line opened in May last year, hopes were high.",
    ],
    ids=[
        "a quote is somebody's words",
        "a paragraph with no date tells no act",
        "a hypothetical is no act",
        "a denial is no act",
        "an appeal for information is no act",
        "a railway line is no drugs line",
    ],
)
def test_quotes_undated_talk_hypotheticals_and_denials_give_none(gaz, text):
    assert second_paragraph(gaz, text) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Councillors on the scrutiny committee heard the figures on Tuesday.",
            "meeting",
        ),
        ("The survey ran for six weeks from January.", "consultation"),
        ("Officers seized cannabis worth £2,000 on Friday.", "enforcement"),
        ("The byelaw came into force in April.", "order"),
        ("Wardens will walk the high street on Friday nights from June.", "operation"),
        ("A new squad of eight officers started work in May.", "team_launch"),
        ("A window was smashed and a car damaged on Sunday night.", "incident"),
        ("The commissioner unveiled £250,000 of funding in March.", "announcement"),
        ("The cabinet member said in March that £250,000 would go to youth work.", "announcement"),
        ("The weather was mild on Sunday.", None),
    ],
)
def test_a_sentence_is_typed_by_the_words_of_one_event_type(sentence, expected):
    assert act_type(sentence) == expected
