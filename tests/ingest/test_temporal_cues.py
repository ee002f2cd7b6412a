"""Literal cues: the substrings one of which a pattern's every match contains (lower-cased)."""

from __future__ import annotations

import re

import pytest

from app.ingest.temporal.cues import literal_cues, may_match


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"\bHome Secretary,?\s+Amber Rudd\b", ("home secretary",)),
        (r"(?i)\bpublic spaces? protection orders?\b", (" protection order",)),
        (r"\b(?:North|South|East|West)\s+BCU\b", ("east", "north", "south", "west")),
        (r"\bPSPOs?\b", ("pspo",)),
        (r"\b\d{4}\b", None),
        (r"\b(?:EU|UK)\b", None),  # cues shorter than three letters rule out too little
    ],
)
def test_cues_are_the_longest_required_literals(pattern, expected):
    assert literal_cues(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "cues,text,expected",
    [
        (("home secretary",), "the home secretary, amber rudd, said", True),
        (("home secretary",), "the mayor said", False),
        (None, "anything at all", True),
    ],
)
def test_a_pattern_is_tried_only_when_one_of_its_cues_is_present(cues, text, expected):
    assert may_match(cues, text) is expected
