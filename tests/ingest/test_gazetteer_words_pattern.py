"""The capital-first names pattern matches exactly what the bounded capital trie matches."""

from __future__ import annotations

import re

import pytest

from app.ingest.gazetteer.text import (
    bounded,
    capital_trie_pattern,
    capital_words_pattern,
)

NAMES = (
    "Ilford",
    "Ilford Lane",
    "St. Helens",
    "Barking and Dagenham",
    "ealing",
    "Newham",
    "Ely",
)


def _spans(pattern: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Police in Ilford lane and Ilford.",
            [(10, 21, "Ilford lane"), (26, 32, "Ilford")],
        ),
        ("NewIlford, XIlford and Ilfordian name nothing", []),
        (
            "Ealing, not ealing; St Helens and St. Helens",
            [(0, 6, "Ealing"), (20, 29, "St Helens"), (34, 44, "St. Helens")],
        ),
        ("Barking-and Dagenham's team", [(0, 20, "Barking-and Dagenham")]),
        ("_Newham 2Ely Ely", [(13, 16, "Ely")]),
        ("", []),
    ],
)
def test_capital_words_pattern_finds_whole_capitalised_names(text, expected):
    assert _spans(capital_words_pattern(NAMES), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ilford, Ilford Lane and ILFORD; ilford is lower case",
        "NEWHAM's Ely-Ely and  Barking   and dagenham",
        "(Ilford)[Newham]'Ely' Ilford’s St.Helens é Ealing ßEly",
        "Ilford\n\nNewham\tEly",
    ],
)
def test_capital_words_pattern_agrees_with_the_bounded_trie(text):
    old = bounded(capital_trie_pattern(NAMES))
    assert _spans(capital_words_pattern(NAMES), text) == _spans(old, text)
