"""Session 8 recall: acts told in passing beside a story's main event (triggers_passing.toml, a
consultation run in a relative clause, reports an act follows), and occurrences kept apart by date
words that cannot be resolved when the publication date is unknown (unresolved_dates.py)."""

from __future__ import annotations

import pytest

from app.ingest.events.build import extract_with
from app.ingest.records import PublicationDate
from app.ingest.temporal import dct_value, find_article_dates
from tests.ingest.event_fakes import FakeLookup, make_article, summary


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The chief constable visited officers in the control room on Saturday evening.",
            "2024-05-16",
            [("meeting", "2024-05-11", "2024-05-11", False, [1])],
        ),
        (
            "More than 2,000 officers were on duty across the carnival weekend on Saturday and Sunday.",
            "2024-05-28",
            [("operation", "2024-05-25", "2024-05-26", False, [1])],
        ),
        (
            "She pleaded not guilty at a hearing at Wood Green Crown Court in February.",
            "2024-05-16",
            [("enforcement", "2024-02-01", "2024-02-29", False, [1])],
        ),
        (
            "He denied the charges at a hearing at Croydon in March, but changed his pleas on the "
            "first day of his trial in April.",
            "2024-05-16",
            [
                ("enforcement", "2024-03-01", "2024-03-31", False, [1]),
                ("enforcement", "2024-04-01", "2024-04-30", False, [1]),
            ],
        ),
        (
            "Leeds City Council's executive board will decide next month whether to introduce a PSPO.",
            "2024-05-16",
            [("meeting", "2024-06-01", "2024-06-30", True, [1])],
        ),
        (
            "The council will review the policy in 2025.",
            "2024-05-16",
            [("meeting", "2025-01-01", "2025-12-31", True, [1])],
        ),
        # an intention with no time is no event
        ("The council will review the policy.", "2024-05-16", []),
        (
            "In 2021 the town centre was awarded Purple Flag status.",
            "2024-05-16",
            [("announcement", "2021-01-01", "2021-12-31", False, [1])],
        ),
        (
            "The ban was extended to cover the whole of the town centre in 2019.",
            "2024-05-16",
            [("order", "2019-01-01", "2019-12-31", False, [1])],
        ),
        (
            "The business improvement district will pay for three more rangers from June.",
            "2024-05-16",
            [("team_launch", "2024-06-01", "2024-06-30", True, [1])],
        ),
        (
            "Police said a dispersal order would cover the town centre from 6pm on Saturday until "
            "6am on Sunday.",
            "2024-05-16",
            [("order", "2024-05-18", "2024-05-19", True, [1])],
        ),
        (
            "Police figures showed 120 reports of anti-social behaviour in the park last summer.",
            "2024-05-16",
            [("incident", "2023-06-01", "2023-08-31", False, [1])],
        ),
        (
            "The council will decide next month whether to introduce a PSPO, after a consultation "
            "which closed in July.",
            "2024-09-04",
            [
                ("meeting", "2024-10-01", "2024-10-31", True, [1]),
                ("consultation", "2024-07-01", "2024-07-31", False, [1]),
            ],
        ),
        (
            "At a plea hearing in September he denied both charges, but he was convicted after a "
            "five-day trial.",
            "2021-11-20",
            [
                ("enforcement", "2021-09-01", "2021-09-30", False, [1]),
                ("enforcement", "2021-11-20", "2021-11-20", False, [1]),
            ],
        ),
        (
            "A decision on whether to make the night shelter a permanent service is expected in the "
            "new year.",
            "2023-11-20",
            [("meeting", "2024-01-01", "2024-01-31", True, [1])],
        ),
        (
            "The plan will go to the executive, with a final decision expected in January.",
            "2023-11-20",
            [("meeting", "2024-01-01", "2024-01-31", True, [1])],
        ),
        ("A decision is expected soon.", "2023-11-20", []),
        (
            "The council says the team will be doubled to 24 inspectors in September.",
            "2022-06-20",
            [("team_launch", "2022-09-01", "2022-09-30", True, [1])],
        ),
        (
            "He told the board that Operation Kestrel, launched in Blakenall in 2014 after a spate "
            "of shootings, was being relaunched with extra patrols.",
            "2019-03-20",
            [
                ("operation", "2014-01-01", "2014-12-31", False, [1]),
                ("incident", "None", "None", False, [1]),
                ("operation", "2019-03-20", "2019-03-20", False, [1]),
            ],
        ),
        (
            "Police credit Operation Castle, the force's long-running crackdown on burglars, which "
            "was relaunched in Bradford last autumn with extra detectives.",
            "2019-08-01",
            [("operation", "2018-09-01", "2018-11-30", False, [1])],
        ),
    ],
    ids=[
        "a visit to officers in the control room is a meeting",
        "officers on duty across a carnival weekend are its operation",
        "a not guilty plea at a dated hearing is a step of the case",
        "a denial and a later change of plea are two steps of the case",
        "a council board due to decide next month holds a sitting ahead",
        "a council review in a named year is a sitting ahead",
        "a council review with no time is an intention, no event",
        "a town centre awarded purple flag status is an announcement",
        "a ban extended to cover more ground in a year is an order",
        "rangers a body will pay for from june are a team launched",
        "a dispersal order that would cover an area from saturday is an order ahead",
        "figures showing reports of a problem last summer are an incident",
        "a consultation which closed in july is a consultation of its own",
        "a denial at a plea hearing is apart from the conviction that followed",
        "a decision on whether expected in the new year is a sitting ahead",
        "a final decision expected in january is a sitting ahead",
        "a decision expected with no time is no event",
        "a team to be doubled in september is extra staff deployed",
        "an operation launched in 2014 and being relaunched is two operations",
        "a long-running crackdown relaunched last autumn is one operation",
    ],
)
def test_an_act_told_in_passing_is_an_event(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Police have imposed a dispersal zone by the lake. It follows complaints from residents "
            "about groups drinking on the bandstand, and an assault on a man near the boathouse on "
            "Sunday.",
            "2024-05-16",
            [
                ("order", "2024-05-16", "2024-05-16", False, [1]),
                ("incident", "None", "None", False, [1]),
                ("incident", "2024-05-12", "2024-05-12", False, [1]),
            ],
        ),
        (
            "A previous order covering the park, introduced in 2016, lapsed last October, leaving "
            "officers relying on dispersal powers.",
            "2019-03-20",
            [
                ("order", "2016-01-01", "2016-12-31", False, [1]),
                ("order", "2018-10-01", "2018-10-31", False, [1]),
            ],
        ),
        (
            "The deputy mayor confirmed last month that the region would receive £4.2 million, "
            "part of which will pay for extra patrols in the town centre over the summer.",
            "2019-07-20",
            [
                ("announcement", "2019-06-01", "2019-06-30", False, [1]),
                ("operation", "2019-06-01", "2019-08-31", True, [1]),
            ],
        ),
        # what was said, with no time of its own, stays the saying
        (
            "The commissioner said last month that Walsall would get 45 extra officers over the "
            "coming year.",
            "2019-07-20",
            [("announcement", "2019-06-01", "2019-06-30", False, [1])],
        ),
        # a spate of violence the launch follows sums up the incidents told apart
        (
            "A new team has been launched in Ilford. The launch comes after a spate of violence in "
            "the borough.",
            "2024-05-16",
            [("team_launch", "2024-05-16", "2024-05-16", False, [1])],
        ),
    ],
    ids=[
        "complaints an order follows are a report of their own beside a dated assault",
        "an order introduced in an aside and lapsed later are two steps",
        "patrols that part of the money said will pay for over the summer are an operation",
        "extra officers a commissioner said a town would get are the saying",
        "a spate of violence a launch comes after is no report of its own",
    ],
)
def test_a_cause_a_step_or_a_use_told_beside_another_act_is_its_own(
    text, published, expected
):
    assert summary(text, published) == expected


def undated_summary(text: str) -> list[tuple[str, list[int]]]:
    """(type, cited paragraphs) of every event of an invented article with no publication date."""
    article = make_article(text)
    dct = PublicationDate.unknown()
    return [
        (e.type, sorted({c.paragraph for c in e.citations}))
        for e in extract_with(
            article,
            dct,
            FakeLookup(),
            dates=find_article_dates(article, dct),
            dct_date=dct_value(dct),
        )
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Hackney Council's cabinet agreed the order at a meeting on Tuesday (June 11).\n\n"
            "The plans had been questioned at a meeting of the scrutiny commission on April 23.",
            [("order", [1]), ("meeting", [1]), ("meeting", [2])],
        ),
        (
            "A new neighbourhood team started work in Acton on Monday.\n\n"
            "It is not the first time Acton has had its own officers. In 2008, a team of six "
            "officers was set up in the town centre.",
            [("team_launch", [1]), ("team_launch", [2])],
        ),
        (
            "A public meeting was held at the community centre on Thursday (October 3).\n\n"
            "The residents' association said the next meeting would be held at the library in "
            "December.",
            [("meeting", [1]), ("meeting", [2])],
        ),
        (
            "In June, a woman was attacked in the park, and a man was assaulted outside the library "
            "last month.",
            [("incident", [1]), ("incident", [1])],
        ),
        (
            "He denied the charges at a hearing in May last year, but changed his pleas at his "
            "trial in November.",
            [("enforcement", [1]), ("enforcement", [1])],
        ),
        # an order in force this weekend that will run from Friday is one run, told twice
        (
            "Police have put a dispersal order in place along the canal this weekend.\n\n"
            "The order will run from 6pm on Friday until 6am on Monday.",
            [("order", [1, 2])],
        ),
    ],
    ids=[
        "meetings on june 11 and april 23 are two with no year known",
        "a team launched on monday is not one set up in 2008",
        "a meeting held on thursday and the next one in december are two",
        "two assaults told in one sentence with their own date words are two",
        "a denial and a change of plea with their own months are two steps",
        "an order in force this weekend and running from friday is one",
    ],
)
def test_unresolved_date_words_keep_two_occurrences_apart(text, expected):
    assert undated_summary(text) == expected
