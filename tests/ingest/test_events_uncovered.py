"""A paragraph that tells more than one occurrence: a dated sentence or an 'and will ...' clause no
found act covers gives its own act; a retelling of a found act (a pronoun subject, the same type at
a nested time, a detail or a continuation), quotes, appeals, hypotheticals and denials give none.
An undated 'also' act is told at publication."""

from __future__ import annotations

import pytest

from app.ingest.events import extract_events
from app.ingest.events.fallback import act_type, fallback_mentions
from app.ingest.gazetteer import Gazetteer
from app.ingest.records import Paragraph
from app.ingest.temporal import find_article_dates
from tests.ingest.event_fakes import make_article, published

LEAD = "Walsall Council has renewed its ban on street drinking in the town centre.\n\n"
ARREST = "Officers arrested two men in Palfrey on Saturday. "
SATURDAY_ARREST = ("enforcement", "2023-07-15")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def second_paragraph(gaz, text: str) -> list[tuple[str, str]]:
    """(type, date) of the events cited at paragraph 2 of a two-paragraph article."""
    events = extract_events(make_article(LEAD + text), published("2023-07-19"), gaz)
    return sorted(
        (e.type, e.date.edtf)
        for e in events
        if any(c.paragraph == 2 for c in e.citations)
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            ARREST
            + "In May the partnership set up a safe space for women in Park Street.",
            [SATURDAY_ARREST, ("operation", "2023-05")],
        ),
        (
            ARREST
            + "In March 2022 a bus shelter was vandalised three times in a week.",
            [SATURDAY_ARREST, ("incident", "2022-03")],
        ),
        (
            "The neighbourhood team patrolled Palfrey Park on Saturday and will return to the "
            "park next month.",
            [("operation", "2023-07-15"), ("operation", "2023-08")],
        ),
    ],
)
def test_an_uncovered_dated_sentence_or_tense_shift_tells_one_more_event(
    gaz, text, expected
):
    assert second_paragraph(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a pronoun subject says more of the arrest
        (
            ARREST + "It was the first such arrest in Palfrey since March 2022.",
            [SATURDAY_ARREST],
        ),
        # the same type at a time within the found act's
        (
            ARREST + "On Saturday night both men were detained in custody at Bloxwich.",
            [SATURDAY_ARREST],
        ),
        # somebody's words
        (
            ARREST
            + 'Sgt Amy Hale said: "In March 2022 the force brought in a new unit of 12 '
            'officers."',
            [SATURDAY_ARREST],
        ),
        # a hypothetical, a denial, an appeal for information
        (
            ARREST
            + "In March 2022 the force would have brought in a new unit of 12 officers.",
            [SATURDAY_ARREST],
        ),
        (
            ARREST
            + "In March 2022 the force did not bring in a new unit of 12 officers.",
            [SATURDAY_ARREST],
        ),
        (
            ARREST + "Anyone who saw the team in March 2022 should call 101.",
            [SATURDAY_ARREST],
        ),
        # a "where" detail and a continuation of the same patrol
        (
            "The neighbourhood team patrolled Palfrey Park on Saturday, where it spoke to 40 "
            "residents on Saturday evening.",
            [("operation", "2023-07-15")],
        ),
        (
            "The neighbourhood team patrolled Palfrey Park on Saturday and will stay in the park "
            "until Sunday.",
            [("operation", "2023-07-15")],
        ),
    ],
)
def test_a_retelling_quote_or_irrealis_sentence_adds_no_event(gaz, text, expected):
    assert second_paragraph(gaz, text) == expected


def undated(text: str) -> list[tuple[str, str, str, bool]]:
    """(type, verb, mood, needs a date) of the fallback act of an undated body paragraph."""
    return [
        (m.type, m.text, m.mood, m.needs_date)
        for m in fallback_mentions(Paragraph(2, text), ())
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Officers also seized 40 wraps of cocaine and a machete.",
            [("enforcement", "also seized", "realis", False)],
        ),
        (
            "The safe space for women has also opened in Park Street.",
            [("operation", "has also opened", "realis", False)],
        ),
        (
            "The licensing team also visited 30 pubs in the town.",
            [("operation", "also visited", "realis", False)],
        ),
        # no "also": an undated act is more often background than one more act of the story
        ("Officers seized 40 wraps of cocaine and a machete.", []),
        # a standing state, a quote, a denial
        (
            "The unit has long been a fixture of the town and has also worked with schools.",
            [],
        ),
        (
            'Sgt Amy Hale said: "The licensing team also visited 30 pubs in the town."',
            [],
        ),
        ("The town centre team has also not visited the pubs.", []),
    ],
)
def test_an_undated_also_act_is_told_at_publication(text, expected):
    assert undated(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Members of a mothers' group held a vigil in Caldmore.", "meeting"),
        ("A 17-year-old was found dealing drugs in Darlaston.", "incident"),
        ("Twelve children were safeguarded.", "operation"),
        ("An audit found a third of the cameras broken.", "announcement"),
        ("The county lines intensification week ran from Monday.", "operation"),
        # the licensing team acted; it is no licence
        ("Officers worked with the licensing team to visit 60 pubs.", "operation"),
        ("The premises licence was revoked.", "order"),
        ("Protesters gathered outside the town hall.", None),
    ],
)
def test_fallback_type_words(text, expected):
    assert act_type(text) == expected


def test_a_scheduled_present_is_a_planned_act():
    text = "The council opens its new hub in Park Street on Monday."
    article = make_article(LEAD + text)
    dates = find_article_dates(article, published("2023-07-19"))
    (act,) = fallback_mentions(
        Paragraph(2, text), [d for d in dates if d.paragraph == 2]
    )
    assert (act.type, act.text, act.mood) == ("operation", "opens", "future")
