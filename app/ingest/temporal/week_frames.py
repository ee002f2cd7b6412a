"""A bare weekday inside a week or weekend the same sentence has just named.

"a dispersal order was in place over the following weekend, from Friday evening until Sunday
night" and "last week, on Tuesday, officers raided ..." name the week first and then the days of
it: the weekday is the one of that week, not the nearest one to the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from app.ingest.records import DateMention, DateValue
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import format_edtf, week_span
from app.ingest.temporal.tense import sentence_bounds

# the earlier mention must name a week or a weekend ("last week", "the following weekend")
_WEEK_WORD = re.compile(r"(?i)\bweek(?:end)?\b")
# between the week and the weekday, a clause that brings in another time ends the frame
_BREAK = re.compile(
    r"(?i)\b(?:after|before|since|ago|earlier|later|previous|when|and|but)\b"
)


def _bare_weekday(expression: Expression) -> bool:
    point = expression.point
    return (
        expression.kind == "weekday"
        and expression.offset is None
        and point is not None
        and point.weekday is not None
        and point.month is None
    )


def _frame(
    expression: Expression, text: str, mentions: Sequence[DateMention]
) -> DateMention | None:
    left, _ = sentence_bounds(text, expression.start, expression.end)
    for earlier in reversed(mentions):
        if earlier.end > expression.start:
            continue
        if earlier.start < left:
            return None
        value = earlier.value
        if (
            value.earliest is not None
            and value.precision in ("day", "week")
            and value.earliest != value.latest
            and week_span(value.earliest) == week_span(value.latest)
            and _WEEK_WORD.search(earlier.text)
        ):
            return (
                None if _BREAK.search(text, earlier.end, expression.start) else earlier
            )
    return None


def framed_weekday(
    expression: Expression,
    text: str,
    mentions: Sequence[DateMention],
    period_start: DateValue | None,
) -> DateValue | None:
    """The weekday's day in the week or weekend named before it in its sentence, if one is."""
    if not _bare_weekday(expression):
        return None
    frame = _frame(expression, text, mentions)
    if frame is None:
        return None
    monday, _ = week_span(frame.value.earliest)
    day = monday + timedelta(days=expression.point.weekday)
    start = day
    why = f"the {expression.text.strip()} of '{frame.text}' ({frame.value.edtf}), named before in the sentence"
    if (
        expression.role == "until"
        and period_start is not None
        and period_start.earliest is not None
        and period_start.earliest <= day
    ):
        start = period_start.earliest
        why = f"from {period_start.edtf} (given before in the sentence) until {day.isoformat()}; {why}"
    edtf = format_edtf(start, day, "day")
    return replace(
        frame.value,
        edtf=edtf,
        earliest=start,
        latest=day,
        precision="day",
        explanation=f"{expression.text} -> {edtf}: {why}",
    )
