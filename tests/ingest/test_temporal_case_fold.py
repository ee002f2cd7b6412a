"""Tense markers read on lower-cased text are the markers the case-insensitive pattern finds."""

from __future__ import annotations

import pytest

from app.ingest.temporal.case_fold import plain_lower
from app.ingest.temporal.tense import _MARKER, _kind, _markers


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Police Said", "police said"),
        ("The council’s “Plan” – £5m", "the council’s “plan” – £5m"),
        ("Ilford\u00a0Lane", "ilford\u00a0lane"),
        (
            "Café opened",
            None,
        ),  # a cased letter outside ASCII: left to the engine's own folding
        ("the \u212aelvin sign", None),
    ],
)
def test_plain_lower_lowers_only_text_whose_case_folding_agrees(text, expected):
    assert plain_lower(text) == expected


@pytest.mark.parametrize(
    "text,pos",
    [
        (
            "The Council WILL review the Planned closure, which OFFICERS Proposed in May.",
            0,
        ),
        ("Having REVIEWED the plans, the panel agreed; it'll meet again", 0),
        ("their planned rise and a proposed ban were Approved", 6),
        ("THE PLANNED closure opens next week", 4),
        ("Officers ſaid the Kelvin \u212aeeper was arrested", 0),
        ("won't, wo n't and Going To", 3),
    ],
)
def test_markers_on_lower_cased_text_agree_with_the_case_insensitive_pattern(text, pos):
    expected = [
        (m.start() - pos, m.end() - pos, _kind(m)) for m in _MARKER.finditer(text, pos)
    ]
    found = list(_markers(text, pos, len(text)))
    shift = (
        found[0].pos - pos if found else 0
    )  # positions count from where the scan's text starts
    assert [
        (m.start() - pos - shift, m.end() - pos - shift, _kind(m)) for m in found
    ] == expected
