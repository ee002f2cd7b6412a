"""Case-sensitive copies of (?i) patterns for lower-cased text: made only where the spans agree."""

from __future__ import annotations

import re

import pytest

from app.ingest.events.sentences import _FOLDED, _LOWERED, split_clauses
from app.ingest.temporal.case_fold import plain_lower
from app.ingest.temporal.lowered_copies import lowered_copy


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?-i:may) be",  # a case-sensitive part inside
        r"[A-Z]\w+ council",  # upper-case letters without their lower-case ones
        r"Police said",  # an upper-case literal
        r"[^a-z]+ order",  # a negated set of letters
        r"(?i)arrested",  # an inline flag the copy would keep
        r"\u212a9 unit",  # a non-ASCII cased letter
        r"[ſs]ince",  # a non-ASCII cased letter in a set
    ],
)
def test_a_pattern_that_tells_case_apart_gets_no_copy(pattern):
    with pytest.raises(ValueError):
        lowered_copy(re.compile(pattern, re.IGNORECASE))


def test_a_case_sensitive_pattern_gets_no_copy():
    with pytest.raises(ValueError):
        lowered_copy(re.compile(r"arrested"))


@pytest.mark.parametrize(
    "pattern,text",
    [
        (r"\b(?:arrested|charged)\b", "Police ARRESTED a man and Charged him"),
        (r"[A-Za-z]+ed\b", "The Council Approved and REVIEWED the order"),
        (r"(?<!the )following(?!\s+day)", "Following a review, THE FOLLOWING day"),
        (r"\d+ (?:men|women)\b", "Three MEN, 12 Women and 4 men were held"),
        (r"\bno\s+\S+$", "There were NO arrests"),
        (r"(?P<word>[a-z]+)\s+(?P=word)", "The The order was was made"),
    ],
)
def test_a_copy_on_lower_cased_text_finds_the_same_spans(pattern, text):
    original = re.compile(pattern, re.IGNORECASE)
    copy = lowered_copy(original)
    assert [m.span() for m in copy.finditer(plain_lower(text))] == [
        m.span() for m in original.finditer(text)
    ]


def test_the_clause_patterns_all_have_copies():
    assert len(_LOWERED) == len(_FOLDED)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Police ARRESTED two men, WHICH led to a dispersal order BEING made.",
            ["Police ARRESTED two men,", "WHICH led to a dispersal order BEING made."],
        ),
        (
            "AFTER the meeting closed, officers Patrolled the Park and WILL return on Friday.",
            [
                "AFTER the meeting closed,",
                "officers Patrolled the Park",
                "and WILL return on Friday.",
            ],
        ),
        (
            "The café owner was fined BUT the licence was kept.",
            ["The café owner was fined", "BUT the licence was kept."],
        ),
        (
            "The ORDER Will GO before full council in June.",
            ["The ORDER Will GO before full council in June."],
        ),
    ],
)
def test_clauses_split_the_same_whatever_the_case_of_the_words(sentence, expected):
    clauses = split_clauses(sentence, (0, len(sentence)))
    assert [sentence[a:b] for a, b in clauses] == expected
