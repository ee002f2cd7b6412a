"""Expressions dated by what the text told before rather than by the calendar: "both days", "in
the weeks after the raids", "the same campaign the year before". The finder asks which rule
dates one (told_reference) and leaves it out when that rule finds nothing told to date it by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.action_spans import (
    ACTION_RULES,
    is_action_reference,
    told_action,
)
from app.ingest.temporal.after_acts import AFTER_ACT_RULES, after_act, is_after_act
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.since_starts import (
    SINCE_START_RULES,
    is_since_start,
    told_start,
)
from app.ingest.temporal.told_spans import SPAN_RULES, is_span_anaphor, told_span
from app.ingest.temporal.year_earlier import (
    YEAR_EARLIER_RULES,
    is_year_earlier,
    year_earlier,
)

Teller = Callable[
    [Expression, str, Sequence[DateMention], dict[str, DateValue]], DateValue | None
]
TOLD_RULES: list[GatedRule] = (
    SPAN_RULES + AFTER_ACT_RULES + YEAR_EARLIER_RULES + ACTION_RULES + SINCE_START_RULES
)


def told_reference(expression: Expression) -> Teller | None:
    """The rule that dates the expression from what was told before, if it is one of these."""
    if is_span_anaphor(expression):
        return told_span
    if is_after_act(expression):
        return after_act
    if is_year_earlier(expression):
        return year_earlier
    if is_action_reference(expression):
        return told_action
    if is_since_start(expression):
        return told_start
    return None


def told_mention(
    expression: Expression,
    text: str,
    mentions: Sequence[DateMention],
    memory: dict[str, DateValue],
    paragraph: int,
) -> list[DateMention]:
    """The expression dated by its rule, as a one-item list; empty when nothing told dates it."""
    tell = told_reference(expression)
    value = tell(expression, text, mentions, memory) if tell is not None else None
    if value is None:
        return []
    return [
        DateMention(expression.text, expression.start, expression.end, value, paragraph)
    ]
