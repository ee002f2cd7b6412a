"""Literal cues: the substrings one of which a pattern's every match contains (lower-cased)."""

from __future__ import annotations

import re

import pytest

from app.ingest.temporal.cues import cues_in, literal_cues, may_match, word_trie


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


@pytest.mark.parametrize(
    "words,text,expected",
    [
        # words that start at the same place, or inside one another, are all found
        (
            ("met", "metropolitan", "politan"),
            "the metropolitan police",
            {"met", "metropolitan", "politan"},
        ),
        (
            ("chief constable", "constable", "stable"),
            "a special constable",
            {"constable", "stable"},
        ),
        (
            ("sarah everard", "everard"),
            "after sarah everard's death",
            {"sarah everard", "everard"},
        ),
        (
            ("riots", "july bombings"),
            "the 7 july bombings and the riots",
            {"riots", "july bombings"},
        ),
        (("riots",), "a quiet night", set()),
        ((), "anything", set()),
        # as written: a word table is matched on the text it is given
        (("Mark Rowley",), "Sir Mark Rowley, the Commissioner", {"Mark Rowley"}),
        (("Mark Rowley",), "sir mark rowley", set()),
    ],
)
def test_the_words_of_a_table_found_in_a_text_are_those_a_substring_test_finds(
    words, text, expected
):
    assert (
        cues_in(words, text)
        == frozenset(expected)
        == frozenset(w for w in words if w in text)
    )


@pytest.mark.parametrize(
    "words,text,found",
    [
        (("week", "weekend", "year"), "at the weekend", "weekend"),
        (("week", "weekend", "year"), "last year", "year"),
        (("half-term", "half term"), "over half-term", "half-term"),
        (("week",), "a quiet night", None),
    ],
)
def test_a_word_trie_finds_the_longest_word_where_several_start(words, text, found):
    match = re.search(word_trie(words), text)
    assert (match.group() if match else None) == found
