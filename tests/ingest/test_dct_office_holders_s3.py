"""Chief constables and policing ministers named by title date the article to their time in office;
deputies, assistants, acting and former chiefs, and holders named without their force, do not."""

from __future__ import annotations

import pytest

from app.ingest.temporal.evidence import find_terms


def holders(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.allowed.hull[0]}/{m.allowed.hull[1]}")
        for m in find_terms(text)
        if "(in office)" in m.term.name
        and ("chief constable" in m.term.name or "policing minister" in m.term.name)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chief Constable Dave Jones said North Yorkshire Police would not tolerate it.",
            [("Chief Constable Dave Jones", "2013-01-01/2018-12-31")],
        ),
        (
            "North Yorkshire Police's chief constable, Dave Jones, praised the volunteers.",
            [("chief constable, Dave Jones", "2013-01-01/2018-12-31")],
        ),
        (
            "Police Scotland's Chief Constable Phil Gormley opened the new control room.",
            [("Chief Constable Phil Gormley", "2015-12-01/2018-02-28")],
        ),
        (
            "Simon Cole, Leicestershire Police's chief constable, met traders in the city.",
            [
                (
                    "Simon Cole, Leicestershire Police's chief constable",
                    "2010-01-01/2021-12-31",
                )
            ],
        ),
        (
            "Policing minister Kit Malthouse visited the Merseyside force.",
            [("Policing minister Kit Malthouse", "2019-07-01/2022-08-31")],
        ),
        # not the chief: a deputy, an acting or former chief, or no force named in the article
        ("Deputy Chief Constable Dave Jones of North Yorkshire Police spoke.", []),
        ("Acting Chief Constable Dave Jones of North Yorkshire Police spoke.", []),
        ("The former chief constable Dave Jones of North Yorkshire Police spoke.", []),
        ("Chief Constable Dave Jones spoke at the conference.", []),
    ],
)
def test_a_chief_by_title_dates_the_article_to_their_term(text, expected):
    assert holders(text) == expected


def test_the_force_may_be_named_anywhere_in_the_article():
    paragraph = "Chief Constable Dave Jones last month named burglary as a priority."
    article = "Officers from North Yorkshire Police patrolled York.\n" + paragraph
    found = find_terms(paragraph, article)
    assert [m.text for m in found] == ["Chief Constable Dave Jones"]
