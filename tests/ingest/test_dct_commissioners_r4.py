"""Police and crime commissioners named with their title date the article to their term, peers and
dames by their usual style; a former commissioner, or one whose force area the article never names,
does not."""

from __future__ import annotations

import pytest

from app.ingest.temporal.evidence import find_terms


def commissioners(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.allowed.hull[0]}/{m.allowed.hull[1]}")
        for m in find_terms(text, text)
        if m.term.name.startswith("police and crime commissioner ")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Humberside's police and crime commissioner, Matthew Grove, opened the Grimsby hub.",
            [("police and crime commissioner, Matthew Grove", "2012-11-15/2016-06-05")],
        ),
        (
            "Commissioner Lord Bach told the Leicester meeting that patrols would rise.",
            [("Commissioner Lord Bach", "2016-05-05/2021-06-06")],
        ),
        (
            "Tim Passmore, Suffolk's police and crime commissioner, backed the Ipswich scheme.",
            [
                (
                    "Tim Passmore, Suffolk's police and crime commissioner",
                    "2012-11-15/2100-12-31",
                )
            ],
        ),
        (
            "Gloucestershire PCC Chris Nelson toured the Cheltenham control room.",
            [("PCC Chris Nelson", "2021-05-06/2100-12-31")],
        ),
        (
            "Northumbria's commissioner, Dame Vera Baird, spoke in Sunderland.",
            [("commissioner, Dame Vera Baird", "2012-11-15/2019-07-31")],
        ),
        # a former commissioner, and a common name with no force area in the article
        ("The former commissioner Matthew Grove spoke in Hull.", []),
        ("Commissioner Marc Jones opened the new station.", []),
    ],
)
def test_a_commissioner_by_title_dates_the_article_to_their_term(text, expected):
    assert commissioners(text) == expected
