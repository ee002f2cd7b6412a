"""Required text: the literals every match of a trigger holds in the clause, look-arounds included."""

from __future__ import annotations

import re

import pytest

from app.ingest.events.anchor_check import may_match
from app.ingest.events.anchors import required_literals
from app.ingest.events.lexicon import Trigger
from app.ingest.events.required_text import beyond_anchors, required_text
from app.ingest.temporal.case_fold import plain_lower


def _trigger(pattern: str) -> Trigger:
    regex = re.compile(pattern, re.IGNORECASE)
    anchors = required_literals(regex)
    checks = beyond_anchors(required_text(regex), anchors)
    return Trigger("reaction", "act", 1.0, regex, anchors=anchors, checks=checks)


@pytest.mark.parametrize(
    "pattern,expected",
    [
        # a look-ahead's words are in the clause wherever the pattern matches
        (
            r"\bsaid(?=\s+(?:it|they)\s+would\s+(?:review|investigate)\b)",
            (("investigate", "review"), ("would",), ("said",)),
        ),
        # an optional hyphen cuts the word: the text after it is still in every match (the
        # parser takes the choices' shared "re" out in front)
        (r"\b(?:renewed|re-?imposed)\b", (("imposed", "newed"),)),
        # a negative look-ahead asks for nothing and reads nothing: the text runs on across it
        (r"\bthe (?!old )order\b", (("the order",),)),
        # an optional part is not required; a branch with an empty choice requires nothing
        (r"\bclosure (?:order )?(?:was|)granted", (("closure ",), ("granted",))),
        (r"(a)\1", ()),  # a back-reference: no text told
    ],
)
def test_required_text_lists_the_literals_of_every_match(pattern, expected):
    assert required_text(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize(
    "pattern,clause,expected",
    [
        (
            r"\bsaid(?=\s+it\s+would\s+(?:review|investigate)\b)",
            "The council said it would review the footage",
            True,
        ),
        (
            r"\bsaid(?=\s+it\s+would\s+(?:review|investigate)\b)",
            "The council said the review was welcome",
            False,
        ),
        (r"\bwas\s+re-?imposed\b", "The curfew was reimposed in May", True),
        (r"\bwas\s+re-?imposed\b", "The curfew was re-imposed in May", True),
        (r"\bwas\s+re-?imposed\b", "Residents were relieved when it was lifted", False),
        (r"\bwas\s+re-?imposed\b", "The ban was Re-Imposed", True),
    ],
)
def test_a_trigger_runs_only_where_its_required_text_is(pattern, clause, expected):
    trigger = _trigger(pattern)
    allowed = may_match(trigger, plain_lower(clause))
    assert allowed is expected
    assert (trigger.regex.search(clause) is not None) <= allowed  # never rules out a match


@pytest.mark.parametrize(
    "parts,anchors,expected",
    [
        # "allocat" is in every phrase of the anchor part ("allocated", "allocating"): no news
        ((("allocat",),), (("allocated", "allocating"),), ()),
        ((("would",),), (("said",),), (("would",),)),
    ],
)
def test_beyond_anchors_keeps_only_parts_the_anchors_do_not_imply(parts, anchors, expected):
    assert beyond_anchors(parts, anchors) == expected
