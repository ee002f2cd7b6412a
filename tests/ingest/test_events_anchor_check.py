"""The anchor check: a trigger runs on a clause only when a whole phrase of every anchor part is there."""

from __future__ import annotations

import re

import pytest

from app.ingest.events.anchor_check import may_match
from app.ingest.events.anchors import required_literals
from app.ingest.events.lexicon import Trigger
from app.ingest.temporal.case_fold import plain_lower


def _trigger(pattern: str) -> Trigger:
    regex = re.compile(pattern, re.IGNORECASE)
    return Trigger("arrest", "act", 1.0, regex, anchors=required_literals(regex))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officers ARRESTED two men", "officers arrested two men"),
        (
            "The council’s “crackdown” – in £ terms",
            "the council’s “crackdown” – in £ terms",
        ),
        (
            "Café owners were fined",
            None,
        ),  # a letter with case: the engine's folding may differ
        ("Two men were ſtopped", None),  # the long s matches "s" when case is ignored
    ],
)
def test_a_clause_is_lower_cased_for_the_check_only_when_case_folding_agrees(
    text, expected
):
    assert plain_lower(text) == expected


@pytest.mark.parametrize(
    "pattern,clause,expected",
    [
        # "place" selects the trigger; "in place" is not in the clause, so the pattern cannot match
        (r"\bput in place\b", "Officers put a dispersal order into place", False),
        (r"\bput in place\b", "A dispersal order was put in place on Friday", True),
        (
            r"\bclosure orders? (?:was|were) granted\b",
            "The closure order was granted",
            True,
        ),
        (
            r"\bclosure orders? (?:was|were) granted\b",
            "The order was granted for a closure",
            False,
        ),
        (
            r"\bclosure orders? (?:was|were) granted\b",
            "Café closure order was granted",
            True,
        ),  # not plain: tried
    ],
)
def test_a_trigger_is_tried_only_where_every_anchor_part_is_written(
    pattern, clause, expected
):
    trigger = _trigger(pattern)
    allowed = may_match(trigger, plain_lower(clause))
    assert allowed is expected
    if not allowed:  # the check never rules out a clause the pattern matches
        assert trigger.regex.search(clause) is None
